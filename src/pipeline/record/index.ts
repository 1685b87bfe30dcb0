import type { Doc } from '../../core/doc.js';
import type { ArticleRecord } from '../../core/record.js';
import type { PipelineContext } from '../context.js';

// Placeholder until the record stage is built.
export function toRecord(doc: Doc, _ctx: PipelineContext, pipeline: string): ArticleRecord {
  return {
    id: doc.id, published: doc.published?.value ?? null, persons: [], organizations: [], places: [],
    countries: [], events: [], quotes: [], diagnostics: doc.diagnostics, pipeline,
  };
}
