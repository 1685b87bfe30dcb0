import type { DiplomaticEvent } from '../../core/types.js';
import type { SentenceView } from '../dates/sentences-of.js';
import type { ActorAt } from './actors.js';
import { thankedFor } from './thanked-for.js';
import { COORDINATED_VERB, leadingSubject } from './participants.js';
import type { SentenceContext } from './build-engagement.js';
import { mentionsWithin } from './mention-index.js';
import { destinationsAfter, type PlaceAt } from './places.js';
import type { TriggerHit } from './triggers.js';

const RECALLS_EARLIER = /\b(?:last|previously)\s+(?:met|visited|held|spoke|talked|hosted|traveled|travelled|went|came)\b/i;
const NOUN_VISIT = /(?:visit|trip|tour|visiting)$/i;
const MOTION_TO = /^(?:flew|flies|fly|flying|headed|heads|heading|went|go|goes|going|came|comes|coming|take|takes|took|taking|leaves|left|leaving|leave|departs|departed|departing|depart|sets off|set off|setting off)\b/i;

/** What an engagement trigger found before its kind decided the rest: status, date, occasion, support, rule. */
export type EngagementBase = Omit<DiplomaticEvent, 'kind' | 'location' | 'host'>;

/**
 * The visits a visit trigger reports: who travels (the people before the trigger, "a visit by X", companions "with Y",
 * else the story's main person when a person is the subject), and where (one event per destination, "visits to
 * Japan, South Korea and China"; a country's one city in the clause; a body's seat; the dateline for "his visit").
 */
