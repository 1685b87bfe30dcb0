import type { Doc } from '../../core/doc.js';
import type { CountryCode, Place } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { mentionsWithin } from './mention-index.js';

/** A place or country named in the text, with where it stands. */
export interface PlaceAt {
  from: number;
  to: number;
  /** Set for a city, region or venue; absent for a country named alone. */
  place?: Place;
  country?: CountryCode;
  /** A site rather than a city ("the Great Hall of the People"): a city named beside it is the event's place. */
  venue?: boolean;
  /** An area ("Alaska", "Xinjiang"): a city named in the same sentence is the more exact place. */
  region?: boolean;
}

const REGION = /^(?:the\s+)?(?:Europe|Asia|Africa|Middle East|Latin America|South America|North America|Central Asia|Southeast Asia|South Asia|East Asia|Asia-Pacific|Indo-Pacific|Gulf|Persian Gulf|West|Balkans|Western Balkans|Caucasus|South Caucasus|Arctic|Antarctica|Pacific|Atlantic|Mediterranean|Sahel|Horn of Africa|Scandinavia|Eurasia)$|\b(?:Sea|Ocean|Bay|Strait|Straits|Gulf of \w+)$/i;

const wholeArticle = new WeakMap<Doc, PlaceAt[]>();

/** Every place of the article, read once per article (the events stage asks for it for many events). */
const REGION_AFTER = /^\s+(?:prefecture|province|region|oblast|krai|governorate|county|district)\b/i;

export function placesOfArticle(doc: Doc, kb: KnowledgeBase): PlaceAt[] {
  let all = wholeArticle.get(doc);
  if (!all) wholeArticle.set(doc, all = placesIn(doc, kb, 0, doc.text.length));
  return all;
}

