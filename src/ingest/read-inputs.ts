import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { ErrorCodes } from '../core/errors.js';
import { decodeArticleBytes } from './decode.js';
import { htmlArticle } from './html-article.js';
import { jsonlArticles } from './jsonl.js';
import { readStdin } from './stdin.js';
import { textArticle } from './text-article.js';
import {
  ARTICLE_EXTENSIONS, DEFAULT_MAX_BYTES, inputFailure, type IngestItem, type IngestOptions,
} from './types.js';

export interface ReadInputsOptions extends IngestOptions {
  /** Stream read for `-` (defaults to process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/**
 * Every article of the given paths, in order: files (.txt, .html/.htm, .jsonl;
 * other extensions as plain text), folders (recursively, sorted, those
 * extensions only) and `-` for standard input. Failures are yielded in place
 * and reading goes on. Articles are produced one at a time.
 */
export async function* readInputs(paths: readonly string[], opts: ReadInputsOptions = {}): AsyncGenerator<IngestItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(opts.stdin ?? process.stdin, maxBytes);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield statFailure(path, err);
      continue;
    }
    if (info.isDirectory()) yield* readFolder(path, path, maxBytes);
    else yield* readFile(path, idOfFile(path), maxBytes, info.size);
  }
}

async function* readFolder(root: string, dir: string, maxBytes: number): AsyncGenerator<IngestItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield statFailure(dir, err);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* readFolder(root, path, maxBytes);
    else if (e.isFile() && (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase())) {
      yield* readFile(path, withoutExtension(relative(root, path)), maxBytes);
    }
  }
}

/** One file: a JSONL stream of articles, an HTML page or a text article. */
export async function* readFile(path: string, id: string, maxBytes: number, size?: number): AsyncGenerator<IngestItem> {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl') {
    const stream = createReadStream(path);
    const opened = await new Promise<Error | null>((resolve) => {
      stream.once('open', () => resolve(null));
      stream.once('error', (err) => resolve(err));
    });
    if (opened) {
      yield statFailure(path, opened);
      return;
    }
    try {
      yield* jsonlArticles(stream, path, maxBytes);
    } catch (err) {
      yield statFailure(path, err); // a read error part-way: the lines before it were read
    } finally {
      stream.destroy();
    }
    return;
  }
  const bytes = await readBounded(path, maxBytes, size);
  if (!(bytes instanceof Uint8Array)) {
    yield bytes;
    return;
  }
  const decoded = decodeArticleBytes(bytes, path);
  if ('failed' in decoded) {
    yield decoded;
    return;
  }
  yield ext === '.html' || ext === '.htm'
    ? htmlArticle(decoded.text, id, path, decoded.diagnostics)
    : textArticle(decoded.text, id, path, decoded.diagnostics);
}

/** The file's bytes, or a failure when it is larger than the limit (checked before reading) or unreadable. */
async function readBounded(path: string, maxBytes: number, knownSize?: number): Promise<Uint8Array | IngestItem> {
  try {
    const handle = await open(path, 'r');
    try {
      const size = knownSize ?? (await handle.stat()).size;
      if (size > maxBytes) {
        return inputFailure(path, ErrorCodes.INPUT_TOO_LARGE,
          `${path}: ${mb(size)} is larger than the limit of ${mb(maxBytes)} per article (raise --max-bytes, or split it)`);
      }
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    return statFailure(path, err);
  }
}

function statFailure(path: string, err: unknown): IngestItem {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return inputFailure(path, ErrorCodes.INPUT_NOT_FOUND, `${path}: no such file or folder`);
  }
  const why = err instanceof Error ? err.message : String(err);
  return inputFailure(path, ErrorCodes.INPUT_UNREADABLE, `${path}: cannot read (${code ?? why})`);
}

/** A file named on the command line: its path as given, without extension. */
function idOfFile(path: string): string {
  const id = withoutExtension(path).replace(/^\.\//, '');
  return id || basename(path);
}

const withoutExtension = (path: string): string => {
  const ext = extname(path);
  return (ext ? path.slice(0, -ext.length) : path).split('\\').join('/');
};

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