export function visitEvents(c: SentenceContext, hit: TriggerHit, parties: ActorAt[], base: EngagementBase, near: PlaceAt | null): DiplomaticEvent[] {
  const { doc, s } = c;
  let visitors = visitorsOf(doc.text, hit, parties, c.actors.filter((a) => a.actor.kind === 'person'));
  // ("The two leaders have met several times. In May they travelled to Kyiv": the two of the last talks travel.)
  const they = /(?:^|[,;]\s*|\b(?:In|On|Last|Earlier)\s+[\w ]{1,20}\s+)they\s+(?:also\s+|then\s+|later\s+|both\s+|have\s+|had\s+)?$/i.test(doc.text.slice(s.start, hit.from));
  if (!visitors.some((v) => v.to <= hit.from) && they && c.earlier.lastPair?.length === 2) visitors = [...c.earlier.lastPair];
  // ("Scholz promised Moldova support during a visit to Chisinau": a visit named as the clause's time frame is its
  // subject's.)
  // ("Blinken met Abinader on Friday, a day after a brief visit to Haiti": the subject's, not the one he met.)
  // (Not "talks with Muizzu, who is on a state visit": the relative clause's own subject travels.)
  const frame = /\b(?:during|on|while on|in the course of|after|before|following|ahead of)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}$/i.test(doc.text.slice(Math.max(s.start, hit.from - 40), hit.from))
    && !/,\s+who\s+(?:is|was|are|were)\s+(?:now\s+|currently\s+)?(?:on|in)\s+/i.test(doc.text.slice(Math.max(s.start, hit.from - 60), hit.from));
  // (The first person the sentence names before the trigger: its subject for a time frame or a next stop.)
  const subject = c.actors.find((a) => a.actor.kind === 'person' && a.to <= hit.from);
  if (frame && (!visitors.length || visitors.every((v) => v.to > hit.from || /\b(?:met|meets|meeting|with|received|hosted)\s+(?:[\w.'’-]+\s+){0,4}$/i.test(doc.text.slice(Math.max(s.start, v.from - 40), v.from))))) {
    if (subject && !/[;]|,\s+(?:and|but)\s/.test(doc.text.slice(subject.to, hit.from))) visitors = [subject];
  }
  // ("Pence ... is due to meet Macri the next day, before traveling on to Santiago": the gerund's traveller is the
  // sentence's subject, not the one met.)
  // ("Witkoff and Kushner met Dmitriev in Davos on Tuesday and will travel to Moscow": a coordinated verb's travellers are
  // the sentence's subject, not the one just met.)
  if (COORDINATED_VERB.test(doc.text.slice(Math.max(s.start, hit.from - 45), hit.from))) {
    const leading = leadingSubject(c.actors.filter((a) => a.to <= hit.from), s.start, (a, b) => doc.text.slice(a, b));
    if (leading.length && leading.every((a) => a.actor.kind === 'person') && leading[0]!.from - s.start < 90) visitors = leading;
  }
  // ("I would like to thank Mr Erdogan for accepting the invitation and coming to Moscow": the one thanked travelled.)
  const thanks = thankedFor(doc.text, s.start, hit);
  const thanked = thanks ? c.actors.find((a) => a.actor.kind === 'person' && a.from >= thanks.start && a.to <= thanks.end + 1) : undefined;
  if (thanked) visitors = [thanked];
  const onward = /^(?:travell?ing|flying|heading|going|leaving|moving)\b/i.test(hit.text) && /\bbefore\s+$/i.test(doc.text.slice(Math.max(s.start, hit.from - 10), hit.from));
  if (onward && subject && subject.from - s.start < 40 && !visitors.some((v) => v.key === subject.key)) visitors = [subject];
  // "Sharaa's first trip abroad was to Saudi Arabia ..., followed by a visit to Turkey": the same traveller's next stop.
  const firstPerson = c.actors.find((a) => a.actor.kind === 'person');
  if (firstPerson && /\bfollowed\s+by\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i.test(doc.text.slice(Math.max(s.start, hit.from - 30), hit.from))) visitors = [firstPerson];
  // "visited the area with Brett McGurk": those who travel with the visitor.
  const companions = c.actors.filter((a) => a.actor.kind === 'person' && a.from >= hit.to && a.from - hit.to < 60
    && /\bwith\s+(?:[\w.'’-]+\s+){0,5}$/i.test(doc.text.slice(hit.to, a.from)) && !/[;,]/.test(doc.text.slice(hit.to, a.from).replace(/^[^,]*with/i, '')));
  if (visitors.length) for (const cmp of companions) if (!visitors.some((v) => v.key === cmp.key)) visitors.push(cmp);
  // "On the first visit to Russia by a British foreign minister ..., Johnson said": the sentence's own person travels.
  if (!visitors.length) {
    // "The Saudi officials who visited Raqqa ..., Sido said": the one who reports the visit did not make it.
    // ("the first visit by a Chinese premier in seven years, and Albanese and Xi last met": not past the clause.)
    const after = c.actors.find((a) => a.actor.kind === 'person' && a.from >= hit.to && !isSpeakerAt(doc.text, a) && !/;|,\s+(?:and|but|while)\s/.test(doc.text.slice(hit.to, a.from)));
    // ("we consider it a first visit": an indefinite visit is no trip of the story's main person.)
    // (Unless a person is its subject: "The President is expected to undertake a State Visit to China".)
    const indefinite = /\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}$/i.test(doc.text.slice(Math.max(s.start, hit.from - 30), hit.from))
      && !PERSON_SUBJECT.test(doc.text.slice(Math.max(s.start, hit.from - 80), hit.from));
    // ("The aircraft carrier will visit the port", "flights, several of which have landed in Panama": a verb whose
    // subject is a thing is nobody's trip; the story's main person stands in only for "he", "the president" or nobody.)
    const head = doc.text.slice(Math.max(s.start, hit.from - 80), hit.from);
    const clauseHead = head.split(/[.;:]|,\s+(?=which|who|several|some|many|most)/).pop()!.trimStart();
    const verbWithThingSubject = !NOUN_VISIT.test(hit.text.split(/\s+/)[0]!) || !/\b(?:a|an|the|his|her|their|its|['’]s)\s+(?:[\w-]+\s+){0,2}$/i.test(head)
      ? THING_SUBJECT.test(clauseHead) && !PERSON_SUBJECT.test(head) : false;
    // ("We welcome more foreign friends to visit China": people in general travel, not the story's person.)
    const generic = /\b(?:friends|people|tourists|travellers|travelers|visitors|investors|citizens|nationals|businesses|companies|students|foreigners)\s+(?:to\s+|who\s+)?$/i.test(doc.text.slice(Math.max(s.start, hit.from - 30), hit.from));
    // ("the first visit by a Chinese premier in seven years": a traveller described, not named, is not the story's person.)
    const describedBy = /^\s+by\s+(?:a|an|the)\s/i.test(doc.text.slice(hit.to, hit.to + 8));
    const fallback = after ?? (indefinite || verbWithThingSubject || generic || describedBy ? null : c.earlier.topic);
    if (fallback) visitors = [fallback];
  }
  if (!visitors.length) return [];
  // ("a visit by U.S. President Donald Trump to the Philippines": the destination follows the traveller named after the
  // trigger, and a country in the traveller's title is none.)
  const namedAfter = visitors.filter((v) => v.from >= hit.to && /^\s*(?:[\w.-]+\s+){0,3}?by\s+(?:[\w.'’-]+\s+){0,4}$/i.test(doc.text.slice(hit.to, v.from)));
  const dests = destinationsAfter(doc.text, c.places, namedAfter.length ? { from: hit.from, to: Math.max(...namedAfter.map((v) => v.to)) } : hit);
  // "visited flood-hit towns in Yorkshire": a place of no known country, reached past the verb's own object, is no
  // trip abroad the record can place.
  const targets = dests.length ? dests : near && near.country ? [near] : /^visiting$/i.test(hit.text) ? hostsMet(parties, visitors) : hostedFor(doc.text, s, c.actors, c.places, hit);
  // "go to hell", "came to power": a motion verb is a visit only with a place right after it.
  // "Austin traveled to NATO": a trip to an international body's seat, at no city the article names.
  const body = !dests.length ? mentionsWithin(doc, hit.to, Math.min(s.end, hit.to + 60)).find((m) => m.type === 'organization' && m.entityId && /^\s*(?:the\s+)?$/i.test(doc.text.slice(hit.to, m.range.start))) : undefined;
  if (body && /(?:to|into)$/i.test(hit.text)) {
    return [{ ...base, kind: 'visit' as const, participants: visitors.map((v) => v.actor), location: null, occasion: { name: body.name, entityId: body.entityId!, range: body.range } }];
  }
  // ("landed in the Caribbean port city on Sunday": an arrival in a city described, not named, is one in the dateline's.)
  // ("Tillerson flew in from Beirut on Thursday afternoon" in a story datelined Ankara: an arrival from elsewhere is here.)
  const describedCity = /^(?:landed|arrived|flew|travell?ed)\b/i.test(hit.text) && (/^\s*(?:in|into|at|to)?\s*the\s+(?:[\w-]+\s+){0,3}(?:city|capital|town|port)\b/i.test(doc.text.slice(hit.to, hit.to + 50))
    || /^(?:flew\s+in|arrived|landed)$/i.test(hit.text) && /^\s+from\s/i.test(doc.text.slice(hit.to, hit.to + 6)));
  if (!dests.length && MOTION_TO.test(hit.text) && !describedCity) return [];
  // "Johnson s visit comes at a time ...": a visit with no place named is to where the story is datelined.
  const dl = doc.dateline;
  // Only a visit named as a noun ("his visit", "Johnson s visit") is the story's own; "visited the area" went elsewhere.
  // (Not a visit the sentence recalls from before: "last met in Bogota in September, when X hosted Y for a visit".)
  // (Nor "the visit" alone, which speaks of a trip already reported: "Rabat hopes the visit will soften its position".)
  if (!targets.length && (NOUN_VISIT.test(hit.text) || describedCity) && dl?.country && !visitors.some((v) => v.country === dl.country) && !RECALLS_EARLIER.test(doc.text.slice(s.start, s.end))
    && !/\bthe\s+$/i.test(doc.text.slice(Math.max(s.start, hit.from - 5), hit.from))) {
    targets.push({ from: dl.range.start, to: dl.range.end, place: { name: dl.name, country: dl.country, ...(dl.entityId ? { entityId: dl.entityId } : {}), ...(dl.lat !== undefined ? { lat: dl.lat, lon: dl.lon } : {}) }, country: dl.country });
  }
  if (!targets.length) return [];
  // One date range over several stops ("Nov. 3-14 trip ... visits to Japan, China"): only the month is true of each stop.
  const spread = targets.length > 1 && base.date?.end ? { ...base.date, value: base.date.value.slice(0, 7) } : base.date;
  // "Trump accepted an invitation from Moon to visit South Korea": when the nearest person is the host, the
  // traveller is the one named before them in the sentence.
  const travellersTo = (t: PlaceAt): ActorAt[] => {
    if (!visitors.every((v) => v.country && v.country === t.country)) return visitors;
    const guest = c.actors.filter((a) => a.actor.kind === 'person' && a.to <= visitors[0]!.from && a.country && a.country !== t.country
      && /\binvit\w*\s+(?:from|by)\s+$/i.test(doc.text.slice(Math.max(a.to, visitors[0]!.from - 30), visitors[0]!.from))).pop();
    return guest ? [guest, ...visitors] : [];
  };
  // "At the invitation of Premier Li Qiang, Prime Minister Oli will pay an official visit to China": the one who
  // invited, of the country visited, receives the visitor.
  const inviter = c.actors.find((a) => a.actor.kind === 'person' && a.to <= hit.from && !visitors.some((v) => v.key === a.key)
    && /\bat the invitation of\s+(?:[\w.'’-]+\s+){0,8}$/i.test(doc.text.slice(Math.max(s.start, a.from - 80), a.from)));
  const received = (t: PlaceAt, who: ActorAt[]): ActorAt[] => (inviter && inviter.country === t.country && !who.some((v) => v.key === inviter.key) ? [...who, inviter] : who);
  return targets
    .map((t) => ({ t, who: received(t, travellersTo(t)) }))
    .filter(({ who }) => who.length > 0)
    .map(({ t, who }) => ({
      ...base,
      // (The next stop "before travelling on to Santiago" is no visit the talks of its sentence are held on.)
      ...(onward ? { rule: ONWARD_RULE } : {}),
      kind: 'visit' as const,
      date: spread,
      participants: who.map((v) => v.actor),
      ...(t.country ? { host: t.country } : {}),
      location: t.place ? { ...t.place, range: { start: t.from, end: t.to } } : cityOfCountryIn(doc.text, c.places, t, hit) ?? cityOfOccasion(c, base, t, hit),
    }));
}

const PURPOSE = /\b(?:to\s+(?:join|attend|take\s+part\s+in|participate\s+in)|for)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/** "fly to the Cook Islands to join the Pacific Islands Forum meeting, which began in Rarotonga": the city of the gathering
 * the trip is for, when it lies in the country visited. */
function cityOfOccasion(c: SentenceContext, base: EngagementBase, t: PlaceAt, hit: TriggerHit): DiplomaticEvent['location'] {
  const range = base.occasion?.range;
  // (Only a gathering the trip is for, not one attended before it: "after attending the G20 summit in Rio".)
  if (!range || range.start < hit.to || !PURPOSE.test(c.doc.text.slice(hit.to, range.start))) return null;
  const city = c.gatherings.find((g) => g.from === range.start && g.to === range.end)?.city;
  return city && city.country === t.country ? { name: city.name, country: city.country, lat: city.lat, lon: city.lon, entityId: city.id } : null;
}

/** The rule of a stop told as what comes after the sentence's engagement ("before travelling on to Santiago"). */
export const ONWARD_RULE = 'events/visit-onward';

/** A person named as the one who reports: "..., Sido said", "said Amed Sido". */
function isSpeakerAt(text: string, a: ActorAt): boolean {
  return /^\s*,?\s*(?:said|says|told|added|stated)\b/.test(text.slice(a.to, a.to + 12)) || /\b(?:said|says|told|added)\s+$/.test(text.slice(Math.max(0, a.from - 10), a.from));
}

/**
 * Who travels: the people named before the trigger ("Pence postponed his
 * trip"), else the one named after "by" ("a visit by Trump to Manila");
 * people named later in the clause are the ones visited or merely mentioned.
 */
function visitorsOf(text: string, hit: TriggerHit, parties: ActorAt[], sentencePersons: ActorAt[] = []): ActorAt[] {
  const persons = parties.filter((p) => p.actor.kind === 'person');
  // "greeted visiting Secretary of State Rex Tillerson": the visitor follows the word.
  if (/^visiting$/i.test(hit.text)) {
    const next = persons.find((p) => p.from >= hit.to && p.from - hit.to < 45);
    if (next) return [next];
  }
  // ("Prayuth was greeted by Hun Sen at the start of a two-day visit": the one greeted travels, not the agent.)
  const isAgent = (p: ActorAt): boolean => /\b(?:greeted|welcomed|received|hosted|met)\s+by\s+(?:[\w.-]+\s+){0,4}$/i.test(text.slice(Math.max(0, p.from - 40), p.from));
  const all = persons.filter((p) => p.to <= hit.from);
  const agent = all.length && all.every(isAgent) ? all[all.length - 1]! : undefined;
  const greeted = agent ? sentencePersons.filter((p) => p.to <= agent.from && !isAgent(p) && p.key !== agent.key).pop() : undefined;
  const before = greeted ? [greeted] : all.filter((p) => !isAgent(p) || all.every(isAgent));
  if (before.length) return before.slice(-2);
  const by = persons.find((p) => p.from >= hit.to && /^\s*(?:[\w.-]+\s+){0,3}?by\s+(?:[\w.-]+\s+){0,4}$/i.test(text.slice(hit.to, p.from)));
  return by ? [by] : [];
}

/**
 * "travel to Vietnam in November to attend the APEC summit in Da Nang": a visit to a country whose sentence names,
 * after the trigger, exactly one city of that country (with "in"/"at") is a visit to that city.
 */
function cityOfCountryIn(text: string, places: PlaceAt[], t: PlaceAt, hit: TriggerHit): DiplomaticEvent['location'] {
  if (!t.country) return null;
  // Only within the trigger's own clause: "(trip to Iraq), coming as it celebrated a victory in Mosul" is another.
  const cities = places.filter((p) => p.place?.entityId && p.country === t.country && p.from >= hit.to
    && /\b(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(hit.to, p.from - 12), p.from)) && !/[,;:(]|\b(?:said|says|told|which|where|when|while|but)\b/i.test(text.slice(hit.to, p.from)));
  const ids = new Set(cities.map((p) => p.place!.entityId));
  if (ids.size !== 1) return null;
  const p = cities[0]!;
  return { ...p.place!, range: { start: p.from, end: p.to } };
}

const HOSTED_FOR = /\b(?:hosted|received|welcomed)\s+(?:[\w.'’-]+\s+){1,4}?for\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * "when Santos hosted Moreno for a one-day working visit": the visit is to the host's country, at the one city of
 * that country the sentence names.
 */
function hostedFor(text: string, s: SentenceView, actors: ActorAt[], places: PlaceAt[], hit: TriggerHit): PlaceAt[] {
  const m = HOSTED_FOR.exec(text.slice(Math.max(s.start, hit.from - 80), hit.from));
  if (!m) return [];
  const verbAt = hit.from - (Math.min(80, hit.from - s.start) - m.index);
  const host = actors.filter((a) => a.actor.kind === 'person' && a.country && a.to <= verbAt && verbAt - a.to < 4).pop();
  if (!host) return [];
  const cities = places.filter((p) => p.place?.entityId && p.country === host.country);
  const ids = new Set(cities.map((p) => p.place!.entityId));
  return ids.size === 1 ? [cities[0]!] : [{ from: host.from, to: host.to, country: host.country! }];
}

/** For "X greeted visiting Y": the country of the people who received the visitor. */
function hostsMet(parties: ActorAt[], visitors: ActorAt[]): PlaceAt[] {
  const own = new Set(visitors.map((v) => v.country));
  const host = parties.find((p) => p.actor.kind === 'person' && p.country && !own.has(p.country) && !visitors.includes(p));
  return host ? [{ from: host.from, to: host.to, country: host.country! }] : [];
}

// The subject of a verb of travel that stands for a person: a pronoun or a title ("The vice president looks forward to").
const PERSON_SUBJECT = /(?:^|[.;:,(]\s*|\b(?:and|but|then)\s+)(?:he|she|they|the\s+(?:[\w-]+\s+){0,3}(?:president|premier|minister|king|queen|prince|princess|emir|sultan|chancellor|leader|envoy|secretary|diplomat|official|pope|pontiff|monarch|delegation|ambassador|senator|governor|mayor|chief|commander|general|negotiator|adviser|advisor)s?)\s+(?:[\w'’-]+\s+){0,6}$/i;
// A clause whose subject is a thing: "The aircraft carrier ... will visit", "several of which have landed in".
const THING_SUBJECT = /^(?:the|a|an|several|some|many|most|all|each|its|their|this|these|those)\s+(?:of\s+which\s+|of\s+them\s+)?(?!(?:[\w-]+\s+){0,2}(?:president|premier|minister|king|queen|prince|emir|chancellor|leader|envoy|secretary|diplomat|official|pope|monarch|delegation|ambassador|senator|governor|general|negotiator|adviser|advisor|two|pair|men|women)s?\b)[a-z]/i;
