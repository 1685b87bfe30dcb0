// The whole pipeline on one text with the real knowledge base, and the small readers the phrasing tests share.
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';
import type { DiplomaticEvent } from '../../../src/core/types.js';

/** The real knowledge base, loaded once for all the tests of a process. */
export const kb = loadKnowledgeBase();

/** The events the pipeline reads in a text published on a day (or with no publication date). */
export const eventsOf = (text: string, published: string | null): DiplomaticEvent[] => runPipeline({ id: 't', text, published }, { kb }).events;

/** An event's parties, people by name and states by code, sorted. */
export const names = (e: DiplomaticEvent | undefined): string[] => (e?.participants ?? []).map((p) => (p.kind === 'person' ? p.name! : p.country!)).sort();

export const ofKind = (events: DiplomaticEvent[], kind: string): DiplomaticEvent[] => events.filter((e) => e.kind === kind);
