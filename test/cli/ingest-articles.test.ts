import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleInput } from '../../src/core/doc.js';
import { ReadoutError } from '../../src/core/errors.js';
import type { ArticleRecord } from '../../src/core/record.js';
import { ingestArticles } from '../../src/cli/commands/ingest.js';
import { captureOutput } from '../../src/cli/query-output.js';
import type { Extractor } from '../../src/cli/extract-pool.js';
import type { Progress } from '../../src/cli/ingest-progress.js';
import { PIPELINE_VERSION } from '../../src/pipeline/index.js';
import { contentHashOf } from '../../src/store/facts.js';
import type { PutItem, PutResult, Store } from '../../src/store/types.js';
import { inputFailure } from '../../src/ingest/types.js';

const recordOf = (input: ArticleInput): ArticleRecord => ({
  id: input.id, published: null, persons: [], organizations: [], places: [], countries: [], events: [], quotes: [], diagnostics: [], pipeline: PIPELINE_VERSION,
});

const quiet = (): Progress & { notes: string[] } => {
  const notes: string[] = [];
  return { notes, tick() {}, note: (l) => { notes.push(l); }, stop() {} };
};

async function* itemsOf(...xs: Parameters<typeof ingestArticles>[0] extends AsyncIterable<infer T> ? T[] : never) { yield* xs; }

/** A store that knows one article already and records what is put. */
function fakeStore(known: ArticleInput, put: (id: string) => PutResult | Error): Store {
  return {
    articleState: async (id: string) => (id === known.id ? { id, contentHash: contentHashOf(known), pipeline: PIPELINE_VERSION } : null),
    putArticle: async (input: ArticleInput) => {
      const r = put(input.id);
      if (r instanceof Error) throw r;
      return r;
    },
  } as unknown as Store;
}

describe('ingestArticles', () => {
  const a: ArticleInput = { id: 'a', text: 'Old news.' };
  const b: ArticleInput = { id: 'b', text: 'New news.', source: 'b.txt' };

  it('skips extraction of unchanged articles, counts failures and reports them', async () => {
    const extracted: string[] = [];
    const extractor: Extractor = { extract: async (i) => { extracted.push(i.id); return recordOf(i); }, close: async () => {} };
    const progress = quiet();
    const out: string[] = [];
    captureOutput((t) => { out.push(t); });
    try {
      const c = await ingestArticles(itemsOf(a, b, inputFailure('bad.html', 'E_INPUT_BINARY', 'bad.html: binary data')),
        fakeStore(a, (id) => ({ status: 'new', articleId: id, eventReports: 2, merged: 1 })), extractor, progress);
      assert.deepEqual(extracted, ['b']);
      assert.deepEqual(c, { read: 3, new: 1, replaced: 0, unchanged: 1, failed: 1, events: 2, merged: 1 });
      assert.deepEqual(progress.notes, ['bad.html: binary data']);
      assert.match(out.join(''), /read 3, new 1, replaced 0, unchanged 1, failed 1; events 2 reports stored, 1 merged/);
    } finally {
      captureOutput(null);
    }
  });

  it('counts an article whose extraction throws as failed and goes on', async () => {
    const extractor: Extractor = { extract: async () => { throw new Error('boom'); }, close: async () => {} };
    const progress = quiet();
    captureOutput(() => {});
    try {
      const c = await ingestArticles(itemsOf(b), fakeStore(a, (id) => ({ status: 'new', articleId: id, eventReports: 0, merged: 0 })), extractor, progress);
      assert.equal(c.failed, 1);
      assert.match(progress.notes[0]!, /^b\.txt: extraction failed: boom/);
    } finally {
      captureOutput(null);
    }
  });

  it('skips a second input with the same article id, naming both', async () => {
    const extractor: Extractor = { extract: async (i) => recordOf(i), close: async () => {} };
    const progress = quiet();
    captureOutput(() => {});
    try {
      const c = await ingestArticles(itemsOf(b, { ...b, text: 'Other text.', source: 'b.html' }),
        fakeStore(a, (id) => ({ status: 'new', articleId: id, eventReports: 0, merged: 0 })), extractor, progress);
      assert.equal(c.new, 1);
      assert.equal(c.failed, 1);
      assert.match(progress.notes[0]!, /^b\.html: article id "b" was already read from b\.txt/);
    } finally {
      captureOutput(null);
    }
  });

  it('writes articles several to a transaction and counts them only once their batch is written', async () => {
    const extractor: Extractor = { extract: async (i) => recordOf(i), close: async () => {} };
    const batches: string[][] = [];
    const newAtEachBatch: number[] = [];
    let seenNew = 0;
    const progress: Progress = { tick: (c) => { seenNew = c.new; }, note() {}, stop() {} };
    const store = {
      articleState: async () => null,
      putArticles: async (items: readonly PutItem[]) => {
        newAtEachBatch.push(seenNew);
        batches.push(items.map((i) => i.input.id));
        return { stored: items.map((i): PutResult => ({ status: 'new', articleId: i.input.id, eventReports: 0, merged: 0 })) };
      },
    } as unknown as Store;
    const inputs = ['1', '2', '3', '4', '5'].map((id): ArticleInput => ({ id, text: `News ${id}.` }));
    captureOutput(() => {});
    try {
      const c = await ingestArticles(itemsOf(...inputs), store, extractor, progress, 'news.db', { maxArticles: 2, maxDelayMs: 60 * 60 * 1000 });
      assert.equal(c.new, 5);
      assert.deepEqual(batches.flat(), ['1', '2', '3', '4', '5']);
      assert.ok(batches.length >= 3 && batches.every((b) => b.length <= 2), `batches: ${JSON.stringify(batches)}`);
      assert.deepEqual(newAtEachBatch, batches.map((_, i) => batches.slice(0, i).flat().length), 'progress counts committed articles only');
      assert.equal(seenNew, 5);
    } finally {
      captureOutput(null);
    }
  });

  it('stops with E_DB_OPEN naming the database when a write fails', async () => {
    const extractor: Extractor = { extract: async (i) => recordOf(i), close: async () => {} };
    await assert.rejects(
      ingestArticles(itemsOf(b), fakeStore(a, () => new Error('SQLITE_READONLY: attempt to write a readonly database')), extractor, quiet(), 'news.db'),
      (err: unknown) => err instanceof ReadoutError && err.code === 'E_DB_OPEN' && err.message.includes('news.db') && err.message.includes('b.txt'),
    );
  });
});
