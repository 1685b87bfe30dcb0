import type { Doc } from '../../core/doc.js';
import { referenceDateOf } from '../dates/reference.js';
import type { DateMention, DiplomaticEvent } from '../../core/types.js';
import type { Gathering, KnowledgeBase } from '../../kb/types.js';
import { gatheringDateValue } from '../dates/gathering-dates.js';
import { gatheringNamed, type GatheringPhrase } from '../dates/gathering-phrases.js';
import type { SentenceView } from '../dates/sentences-of.js';
import { dateInClause } from './event-date.js';
import { occasionOf } from './occasion.js';
import { cityNear, placesIn } from './places.js';
import { statusOf } from './status.js';

// Gathering nouns that name a multilateral meeting itself (not "talks" between two sides).
const SUMMIT_NOUN = /\b(?:summit|conference|forum|ministerial|council|congress|assembly|session|meeting of|meeting|gathering)\b/i;

const TITLE_OF = /\b(?:chairman|chairwoman|chair|head|president|secretary-general|director|spokes(?:man|woman|person)|organi[sz]ers?|founder|host)\s+of\s+(?:the\s+)?$/i;

/**
 * A summit event for each named multilateral gathering: its place (the
 * city named with it, else the edition's), its date (the sentence's, else
 * the edition's), the organization as occasion, no participants.
 */
export function summitFrom(doc: Doc, kb: KnowledgeBase, s: SentenceView, p: GatheringPhrase, dates: DateMention[], inLead = false): DiplomaticEvent | null {
  const phrase = doc.text.slice(p.from, p.to);
  // ("The next CHOGM will be held in ...": initials that spell a gathering's name are that gathering.)
  const spelled = gatheringNamed(kb, p.orgId, phrase);
  if (!SUMMIT_NOUN.test(phrase) && !(spelled && spelled !== phrase)) return null;
  // "Wolfgang Ischinger, chairman of the Munich Security Conference, told reporters": a title, not the gathering held.
  if (TITLE_OF.test(doc.text.slice(Math.max(s.start, p.from - 40), p.from))) return null;
  const edition = p.editions.length === 1 ? p.editions[0] : undefined;
  // ("the Anchorage summit" of Trump and Putin: a bilateral series' edition is talks of two, reported as a meeting.)
  if (p.editions.length && p.editions.every((g) => g.sides?.length === 2)) return null;
  const editionDate = edition ? gatheringDateValue(edition) : null;
  const own = editionsYear(kb, p.orgId, edition, dateInClause(doc.text, s, { from: p.from, to: p.to }, dates));
  // "held talks on Thursday on the margins of a NATO meeting": the day is the talks'; of a gathering of several days
  // only the month is sure.
  const talksDay = own && own.value.length === 10 && !own.end && own.range.end <= p.from
    && /\b(?:on the (?:sidelines|margins) of|on the sidelines)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$/i.test(doc.text.slice(Math.max(s.start, p.from - 60), p.from));
  const date = talksDay && editionDate ? { ...editionDate, how: 'gathering' as const, range: { start: p.from, end: p.to } }
    : own && own.how !== 'anniversary' && own.how !== 'gathering'
    ? { value: talksDay ? own.value.slice(0, 7) : own.value, ...(own.end ? { end: own.end } : {}), how: own.how, range: own.range }
    : editionDate ? { ...editionDate, how: 'gathering' as const, range: { start: p.from, end: p.to } } : null;
  // A gathering named in passing, with no edition, place or date, is not reported as an event.
  // In the lead it is the story's own gathering: the article defaults place and date it.
  if (!edition && !p.city && !own && !inLead) return null;
  // Only a city the text names (or its dateline) places the summit: the edition's own city is not claimed by the article.
  // Else a city named with "in"/"at" beside the phrase: "the summit of the CIS in the Tajik capital".
  const near = p.city ? null : cityNear(doc.text, placesIn(doc, kb, s.start, s.end), { from: p.from, to: p.to });
  const city = p.city ?? (near?.place?.entityId ? kb.city(near.place.entityId) : undefined);
  const clause = doc.text.slice(Math.max(s.start, p.from - 60), Math.min(s.end, p.to + 40));
  const status = statusOf(clause, phrase, date?.value ?? null, referenceDateOf(doc)) === 'planned' || (edition?.planned && !date) ? 'planned' : 'occurred';
  return {
    id: '',
    kind: 'summit',
    status,
    participants: [],
    ...(city?.country ?? edition?.country ? { host: (city?.country ?? edition?.country)! } : {}),
    date,
    location: city ? { name: spelling(doc, s, city.id) ?? city.name, country: city.country, lat: city.lat, lon: city.lon, entityId: city.id } : null,
    occasion: occasionOf(p),
    support: [{ start: s.start, end: s.end }],
    rule: edition ? 'events/summit-kb' : 'events/summit',
    confidence: edition ? 0.8 : 0.6,
  };
}

/**
 * "the G20 summit that Germany hosts in Hamburg in July", read in January: a bare month whose year the tense guessed
 * is a year off the one edition the base knows in that city and month, with none there in the year guessed.
 */
function editionsYear(kb: KnowledgeBase, org: string, edition: Gathering | undefined, own: DateMention | null): DateMention | null {
  if (!own || !edition?.city || !edition.start || own.value.length !== 7 || own.end) return own;
  const year = Number(own.value.slice(0, 4)), month = own.value.slice(5, 7);
  const inMonth = (y: number) => kb.gatheringsAt({ org, city: edition.city!, year: y }).filter((g) => g.start?.slice(5, 7) === month);
  if (inMonth(year).length) return own;
  const near = [...inMonth(year - 1), ...inMonth(year + 1)];
  return near.length === 1 && near[0]!.id === edition.id ? { ...own, value: edition.start.slice(0, 7) } : own;
}

/** The article's own spelling of a city named in the sentence ("New York", not the base's "New York City"). */
function spelling(doc: Doc, s: SentenceView, cityId: string): string | undefined {
  const m = doc.mentions.find((x) => x.type === 'place' && x.entityId === cityId && x.range.start >= s.start && x.range.end <= s.end);
  // (A dateline's capitals, "ASTANA", are no spelling.)
  return m && m.surface !== m.surface.toUpperCase() ? m.surface.replace(/^the\s+(?!Hague\b)/i, '') : undefined;
}
