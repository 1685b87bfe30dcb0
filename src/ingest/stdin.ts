import { ErrorCodes } from '../core/errors.js';
import { decodeArticleBytes } from './decode.js';
import { articleOfJsonLine, jsonlArticles } from './jsonl.js';
import { textArticle } from './text-article.js';
import { inputFailure, isInputFailure, type IngestItem } from './types.js';

const STDIN = '-';

/**
 * Standard input, its format sniffed: JSONL when every non-empty line is an
 * object with "text", else one text article. Input up to the limit is held to
 * decide; a longer input is streamed as JSONL when its first line is an
 * article object (the only format that may be that long).
 */
export async function* readStdin(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<IngestItem> {
  const iterator = stream[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size <= maxBytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    head.push(chunk);
    size += chunk.length;
  }
  const bytes = Buffer.concat(head);
  if (done) {
    const decoded = decodeArticleBytes(bytes, STDIN);
    if ('failed' in decoded) {
      yield decoded;
      return;
    }
    if (isJsonl(decoded.text)) {
      yield* jsonlArticles(once(decoded.text), STDIN, maxBytes);
    } else yield textArticle(decoded.text, 'stdin', STDIN, decoded.diagnostics);
    return;
  }
  const firstLine = bytes.subarray(0, Math.max(0, bytes.indexOf(0x0a))).toString('utf8');
  if (!firstLine || isInputFailure(articleOfJsonLine(firstLine, STDIN))) {
    yield inputFailure(STDIN, ErrorCodes.INPUT_TOO_LARGE,
      `${STDIN}: standard input is larger than the limit of ${maxBytes} bytes per article (raise --max-bytes)`);
    return;
  }
  async function* rest(): AsyncGenerator<Uint8Array | string> {
    yield bytes;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  yield* jsonlArticles(rest(), STDIN, maxBytes);
}

function isJsonl(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => !isInputFailure(articleOfJsonLine(l, STDIN)));
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}
