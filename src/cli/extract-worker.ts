import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleInput } from '../core/doc.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { extractRecord } from '../pipeline/index.js';

/*
 * One extraction worker of `readout ingest --jobs N`: loads the knowledge base
 * once, then turns each article it is sent into its record. The main thread
 * does all the writing.
 */
const { kbDirs } = workerData as { kbDirs: string[] };
const kb = loadKnowledgeBase(kbDirs.length ? { extraDirs: kbDirs } : {});

parentPort!.on('message', (msg: { seq: number; input: ArticleInput }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, record: extractRecord(msg.input, { kb }) });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort!.postMessage({ ready: true });
