import { createDoc, type ArticleInput, type Doc } from '../core/doc.js';
import { ErrorCodes } from '../core/errors.js';
import type { ArticleRecord } from '../core/record.js';
import type { PipelineContext, Stage } from './context.js';
import { clean } from './clean/index.js';
import { segment } from './segment/index.js';
import { findMentions } from './mentions/index.js';
import { findDates } from './dates/index.js';
import { findEvents } from './events/index.js';
import { findQuotes } from './quotes/index.js';
import { toRecord } from './record/index.js';

export type { PipelineContext, Stage } from './context.js';

/** Bumped whenever a change alters what extraction produces; stored records carry it. */
export const PIPELINE_VERSION = '0.2.0';

/** The stages in order, each with what it needs. */
const STAGES: readonly [string, Stage][] = [
  ['clean', clean], // raw → cleaned view, offset map, published date, dateline
  ['segment', segment], // paragraphs, sentences (needs the cleaned view)
  ['mentions', findMentions], // people, organizations, places, countries (needs sentences)
  ['dates', findDates], // date expressions resolved against the reference date
  ['events', findEvents], // needs mentions and dates
  ['quotes', findQuotes], // needs mentions (speakers)
];

/** Runs every stage over one article. Never throws on odd text: a failing stage leaves a diagnostic. */
export function runPipeline(input: ArticleInput, ctx: PipelineContext): Doc {
  const doc = createDoc(input);
  for (const [name, stage] of STAGES) {
    try {
      stage(doc, ctx);
    } catch (err) {
      doc.diagnostics.push({
        code: ErrorCodes.STAGE_FAILED,
        severity: 'error',
        message: `${doc.source ?? doc.id}: stage ${name} failed: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  }
  return doc;
}

/** One article in, its record out. */
export function extractRecord(input: ArticleInput, ctx: PipelineContext): ArticleRecord {
  return toRecord(runPipeline(input, ctx), ctx, PIPELINE_VERSION);
}
