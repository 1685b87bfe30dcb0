import { looksBinary } from './decode.js';

export interface TextLine {
  /** 1-based. */
  lineNo: number;
  /** The line without its newline, or null when it was longer than the limit (its text is not kept). */
  text: string | null;
}

/**
 * Lines of a byte stream, decoded on the fly (UTF-8, or UTF-16 when a BOM says
 * so), without ever holding more than one line: a line longer than `maxChars`
 * is skipped to its end and reported as null. Throws a `BinaryInputError` when
 * the first bytes look binary.
 */
export async function* textLines(chunks: AsyncIterable<Uint8Array | string>, maxChars: number): AsyncGenerator<TextLine> {
  let decoder: TextDecoder | null = null;
  let partial = '';
  let overflow = false;
  let lineNo = 0;
  for await (const raw of chunks) {
    let chunk: string;
    if (typeof raw === 'string') chunk = raw;
    else {
      if (!decoder) decoder = decoderFor(raw);
      chunk = decoder.decode(raw, { stream: true });
    }
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
      const piece = chunk.slice(from, nl);
      lineNo++;
      yield { lineNo, text: overflow || partial.length + piece.length > maxChars ? null : stripCr(partial + piece) };
      partial = '';
      overflow = false;
      from = nl + 1;
    }
    const rest = chunk.slice(from);
    if (!overflow && partial.length + rest.length > maxChars) {
      overflow = true;
      partial = '';
    }
    if (!overflow) partial += rest;
  }
  if (decoder && !overflow) partial += decoder.decode();
  if (overflow || partial.length) yield { lineNo: lineNo + 1, text: overflow ? null : stripCr(partial) };
}

export class BinaryInputError extends Error {}

function decoderFor(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  if (looksBinary(first)) throw new BinaryInputError('binary data');
  return new TextDecoder('utf-8'); // drops a UTF-8 BOM, replaces invalid bytes by U+FFFD
}

const stripCr = (s: string): string => (s.endsWith('\r') ? s.slice(0, -1) : s);
