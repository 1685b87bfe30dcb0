import type { Range } from '../../core/span.js';

/**
 * Paragraphs of a text. Web copies put one paragraph per line (single newlines),
 * press releases separate paragraphs by blank lines, and some texts are
 * hard-wrapped (several short lines per blank-line block). So: every non-empty
 * line is a paragraph, unless the text looks hard-wrapped, where the lines of a
 * blank-line block are one paragraph.
 */
export function findParagraphs(text: string): Range[] {
  const lines = nonEmptyLines(text);
  if (!looksHardWrapped(text, lines)) return lines;
  return blankLineBlocks(text);
}

/** Ranges of the non-blank lines, trimmed of surrounding spaces. */
export function nonEmptyLines(text: string): Range[] {
  const out: Range[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const r = trimRange(text, { start: m.index, end: m.index + m[0].length });
    if (r.end > r.start) out.push(r);
  }
  return out;
}

function blankLineBlocks(text: string): Range[] {
  const out: Range[] = [];
  const re = /\S[\s\S]*?(?=\r?\n[ \t]*\r?\n|$(?![\s\S]))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const r = trimRange(text, { start: m.index, end: m.index + m[0].length });
    if (r.end > r.start) out.push(r);
  }
  return out;
}

/**
 * Hard-wrapped: there are blank lines, and most lines inside blocks end
 * mid-sentence (no closing punctuation) while being of similar, bounded width.
 */
function looksHardWrapped(text: string, lines: Range[]): boolean {
  if (lines.length < 4 || !/\n[ \t]*\r?\n/.test(text)) return false;
  let continued = 0;
  let wrappedCandidates = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const cur = lines[i]!;
    const next = lines[i + 1]!;
    const between = text.slice(cur.end, next.start);
    if ((between.match(/\n/g) ?? []).length !== 1) continue; // only lines inside a block
    wrappedCandidates++;
    const line = text.slice(cur.start, cur.end);
    if (line.length <= 100 && !/[.!?:;"'”’)\]]$/.test(line)) continued++;
  }
  return wrappedCandidates >= 3 && continued / wrappedCandidates >= 0.6;
}

export function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
