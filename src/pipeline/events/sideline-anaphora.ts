import type { Doc } from '../../core/doc.js';
import type { DiplomaticEvent } from '../../core/types.js';
import { actorKey } from './actor-key.js';

// "on the sidelines of the summit", "at the meeting": a gathering named only by its noun, with the definite article.
// ("On its sidelines, X will hold talks": the gathering of the sentence before; "the summit on Friday" too, not "the summit on Gaza".)
const BARE_GATHERING = /\b(?:on the (?:sidelines|margins) of|at|during) the (?:summit|conference|forum|gathering|event|meeting of leaders|council|session|assembly)\b(?!\s+(?:of|in)\b|\s+on\s+(?![A-Z][a-z]+day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))|\b(?:on|at) its (?:sidelines|margins)\b|\bon the (?:sidelines|margins)\b(?!\s+of\b)/i;

/**
 * Talks held "on the sidelines of the summit" where the summit was named in
 * an earlier sentence ("... will meet in Johannesburg on Saturday for the
 * first G20 summit"): they take the occasion of the last summit reported
 * before them, and its place and date where they have none of their own.
 */
export function fillSidelineOccasion(doc: Doc, events: DiplomaticEvent[]): void {
  const summits = events.filter((e) => e.kind === 'summit').sort((a, b) => start(a) - start(b));
  for (const e of events) {
    if (e.kind !== 'meeting') continue;
    const own = e.support[0];
    // ("On the sidelines of the summit on Friday he held talks": an occasion known, its place is the summit's.)
    if (e.occasion) {
      // ("despite misgivings in Washington, has met Putin ... on the sidelines of an APEC summit in Lima": talks held at a
      // gathering are where the gathering is, whatever other city the sentence names.)
      // (Only the one gathering of the sentence, and only a city of another country: "in Qingdao" at a meeting held in
      // Shandong is more exact, not elsewhere.)
      const ofSentence = own ? summits.filter((s) => s.support.some((r) => r.start === own.start)) : [];
      const here = ofSentence.length === 1 && ofSentence[0]!.occasion?.name === e.occasion.name ? ofSentence[0] : undefined;
      // (And talks of the gathering's month: "talks in Vladivostok in September and at the APEC summit in Lima" are two.)
      const sameMonth = !e.date || !here?.date || e.date.value.slice(0, 7) === here.date.value.slice(0, 7);
      if (here?.location && own && sameMonth && SIDELINES.test(doc.text.slice(own.start, own.end)) && e.location && e.location.country !== here.location.country) {
        e.location = { ...here.location };
        if (here.host) e.host = here.host;
      }
      const same = summits.filter((s) => start(s) < (own?.start ?? 0) && s.status === e.status && s.occasion?.name === e.occasion!.name).pop();
      if (!e.location && same?.location && own && BARE_GATHERING.test(doc.text.slice(own.start, own.end))) { e.location = { ...same.location }; if (same.host) e.host ??= same.host; }
      continue;
    }
    if (!own || !BARE_GATHERING.test(doc.text.slice(own.start, own.end))) continue;
    const summit = summits.filter((s) => start(s) < own.start).pop();
    if (!summit || summit.status !== e.status) continue;
    e.occasion = summit.occasion ? { ...summit.occasion } : null;
    e.location ??= summit.location ? { ...summit.location } : null;
    if (summit.host) e.host ??= summit.host;
    // (Talks "also" held at the same gathering, told before with their day, give the day the summit's month does not.)
    const sibling = events.filter((o) => o !== e && o.kind === 'meeting' && o.occasion?.name === summit.occasion?.name && o.date?.value.length === 10
      && start(o) < own.start && (!summit.date || o.date.value.startsWith(summit.date.value))).pop();
    e.date ??= sibling?.date && (!summit.date || summit.date.value.length < 10) ? { ...sibling.date } : summit.date ? { ...summit.date } : null;
  }
}

