import type { Doc } from '../../core/doc.js';
import type { DiplomaticEvent } from '../../core/types.js';
import { addDays, isoDay, parseDay } from '../dates/calendar.js';

// "the two-day summit, which opened on Thursday", "the meeting began on June 24".
const OPENED = /\b(?:summit|meeting|conference|gathering|forum|congress)\b[^.;]{0,30}?\b(?:opened|began|started|kicked off|got under way)\s+(?:on\s+)?$/i;
const MAX_DAYS = 6;

/**
 * A summit reported on the day of something held at it ("met on the sidelines
 * of the summit on Friday") is dated by the day the article says it opened,
 * when it says so: a gathering of several days is dated by its first.
 */
export function dateSummitsByOpening(doc: Doc, events: DiplomaticEvent[]): void {
  const summits = events.filter((e) => e.kind === 'summit' && e.status === 'occurred' && e.date?.value.length === 10);
  if (summits.length !== 1) return;
  const summit = summits[0]!;
  const reported = parseDay(summit.date!.value);
  if (!reported) return;
  for (const d of doc.dates) {
    if (d.value.length !== 10 || !OPENED.test(doc.text.slice(Math.max(0, d.range.start - 60), d.range.start))) continue;
    const opened = parseDay(d.value);
    if (!opened || d.value > summit.date!.value) continue;
    if (isoDay(addDays(opened, MAX_DAYS)) < summit.date!.value) continue;
    summit.date = { value: d.value, how: d.how, range: d.range };
    return;
  }
}