/** Cities and countries named in [from, to), from the mentions, geocoded through the knowledge base. */
export function placesIn(doc: Doc, kb: KnowledgeBase, from: number, to: number): PlaceAt[] {
  const out: PlaceAt[] = [];
  for (const m of mentionsWithin(doc, from, to)) {
    if (m.type === 'place') {
      // A continent, region or sea is no event's place: "a trip to Europe", "the Black Sea resort of Sochi" (the resort is).
      if (REGION.test(m.surface)) continue;
      // ("landed in Yamaguchi prefecture": a city's name that names the region around it is no city of the event.)
      if (REGION_AFTER.test(doc.text.slice(m.range.end, m.range.end + 16))) continue;
      const city = (m.entityId ? kb.city(m.entityId) : undefined) ?? kb.cityByName(m.name, m.country);
      // The article's own spelling ("New York", not the base's "New York City") names the place.
      const place: Place = {
        // ("the Kremlin's city" loses its article; "The Hague" keeps the one in its name.)
        // (A dateline's capitals, "BEIJING", are no spelling: the base's name stands.)
        name: city && m.surface === m.surface.toUpperCase() ? city.name
          : (/^the\s/i.test(city?.name ?? m.name) ? m.surface : m.surface.replace(/^the\s+/i, '')) || (city?.name ?? m.name),
        ...(city?.country ?? m.country ? { country: (city?.country ?? m.country)! } : {}),
        ...(city ? { entityId: city.id, lat: city.lat, lon: city.lon } : {}),
      };
      out.push({ from: m.range.start, to: m.range.end, place, ...(place.country ? { country: place.country } : {}), ...(city?.kind === 'venue' ? { venue: true } : {}), ...(city?.kind === 'region' ? { region: true } : {}) });
    } else if (m.type === 'organization' && m.via === 'metonym' && m.country && /\b(?:at|in|inside|to|visit(?:s|ed|ing)?)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, m.range.start - 16), m.range.start))) {
      // "met at the Kremlin", "received at the Elysee Palace": a seat of government stands in its capital.
      const capital = kb.country(m.country)?.capital;
      const city = capital ? kb.cityByName(capital, m.country) : undefined;
      if (city) out.push({ from: m.range.start, to: m.range.end, place: { name: city.name, country: city.country, entityId: city.id, lat: city.lat, lon: city.lon }, country: city.country });
    } else if (m.type === 'country' && m.country) {
      const capital = kb.country(m.country)?.capital;
      // "in the Tajik capital": the capital city the base gives.
      const capitalWord = /^\s+capital\b/i.exec(doc.text.slice(m.range.end, m.range.end + 10));
      const city = capital ? kb.cityByName(capital, m.country) : undefined;
      if (capitalWord && city) {
        const to = m.range.end + capitalWord[0].length;
        out.push({ from: m.range.start, to, place: { name: city.name, country: city.country, entityId: city.id, lat: city.lat, lon: city.lon }, country: city.country });
      } else if (m.via === 'alias' && city && capital!.toLowerCase() === m.surface.toLowerCase()) {
        // "met in Singapore": a city-state's name is its capital's too.
        out.push({ from: m.range.start, to: m.range.end, place: { name: m.surface, country: city.country, entityId: city.id, lat: city.lat, lon: city.lon }, country: city.country });
      } else if (m.via === 'alias') {
        out.push({ from: m.range.start, to: m.range.end, country: m.country });
      }
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

// ("flew in from Beirut": the place left is none of the event's.)
const LOCATIVE_BEFORE = /\b(?:in|at|to|near|outside|inside|visit|visits|visited|visiting|(?:city|town|resort|port|village) of|capital,?|city,|arrived in)\s+(?:the\s+)?(?:(?!from\b)\w+\s+)?$/i;
const TOPIC_IN = /\b(?:developments|situation|crisis|conflict|war|events|fighting|violence|issues?|tensions|escalation|humanitarian situation|elections?|reconstruction)\s+(?:[\w-]+\s+){0,2}?in\s+(?:the\s+)?$/i;
const POST_TO = /\b(?:ambassadors?|envoys?|emissar(?:y|ies)|representatives?|mission|delegates?|consuls?)\s+(?:\w+\s+)?(?:to|in)\s+(?:the\s+)?$/i;
// (", and will participate in a forum in Mumbai tomorrow": a coordinated verb phrase is another engagement's.)
const CLAUSE_BREAK = /;|\b(?:where|but|while|said|says|told|after|before|when|although|whereas|which|since)\b|,\s+and\s+(?:will|would|is|was|then|later|also)\b/i;
const SEAT_AFTER = /^(?:'s|’s| s)?\s+(?:compound|palace|residence|airport|air base|airbase|headquarters)/i;

/**
 * The city where the event took place: a city named with "in"/"at" in the
 * trigger's sentence, nearest to the trigger, and not before a clause break
 * that starts another report.
 */
export function cityNear(text: string, places: PlaceAt[], trigger: { from: number; to: number }): PlaceAt | null {
  let best: PlaceAt | null = null, bestScore = Infinity;
  for (const p of places) {
    if (!p.place) continue;
    const before = text.slice(Math.max(0, p.from - 24), p.from);
    // "the Israeli ambassador to Washington": a post's title, not where the talks were held.
    const gap = p.from >= trigger.to ? p.from - trigger.to : trigger.from - p.to;
    const between = p.from >= trigger.to ? text.slice(trigger.to, p.from) : text.slice(p.to, trigger.from);
    // ("from Honiara, where he had talks on Monday": the city a "where" clause opens on is the talks' place.)
    // ("was last in Beirut on April 8, when he held talks": a "when" clause as well, past the day it opens on.)
    // ("a stop in Riyadh last week, where he held talks": past a time adverbial too; "where they agreed on the visit" is its topic.)
    // ("He then flew to Tokyo, where he sat down with Takaichi on Tuesday and the two signed a framework": the where
    // clause runs on through its coordinated verbs.)
    const whereClause = p.from < trigger.from && /^(?:\s+(?:on|in|last|earlier|this|late|early)\s+[\w ]{1,20}|\s+[\w ]{1,15}\s+ago)?,\s+(?:where|when)\s+(?:(?!(?:agreed|discussed|planned|prepared|about|for)\s)[\w'’-]+,?\s+){0,14}$/i.test(between);
    // ("an exchange of views on the developments in Gaza": a place that is the topic is not where the talks were.)
    const topic = TOPIC_IN.test(text.slice(Math.max(0, p.from - 40), p.from));
    const locative = ((LOCATIVE_BEFORE.test(before) && !POST_TO.test(before)) || SEAT_AFTER.test(text.slice(p.to, p.to + 20)) || whereClause) && !topic;
    if (!locative) continue;
    // A city past a clause break belongs to another report: "talks with Moon ... but took aim at Seoul".
    // ("the meeting of the commission, which will be held in Astana": a relative clause about the engagement places it.)
    const placesItself = (p.from >= trigger.to && /,\s+which\s+(?:will\s+be|is\s+to\s+be|is\s+being|is|was|would\s+be|(?:is|are|was)\s+(?:scheduled|expected|set|due|planned)\s+to\s+be)\s+(?:held|hosted|convened)\s+(?:in|at)\s+(?:the\s+)?$/i.test(between)) || whereClause;
    // ("In the Mexican capital, Tillerson will join ... for talks": a place framing the whole sentence.)
    const frame = p.from < trigger.from && /(?:^|[.!?]\s+|\n)\s*(?:In|At)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, p.from - 14), p.from)) && /^\s*,/.test(text.slice(p.to, p.to + 3))
      && !/[;.!?]/.test(between);
    if (!frame && (gap > (p.from >= trigger.to ? 160 : 100) || (CLAUSE_BREAK.test(between) && !placesItself))) continue;
    // "meeting with G7 nations in Rome, and Austin traveled to NATO": a city before a coordinated clause with its own subject.
    if (p.from < trigger.from && /[,;]\s+(?:and|but)\s+[A-Z]/.test(between)) continue;
    // A city the base knows beats a venue it does not ("Palais des Nations ... in Geneva").
    // ("In Alaska on Friday, Trump welcomed Putin ... in Anchorage": a region yields to a city of the sentence.)
    const score = gap + (p.from < trigger.from ? 20 : 0) + (p.place.entityId && !p.venue ? 0 : 60) + (p.region ? 80 : 0);
    if (score < bestScore) { bestScore = score; best = p; }
  }
  return best;
}

const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|,?\s+then\s+(?:on\s+to\s+)?|\s+(?:and\s+)?on\s+to\s+)(?:the\s+)?$/i;

