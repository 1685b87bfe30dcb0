import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleInput } from '../../src/core/doc.js';
import { BatchedWriter } from '../../src/store/batched-writer.js';
import type { BatchPutResult, PutItem, PutResult, Store } from '../../src/store/types.js';

const itemOf = (id: string): PutItem => ({ input: { id, text: `${id}.` }, record: {} as PutItem['record'], contentHash: `h-${id}` });
const resultOf = (input: ArticleInput): PutResult => ({ status: 'new', articleId: input.id, eventReports: 1, merged: 0 });

/** A store that records each batch it is given and refuses the article `refuse`. */
function batchStore(refuse?: string): Store & { batches: string[][] } {
  const batches: string[][] = [];
  return {
    batches,
    putArticles: async (items: readonly PutItem[]): Promise<BatchPutResult> => {
      batches.push(items.map((i) => i.input.id));
      const at = items.findIndex((i) => i.input.id === refuse);
      if (at < 0) return { stored: items.map((i) => resultOf(i.input)) };
      return { stored: items.slice(0, at).map((i) => resultOf(i.input)), failure: { input: items[at]!.input, error: new Error('refused') } };
    },
  } as unknown as Store & { batches: string[][] };
}

/** Collects what the writer reports. */
const recorder = () => {
  const log: string[] = [];
  return { log, stored: (r: PutResult) => { log.push(`stored ${r.articleId}`); }, failed: (i: ArticleInput, e: unknown) => { log.push(`failed ${i.id}: ${(e as Error).message}`); } };
};

const NEVER = 60 * 60 * 1000;

describe('BatchedWriter', () => {
  it('writes a batch when it is full, and reports its articles only once written', async () => {
    const store = batchStore();
    const on = recorder();
    const w = new BatchedWriter(store, on, { maxArticles: 2, maxDelayMs: NEVER });
    await w.add(itemOf('a'));
    assert.deepEqual(store.batches, []);
    assert.deepEqual(on.log, [], 'nothing is reported before its batch is written');
    await w.add(itemOf('b'));
    await w.add(itemOf('c'));
    assert.deepEqual(store.batches, [['a', 'b']]);
    assert.deepEqual(on.log, ['stored a', 'stored b']);
    await w.flush();
    assert.deepEqual(store.batches, [['a', 'b'], ['c']]);
    assert.deepEqual(on.log, ['stored a', 'stored b', 'stored c']);
    await w.flush();
    assert.equal(store.batches.length, 2, 'an empty flush writes nothing');
  });

  it('writes a batch whose first article has waited long enough, full or not', async () => {
    const store = batchStore();
    const w = new BatchedWriter(store, recorder(), { maxArticles: 100, maxDelayMs: 0 });
    await w.add(itemOf('a'));
    await w.add(itemOf('b'));
    assert.deepEqual(store.batches, [['a'], ['b']]);
  });

  it('writes a waiting batch on its timer when no article comes after it', async () => {
    const store = batchStore();
    const w = new BatchedWriter(store, recorder(), { maxArticles: 100, maxDelayMs: 5 });
    await w.add(itemOf('a'));
    assert.deepEqual(store.batches, []);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(store.batches, [['a']]);
  });

  it('reports the article that failed and writes nothing after it', async () => {
    const store = batchStore('b');
    const on = recorder();
    const w = new BatchedWriter(store, on, { maxArticles: 3, maxDelayMs: NEVER });
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) await w.add(itemOf(id));
    await w.flush();
    assert.deepEqual(store.batches, [['a', 'b', 'c']]);
    assert.deepEqual(on.log, ['stored a', 'failed b: refused']);
  });

  it('names the first article of a batch whose store call throws', async () => {
    const store = { putArticles: async () => { throw new Error('database is locked'); } } as unknown as Store;
    const on = recorder();
    const w = new BatchedWriter(store, on, { maxArticles: 2, maxDelayMs: NEVER });
    await w.add(itemOf('a'));
    await w.add(itemOf('b'));
    assert.deepEqual(on.log, ['failed a: database is locked']);
  });

  it('puts one article after the other for a store without batches, stopping at a failure', async () => {
    const put: string[] = [];
    const store = {
      putArticle: async (input: ArticleInput) => {
        put.push(input.id);
        if (input.id === 'b') throw new Error('refused');
        return resultOf(input);
      },
    } as unknown as Store;
    const on = recorder();
    const w = new BatchedWriter(store, on, { maxArticles: 3, maxDelayMs: NEVER });
    for (const id of ['a', 'b', 'c']) await w.add(itemOf(id));
    assert.deepEqual(put, ['a', 'b']);
    assert.deepEqual(on.log, ['stored a', 'failed b: refused']);
  });
});
