import type { ArticleInput } from '../core/doc.js';
import { ErrorCodes } from '../core/errors.js';
import type { Diagnostic } from '../core/types.js';
import { BinaryInputError, textLines } from './text-lines.js';
import { inputFailure, type IngestItem } from './types.js';

/**
 * Articles of a JSONL stream, one `{"id","text","title"?,"url"?,"published"?}`
 * a line. A bad line is reported as `name:line: ...` and reading goes on; blank
 * lines are skipped. Lines are read one at a time, so a file of any size streams.
 */
export async function* jsonlArticles(
  chunks: AsyncIterable<Uint8Array | string>,
  name: string,
  maxBytes: number,
): AsyncGenerator<IngestItem> {
  try {
    for await (const { lineNo, text } of textLines(chunks, maxBytes)) {
      const where = `${name}:${lineNo}`;
      if (text === null) {
        yield inputFailure(where, ErrorCodes.INPUT_TOO_LARGE, `${where}: line longer than the limit of ${maxBytes} bytes (raise --max-bytes)`);
        continue;
      }
      if (!text.trim()) continue;
      yield articleOfJsonLine(text, where);
    }
  } catch (err) {
    if (err instanceof BinaryInputError) {
      yield inputFailure(name, ErrorCodes.INPUT_BINARY, `${name}: binary data, not JSONL`);
    } else throw err;
  }
}

/** One JSONL line as an article, or the reason it is not one. */
export function articleOfJsonLine(line: string, where: string): IngestItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return inputFailure(where, ErrorCodes.JSONL_NOT_JSON, `${where}: not JSON (${why})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return inputFailure(where, ErrorCodes.JSONL_NOT_JSON, `${where}: not a JSON object`);
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return inputFailure(where, ErrorCodes.JSONL_BAD_FIELD, `${where}: missing "text"`);
  if (!o.text.trim()) return inputFailure(where, ErrorCodes.INPUT_EMPTY, `${where}: empty "text"`);
  const diagnostics: Diagnostic[] = [];
  if (o.text.includes('\uFFFD')) {
    diagnostics.push({
      code: ErrorCodes.INPUT_BAD_ENCODING, severity: 'warning',
      message: `${where}: text holds U+FFFD replacement characters (invalid UTF-8 in the input?)`,
    });
  }
  const id = typeof o.id === 'string' && o.id.trim() ? o.id : typeof o.id === 'number' ? String(o.id) : where;
  const article: ArticleInput = { id, text: o.text, source: where, diagnostics };
  if (typeof o.title === 'string' && o.title.trim()) article.title = o.title.trim();
  if (typeof o.url === 'string' && o.url.trim()) article.url = o.url.trim();
  if (o.published != null) {
    const day = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(typeof o.published === 'string' ? o.published.trim() : '')?.[0];
    if (day) article.published = day;
    else {
      diagnostics.push({
        code: ErrorCodes.JSONL_BAD_FIELD, severity: 'warning',
        message: `${where}: "published" is not an ISO date (${JSON.stringify(o.published).slice(0, 40)}); ignored`,
      });
    }
  }
  return article;
}
