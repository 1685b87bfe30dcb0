import type { Range } from '../../core/span.js';
import { DuplicateFinder } from './duplicates.js';
import type { Edit } from './edits.js';
import { type Line, titleLineIndex, trimmedLine } from './lines.js';
import { footerRuleOf, inlineNoise, noiseRuleOf } from './noise-rules.js';
import { readWrittenDate } from './written-date.js';

/** Why a run of raw text was left out of the cleaned view. */
export interface Drop extends Range {
  rule: string;
  why: string;
}

/** Content kept before a footer marker counts as the article (a sign-up form above the story is not its end). */
const MIN_CHARS_BEFORE_FOOTER = 300;
/** Related-story teasers at the end of a page: short lines without closing punctuation. */
const TEASER_MAX_WORDS = 15;
const LONE_TEASER_MAX_WORDS = 8;

export interface LinePlan {
  drops: Drop[];
  /** Deletions of inline noise (credits, markup) inside kept lines. */
  inline: (Edit & { rule: string; why: string })[];
  /** Kept lines, trimmed content ranges. */
  kept: Range[];
  title: number;
}

/** Decides, line by line, what of the raw text is scrape noise or a repeat. */
export function planLines(raw: string, lines: readonly Line[]): LinePlan {
  const title = titleLineIndex(raw, lines);
  const drops: Drop[] = [];
  const inline: LinePlan['inline'] = [];
  const kept: (Range & { line: Line; isTitle: boolean })[] = [];
  const duplicates = new DuplicateFinder();
  let keptChars = 0;
  const dropLine = (line: Line, rule: string, why: string): void => {
    drops.push({ start: line.start, end: line.next, rule, why });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const { text, start } = trimmedLine(raw, line);
    if (!text) continue;
    const isTitle = i === title;
    const footer = isTitle ? undefined : footerRuleOf(text);
    if (footer && keptChars >= MIN_CHARS_BEFORE_FOOTER) {
      drops.push({ start: line.start, end: raw.length, rule: `noise/${footer.id}`, why: `${footer.why} (and all that follows)` });
      break;
    }
    const noise = isTitle ? undefined : noiseRuleOf(text, isTitle);
    if (noise) {
      dropLine(line, `noise/${noise.id}`, noise.why);
      const previous = kept[kept.length - 1];
      if (noise.id === 'link-only' && previous && isHeadlineLike(raw, previous)) {
        // a related-story headline sits right above its link
        kept.pop();
        keptChars -= previous.end - previous.start;
        dropLine(previous.line, 'noise/related-headline', 'a related-story headline above its link');
      }
      continue;
    }
    const spans = inlineNoise(text);
    const left = spans.reduce((n, s) => n - (s.end - s.start), text.length);
    if (spans.length && !/\S/.test(withoutSpans(text, spans))) {
      dropLine(line, `noise/${spans[0]!.rule.id}`, spans[0]!.rule.why);
      continue;
    }
    const content = { start, end: start + text.length };
    const repeats = duplicates.check(raw, content);
    const whole = repeats.find((d) => d.kind !== 'repeated-sentence');
    if (whole) {
      dropLine(line, `duplicate/${whole.kind}`, whole.kind === 'paragraph' ? 'a repeated paragraph' : 'a paragraph repeating an earlier sentence');
      continue;
    }
    for (const d of repeats) if (d.kind === 'repeated-sentence') drops.push({ ...d.span, rule: 'duplicate/repeated-sentence', why: 'a sentence repeated right after itself' });
    for (const s of spans) inline.push({ start: start + s.start, end: start + s.end, to: '', rule: `noise/${s.rule.id}`, why: s.rule.why });
    kept.push({ ...content, line, isTitle });
    keptChars += left;
  }
  dropTrailingTeasers(raw, kept, drops);
  const dropped = new Set(drops.map((d) => d.start));
  return { drops, inline, kept: kept.filter((k) => !dropped.has(k.line.start)), title };
}

/**
 * Related-story headlines and tag lists left at the end of a page: a run of
 * short lines without closing punctuation (two or more, or one very short),
 * when enough of the article stays.
 */
function dropTrailingTeasers(raw: string, kept: (Range & { line: Line; isTitle: boolean })[], drops: Drop[]): void {
  let from = kept.length;
  while (from > 0) {
    const k = kept[from - 1]!;
    const text = raw.slice(k.start, k.end);
    if (k.isTitle || text.length > 300 || /[.!?:;"”’')\]…]$/.test(text)) break;
    if ((text.match(/\S+/g) ?? []).length > TEASER_MAX_WORDS || readWrittenDate(text) || /^\d{4}-\d{2}-\d{2}/.test(text)) break;
    from--;
  }
  const run = kept.slice(from);
  const before = kept.slice(0, from).filter((k) => !k.isTitle);
  const enoughLeft = before.length >= 1 && before.reduce((n, k) => n + k.end - k.start, 0) >= 200;
  const words = run.length === 1 ? (raw.slice(run[0]!.start, run[0]!.end).match(/\S+/g) ?? []).length : 0;
  if (!enoughLeft || !run.length || (run.length === 1 && words > LONE_TEASER_MAX_WORDS)) return;
  for (const k of run) drops.push({ start: k.line.start, end: k.line.next, rule: 'noise/trailing-teasers', why: 'related-story headlines or tags at the end of the page' });
}

/** Short, without closing punctuation, not the title: reads like a headline. */
function isHeadlineLike(raw: string, k: Range & { isTitle: boolean }): boolean {
  const text = raw.slice(k.start, k.end);
  return !k.isTitle && text.length <= 200 && !/[.!?:;"”’')\]…]$/.test(text) && (text.match(/\S+/g) ?? []).length <= 20;
}

/** The text left when the (sorted, disjoint) spans are cut out. */
function withoutSpans(text: string, spans: readonly Range[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start);
    at = Math.max(at, s.end);
  }
  return out + text.slice(at);
}
