import type { Diagnostic } from '../core/types.js';
import { ErrorCodes } from '../core/errors.js';
import { inputFailure, type InputFailure } from './types.js';

export interface Decoded {
  text: string;
  diagnostics: Diagnostic[];
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * Bytes to text: UTF-8 (BOM dropped), UTF-16 LE/BE when a BOM says so. Invalid
 * UTF-8 is decoded with replacement characters and a warning; NUL bytes or many
 * control characters mean a binary file, and blank text an empty one.
 */
export function decodeArticleBytes(bytes: Uint8Array, input: string): Decoded | InputFailure {
  const diagnostics: Diagnostic[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = utf16le.decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = utf16le.decode(swapBytePairs(bytes.subarray(2)));
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) {
      return inputFailure(input, ErrorCodes.INPUT_BINARY, `${input}: binary data, not text (give .txt, .html or .jsonl articles)`);
    }
    try {
      text = utf8Strict.decode(body);
    } catch {
      text = utf8Lenient.decode(body);
      const replaced = (text.match(/\uFFFD/g) ?? []).length;
      diagnostics.push({
        code: ErrorCodes.INPUT_BAD_ENCODING,
        severity: 'warning',
        message: `${input}: not valid UTF-8; ${replaced} byte sequence(s) replaced by U+FFFD (save the file as UTF-8)`,
      });
    }
  }
  if (!/\S/.test(text)) return inputFailure(input, ErrorCodes.INPUT_EMPTY, `${input}: empty (no text)`);
  return { text, diagnostics };
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
}

/** NUL bytes, or more than 10% control characters other than tab, newline, form feed and carriage return, in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return n > 0 && control / n > 0.1;
}
