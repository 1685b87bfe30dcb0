import type { ArticleInput } from '../core/doc.js';
import { putArticleBatch } from './put-batch.js';
import type { PutItem, PutResult, Store } from './types.js';

export interface BatchLimits {
  /** Articles per transaction at most. */
  maxArticles: number;
  /** How long the first article of a batch may wait for others, in ms. */
  maxDelayMs: number;
}

/** Many articles per commit, yet none waits long: a killed run loses at most one batch, never a committed article. */
export const DEFAULT_BATCH: BatchLimits = { maxArticles: 64, maxDelayMs: 100 };

export interface BatchCallbacks {
  /** An article is committed (called in input order, after its transaction commits). */
  stored(result: PutResult, item: PutItem): void;
  /** An article could not be stored; nothing is written after it. */
  failed(input: ArticleInput, error: unknown): void;
}

/**
 * Groups the puts of an ingest into transactions: a batch is written when it
 * holds `maxArticles` or its first article has waited `maxDelayMs`, one batch
 * at a time, in the order the articles were added. Results are reported only
 * once committed, so progress never counts an article a crash could lose.
 */
export class BatchedWriter {
  private pending: PutItem[] = [];
  private firstAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private broken = false;

  constructor(private readonly store: Store, private readonly on: BatchCallbacks, private readonly limits: BatchLimits = DEFAULT_BATCH) {}

  /** Queues an article. Resolves at once, or when it completes a batch, once that batch is written (back-pressure). */
  add(item: PutItem): Promise<void> {
    if (this.broken) return Promise.resolve();
    this.pending.push(item);
    if (this.pending.length === 1) {
      this.firstAt = Date.now();
      this.timer = setTimeout(() => { void this.flush(); }, this.limits.maxDelayMs);
    }
    // the timer cannot fire while extraction keeps this thread busy: check the clock as well
    if (this.pending.length >= this.limits.maxArticles || Date.now() - this.firstAt >= this.limits.maxDelayMs) return this.flush();
    return Promise.resolve();
  }

  /** Writes what is queued; resolves when every batch so far is written (or has failed). Never rejects. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length) this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  private async write(batch: PutItem[]): Promise<void> {
    if (this.broken) return;
    let outcome;
    try {
      outcome = await putArticleBatch(this.store, batch);
    } catch (error) {
      outcome = { stored: [], failure: { input: batch[0]!.input, error } };
    }
    outcome.stored.forEach((r, i) => this.on.stored(r, batch[i]!));
    if (outcome.failure) {
      this.broken = true;
      this.pending = [];
      this.on.failed(outcome.failure.input, outcome.failure.error);
    }
  }
}
