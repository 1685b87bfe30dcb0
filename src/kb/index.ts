export { buildKnowledgeBase, type KbData } from './build.js';
export { loadKnowledgeBase, loadKbData, BUILTIN_DATA_DIR, type LoadOptions } from './load.js';
export type * from './types.js';
