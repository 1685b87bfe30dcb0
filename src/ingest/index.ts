export { readInputs, readFile, type ReadInputsOptions } from './read-inputs.js';
export { decodeArticleBytes, looksBinary } from './decode.js';
export { htmlArticle } from './html-article.js';
export { jsonlArticles, articleOfJsonLine } from './jsonl.js';
export { textArticle, titleOf } from './text-article.js';
export {
  ARTICLE_EXTENSIONS, DEFAULT_MAX_BYTES, isInputFailure, inputFailure,
  type IngestItem, type IngestOptions, type InputFailure,
} from './types.js';