const start = (e: DiplomaticEvent): number => e.support[0]?.start ?? 0;
const SIDELINES = /\bon the (?:sidelines|margins|fringes) of\b/i;

/**
 * After the article defaults: talks "on the sidelines of the summit" that got only the reference month take the day
 * the summit they were held at was given ("Leaders met in Helsinki on Tuesday ... On the sidelines of the summit, ...").
 */
export function dateSidelineTalksBySummit(events: DiplomaticEvent[]): void {
  for (const e of events) {
    if (e.kind !== 'meeting' || !e.occasion || e.date?.how !== 'reference' || e.date.value.length !== 7) continue;
    const summit = events.find((s) => s.kind === 'summit' && s.status === e.status && s.occasion?.name === e.occasion!.name
      && s.date?.value.length === 10 && s.date.value.startsWith(e.date!.value));
    if (summit?.date) e.date = { ...summit.date };
  }
}

/**
 * "Yunus held a meeting with Paetongtarn in Bangkok on the sidelines of the summit ... Yunus also met Min Aung Hlaing":
 * talks "also" held by the same person, dated and placed by nothing of their own, are of the same day, place and
 * occasion as that person's talks told before. After the article defaults (undated talks have the reference month).
 */
export function placeAlsoMetTalks(doc: Doc, events: DiplomaticEvent[]): void {
  for (const e of events) {
    if (e.kind !== 'meeting' || e.location) continue;
    const own = e.support[0];
    if (!own) continue;
    const text = doc.text.slice(own.start, own.end);
    const people = new Set(e.participants.filter((p) => p.kind === 'person').map(actorKey));
    // The last located talks told before of someone of these talks, that also pass `fits`.
    const earlier = (fits: (o: DiplomaticEvent) => boolean): DiplomaticEvent | undefined => events.filter((o) => o !== e && o.kind === 'meeting'
      && o.location && start(o) < own.start && o.participants.some((p) => p.kind === 'person' && people.has(actorKey(p))) && fits(o)).pop();
    const ownDay = Boolean(e.date && (e.date.how !== 'reference' || e.date.range));
    // ("Luxon is scheduled to hold talks with Anwar on the sidelines on Thursday": the same gathering, its place only.)
    // ("On Thursday, Dong will also hold talks with Singh": talks "also" held by someone, dated by their own words.)
    const alsoDated = ownDay && /\balso\s+(?:(?:will|to)\s+)?(?:meet|met|hold|held|have|had)\b/i.test(text);
    const there = /\bon the (?:sidelines|margins)\b(?!\s+of\b)/i.test(text) || alsoDated ? earlier((o) => daysApart(o, e) <= (alsoDated ? 2 : 4))
      : !ownDay && /\balso\s+(?:met|held talks|had talks|spoke|conferred)\b/i.test(text)
        ? earlier((o) => o.status === e.status && o.date?.value.length === 10 && (!e.date || o.date.value.startsWith(e.date.value))) : undefined;
    if (!there) continue;
    // (Undated "also" talks take the day as well.)
    if (!ownDay && !/\bon the (?:sidelines|margins)\b(?!\s+of\b)/i.test(text)) e.date = { ...there.date! };
    e.location = { ...there.location! };
    if (there.host) e.host ??= there.host;
    e.occasion ??= there.occasion ? { ...there.occasion } : null;
  }
}

/** How many days apart two engagements are: 0 for dates that agree but are not both days; Infinity without a date. */
function daysApart(a: DiplomaticEvent, b: DiplomaticEvent): number {
  const x = a.date?.value, y = b.date?.value;
  if (!x || !y) return x === y ? 0 : Infinity;
  if (x.length === 10 && y.length === 10) return Math.abs(Date.parse(x) - Date.parse(y)) / 86_400_000;
  return x.startsWith(y) || y.startsWith(x) ? 0 : Infinity;
}
