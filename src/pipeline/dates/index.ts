import type { Doc } from '../../core/doc.js';
import type { DateMention } from '../../core/types.js';
import type { PipelineContext } from '../context.js';
import { findAnniversaryYears } from './anniversary.js';
import { parseDay, yearOf, type Day } from './calendar.js';
import type { DateCandidate } from './candidate.js';
import { findExplicitDates } from './explicit.js';
import { findGatheringDates } from './gathering-dates.js';
import { mightHoldDate } from './prefilter.js';
import { referenceDateOf } from './reference.js';
import { findRelativeMonths, findRelativePeriods } from './relative-periods.js';
import { sentencesOf } from './sentences-of.js';
import { findYears } from './year-only.js';
import { yearlessReference } from './yearless-reference.js';

/**
 * The dates stage: every date expression in the text, resolved against the
 * reference date. Rules run in order; later rules skip text an earlier one took.
 *   1. explicit dates and weekdays (chrono-node, components read, tense-aware)
 *   2. relative periods ("last week", "this year", "yesterday")
 *   3. bare years ("in 2022")
 *   4. anniversaries ("the 75th anniversary of ...") via the knowledge base
 *   5. named gatherings ("the ASEAN summit in Hanoi") via the knowledge base,
 *      using the article's year from 1-4 when the text gives none
 */
export function findDates(doc: Doc, ctx: PipelineContext): void {
  const inferred = yearlessReference(doc, ctx.kb);
  if (inferred) {
    doc.referenceDate = inferred.value;
    doc.diagnostics.push({ code: 'I_DATES_REFERENCE_INFERRED', severity: 'info', message: `no publication date: relative dates count from ${inferred.value}, as ${inferred.why}` });
  }
  const ref = referenceDay(doc);
  const found: DateCandidate[] = [];
  const sentences = sentencesOf(doc);
  for (const s of sentences) {
    if (!mightHoldDate(s.text)) continue;
    const own: DateCandidate[] = [];
    addUnlessTaken(own, findRelativeMonths(s, ref));
    addUnlessTaken(own, findExplicitDates(s, ref));
    addUnlessTaken(own, findRelativePeriods(s, ref));
    addUnlessTaken(own, findYears(s, own));
    addUnlessTaken(own, findAnniversaryYears(doc, s, ctx.kb));
    found.push(...withoutYearWordsOfAMonth(own, doc.text));
  }
  const articleYear = yearOf(referenceDateOf(doc)) ?? currentYearFromAnniversary(found);
  for (const s of sentences) {
    const days = found.filter((c) => c.from >= s.start && c.to <= s.end).map((c) => c.value);
    addUnlessTaken(found, findGatheringDates(doc, s, ctx.kb, articleYear, days));
  }
  found.sort((a, b) => a.from - b.from);
  doc.dates = found.map((c, i) => toMention(doc, c, i));
}

// The publication date found in the text stands in when no reference date was set.
function referenceDay(doc: Doc): Day | null {
  return parseDay(referenceDateOf(doc));
}

// An anniversary "this year marks" dates the article when nothing else does.
function currentYearFromAnniversary(found: DateCandidate[]): number | null {
  const a = found.find((c) => c.how === 'anniversary');
  return a ? yearOf(a.value) : null;
}

// "in September last year": the year words say which September; they are no date of their own beside it.
function withoutYearWordsOfAMonth(own: DateCandidate[], text: string): DateCandidate[] {
  return own.filter((c) => !(/^(?:this|last|next|that)\s+year$/i.test(text.slice(c.from, c.to))
    && own.some((m) => m !== c && m.to <= c.from && /^\s*(?:of\s+)?$/i.test(text.slice(m.to, c.from)) && m.value.length >= 7 && m.value.startsWith(c.value))));
}

function addUnlessTaken(into: DateCandidate[], more: DateCandidate[]): void {
  for (const c of more) {
    if (into.some((t) => t.from < c.to && c.from < t.to)) continue;
    into.push(c);
  }
}

function toMention(doc: Doc, c: DateCandidate, i: number): DateMention {
  return {
    id: `date-${i + 1}`,
    range: { start: c.from, end: c.to },
    surface: doc.text.slice(c.from, c.to),
    value: c.value,
    ...(c.end ? { end: c.end } : {}),
    how: c.how,
    rule: c.rule,
    confidence: c.confidence,
  };
}
