import type { EventKind } from '../core/types.js';
import { dateInterval, datePrecision, intervalsMeet } from './dates.js';
import { normalizeName } from './names.js';
import type { ActorRef, ClusterCandidate, EventOccasion, EventPlace, MergeReport } from './types.js';

/*
 * Whether a new event report is the same event as a stored cluster of reports.
 * The rules, in the order they are checked:
 *  1. kinds compatible: meeting, call and visit are one group (news calls the
 *     same talks a meeting or a visit, and a call is sometimes reported as
 *     talks), but a call is never a visit; summit and signing stand alone;
 *  2. dates compatible: partial dates agree with full ones ("2022" with
 *     "2022-07-28"); day dates may be one day apart (two-day talks reported
 *     by their first and second day); an undated report is placed by its
 *     article's publication date; a report with neither joins only a
 *     cluster at the same place;
 *  3. places compatible: no two known places in different countries or with
 *     different knowledge-base ids or names;
 *  4. occasions compatible: no two different knowledge-base ids;
 *  5. participants overlap: two shared people, or one shared when one side
 *     names no one else and the place, occasion or day agrees too; when one
 *     side names only countries, two shared countries; summits may match on
 *     occasion or place instead.
 * Status is not a test: "will meet" and "met" report the same talks.
 */

const KIND_GROUP: Record<EventKind, string> = {
  meeting: 'talks', call: 'talks', visit: 'talks', summit: 'summit', signing: 'signing',
};

/** Kinds that may name one event; a phone call is never a visit. */
export const kindsCompatible = (a: EventKind, b: EventKind): boolean =>
  KIND_GROUP[a] === KIND_GROUP[b] && !((a === 'call' && b === 'visit') || (a === 'visit' && b === 'call'));

/** Day slack between day-precise dates of one event. */
const DAY_SLACK = 1;
/** Where an undated report may lie around its article's publication date (days before, after). */
const UNDATED_WINDOW: [number, number] = [-30, 45];

function reportInterval(r: MergeReport): { days: [number, number]; dated: boolean } | null {
  const dated = dateInterval(r.date, r.date_end);
  if (dated) return { days: dated, dated: true };
  const pub = dateInterval(r.published);
  if (!pub) return null;
  return { days: [pub[0] + UNDATED_WINDOW[0], pub[1] + UNDATED_WINDOW[1]], dated: false };
}

/**
 * The days a matching cluster's canonical date must meet, for the store's
 * candidate lookup (the report's dates or publication window, plus the day
 * slack); null when nothing places the report in time (then only the same
 * place can match).
 */
export function candidateDays(r: MergeReport): [number, number] | null {
  const i = reportInterval(r);
  return i ? [i.days[0] - DAY_SLACK, i.days[1] + DAY_SLACK] : null;
}

export function datesCompatible(a: MergeReport, b: MergeReport): boolean {
  const ia = reportInterval(a);
  const ib = reportInterval(b);
  if (!ia || !ib) return true; // nothing places one of them in time: let participants and place decide
  const slack = ia.dated && ib.dated && datePrecision(a.date) === 3 && datePrecision(b.date) === 3 ? DAY_SLACK : 0;
  return intervalsMeet(ia.days, ib.days, slack);
}

const placeKey = (p: EventPlace): string => p.id ?? normalizeName(p.name);

export function placesCompatible(a: EventPlace | null, b: EventPlace | null): boolean {
  if (!a || !b) return true;
  if (a.country && b.country && a.country !== b.country) return false;
  if (a.id && b.id) return a.id === b.id;
  if (placeKey(a) === placeKey(b)) return true;
  // a venue and its city ("the Kremlin", "Moscow") name one place when the country agrees
  return !!(a.country && b.country);
}

export const placesEqual = (a: EventPlace | null, b: EventPlace | null): boolean =>
  !!a && !!b && (placeKey(a) === placeKey(b) || (!!a.id && a.id === b.id));

export function occasionsCompatible(a: EventOccasion | null, b: EventOccasion | null): boolean {
  if (!a || !b) return true;
  if (a.id && b.id) return a.id === b.id;
  return true;
}

export const occasionsEqual = (a: EventOccasion | null, b: EventOccasion | null): boolean =>
  !!a && !!b && ((!!a.id && a.id === b.id) || normalizeName(a.name) === normalizeName(b.name));

