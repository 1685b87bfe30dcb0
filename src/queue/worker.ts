import { hostname } from 'node:os';
import type pg from 'pg';
import type { ArticleRecord } from '../core/record.js';
import { PIPELINE_VERSION } from '../pipeline/index.js';
import { transaction } from '../store/postgres/sql.js';
import { ClusterCache } from '../store/postgres/event-clusters.js';
import { writeArticle } from '../store/postgres/write-article.js';
import { claim, drained, holdsLease, markDone, markFailed, release, renewLeases, type QueueItem } from './queue.js';
import { ensureQueueSchema } from './schema.js';

/*
 * A queue worker: claim a batch, and for each article extract its record
 * (outside any transaction: it is the slow part), then in one transaction
 * check the lease is still ours, store the article with its facts, merge its
 * events and mark it done. Dying at any point leaves either the whole article
 * done or its lease to expire; another worker then does it again from the
 * start. `loops` claim in parallel, sharing one extractor (worker threads
 * when there are several).
 */

export interface Extract {
  (input: QueueItem['input']): Promise<ArticleRecord>;
}

export interface WorkerOptions {
  /** Concurrent claim loops (each holds its own batch). */
  loops: number;
  batch: number;
  leaseMs: number;
  maxAttempts: number;
  /** Exit when no article is pending or running, instead of waiting for more. */
  drain: boolean;
  /** Wait between looks at an empty queue. */
  pollMs: number;
  /** Set to stop after the article in hand (SIGTERM, SIGINT). */
  signal?: AbortSignal;
  /** Called after each article. */
  onProgress?: (c: WorkerCounts) => void;
}

export interface WorkerCounts {
  done: number;
  /** Already stored with the same content and pipeline: marked done without extraction. */
  unchanged: number;
  failed: number;
  /** Articles another worker took over before this one finished them. */
  lost: number;
  events: number;
  merged: number;
}

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve) => {
  const t = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => { clearTimeout(t); resolve(); }, { once: true });
});

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Runs until drained (with `drain`) or stopped; resolves to what this process did. */
export async function runWorker(pool: pg.Pool, extract: Extract, o: WorkerOptions): Promise<WorkerCounts> {
  await ensureQueueSchema(pool);
  const counts: WorkerCounts = { done: 0, unchanged: 0, failed: 0, lost: 0, events: 0, merged: 0 };
  const base = `${hostname()}:${process.pid}`;
  const clusters = new ClusterCache();
  const loop = async (n: number) => {
    const owner = `${base}:${n}`;
    while (!o.signal?.aborted) {
      const items = await claim(pool, { owner, batch: o.batch, leaseMs: o.leaseMs, maxAttempts: o.maxAttempts });
      if (!items.length) {
        if (o.drain && (await drained(pool))) return;
        await sleep(o.pollMs, o.signal);
        continue;
      }
      for (const [i, item] of items.entries()) {
        if (o.signal?.aborted) {
          await release(pool, owner, items.slice(i).map((x) => x.id));
          return;
        }
        await processItem(pool, extract, owner, item, counts, clusters);
        o.onProgress?.(counts);
        await renewLeases(pool, owner, items.slice(i + 1).map((x) => x.id), o.leaseMs);
      }
    }
  };
  await Promise.all(Array.from({ length: o.loops }, (_, n) => loop(n)));
  return counts;
}

async function processItem(pool: pg.Pool, extract: Extract, owner: string, item: QueueItem, counts: WorkerCounts, clusters: ClusterCache): Promise<void> {
  const { input, contentHash } = item;
  let record: ArticleRecord | null = null;
  const stored = await pool.query('SELECT content_hash, pipeline_version FROM articles WHERE id = $1', [input.id]);
  const same = stored.rows[0] && stored.rows[0].content_hash === contentHash && stored.rows[0].pipeline_version === PIPELINE_VERSION;
  if (!same) {
    try {
      record = await extract(input);
    } catch (err) {
      counts.failed += 1;
      await markFailed(pool, owner, input.id, `extraction failed: ${messageOf(err)}`);
      return;
    }
  }
  try {
    const outcome = await transaction(pool, async (c) => {
      if (!(await holdsLease(c, owner, input.id))) return 'lost' as const;
      const put = record ? await writeArticle(c, input, record, contentHash, clusters) : null;
      await markDone(c, owner, input.id);
      return put;
    });
    if (outcome === 'lost') counts.lost += 1;
    else if (!outcome || outcome.status === 'unchanged') counts.unchanged += 1;
    else {
      counts.done += 1;
      counts.events += outcome.eventReports;
      counts.merged += outcome.merged;
    }
  } catch (err) {
    // a database error that retries did not cure: record it on the article, keep working on the others
    counts.failed += 1;
    await markFailed(pool, owner, input.id, `storing failed: ${messageOf(err)}`);
  }
}
