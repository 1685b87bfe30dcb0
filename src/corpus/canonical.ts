import type { EventKind, EventStatus, IsoDate } from '../core/types.js';
import { dateInterval, datePrecision, datesAgree } from './dates.js';
import { normalizeName } from './names.js';
import type { Agreement, CanonicalValues, EventOccasion, EventPlace, MergeReport } from './types.js';

/*
 * The canonical values of a cluster, recomputed from all its reports. Each
 * value says which sources agree and keeps what the others said: conflicts
 * are shown, never hidden.
 */

/** Majority value by key; ties go to `prefer` (lower is better), then to the key. */
function vote<T>(
  reports: readonly MergeReport[],
  valueOf: (r: MergeReport) => T | null,
  keyOf: (v: T) => string,
  agrees: (v: T, w: T) => boolean,
  prefer: (v: T) => number = () => 0,
): Agreement<T | null> {
  const given = reports.filter((r) => valueOf(r) !== null);
  if (!given.length) return { value: null, agree: [], of: 0, conflicts: [] };
  const groups = new Map<string, { value: T; reports: MergeReport[] }>();
  for (const r of given) {
    const v = valueOf(r) as T;
    const g = groups.get(keyOf(v)) ?? { value: v, reports: [] };
    // the richest spelling of a value stands for its group (the one with coordinates, an id)
    if (prefer(v) < prefer(g.value)) g.value = v;
    g.reports.push(r);
    groups.set(keyOf(v), g);
  }
  const support = (v: T) => given.filter((r) => agrees(v, valueOf(r) as T)).length;
  const ranked = [...groups.entries()].sort(([ka, a], [kb, b]) =>
    support(b.value) - support(a.value) || prefer(a.value) - prefer(b.value) || (ka < kb ? -1 : ka > kb ? 1 : 0));
  const chosen = ranked[0]![1].value;
  const agree = given.filter((r) => agrees(chosen, valueOf(r) as T)).map((r) => r.articleId);
  const conflicts = ranked
    .filter(([, g]) => !agrees(chosen, g.value))
    .map(([, g]) => ({ value: g.value, sources: unique(g.reports.map((r) => r.articleId)) }));
  return { value: chosen, agree: unique(agree), of: given.length, conflicts };
}

const unique = (xs: string[]): string[] => [...new Set(xs)];

/** Reports one day apart are one multi-day event (mirrors the merge's day slack). */
const DAY_SLACK_FOR_RANGE = 1;

const KIND_ORDER: EventKind[] = ['meeting', 'visit', 'call', 'summit', 'signing'];

/** Later news wins for status: "met" supersedes "will meet"; without dates, occurred is preferred. */
const STATUS_ORDER: EventStatus[] = ['occurred', 'cancelled', 'postponed', 'planned'];

function statusAgreement(reports: readonly MergeReport[]): Agreement<EventStatus> {
  const rank = (x: EventStatus) => STATUS_ORDER.indexOf(x);
  const latest = reports.reduce<string>((m, r) => (r.published && r.published > m ? r.published : m), '');
  if (latest) {
    // the latest article's word decides over a majority of earlier previews
    const chosen = reports.filter((r) => r.published === latest).map((r) => r.status).sort((x, y) => rank(x) - rank(y))[0]!;
    return withValue(reports, chosen, (r) => r.status, (x, y) => x === y);
  }
  return vote<EventStatus>(reports, (r) => r.status, (x) => x, (x, y) => x === y, rank) as Agreement<EventStatus>;
}

function withValue<T>(reports: readonly MergeReport[], value: T, valueOf: (r: MergeReport) => T, agrees: (v: T, w: T) => boolean): Agreement<T> {
  const agree = unique(reports.filter((r) => agrees(value, valueOf(r))).map((r) => r.articleId));
  const others = new Map<string, { value: T; sources: string[] }>();
  for (const r of reports) {
    const v = valueOf(r);
    if (agrees(value, v)) continue;
    const k = JSON.stringify(v);
    const g = others.get(k) ?? { value: v, sources: [] };
    if (!g.sources.includes(r.articleId)) g.sources.push(r.articleId);
    others.set(k, g);
  }
  return { value, agree, of: reports.length, conflicts: [...others.values()] };
}

// a place or occasion is known by its name: sources give the id and coordinates or not
const placeKey = (p: EventPlace): string => normalizeName(p.name);
const occasionKey = (o: EventOccasion): string => normalizeName(o.name);

/** Canonical kind, status, date, place, occasion and participants of a cluster of reports. */
export function canonicalValues(reports: readonly MergeReport[]): CanonicalValues {
  const kind = vote<EventKind>(reports, (r) => r.kind, (k) => k, (k, l) => k === l, (k) => KIND_ORDER.indexOf(k)) as Agreement<EventKind>;
  const status = statusAgreement(reports);
  // the most specific date that most sources agree with: "2022" and "2022-07-28" both support "2022-07-28"
  const date = vote<IsoDate>(reports, (r) => r.date, (d) => d, datesAgree, (d) => -datePrecision(d));
  const location = vote<EventPlace>(
    reports, (r) => r.location, placeKey, (a, b) => placeKey(a) === placeKey(b),
    (p) => (p.lat != null ? -2 : 0) + (p.id ? -1 : 0),
  );
  const occasion = vote<EventOccasion>(reports, (r) => r.occasion, occasionKey, (a, b) => occasionKey(a) === occasionKey(b), (o) => (o.id ? -1 : 0));

  // two-day talks are reported by their first and their second day: the canonical date becomes a range
  let dateEnd: IsoDate | undefined;
  let dateAgreement = date;
  if (date.value && datePrecision(date.value) === 3) {
    const start = dateInterval(date.value)![0];
    for (const r of reports) {
      for (const d of [r.date, r.date_end]) {
        const day = d && datePrecision(d) === 3 ? dateInterval(d)![0] : null;
        if (day !== null && day > start && day - start <= DAY_SLACK_FOR_RANGE && (!dateEnd || d! > dateEnd)) dateEnd = d!;
      }
    }
    if (dateEnd) {
      const range = dateInterval(date.value, dateEnd)!;
      const inRange = (_v: IsoDate | null, w: IsoDate | null) => {
        const iw = dateInterval(w);
        return !!iw && iw[0] <= range[1] && range[0] <= iw[1];
      };
      dateAgreement = withValue(reports.filter((r) => r.date), date.value, (r) => r.date, inRange);
    }
  }

  const participants = new Map<string, CanonicalValues['participants'][number]>();
  for (const r of reports) {
    for (const a of new Map(r.actors.map((x) => [x.id, x])).values()) {
      const p = participants.get(a.id);
      if (p) p.sources += 1;
      else participants.set(a.id, { ...a, sources: 1 });
    }
  }
  const ordered = [...participants.values()].sort((a, b) => b.sources - a.sources || a.name.localeCompare(b.name));
  const countries = [...new Set(ordered.flatMap((p) => (p.country ? [p.country] : [])))].sort();

  return {
    kind: kind.value,
    status: status.value,
    date: date.value,
    ...(dateEnd ? { date_end: dateEnd } : {}),
    location: location.value,
    occasion: occasion.value,
    participants: ordered,
    countries,
    agreement: { kind, status, date: dateAgreement, location, occasion },
  };
}