/** The countries taking part: country actors and the countries of people and bodies. */
export function countriesOf(actors: readonly ActorRef[]): Set<string> {
  const out = new Set<string>();
  for (const a of actors) if (a.country) out.add(a.country);
  return out;
}

/**
 * Two shared participants, or one where one side names no one the other does not:
 * "Trump met Moon" and "Trump met Netanyahu" share Trump but are two meetings;
 * "Kushner visited Ramallah" and "Kushner met Abbas in Ramallah" can be one.
 */
function overlapEnough(a: ReadonlySet<string>, b: ReadonlySet<string>): { ok: boolean; shared: number } {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return { ok: shared >= 2 || (shared === 1 && (a.size === 1 || b.size === 1)), shared };
}

/** How the participants of a report and a cluster (all its reports) overlap: shared people, or shared countries. */
export function participantOverlap(report: MergeReport, cluster: readonly MergeReport[]): { shared: number; by: 'people' | 'countries' | null } {
  const people = (actors: readonly ActorRef[]) => new Set(actors.filter((a) => a.kind !== 'country').map((a) => a.id));
  const rPeople = people(report.actors);
  const cPeople = people(cluster.flatMap((c) => c.actors));
  if (rPeople.size && cPeople.size) {
    const p = overlapEnough(rPeople, cPeople);
    if (p.ok) return { shared: p.shared, by: 'people' };
  }
  // countries decide only where a side names no one ("Russian and Ukrainian delegations"), and
  // need two in common: one country alone is in too many of its own events
  const countryOnly = !rPeople.size || cluster.some((c) => people(c.actors).size === 0);
  if (!countryOnly) return { shared: 0, by: null };
  const rCountries = countriesOf(report.actors);
  const cCountries = countriesOf(cluster.flatMap((c) => c.actors));
  const c = overlapEnough(rCountries, cCountries);
  return c.ok && c.shared >= 2 ? { shared: c.shared, by: 'countries' } : { shared: 0, by: null };
}

/** A score > 0 when the report is the same event as the cluster; higher is a closer match. */
export function matchScore(report: MergeReport, cluster: readonly MergeReport[]): number {
  if (!cluster.length) return 0;
  for (const other of cluster) {
    if (!kindsCompatible(report.kind, other.kind)) return 0;
    if (!placesCompatible(report.location, other.location)) return 0;
    if (!occasionsCompatible(report.occasion, other.occasion)) return 0;
  }
  // the date must fit every dated report of the cluster, so one vague source cannot chain two events together
  if (!cluster.every((other) => datesCompatible(report, other))) return 0;
  const overlap = participantOverlap(report, cluster);
  const samePlace = cluster.some((c) => placesEqual(report.location, c.location));
  const sameOccasion = cluster.some((c) => occasionsEqual(report.occasion, c.occasion));
  const sameDay = datePrecision(report.date) === 3 && cluster.some((c) => c.date === report.date);
  // with nothing to place a report in time, only the same place keeps two meetings of a pair from merging across years
  const unplacedInTime = !reportInterval(report) || cluster.some((c) => !reportInterval(c));
  if (unplacedInTime && (!samePlace || (overlap.shared === 0 && !sameOccasion))) return 0;
  let score = overlap.by === 'people' ? overlap.shared * 2 : overlap.shared;
  if (score === 0) {
    // summits are named by where and under what they meet, not by who
    if (report.kind !== 'summit' || !(samePlace || sameOccasion)) return 0;
    score = 1;
  } else if (overlap.shared === 1 && !(samePlace || sameOccasion || sameDay)) {
    // one shared person ("Trump will travel") is too little alone: the place, occasion or day must agree too
    return 0;
  }
  if (samePlace) score += 2;
  if (sameOccasion) score += 1;
  if (sameDay) score += 2;
  return score;
}

/** The cluster a new report joins (the best match), or null for a new canonical event. */
export function chooseCluster(report: MergeReport, candidates: readonly ClusterCandidate[]): string | null {
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    const score = matchScore(report, c.reports);
    if (score > 0 && (!best || score > best.score || (score === best.score && c.eventId < best.id))) {
      best = { id: c.eventId, score };
    }
  }
  return best?.id ?? null;
}
