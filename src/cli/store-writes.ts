import type { ArticleInput } from '../core/doc.js';
import { ErrorCodes, ReadoutError } from '../core/errors.js';
import type { BatchCallbacks } from '../store/batched-writer.js';
import type { IngestCounts, Progress } from './ingest-progress.js';

/**
 * The callbacks `ingest` and `reprocess` give their BatchedWriter: committed
 * articles are counted and shown, and the first store failure becomes an
 * error naming the database and the article (`again` says how to finish).
 */
export function countingWrites(counts: IngestCounts, progress: Progress, dbName: string, again: string, onFatal: (e: ReadoutError) => void): BatchCallbacks {
  return {
    stored(r) {
      counts[r.status] += 1;
      counts.events += r.eventReports;
      counts.merged += r.merged;
      progress.tick(counts);
    },
    failed(input: ArticleInput, err: unknown) {
      onFatal(err instanceof ReadoutError ? err : new ReadoutError(ErrorCodes.DB_OPEN,
        `database ${dbName}: cannot store ${input.source ?? input.id}: ${err instanceof Error ? err.message : String(err)} (${again})`, dbName));
    },
  };
}
