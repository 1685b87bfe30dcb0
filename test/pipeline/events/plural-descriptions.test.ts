// Who "the two heads of government", "the two heads of state" are: the two of that office told last, not the two
// people named last. Sentences of their own, with their negative cases. Whole pipeline, real knowledge base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';
import type { DiplomaticEvent } from '../../../src/core/types.js';

const kb = loadKnowledgeBase();
const eventsOf = (text: string, published: string): DiplomaticEvent[] => runPipeline({ id: 't', text, published }, { kb }).events;
const names = (e: DiplomaticEvent | undefined): string[] => (e?.participants ?? []).map((p) => (p.kind === 'person' ? p.name! : p.country!)).sort();
const signing = (events: DiplomaticEvent[]): DiplomaticEvent | undefined => events.find((e) => e.kind === 'signing');

const TEXT = 'Indian Prime Minister Narendra Modi and Japanese Prime Minister Shigeru Ishiba held their annual summit in Tokyo on Friday.\n\n'
  + 'Modi said that in May, President Droupadi Murmu and President Joe Biden had talked trade in Washington.\n\n'
  + 'After the talks, the two OFFICE signed a vision statement on economic security.';

test('"the two heads of government" are the premiers of the talks, not the presidents recalled since', () => {
  assert.deepEqual(names(signing(eventsOf(TEXT.replace('OFFICE', 'heads of government'), '2025-08-30'))), ['Narendra Modi', 'Shigeru Ishiba']);
  // "the two heads of state" are not the prime ministers.
  assert.ok(!names(signing(eventsOf(TEXT.replace('OFFICE', 'heads of state'), '2025-08-30'))).includes('Shigeru Ishiba'));
});