/**
 * Where a visit goes: the places named right after its trigger ("visits to
 * Japan, South Korea and China", "trip to the Philippines", "arrived in
 * Yangon"), each one destination.
 */
export function destinationsAfter(text: string, places: PlaceAt[], trigger: { from: number; to: number }): PlaceAt[] {
  const out: PlaceAt[] = [];
  let cursor = trigger.to;
  for (const p of places) {
    if (p.from < cursor) continue;
    const gap = text.slice(cursor, p.from);
    const first = out.length === 0;
    // "a visit to Russia's Hmeymim air base in Syria": the owner describes the place that follows; the place is the stop.
    if (first && !p.place && /^(?:'s|’s| s)\s/.test(text.slice(p.to, p.to + 3))) {
      const owned = places.find((q) => q.place && q.from > p.to && q.from - p.to < 40);
      if (owned && /^\s*(?:to\s+|in\s+|at\s+)?(?:the\s+)?$/.test(gap)) { out.push(owned); cursor = owned.to; continue; }
    }
    // ("flew in from Beirut": the place left is no destination.)
    const ok = first ? !/^\s*from\b/i.test(gap) && (/^\s*(?:to\s+|in\s+|at\s+|of\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:(?:Gulf|East|Asian|Middle|Eastern|European|nation|neighbouring|neighboring|capital|city|resort|port|town|village)\s+(?:\w+\s+)?(?:of\s+)?)?$/.test(gap)
      // "arrival in the nation s biggest city, Yangon": a described city named after a comma.
      || /^\s*(?:(?:to|in|at)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}(?:capital|city|port|town|resort),\s*$/i.test(gap)) && gap.length < 40
      : LIST_GAP.test(gap);
    // A list holds one sort of place: "Japan, South Korea and China", not "the Philippines, Manila announced".
    if (!ok || (!first && Boolean(p.place) !== Boolean(out[0]!.place))) break;
    out.push(p);
    cursor = p.to;
  }
  return out;
}

/** A country named as the place of the event: "talks in Vietnam", "met in China on Monday". */
export function countryNear(text: string, places: PlaceAt[], trigger: { from: number; to: number }): PlaceAt | null {
  for (const p of places) {
    if (p.place || !p.country) continue;
    const before = text.slice(Math.max(0, p.from - 12), p.from);
    if (!/\b(?:in|at)\s+(?:the\s+)?$/i.test(before)) continue;
    const gap = p.from >= trigger.to ? p.from - trigger.to : trigger.from - p.to;
    const between = p.from >= trigger.to ? text.slice(trigger.to, p.from) : text.slice(p.to, trigger.from);
    if (gap <= 80 && !CLAUSE_BREAK.test(between)) return p;
  }
  return null;
}
