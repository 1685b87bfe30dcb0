import type { DiplomaticEvent } from '../../core/types.js';
import { AGREEMENT_RULE, isPrevious } from './joins.js';
import { actorKey } from './actor-key.js';


/** Whether two dates can name the same day (one is a prefix of the other, or either is unknown). */
const datesAgree = (a: string | undefined, b: string | undefined): boolean => !a || !b || a.startsWith(b) || b.startsWith(a);

function sameEvent(a: DiplomaticEvent, b: DiplomaticEvent): boolean {
  if (a.kind !== b.kind) return false;
  if (isPrevious(a) !== isPrevious(b)) return false;
  // "Johnson canceled the visit in April" and "Johnson will visit Moscow this year" are two trips.
  if ((a.status === 'cancelled') !== (b.status === 'cancelled')) return false;
  if (!datesAgree(a.date?.value, b.date?.value)) return false;
  if (a.location && b.location && a.location.name.toLowerCase() !== b.location.name.toLowerCase() && !venueOfSameTrip(a, b) && !sameMetro(a.location, b.location)) return false;
  if (a.kind === 'visit' && a.host && b.host && a.host !== b.host) return false;
  if (a.kind === 'summit') {
    // (By the body's short name: "NATO" and "NATO (North Atlantic Treaty Organization) — NATO summit".)
    const occ = (e: DiplomaticEvent): string => (e.occasion?.name ?? '').split(' — ')[0]!.replace(/\s*\([^()]*\)$/, '').toLowerCase();
    return occ(a) !== '' && occ(a) === occ(b) && a.status === b.status;
  }
  const ka = new Set(a.participants.map(actorKey)), kb = b.participants.map(actorKey);
  const shared = kb.filter((k) => ka.has(k)).length;
  // "flew into an air base near Doha" (a trip made) is not "a trip that will also take him to Oman" (one to come).
  // ("received by Modi" and "called on President Murmu": one trip to India, whoever of its hosts each report names.)
  const visitorShared = a.host !== undefined && a.host === b.host
    && a.participants.some((p) => p.kind === 'person' && p.country && p.country !== a.host && kb.includes(actorKey(p)));
  if (a.kind === 'visit') return a.status === b.status && shared >= 1 && (shared >= Math.min(ka.size, kb.length) || visitorShared);
  // "convened for talks" and "set the stage for a second round, scheduled for February 1": done and planned talks are two.
  if (a.status !== b.status) return false;
  // ("A and B met C", then "A and B were received by D": talks with another host are other talks.)
  const personKeys = (e: DiplomaticEvent): Set<string> => new Set(e.participants.filter((p) => p.kind === 'person').map(actorKey));
  const pa = personKeys(a), pb = personKeys(b);
  const otherHosts = [...pa].some((k) => !pb.has(k)) && [...pb].some((k) => !pa.has(k)) && a.kind === 'meeting';
  if (!otherHosts && (shared >= 2 || (shared >= 1 && shared === Math.min(ka.size, kb.length)))) return true;
  // "Blinken met Brazilian leaders" and "Blinken met Lula": a government named as the other party
  // is the same talks as its leader named elsewhere, when a person is shared and both give the same date.
  // (An undated report may be other talks: "met U.S. officials in Miami in December" beside this week's meeting.)
  // ("Hungary and Serbia sign deal" over "Orban and Vucic signed an agreement" the same day: two states, each one
  // of the other report's people, are the same parties.)
  // ("Canada and China failed to launch talks on Monday" and "Trudeau held talks with Li" during a visit dated by its
  // month: the leaders' talks, on the day the states' report names.)
  const sameDay = Boolean(a.date && b.date) && (a.date!.value.length === 10 || b.date!.value.length === 10);
  return (shared >= 1 && a.status === b.status && Boolean(a.date) && a.date?.value === b.date?.value
    && (coveredByPersons(a, b) || coveredByPersons(b, a)))
    || (sameDay && (coveredByPersons(a, b, 2) || coveredByPersons(b, a, 2)));
}

// (The chairman of a presidential or state council heads the state: Libya's, Bosnia's collective presidencies.)
const LEADER = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|crown prince|head of state|general secretary|chairman of the (?:presidential|state|sovereign) council)\b/i;

