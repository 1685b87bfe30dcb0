import { createDoc, type Doc } from '../../../src/core/doc.js';
import { buildKnowledgeBase } from '../../../src/kb/index.js';
import type { KbData } from '../../../src/kb/index.js';
import type { PipelineContext } from '../../../src/pipeline/context.js';
import { findDates } from '../../../src/pipeline/dates/index.js';

/** A Doc of one text with a fixed reference date, its dates found. */
export function datesOf(text: string, reference: string | null, data: KbData = {}): Doc {
  const doc = createDoc({ id: 't', text, published: reference });
  const ctx: PipelineContext = { kb: buildKnowledgeBase(data) };
  findDates(doc, ctx);
  return doc;
}

/** Values of the dates found, as "value" or "value..end". */
export const valuesOf = (doc: Doc): string[] => doc.dates.map((d) => (d.end ? `${d.value}..${d.end}` : d.value));
