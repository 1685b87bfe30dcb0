import type { KnowledgeBase } from '../kb/types.js';
import type { Store } from '../store/types.js';

/** What the API is built from: tests inject a temporary store and the knowledge base. */
export interface AppDeps {
  store: Store;
  /** Needed by POST /api/extract and /api/articles, and for actors' roles over time. */
  kb?: KnowledgeBase;
  /** POST /api/articles stores articles only when this is true (`readout serve --allow-ingest`). */
  allowIngest?: boolean;
  /** Folder of the built UI (web/dist); no UI is served when absent. */
  webRoot?: string;
}
