import { Worker } from 'node:worker_threads';
import type { ArticleInput } from '../core/doc.js';
import type { ArticleRecord } from '../core/record.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { extractRecord } from '../pipeline/index.js';

/** Turns articles into records, in this thread or in worker threads. */
export interface Extractor {
  extract(input: ArticleInput): Promise<ArticleRecord>;
  close(): Promise<void>;
}

/** Extraction in this thread (`--jobs 1`). */
export function inlineExtractor(kbDirs: string[]): Extractor {
  const kb = loadKnowledgeBase(kbDirs.length ? { extraDirs: kbDirs } : {});
  return { extract: async (input) => extractRecord(input, { kb }), close: async () => {} };
}

interface Pending { resolve: (r: ArticleRecord) => void; reject: (e: Error) => void }

/**
 * N worker threads, each with its own knowledge base. The worker module is
 * TypeScript: each worker registers tsx before importing it, as bin/readout.js does.
 */
export function workerExtractor(jobs: number, kbDirs: string[]): Extractor {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  const pending = new Map<number, Pending>();
  const idle: Worker[] = [];
  const queue: { seq: number; input: ArticleInput }[] = [];
  let seq = 0;
  let failure: Error | null = null;

  const dispatch = () => {
    while (idle.length && queue.length) idle.pop()!.postMessage(queue.shift()!);
  };
  const workers = Array.from({ length: jobs }, () => {
    const w = new Worker(code, { eval: true, workerData: { kbDirs } });
    w.on('message', (msg: { ready?: boolean; seq?: number; record?: ArticleRecord; error?: string }) => {
      if (!msg.ready) {
        const p = pending.get(msg.seq!);
        pending.delete(msg.seq!);
        if (msg.error !== undefined) p?.reject(new Error(msg.error));
        else p?.resolve(msg.record!);
      }
      idle.push(w);
      dispatch();
    });
    w.on('error', (err) => {
      failure = err;
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
    return w;
  });

  return {
    extract(input) {
      if (failure) return Promise.reject(failure);
      return new Promise<ArticleRecord>((resolve, reject) => {
        seq += 1;
        pending.set(seq, { resolve, reject });
        queue.push({ seq, input });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
