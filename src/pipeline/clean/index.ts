import type { Doc } from '../../core/doc.js';
import type { Diagnostic } from '../../core/types.js';
import type { PipelineContext } from '../context.js';
import { findDateline } from './dateline.js';
import { applyEdits, cleanRangeOf, type Edit } from './edits.js';
import { linesOf } from './lines.js';
import { planLines } from './drop-lines.js';
import { findPublishedInText } from './published-date.js';
import { slipEdits } from './slips.js';
import { isoDay } from './written-date.js';

export { applyEdits } from './edits.js';

/** Longest excerpt of dropped text quoted in a diagnostic. */
const EXCERPT = 80;

/**
 * Builds the cleaned view of the raw text (raw itself is never changed):
 * scrape noise and repeated paragraphs or sentences dropped, translation
 * slips mended, with an offset map back to raw. Reads the publication date
 * written in the text (metadata wins when given) and the dateline.
 */
export function clean(doc: Doc, ctx: PipelineContext): void {
  const raw = doc.raw;
  const plan = planLines(raw, linesOf(raw));
  const edits: Edit[] = [...plan.drops.map((d) => ({ start: d.start, end: d.end, to: '' })), ...plan.inline];
  const slips = plan.kept.flatMap((k) => slipEdits(raw, k));
  edits.push(...slips);
  const { text, offsets } = applyEdits(raw, edits);
  doc.text = text;
  doc.offsets = offsets;
  // A kept line that lost a file photo's credit at its end was the caption of an older picture ("... in Lisbon,
  // May 3, 2018. REUTERS/Name/File Photo"); a caption of the story's own photo may well show its event.
  doc.captions = plan.kept.flatMap((k) => {
    const credit = plan.inline.find((d) => d.rule === 'noise/photo-credit-tail' && d.start >= k.start && d.end <= k.end + 1 && /\bfile\b/i.test(raw.slice(d.start, d.end)));
    const range = credit ? cleanRangeOf(doc.offsets, { start: k.start, end: credit.start }) : undefined;
    return range ? [range] : [];
  });
  if (!doc.title && plan.title >= 0) doc.title = raw.slice(plan.kept[0]?.start ?? 0, plan.kept[0]?.end ?? 0).trim() || undefined;

  for (const d of plan.drops) doc.diagnostics.push(dropDiagnostic(raw, d, d.rule, d.why));
  for (const [rule, spans] of groupBy(plan.inline, (d) => d.rule)) {
    // one note per kind of inline noise: a page may hold dozens of emphasis marks
    const first = spans[0]!;
    const diagnostic = dropDiagnostic(raw, first, rule, first.why);
    if (spans.length > 1) diagnostic.message += ` and ${spans.length - 1} more like it`;
    doc.diagnostics.push(diagnostic);
  }
  for (const s of slips) {
    doc.diagnostics.push({
      code: 'I_CLEAN_SLIP', severity: 'info', message: `mended translation slip "${s.from}" → "${s.to}"`, span: { start: s.start, end: s.end },
    });
  }

  readDates(doc, ctx);
}

function readDates(doc: Doc, ctx: PipelineContext): void {
  const lines = linesOf(doc.text).filter((l) => doc.text.slice(l.start, l.end).trim());
  const titled = doc.title && doc.text.slice(lines[0]?.start ?? 0, lines[0]?.end ?? 0).trim() === doc.title;
  // read from the raw lines: a date inside a dropped byline ("By Jane Doe | Updated July 8, 2024") still counts
  const rawLines = linesOf(doc.raw).filter((l) => doc.raw.slice(l.start, l.end).trim());
  const found = findPublishedInText(doc.raw, rawLines);
  if (!doc.metadataDate && found) {
    const range = cleanRangeOf(doc.offsets, found.range);
    doc.published = { value: found.value, how: found.how, ...(range ? { range } : {}) };
  }
  const dateline = findDateline(doc.text, titled ? lines.slice(1) : lines, ctx.kb);
  if (dateline) {
    doc.dateline = dateline.place;
    if (dateline.monthDay) doc.datelineDay = dateline.monthDay;
    const year = doc.published?.value.slice(0, 4);
    const md = dateline.monthDay;
    // a year-only (or year-month) publication date is made finer by the dateline's day
    if (md && year && doc.published && doc.published.value.length < 10) {
      const value = isoDay(Number(year), md.month, md.day);
      if (value && value.startsWith(doc.published.value)) doc.published = { value, how: 'dateline', range: dateline.place.range };
    }
  }
  doc.referenceDate = doc.published?.value ?? null;
}

function dropDiagnostic(raw: string, span: { start: number; end: number }, rule: string, why: string): Diagnostic {
  const dropped = raw.slice(span.start, span.end).trim().replace(/\s+/g, ' ');
  const excerpt = dropped.length > EXCERPT ? `${dropped.slice(0, EXCERPT - 3)}...` : dropped;
  return {
    code: rule.startsWith('duplicate/') ? 'I_CLEAN_DUPLICATE' : 'I_CLEAN_NOISE',
    severity: 'info',
    message: `dropped ${why} [${rule}]: "${excerpt}"`,
    span: { start: span.start, end: span.end },
  };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) out.set(key(t), [...(out.get(key(t)) ?? []), t]);
  return out;
}
