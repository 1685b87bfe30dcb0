import type { Doc } from '../../core/doc.js';
import type { CountryCode, DiplomaticEvent, Place } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { placesIn, placesOfArticle } from './places.js';

/**
 * The one city of a country the article names anywhere, or null when it
 * names none or several. A story about "Trump's visit to China" that names
 * Beijing and no other Chinese city places the visit in Beijing; with
 * Beijing and Shanghai both named it cannot say which.
 */
const MIN_MENTIONS = 2;

export function onlyCityOf(doc: Doc, kb: KnowledgeBase, country: CountryCode): Place | null {
  let found: Place | null = null, times = 0, asPlace = false;
  for (const p of placesOfArticle(doc, kb)) {
    if (!p.place?.entityId || p.place.country !== country) continue;
    if (found && found.entityId !== p.place.entityId) return null;
    found ??= p.place;
    times++;
    asPlace ||= p.from === doc.dateline?.range.start || LOCATIVE.test(doc.text.slice(Math.max(0, p.from - 30), p.from));
  }
  // ("demand that Islamabad move against the Taliban", "policy toward Islamabad": a capital named only as its
  // government is no place the article speaks of.)
  return times >= MIN_MENTIONS && asPlace ? found : null;
}

// (Wider than places.ts LOCATIVE_BEFORE, which places one event: a city of a list, "stops in Cairo and Jerusalem", is
// named as a place too.)
const LOCATIVE = /(?:\b(?:in|at|to|into|from|near|outside|around|via|visit(?:ed|ing|s)?|arrived|arrives|landed|lands|reached|reaches)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}|^\s*|\n\s*)$/i;

/** An engagement held in a known host country but at no city its sentence names: the host's only city in the article. */
export function placeInHostCity(doc: Doc, kb: KnowledgeBase, e: DiplomaticEvent): void {
  if (e.location || !e.host || e.kind === 'call' || e.kind === 'summit') return;
  // "accepted an invitation to visit South Korea this year": a plan that vague has no city yet.
  if (e.status === 'planned' && (!e.date || e.date.value.length === 4)) return;
  const city = onlyCityOf(doc, kb, e.host);
  if (city) e.location = { ...city };
}

/**
 * "met at the Merdeka Palace", "heading to the Peace Palace": a venue the base does not know is reported by
 * its city: the one city its own sentence names, else the dateline's, else the city the article names most. A venue
 * that is itself the dateline ("INCIRLIK AIR BASE, Turkey") stays: it is all the article says of the place.
 */
export function placeVenueInCity(doc: Doc, kb: KnowledgeBase, e: DiplomaticEvent): void {
  const venue = e.location;
  if (!venue || e.kind === 'call') return;
  // A site the base knows ("the Great Hall of the People") is reported by its city as well.
  if (venue.entityId && kb.city(venue.entityId)?.kind !== 'venue') return;
  if (doc.dateline && doc.dateline.name.toLowerCase() === venue.name.toLowerCase()) return;
  // ("an air base in Syria" in a story datelined Moscow: a city of another country is not the venue's.)
  // ("paid a courtesy call on President Ruto at State House": a seat of government is its one leader's country's.)
  const country = venue.country ?? e.host ?? (SEAT_OF_GOVERNMENT.test(venue.name) ? leaderCountry(e) : undefined);
  const fits = (p: Place | undefined): Place | undefined => (p && (!country || p.country === country) ? p : undefined);
  const own = e.support.map((r) => citiesIn(doc, kb, r.start, r.end)).find((c) => c.size === 1);
  const datelineCity = doc.dateline ? kb.cityByName(doc.dateline.name, doc.dateline.country) : undefined;
  // (A venue the base knows is in the city around it, whatever other city the sentence names: "at the Rashtrapati
  // Bhavan this evening, and will attend a forum in Mumbai".)
  const found = (venue.entityId ? cityAround(kb, venue.entityId) : undefined) ?? fits(own ? [...own.values()][0] : undefined)
    ?? fits(datelineCity ? { name: datelineCity.name, country: datelineCity.country, entityId: datelineCity.id } : undefined) ?? fits(mostNamedCity(doc, kb));
  // ("welcomed at Government House": a seat of government the base does not know is in the host's capital.)
  const capitalName = !found && !venue.entityId && SEAT_OF_GOVERNMENT.test(venue.name) && country ? kb.country(country)?.capital : undefined;
  const capital = capitalName ? kb.cityByName(capitalName, country) : undefined;
  const city = found?.entityId ? kb.city(found.entityId) : capital;
  if (!city) return;
  e.location = { name: city.name, country: city.country, entityId: city.id, lat: city.lat, lon: city.lon };
  e.host ??= city.country;
}

