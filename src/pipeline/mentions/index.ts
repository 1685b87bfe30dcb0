import type { Doc } from '../../core/doc.js';
import type { PipelineContext } from '../context.js';

// Placeholder until the stage is built: adds nothing to the Doc.
export function findMentions(_doc: Doc, _ctx: PipelineContext): void {}
