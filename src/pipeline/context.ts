import type { Doc } from '../core/doc.js';
import type { KnowledgeBase } from '../kb/types.js';

/** What every stage may read besides the Doc. Stages do no I/O. */
export interface PipelineContext {
  kb: KnowledgeBase;
}

/** A stage reads the layers it needs from the Doc and adds its own. */
export type Stage = (doc: Doc, ctx: PipelineContext) => void;
