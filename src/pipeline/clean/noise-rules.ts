import noise from '../../../data/lexicon/noise.json' with { type: 'json' };

/** A noise pattern of data/lexicon/noise.json, compiled once at module load. */
export interface NoiseRule {
  id: string;
  why: string;
  re: RegExp;
  maxWords?: number;
  notTitle?: boolean;
}

interface RawRule {
  id: string;
  why: string;
  pattern: string;
  flags?: string;
  maxWords?: number;
  notTitle?: boolean;
}

const compile = (r: RawRule, global = false): NoiseRule => ({
  id: r.id,
  why: r.why,
  re: new RegExp(r.pattern, (r.flags ?? 'iu') + (global ? 'g' : '')),
  maxWords: r.maxWords,
  notTitle: r.notTitle,
});

export const LINE_RULES: readonly NoiseRule[] = (noise.lines as RawRule[]).map((r) => compile(r));
export const FOOTER_RULES: readonly NoiseRule[] = (noise.footers as RawRule[]).map((r) => compile(r));
export const INLINE_RULES: readonly NoiseRule[] = (noise.inline as RawRule[]).map((r) => compile(r, true));

const wordCount = (s: string): number => (s.match(/\S+/g) ?? []).length;

const applies = (rule: NoiseRule, line: string, isTitle: boolean): boolean =>
  !(rule.notTitle && isTitle) && (rule.maxWords === undefined || wordCount(line) <= rule.maxWords) && rule.re.test(line);

/** The noise rule a whole (trimmed) line matches, if any. */
export function noiseRuleOf(line: string, isTitle: boolean): NoiseRule | undefined {
  return LINE_RULES.find((r) => applies(r, line, isTitle));
}

/** The footer rule a line matches, if any: the line and all after it are page furniture. */
export function footerRuleOf(line: string): NoiseRule | undefined {
  return FOOTER_RULES.find((r) => applies(r, line, false));
}

/** Spans of inline noise (credits, link text, markup) within a line, relative to the line. */
export function inlineNoise(line: string): { start: number; end: number; rule: NoiseRule }[] {
  const out: { start: number; end: number; rule: NoiseRule }[] = [];
  for (const rule of INLINE_RULES) {
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
