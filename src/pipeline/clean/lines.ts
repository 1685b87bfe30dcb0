import type { Range } from '../../core/span.js';

/** One line of a text: its content range (without the newline) and where the next line starts. */
export interface Line extends Range {
  next: number;
}

export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const next = nl < 0 ? text.length : nl + 1;
    const end = nl < 0 ? text.length : nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    out.push({ start, end, next });
    start = next;
  }
  return out;
}

/** The line's content without surrounding spaces, and where that starts. */
export function trimmedLine(text: string, line: Range): { text: string; start: number } {
  const s = text.slice(line.start, line.end);
  const lead = s.length - s.trimStart().length;
  return { text: s.trim(), start: line.start + lead };
}

/** A title: the first line, when a blank line follows it. */
export function titleLineIndex(text: string, lines: readonly Line[]): number {
  const first = lines.findIndex((l) => text.slice(l.start, l.end).trim());
  if (first < 0) return -1;
  const after = lines[first + 1];
  return after && !text.slice(after.start, after.end).trim() ? first : -1;
}
