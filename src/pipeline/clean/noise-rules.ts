import noise from '../../../data/lexicon/noise.json' with { type: 'json' };

/** A noise pattern of data/lexicon/noise.json, compiled once at module load. */
export interface NoiseRule {
  id: string;
  why: string;
  re: RegExp;
  maxWords?: number;
  notTitle?: boolean;
  /** Lower-case substrings of which the line must hold one before the pattern is tried. */
  hints?: string[];
}

interface RawRule {
  id: string;
  why: string;
  pattern: string;
  flags?: string;
  maxWords?: number;
  notTitle?: boolean;
  hints?: string[];
}

const compile = (r: RawRule, global = false): NoiseRule => ({
  id: r.id,
  why: r.why,
  re: new RegExp(r.pattern, (r.flags ?? 'iu') + (global ? 'g' : '')),
  maxWords: r.maxWords,
  notTitle: r.notTitle,
  hints: r.hints,
});

export const LINE_RULES: readonly NoiseRule[] = (noise.lines as RawRule[]).map((r) => compile(r));
export const FOOTER_RULES: readonly NoiseRule[] = (noise.footers as RawRule[]).map((r) => compile(r));
export const INLINE_RULES: readonly NoiseRule[] = (noise.inline as RawRule[]).map((r) => compile(r, true));

/** A line as the rules see it: its text, lower-cased once, and its word count. */
interface LineView {
  text: string;
  lower: string;
  readonly words: number;
}

function view(text: string): LineView {
  let words: number | undefined;
  return {
    text,
    lower: text.toLowerCase(),
    get words(): number {
      return (words ??= countWords(text));
    },
  };
}

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const hinted = (rule: NoiseRule, line: LineView): boolean => !rule.hints || rule.hints.some((h) => line.lower.includes(h));

const applies = (rule: NoiseRule, line: LineView, isTitle: boolean): boolean =>
  !(rule.notTitle && isTitle) && (rule.maxWords === undefined || line.words <= rule.maxWords) && hinted(rule, line) && rule.re.test(line.text);

/** The noise rule a whole (trimmed) line matches, if any. */
export function noiseRuleOf(line: string, isTitle: boolean): NoiseRule | undefined {
  const v = view(line);
  return LINE_RULES.find((r) => applies(r, v, isTitle));
}

/** The footer rule a line matches, if any: the line and all after it are page furniture. */
export function footerRuleOf(line: string): NoiseRule | undefined {
  const v = view(line);
  return FOOTER_RULES.find((r) => applies(r, v, false));
}

/** Spans of inline noise (credits, link text, markup) within a line, relative to the line. */
export function inlineNoise(line: string): { start: number; end: number; rule: NoiseRule }[] {
  const out: { start: number; end: number; rule: NoiseRule }[] = [];
  const v = view(line);
  for (const rule of INLINE_RULES) {
    if (!hinted(rule, v)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(line); m; m = rule.re.exec(line)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const span = { start: m.index, end: m.index + m[0].length, rule };
      if (!out.some((o) => o.start < span.end && span.start < o.end)) out.push(span);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
