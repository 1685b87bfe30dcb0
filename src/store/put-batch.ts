import type { BatchPutResult, PutItem, Store } from './types.js';

/**
 * Stores a batch of articles: in one transaction when the store can
 * (Store.putArticles), else one putArticle after the other with the same
 * outcome (stored up to the first failure, nothing after it).
 */
export async function putArticleBatch(store: Store, items: readonly PutItem[]): Promise<BatchPutResult> {
  if (store.putArticles) return store.putArticles(items);
  const stored: BatchPutResult['stored'] = [];
  for (const item of items) {
    try {
      stored.push(await store.putArticle(item.input, item.record, item.contentHash));
    } catch (error) {
      return { stored, failure: { input: item.input, error } };
    }
  }
  return { stored };
}