/** Whether every party of `a` is a party of `b` or a country one of b's people comes from, with at least one such country. */
function coveredByPersons(a: DiplomaticEvent, b: DiplomaticEvent, minCountries = 1): boolean {
  const keys = new Set(b.participants.map(actorKey));
  // (States standing alone are covered only by their leaders: ministers' deals may be other papers than the states'.)
  const countries = new Set(b.participants.filter((p) => p.kind === 'person' && p.country && (minCountries < 2 || LEADER.test(p.role ?? ''))).map((p) => p.country));
  let viaCountry = 0;
  for (const p of a.participants) {
    if (keys.has(actorKey(p))) continue;
    if (p.kind === 'country' && countries.has(p.country)) { viaCountry++; continue; }
    return false;
  }
  return viaCountry >= minCountries;
}

/** "Marcos visits Delhi" and "arrived in New Delhi": two names of one city area (within about 30 km) are one place. */
function sameMetro(a: NonNullable<DiplomaticEvent['location']>, b: NonNullable<DiplomaticEvent['location']>): boolean {
  if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined) return false;
  return a.country === b.country && Math.abs(a.lat - b.lat) <= 0.3 && Math.abs(a.lon - b.lon) <= 0.3;
}

/** A country party stands for an unnamed delegation: once one of its people is named in the event, it is redundant. */
function dropCoveredCountries(e: DiplomaticEvent): void {
  const countries = new Set(e.participants.filter((p) => p.kind === 'person' && p.country).map((p) => p.country));
  e.participants = e.participants.filter((p) => p.kind !== 'country' || !countries.has(p.country));
}

/** "arrived in Doha" and "flew into Al Udeid Air Base": a visit's venue the base does not know lies in its host country. */
function venueOfSameTrip(a: DiplomaticEvent, b: DiplomaticEvent): boolean {
  // ("met Tusk in Vilnius on Sunday" and "held talks with Tusk at the Presidential Palace": a venue the base does not know
  // lies in the city of the same talks.)
  if (a.kind === 'meeting') return (!a.location?.entityId || !b.location?.entityId) && a.date?.value.length === 10 && a.date.value === b.date?.value;
  if (a.kind !== 'visit') return false;
  // A venue the base does not know may carry no country at all: it is then the other report's.
  const unplaced = (e: DiplomaticEvent): boolean => !e.location?.entityId && !e.host;
  return unplaced(a) || unplaced(b) || (Boolean(a.host) && a.host === b.host && (!a.location?.entityId || !b.location?.entityId));
}

/** The more specific of two dates, when they agree. */
function finerDate(a: DiplomaticEvent['date'], b: DiplomaticEvent['date']): DiplomaticEvent['date'] {
  if (!a) return b;
  if (!b) return a;
  return b.value.length > a.value.length && b.how !== 'gathering' ? b : a;
}

/**
 * Several sentences often report one engagement ("met with ...", later "at
 * the meeting, ..."). Reports of one kind whose parties, dates and places
 * agree become one event with all supporting sentences, the union of
 * parties and the most specific date and place.
 */
export function mergeEventReports(events: DiplomaticEvent[]): DiplomaticEvent[] {
  const out: DiplomaticEvent[] = [];
  for (const e of events) {
    const into = out.find((o) => sameEvent(o, e));
    if (!into) { out.push({ ...e, participants: [...e.participants], support: [...e.support] }); continue; }
    const keys = new Set(into.participants.map(actorKey));
    const hadCountryOnly = into.participants.some((p) => p.kind === 'country') || e.participants.some((p) => p.kind === 'country');
    for (const p of e.participants) if (!keys.has(actorKey(p))) { into.participants.push(p); keys.add(actorKey(p)); }
    if (hadCountryOnly && into.kind !== 'visit') dropCoveredCountries(into);
    into.date = finerDate(into.date, e.date);
    into.location ??= e.location;
    into.occasion ??= e.occasion;
    into.host ??= e.host;
    for (const r of e.support) if (!into.support.some((x) => x.start === r.start && x.end === r.end)) into.support.push(r);
    into.confidence = Math.max(into.confidence, e.confidence);
    // Talks reported outright are no longer known only from their outcome ("agreed on Thursday", then "met").
    if (into.rule === AGREEMENT_RULE && e.rule !== AGREEMENT_RULE) into.rule = e.rule;
  }
  return out;
}
