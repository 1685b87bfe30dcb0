import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../src/core/doc.js';
import type { ArticleRecord } from '../../src/core/record.js';
import type { Span } from '../../src/core/span.js';
import { loadKnowledgeBase } from '../../src/kb/index.js';
import { PIPELINE_VERSION, runPipeline } from '../../src/pipeline/index.js';
import { toRecord } from '../../src/pipeline/record/index.js';
import { EVAL_CASES_DIR, evalArticles, sampleArticles } from './golden-cases.js';

// Every evidence span of every fact must point into the raw text, and a name's
// span must hold the name the mention claims (for a mended slip: the original words).
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function spansOf(record: ArticleRecord): [string, Span][] {
  const out: [string, Span][] = [];
  for (const kind of ['persons', 'organizations', 'places', 'events', 'quotes'] as const) {
    for (const fact of record[kind]) for (const s of fact.evidence) out.push([`${kind} ${'name' in fact ? fact.name : fact.id}`, s]);
  }
  for (const d of record.diagnostics) if (d.span) out.push([`diagnostic ${d.code}`, d.span]);
  return out;
}

function crossesReplacement(doc: Doc, start: number, end: number): boolean {
  return doc.offsets.pieces.some((p) => p.cleanLength !== p.rawLength && p.clean < end && start < p.clean + p.cleanLength);
}

function checkArticle(doc: Doc, record: ArticleRecord): void {
  const raw = doc.raw;
  for (const [what, s] of spansOf(record)) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${doc.id}: ${what}: integer span`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= raw.length, `${doc.id}: ${what}: span ${s.start}-${s.end} outside 0-${raw.length}`);
  }
  for (const m of doc.mentions) {
    assert.equal(doc.text.slice(m.range.start, m.range.end), m.surface, `${doc.id}: mention ${m.id} surface is its cleaned text`);
    if (m.via === 'pronoun' || m.via === 'description') continue;
    const span = doc.offsets.rangeToRaw(m.range);
    const rawText = raw.slice(span.start, span.end);
    if (crossesReplacement(doc, m.range.start, m.range.end)) continue; // raw holds the original words of a mended slip
    assert.equal(fold(rawText), fold(m.surface), `${doc.id}: mention "${m.surface}" maps to raw "${rawText}"`);
  }
}

test('offsets: every span of the bundled samples points at its text', () => {
  const kb = loadKnowledgeBase();
  for (const input of sampleArticles()) {
    const doc = runPipeline(input, { kb });
    checkArticle(doc, toRecord(doc, { kb }, PIPELINE_VERSION));
  }
});

test('offsets: every span of the evaluation cases points at its text', (t) => {
  const inputs = evalArticles();
  if (!inputs) {
    t.skip(`evaluation set not found at ${EVAL_CASES_DIR} (../shared/eval beside the repository)`);
    return;
  }
  assert.ok(inputs.length > 0);
  const kb = loadKnowledgeBase();
  for (const input of inputs) {
    const doc = runPipeline(input, { kb });
    checkArticle(doc, toRecord(doc, { kb }, PIPELINE_VERSION));
  }
});

test('offsets: a slip mended inside a name keeps the raw words as evidence', () => {
  const kb = loadKnowledgeBase();
  const raw = 'Title\n\n433\n\nThe talks were not directed once morest anyone, Sergey Lavrov said.\n';
  const doc = runPipeline({ id: 'slip', text: raw }, { kb });
  const at = doc.text.indexOf('against');
  assert.ok(at > 0);
  const span = doc.offsets.rangeToRaw({ start: at, end: at + 7 });
  assert.equal(raw.slice(span.start, span.end), 'once morest');
  const lavrov = toRecord(doc, { kb }, PIPELINE_VERSION).persons.find((p) => p.name === 'Sergey Lavrov');
  assert.ok(lavrov, 'Lavrov found');
  assert.ok(lavrov.evidence.some((s) => raw.slice(s.start, s.end) === 'Sergey Lavrov'));
});