const LEADER_ROLE = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|head of state)\b/i;

/** The country of the one head of state or government among an engagement's people. */
function leaderCountry(e: DiplomaticEvent): CountryCode | undefined {
  const leaders = new Set(e.participants.filter((p) => p.kind === 'person' && p.country && /^(?!.*\bvice[- ]).*$/i.test(p.role ?? '') && LEADER_ROLE.test(p.role ?? '')).map((p) => p.country!));
  return leaders.size === 1 ? [...leaders][0] : undefined;
}

const SEAT_OF_GOVERNMENT = /\b(?:Government House|State House|Presidential (?:Palace|Office|Administration)|Prime Minister['’]?s Office|Chancellery|Royal Palace|Presidential Complex|Palace of the Nation)\b/i;
const ATTRIBUTIVE_AFTER = /^\s+(?:gap|corridor|format|process|formula|accords?|agreement|declaration|dialogue|group|initiative|plan|protocol|talks|summit|region)\b/;

function citiesIn(doc: Doc, kb: KnowledgeBase, from: number, to: number): Map<string, Place> {
  const out = new Map<string, Place>();
  // ("the security of the Suwałki gap": a city naming something else is not where anything was held.)
  for (const p of placesIn(doc, kb, from, to)) if (p.place?.entityId && !p.venue && !ATTRIBUTIVE_AFTER.test(doc.text.slice(p.to, p.to + 16))) out.set(p.place.entityId, p.place);
  return out;
}

/** The city the article names most often, when one stands out (named at least twice, more than any other). */
function mostNamedCity(doc: Doc, kb: KnowledgeBase): Place | undefined {
  const counts = new Map<string, { n: number; place: Place }>();
  for (const p of placesOfArticle(doc, kb)) {
    if (!p.place?.entityId || p.venue) continue;
    const c = counts.get(p.place.entityId) ?? { n: 0, place: p.place };
    c.n++;
    counts.set(p.place.entityId, c);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  return ranked[0] && ranked[0].n >= 2 && (!ranked[1] || ranked[1].n < ranked[0].n) ? ranked[0].place : undefined;
}

/** The largest city within a few kilometres of a site the base knows (the Great Hall of the People: Beijing). */
function cityAround(kb: KnowledgeBase, venueId: string): Place | undefined {
  const v = kb.city(venueId);
  if (!v) return undefined;
  const near = (c: { lat: number; lon: number }): boolean => Math.abs(c.lat - v.lat) <= 0.3 && Math.abs(c.lon - v.lon) <= 0.3;
  // ("Hyderabad House": a venue near the capital is the capital's, not the larger city around it, Delhi.)
  const capitalName = kb.country(v.country)?.capital;
  const capital = capitalName ? kb.cityByName(capitalName, v.country) : undefined;
  if (capital && near(capital)) return { name: capital.name, country: capital.country, entityId: capital.id };
  // (The town the venue stands in, within a few kilometres, before the larger city around: Mar-a-Lago is Palm Beach's.)
  let best: (typeof kb.cities)[number] | undefined, own: (typeof kb.cities)[number] | undefined;
  const distance = (c: { lat: number; lon: number }): number => Math.hypot(c.lat - v.lat, c.lon - v.lon);
  for (const c of kb.cities) {
    if (c.kind || c.country !== v.country || Math.abs(c.lat - v.lat) > 0.3 || Math.abs(c.lon - v.lon) > 0.3) continue;
    if (!best || (c.population ?? 0) > (best.population ?? 0)) best = c;
    if (distance(c) <= 0.04 && (!own || distance(c) < distance(own))) own = c;
  }
  // (Unless a city of a million is around it: the UN headquarters are New York's, not Long Island City's.)
  const great = best && (best.population ?? 0) >= 1_000_000 && distance(best) <= 0.15;
  const city = great ? best : own ?? best;
  return city ? { name: city.name, country: city.country, entityId: city.id } : undefined;
}
