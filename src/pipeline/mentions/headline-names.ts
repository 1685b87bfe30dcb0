/**
 * Refiner: a title line written in headline case ("Foreign Minister Meets
 * Delegation From Vietnam") capitalises every word, so a title there is followed
 * by ordinary words that look like a name. A person found only by the shape of
 * such a line, and never written again in the text outside it, is dropped.
 */
import type { Doc } from '../../core/doc.js';
import type { Range } from '../../core/span.js';
import type { Mention } from '../../core/types.js';

/** Whether a paragraph is a headline-case line: every word of four or more letters capitalised, no closing full stop. */
function isHeadlineCase(text: string): boolean {
  const t = text.trim();
  if (/[.!?]["”’]?$/.test(t)) return false;
  const long = t.match(/[\p{L}’'-]{4,}/gu) ?? [];
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

export function dropHeadlineCaseNames(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const lines: Range[] = doc.paragraphs.filter((p) => isHeadlineCase(doc.text.slice(p.start, p.end)));
  if (!lines.length) return [...mentions];
  const inLine = (m: Mention): Range | undefined => lines.find((p) => p.start <= m.range.start && m.range.end <= p.end);
  return mentions.filter((m) => {
    if (m.type !== 'person' || m.entityId || m.rule === 'mentions/kb-alias') return true;
    const line = inLine(m);
    if (!line) return true;
    // Written again elsewhere, in full or by its last word ("Harada said"): a real name.
    const text = doc.text;
    const last = m.surface.split(/\s+/).pop()!;
    for (const form of [m.surface, last]) {
      const re = new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const w of text.matchAll(re)) if (w.index < line.start || w.index >= line.end) return true;
    }
    return false;
  });
}
