import type { ArticleInput } from '../core/doc.js';
import type { ErrorCode } from '../core/errors.js';

/** An input that could not be read as an article; reading goes on with the next one. */
export interface InputFailure {
  failed: true;
  /** The path, `path:line` for JSONL, or `-` for stdin. */
  input: string;
  code: ErrorCode;
  message: string;
}

export type IngestItem = ArticleInput | InputFailure;

export interface IngestOptions {
  /** Largest article accepted, in bytes (a whole file, or one JSONL line). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Extensions read from folders; a file named explicitly with another extension is read as plain text. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.jsonl'] as const;

export const isInputFailure = (item: IngestItem): item is InputFailure => (item as InputFailure).failed === true;

export const inputFailure = (input: string, code: ErrorCode, message: string): InputFailure => ({
  failed: true, input, code, message,
});
