import type { Doc } from '../../core/doc.js';
import { referenceDateOf } from '../dates/reference.js';
import type { DateMention, DiplomaticEvent } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import type { GatheringPhrase } from '../dates/gathering-phrases.js';
import type { SentenceView } from '../dates/sentences-of.js';
import { shiftIsoDay } from '../dates/calendar.js';
import { tenseAround } from '../dates/tense.js';
import type { ActorAt } from './actors.js';
import { dateInClause } from './event-date.js';
import { dayOfTheLastReport, dayOfTheOccasion } from './anaphoric-days.js';
import { occasionFor, occasionOf } from './occasion.js';
import { eventPerRound, roundsAfter } from './rounds.js';
import { thankedFor } from './thanked-for.js';
import { COORDINATED_VERB, participantsFor, type EarlierPersons } from './participants.js';
import { cityNear, countryNear, type PlaceAt } from './places.js';
import { AGREEMENT_RULE, JOIN_RULE, PREVIOUS_SUFFIX, UNNAMED_TALKS_RULE } from './joins.js';
import { mentionsWithin } from './mention-index.js';
import { visitEvents } from './visit-events.js';
import { isOnlyWilling, isRefused, statusOf } from './status.js';
import type { TriggerHit } from './triggers.js';

const SPECULATION = /\b(?:could|might|may)\s+(?:\w+\s+){0,2}$|\b(?:could|might|may)\s+(?:\w+\s+){0,2}(?:meet|visit|travel|hold|talk|go|fly|call|sign)\b/i;
const WATCHED_SIGNING = /^(?:oversaw|oversee|oversees|overseeing|witnessed|witness|witnesses|witnessing|presided over|presides over|attended)\s/i;
const CONDITION_AFTER = /^[^.;:]{0,80}?\b(?:as soon as|if|once|provided(?: that)?|only when|only after|only if)\s/i;
const PURPOSE = /\bto\s+(?:discuss|talk|press|urge|seek|push|bolster|boost|strengthen|shore up|review|address|reassure|underline|show|mark|deepen|promote|explore|take part|participate|attend|join)\b.*$/i;
const ASIDE = /,\s+(?:who|which|whose)\b[^,;]*,/gi;
// ("who is visiting the Republic of Kenya" too.)
const VISIT_UNDER_WAY = /\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:(?:in\s+(?:[A-Z][\w.'’-]*\s+){1,3})?on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:[Vv]isit|[Tt]rip|[Tt]our)\b|visiting\s+(?:the\s+)?[A-Z])/;

export interface SentenceContext {
  doc: Doc;
  kb: KnowledgeBase;
  s: SentenceView;
  actors: ActorAt[];
  places: PlaceAt[];
  dates: DateMention[];
  gatherings: GatheringPhrase[];
  earlier: EarlierPersons;
  /** The day of the last engagement reported before this sentence that took place on a named day. */
  lastDay?: string;
  /** The day of the last talks reported before this sentence that took place on a named day. */
  lastTalksDay?: string;
  /** The parties each earlier trigger of this sentence found, in text order (filled as the sentence is read). */
  sentenceParties?: { to: number; parties: ActorAt[]; kind?: string; from?: number }[];
}

/**
 * Events a meeting, call, visit or signing trigger reports: parties, then
 * date, status, place and occasion from the same sentence. A visit yields one
 * event per destination ("visits to Japan, South Korea and China").
 */
export function engagementsFrom(c: SentenceContext, hit: TriggerHit): DiplomaticEvent[] {
  const { doc, s } = c;
  const headCountries = mentionsWithin(doc, s.start, hit.from).filter((m) => m.type === 'country' && m.via === 'demonym' && m.country && m.range.start >= s.start && m.range.end <= hit.from).map((m) => m.country!);
  let parties = dropRedundantCountries(participantsFor(s, hit, c.actors, { ...c.earlier, headCountries }));
  // "The two leaders held talks in Jerusalem on Wednesday and signed seven agreements": a second verb of the same
  // subject has the first one's parties.
  // "The meeting at the Great Hall of the People on Tuesday lasted about an hour": the talks just reported, by the two
  // who held them.
  if (hit.kind === 'meeting' && !parties.length && c.earlier.lastPair?.length === 2 && c.earlier.lastPairKind === 'meeting'
    && /^\s*(?:the|their)\s+$/i.test(doc.text.slice(s.start, hit.from)) && /^(?:meeting|talks)\b/i.test(hit.text)) parties = [...c.earlier.lastPair];
  // ("the meeting of the intergovernmental commission, which is scheduled to be held in Astana": the commission of the
  // two states of the talks just reported.)
  // ("the Joint Permanent Commission for Cooperation, which last met in 2019, will meet in Maputo": the same.)
  const commissionMeets = /^(?:meet|meets|convene|convenes)$/i.test(hit.text)
    && /\b(?:intergovernmental|joint|bilateral)\s+(?:[\w-]+\s+){0,3}?(?:commission|committee|council)(?:\s+(?:for|on)\s+[\w -]{1,40})?(?:,[^,;]{1,40},)?\s+(?:will|would|is to|is due to|is set to|to)\s+$/i.test(doc.text.slice(Math.max(s.start, hit.from - 140), hit.from));
  if (hit.kind === 'meeting' && !parties.length && c.earlier.lastPair?.length === 2 && (commissionMeets || (/^meeting$/i.test(hit.text)
    && /^\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:intergovernmental|joint|bilateral)\s+(?:[\w-]+\s+){0,2}?(?:commission|committee|council)\b/i.test(doc.text.slice(hit.to, hit.to + 80))))) {
    const states = [...new Set(c.earlier.lastPair.map((a) => a.country).filter((k): k is string => Boolean(k)))];
    if (states.length === 2) parties = states.map((k) => ({ actor: { kind: 'country' as const, country: k }, key: `c:${k}`, from: hit.from, to: hit.from, country: k }));
  }
  const prev = c.sentenceParties?.filter((p) => p.to <= hit.from).pop();
  // ("held talks, and witnessed the exchange of 13 agreements": the witnesses of a signing after their talks too.)
  if (prev && prev.parties.length >= 2 && parties.length < 2 && /^[^,;]*(?:,\s*)?\band\s+(?:then\s+|also\s+|later\s+)?(?:witnessed\s+(?:the\s+)?)?$/i.test(doc.text.slice(prev.to, hit.from))) parties = prev.parties;
  // "flew to the Emirates on Wednesday ..., and was due to travel on to Doha": a coordinated verb with no subject of
  // its own is the same person's.
  const prevPersons = prev?.parties.filter((p) => p.actor.kind === 'person' && p.to <= prev.to) ?? [];
  if (prevPersons.length && !parties.some((p) => p.actor.kind === 'person' && p.to <= hit.from) && COORDINATED_VERB.test(doc.text.slice(Math.max(s.start, hit.from - 45), hit.from))) {
    parties = [...prevPersons, ...parties.filter((p) => p.from >= hit.from)];
  }
  // "the two governments exchanged memorandums ... in the presence of the two presidents": the leaders who witness a
  // signing are its principals.
  if (hit.kind === 'signing') {
    const presence = /\bin the presence of\s+(?:the\s+two\s+(?:leaders|presidents|prime ministers|premiers|heads of state)|both\s+(?:leaders|presidents))\b/i.test(doc.text.slice(hit.to, s.end));
    const witnesses = presence ? c.earlier.lastPair : undefined;
    if (witnesses?.length === 2) parties = [...witnesses];
  }
  // ("had a videoconference ... According to him, the two leaders also discussed trade": what they discussed after a
  // call, told of the same two, is the call's.)
  const pairKeys = new Set(c.earlier.lastPair?.map((a) => a.key));
  if (hit.kind === 'meeting' && c.earlier.lastPairKind === 'call' && /^(?:discussed|exchanged views)$/i.test(hit.text)
    && parties.length === 2 && parties.every((p) => pairKeys.has(p.key))) hit = { ...hit, kind: 'call' };
  c.sentenceParties?.push({ to: hit.to, parties, kind: hit.kind, from: hit.from });
  // "Prabowo and Albanese agreed on Monday to ...": an agreement is talks only between named people of two countries
  // who stand together as its subject.
  // ("Sanchez and Costa discussed migration with King Mohammed VI": a discussion with someone named is talks with them.)
  const discussedWith = /^discuss/i.test(hit.text) && /^\s+(?:[\w'’-]+\s+){0,3}?with\s/i.test(doc.text.slice(hit.to, hit.to + 60))
    && parties.some((p) => p.from >= hit.to && p.actor.kind === 'person');
  if (hit.requires === 'two-nations' && !discussedWith) {
    // ("Hiroshima, which the two ministers had discussed": what a relative clause says they discussed is no talks.)
    if (/\b(?:which|that|whom)\s+(?:the\s+)?(?:two|both)\s+[\w-]+\s+(?:[\w-]+\s+)?$/i.test(doc.text.slice(Math.max(s.start, hit.from - 50), hit.from))) return [];
    const subjects = parties.filter((p) => p.to <= hit.from && p.actor.kind === 'person' && p.country);
    if (new Set(subjects.map((p) => p.country)).size < 2 || subjects.length !== parties.length) return [];
  }
  let date = dateInClause(doc.text, s, hit, c.dates) ?? dayOfTheLastReport(doc.text, s, hit, c.lastDay, c.lastTalksDay, referenceDateOf(doc))
    ?? dayOfTheOccasion(doc, s, hit);
  // ("signed a declaration on Monday, a day after Abiy arrived in Asmara": the main clause's day less the days said.)
  const daysAfter = /\b(a|one|two|three)\s+days?\s+after\s+(?:[\w.'’-]+\s+){0,12}$/i.exec(doc.text.slice(Math.max(s.start, hit.from - 110), hit.from));
  if (date && daysAfter && date.value.length === 10 && date.range.end <= hit.from - daysAfter[0].length) {
    const n = ({ a: 1, one: 1, two: 2, three: 3 } as Record<string, number>)[daysAfter[1]!.toLowerCase()]!;
    date = { ...date, value: shiftIsoDay(date.value, -n) };
  }
  // ("flies to Buenos Aires on Monday and is due to meet Macri the next day": the day after the one named before.)
  if (date && date.value.length === 10 && date.range.end <= hit.from && /^[^.;,]{0,60}?\bthe\s+(?:next|following)\s+day\b/i.test(doc.text.slice(hit.to, s.end))) {
    date = { ...date, value: shiftIsoDay(date.value, 1) };
  }
  // ("flew into Buenos Aires late on Tuesday after a three-day visit to Cuba": the trip the clause's day came after was
  // made before it, some days of that month.)
  // (Not "shortly after his arrival": a trip, not its first hours.)
  if (date && date.value.length === 10 && date.range.end <= hit.from && /\b(?:visit|trip|tour|stay)\b/i.test(hit.text)
    && /(?<!\b(?:shortly|just|hours|soon|right|immediately)\s)\bafter\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}$/i.test(doc.text.slice(Math.max(s.start, hit.from - 50), hit.from))) {
    date = { ...date, value: date.value.slice(0, 7) };
  }
  // "Widodo, who is in Australia on a two-day visit": a trip under way began on some day up to the story's; only the
  // month is known.
  const reference = referenceDateOf(doc);
  // ("Since assuming the presidency, al-Sharaa visited Saudi Arabia, Turkey and Qatar": what was done since then is of
  // some day of the span, which the story's year holds when its start names no date.)
  const sinceOpening = /^\s*Since\s+[^,;]{3,80},\s/.exec(doc.text.slice(s.start, hit.from));
  if (sinceOpening && reference && (!date || date.range.start < s.start || date.range.start >= hit.to + 60) && !c.dates.some((d) => d.range.start >= s.start && d.range.end <= s.start + sinceOpening[0].length)) {
    date = { id: '', range: { start: s.start, end: s.start + sinceOpening[0].length }, surface: sinceOpening[0], value: reference.slice(0, 4), how: 'reference', rule: 'events/since-opening', confidence: 0.5 };
  }
  // (A one-day visit under way is on the story's own day, which the article defaults give.)
  const aroundVisit = doc.text.slice(Math.max(s.start, hit.from - 60), Math.min(s.end, hit.to + 40));
  if (!date && hit.kind === 'visit' && reference && VISIT_UNDER_WAY.test(aroundVisit) && !/\b(?:one-day|day-long|one day)\b/i.test(aroundVisit)) {
    date = { id: '', range: { start: hit.from, end: hit.to }, surface: hit.text, value: reference.slice(0, 7), how: 'relative', rule: 'events/visit-under-way', confidence: 0.6 };
  }
  // "the parties agreed to hold the next meeting in Tashkent in April": a date in what was agreed is the plan's, not the talks'.
  const knownFromOutcome = hit.requires === 'two-nations' || /^(?:discussed|exchanged views)$/i.test(hit.text);
  // ("the two discussed the landslide in Enga province last month": what was discussed carries its own dates and places.)
  if (date && knownFromOutcome && date.range.start >= hit.to && !/^\s*(?:on|in|at|during|late|early)?\s*$/i.test(doc.text.slice(hit.to, date.range.start))) date = null;
  // "Putin to pay state visit to Tajikistan, take part in CIS summit": a gathering's dates past a comma are another plan's.
  if (date?.how === 'gathering' && date.range.start > hit.to && /[,;]/.test(doc.text.slice(hit.to, date.range.start))) date = null;
  const clauseFrom = Math.max(s.start, Math.min(hit.from - 70, parties[0]?.from ?? hit.from));
  // The clause runs on past the trigger to the next break: "negotiations between Russia and Ukraine, scheduled for February 1".
  const tail = doc.text.slice(hit.to, Math.min(s.end, hit.to + 90));
  // ("a six-day trip that will also take him to Qatar": a relative clause speaks of the rest of the trip.)
  // ("spoke by telephone on Monday evening and the two agreed to reschedule": a clause of its own subject.)
  let tailEnd = tail.search(/[;,]|\b(?:said|says|told|but|while|although|when|after|before|that|which|who)\b|\band\s+(?:the\s+two|they|he|she|both)\b/);
  // (", which is scheduled to be held in Astana": a relative clause about the engagement says its tense too.)
  if (tailEnd >= 0 && /^,\s*(?:which\s+(?:is|are|will\s+be)\s+)?(?:scheduled|expected|set|due|slated|planned|to be held)\b/i.test(tail.slice(tailEnd))) tailEnd = Math.min(tail.length, tailEnd + 40);
  // "Putin, who polls show will be re-elected in March, made ... a visit": an aside about the subject says nothing of the visit's tense.
  // "pays flying visit to Afghanistan to discuss strategy": a purpose after a past or present trigger is no plan.
  // "During his visit Blinken is also expected to raise ...": the words after a visit named as a time frame are another clause's.
  const timeFrame = /\b(?:during|throughout|in the course of)\s+(?:his|her|their|the|this|its)\s+$/i.test(doc.text.slice(Math.max(s.start, hit.from - 30), hit.from));
  // ("met in Astana ahead of the SCO ministerial": what comes after the engagement says nothing of its own tense.)
  const ownTail = timeFrame ? '' : tail.slice(0, tailEnd >= 0 ? tailEnd : tail.length).replace(PURPOSE, '');
  // ("..., otherwise nobody will,  Gabriel told reporters, adding that he had already spoken to Le Drian": the reported
  // clause has its own tense; the words before the reporting verb are another statement's.)
  // ("... said the meeting should be cancelled, and the two leaders have met only once": a coordinated clause with a
  // subject of its own has its own tense.)
  const fullHead = doc.text.slice(clauseFrom, hit.from);
  const coordinated = [...fullHead.matchAll(/[,;]\s+(?:and|but)\s+(?=(?:the|they|he|she|it|\p{Lu}))/gu)].pop();
  const head = coordinated ? fullHead.slice(coordinated.index! + coordinated[0].length) : fullHead;
  const reportEnd = lastReportEnd(head);
  const clause = (head.slice(reportEnd) + doc.text.slice(hit.from, hit.to) + ownTail).replace(ASIDE, ',');
  if (isRefused(doc.text.slice(Math.max(s.start, hit.from - 40), hit.to))) return [];
  // ("said he would love to meet Kim during the trip, but no meeting materialised": what the sentence says never happened.)
  if (/^[^.;]{0,80}?\bbut\s+no\s+(?:such\s+)?(?:meeting|talks|visit|summit|call)\s+(?:has\s+|had\s+|was\s+)?(?:materiali[sz]ed|took\s+place|happened|occurred|held)\b/i.test(doc.text.slice(hit.to, s.end))) return [];
  let status = statusOf(clause, hit.text, date?.value ?? null, referenceDateOf(doc));
  // ("will fly to Seoul on Wednesday ..., before meeting Xi in Busan on Thursday": a plan's bare weekday, read as past
  // in a clause of no tense of its own, is the one to come.)
  const ref = referenceDateOf(doc);
  if (status === 'planned' && date && ref?.length === 10 && date.value.length === 10 && date.value < ref && /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(date.surface)
    && tenseAround(s.text, date.range.start - s.start, date.range.end - s.start) === 'neutral') {
    date = { ...date, value: shiftIsoDay(date.value, 7) };
  }
  // ("I would like to thank Mr Erdogan for accepting the invitation and coming to Moscow": what one is thanked for is done.)
  if (status === 'planned' && thankedFor(doc.text, s.start, hit)) status = 'occurred';
  // A headline's present tense reports what happened ("Lavrov and Wang meet in Astana ahead of SCO ministerial");
  // a plan there is written "to meet", "will meet".
  if (status === 'planned' && isHeadline(doc, s) && PRESENT_HEADLINE_VERB.test(hit.text) && !NOUN_BEFORE.test(doc.text.slice(Math.max(s.start, hit.from - 20), hit.from))
    && !/\b(?:to|will|would|set to|expected to|plans? to)\s+(?:\w+\s+)?$/i.test(doc.text.slice(Math.max(s.start, hit.from - 20), hit.from)) && !date) status = 'occurred';
  // ("the consensus reached during their meeting in Beijing in October last year": talks named as a thing of the past,
  // dated before the story's month, were held, whatever the clause around them plans.)
  if (status === 'planned' && date && reference && date.value.slice(0, 7) < reference.slice(0, 7) && date.value.length <= 7
    && /^(?:meeting|talks|visit|call|summit)$/i.test(hit.text) && /\b(?:their|the|his|her)\s+$/i.test(doc.text.slice(Math.max(s.start, hit.from - 8), hit.from))
    && /\b(?:during|at|in|since|after)\s+(?:their|the|his|her)\s+$/i.test(doc.text.slice(Math.max(s.start, hit.from - 20), hit.from))) status = 'occurred';
  // ("the phone call which took place between them last month": a past date and a relative clause saying it happened.)
  if (status === 'planned' && date && reference && date.value < reference.slice(0, date.value.length) && /^\s+(?:which|that)\s+(?:took place|was held|happened|occurred)\b/i.test(doc.text.slice(hit.to, hit.to + 30))) status = 'occurred';
  // ("progress in talks toward setting up a summit between Trump and Kim": the summit is the talks' aim, still to come.)
  const aimOfTalks = /\b(?:toward|towards)\s+(?:setting\s+up|arranging|preparing\s+for)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$/i.test(doc.text.slice(Math.max(s.start, hit.from - 50), hit.from));
  if (aimOfTalks) {
    status = 'planned';
    if (date && date.range.start < hit.from) date = null;
  }
  // ("Tillerson said in a speech ..., hours before flying to Mexico City": a trip the story's day leads to, still to come.)
  if (!date && reference?.length === 10 && /^(?:flying|heading|leaving|travell?ing|departing)\b/i.test(hit.text)
    && /\b(?:hours|shortly|just|minutes|moments)\s+before\s+$/i.test(doc.text.slice(Math.max(s.start, hit.from - 30), hit.from))) {
    date = { id: '', range: { start: hit.from, end: hit.to }, surface: hit.text, value: reference, how: 'reference', rule: 'events/hours-before', confidence: 0.5 };
    status = 'planned';
  }
  // "Michel ... is the latest in a series of European leaders to travel to Dublin": one of a series already made.
  // (The trigger may hold the "to" itself: "the most senior U.S. official to visit China".)
  if (status === 'planned' && SERIES_DONE.test(doc.text.slice(Math.max(s.start, hit.from - 100), hit.from) + (/^to\s+/i.exec(hit.text)?.[0] ?? ''))) status = 'occurred';
  const gathering = occasionFor(doc.text, s, hit, c.gatherings);
  const nearAny = cityNear(doc.text, c.places, hit);
  const near = aimOfTalks && nearAny && nearAny.from < hit.from ? null : knownFromOutcome && nearAny && nearAny.from >= hit.to && !/^\s*(?:in|at)\s+(?:the\s+)?$/i.test(doc.text.slice(hit.to, nearAny.from)) ? null : nearAny;
  // "ready for talks with Azerbaijan" with no day or place: a stance, no planned event.
  if (status === 'planned' && !date && !near && !gathering && isOnlyWilling(doc.text.slice(Math.max(s.start, hit.from - 40), hit.to))) return [];
  // "Carney may visit Mexico later this year", "the two could meet at APEC": speculation is no plan, unless a day is set.
  if (status === 'planned' && date?.value.length !== 10 && SPECULATION.test(doc.text.slice(Math.max(s.start, hit.from - 30), hit.to))) return [];
  // "Trump would gladly speak with the leader of Venezuela as soon as democracy is restored": a condition, no plan.
  if (/\b(?:would|will|'d)\s+(?:\w+\s+){0,2}$/i.test(doc.text.slice(Math.max(s.start, hit.from - 30), hit.from))
    && CONDITION_AFTER.test(doc.text.slice(hit.to, s.end))) return [];
  // "Maduro has asked to speak with Trump by phone": a request, neither a call nor a plan of one.
  if (/\b(?:asked|requested|sought|begged|pleaded)\s+to\s+$/i.test(doc.text.slice(Math.max(s.start, hit.from - 20), hit.from))) return [];
  // ("had a brief conversation with Ri at a gala dinner in Manila": a conversation held somewhere is talks in person.)
  if (hit.kind === 'call' && /^conversations?\b/i.test(hit.text) && near?.place && /\bat\s+(?:a|an|the)\s+/i.test(doc.text.slice(hit.to, near.from))) hit = { ...hit, kind: 'meeting' };
  // ("Pompeo ... witnessed the signing": one guest watching a signing signs nothing; "Xi and Conte oversaw the signing"
  // is the two sides' act.)
  if (hit.kind === 'signing' && WATCHED_SIGNING.test(hit.text) && new Set(parties.map((p) => p.country).filter(Boolean)).size < 2) return [];
  const base = {
    id: '',
    status,
    participants: parties.map((p) => p.actor),
    date: date ? { value: date.value, ...(date.end ? { end: date.end } : {}), how: date.how, range: date.range } : null,
    occasion: gathering ? occasionOf(gathering) : null,
    support: [{ start: s.start, end: s.end }],
    // "The prime minister last visited Kyrgyzstan in June 2024": an earlier engagement of the same kind, never the story's.
    // (A visit whose traveller is found apart from the parties, "the vice president ... traveling to Egypt", is a visit.)
    // ("The two presidents also discussed ...": talks known from what was discussed, like those known from an agreement.)
    rule: hit.role === 'join' ? JOIN_RULE : knownFromOutcome ? AGREEMENT_RULE : !parties.length && hit.kind !== 'visit' ? UNNAMED_TALKS_RULE
      : /\b(?:last|previously)\s+$/i.test(doc.text.slice(Math.max(s.start, hit.from - 12), hit.from)) ? `events/${hit.kind}${PREVIOUS_SUFFIX}` : `events/${hit.kind}`,
    confidence: hit.weight,
  };
  if (hit.kind === 'visit') return visitEvents(c, hit, parties, base, near);
  // One named party is kept for now: a later "X also took part in the meeting" may complete it (see joins.ts).
  const needed = hit.kind === 'signing' || hit.kind === 'meeting' ? 1 : 2;
  // "Before Wednesday's talks in Geneva had begun": talks with no party named may still date and place talks named elsewhere.
  const unnamedTalks = hit.kind === 'meeting' && !parties.length && /talks|negotiations/i.test(hit.text) && Boolean(date?.value.length === 10 || near?.place);
  // "EU foreign ministers met in Brussels", "the GCC's Supreme Council met in Riyadh": a body meeting as itself is a
  // gathering of that body (a summit event), not talks between parties.
  if (hit.kind === 'meeting' && !parties.some((p) => p.to <= hit.from) && /^(?:met|meets|meet|convened|gathered)\b/i.test(hit.text)) {
    // (Only a body whose gatherings the base knows, and not when the sentence names the gathering itself.)
    const body = c.gatherings.length ? null : bodyMeeting(doc, s, hit);
    if (body && body.entityId && c.kb.gatheringsAt({ org: body.entityId }).length && (near?.place || date)) {
      return [{ ...base, kind: 'summit', participants: [], rule: 'events/summit-body', occasion: { name: body.name, ...(body.entityId ? { entityId: body.entityId } : {}), range: body.range },
        location: near?.place ? { ...near.place, range: { start: near.from, end: near.to } } : null, ...(near?.place?.country ? { host: near.place.country } : {}) }];
    }
  }
  if (parties.length < needed && !unnamedTalks) return [];
  // A call joins two places; it has none of its own.
  const location = hit.kind === 'call' ? null : near?.place ? { ...near.place, range: { start: near.from, end: near.to } }
    : gathering?.city ? { name: gathering.city.name, country: gathering.city.country, lat: gathering.city.lat, lon: gathering.city.lon, entityId: gathering.city.id }
      : null;
  // "meeting his Egyptian and Turkish counterparts": one bilateral meeting with each.
  const persons = parties.filter((p) => p.actor.kind === 'person');
  const countries = parties.filter((p) => p.actor.kind === 'country' && p.from > hit.from);
  if (persons.length === 1 && countries.length > 1 && /counterparts|leaders|presidents|prime ministers/i.test(doc.text.slice(hit.to, Math.min(s.end, hit.to + 60)))) {
    return countries.map((cty) => ({ ...base, kind: hit.kind, participants: [persons[0]!.actor, cty.actor], location: null }));
  }
  // "receiving both Netanyahu and Abbas", "met Modi and Sharif separately": one bilateral meeting with each.
  // (The host may come later: "As well as receiving both Netanyahu and Abbas in the White House, he visited ...".)
  // ("met respectively with A, B, C and D": the list runs on past its commas.)
  const distributive = /^\s+(?:respectively|separately|individually|in turn)\b/i.test(doc.text.slice(hit.to, hit.to + 16));
  const commaAt = doc.text.slice(hit.to, s.end).search(distributive ? /;|,\s+(?:where|which|who|when|as|and\s+(?:the|he|she|they))\b/i : /[,;]/);
  const clauseEnd = commaAt >= 0 ? hit.to + commaAt : s.end;
  const guests = persons.filter((p) => p.from >= hit.to && p.to <= clauseEnd), hosts = persons.filter((p) => !guests.includes(p));
  // ("is scheduled to meet separately with Prime Minister X and Chairman Y": "separately" before them too.)
  if (hit.kind === 'meeting' && hosts.length === 1 && guests.length > 1 && (distributive || /^\s+both\b/i.test(doc.text.slice(hit.to, hit.to + 12)) || /\bseparately(?:\s+with)?$/i.test(hit.text)
    || /^[^.;]{0,20}\b(?:separately|each)\b/i.test(doc.text.slice(guests[guests.length - 1]!.to, s.end)))) {
    return guests.map((g) => ({ ...base, kind: hit.kind, participants: [hosts[0]!.actor, g.actor], location }));
  }
  // ("had telephone conversations with President Trump, King Salman and Emir Tamim": a call joins two; several named
  // after one caller are one call each, unless the call was a conference of them all. So are those "spoke earlier
  // with A, and later with B and C" in a story of phone calls.)
  const callees = persons.filter((p) => p.from >= hit.to);
  const callers = persons.filter((p) => p.to <= hit.from);
  if (hit.kind === 'call' && callers.length === 1 && callees.length > 1 && !/\b(?:conference|joint|trilateral|video\s*link|all)\b/i.test(hit.text)
    && (/\b(?:conversations|calls|phone calls|talks)\b/i.test(hit.text) || hit.requires === 'phone-context')) {
    return callees.map((g) => ({ ...base, kind: hit.kind, participants: [callers[0]!.actor, g.actor], location: null }));
  }
  const gDate = !base.date && gathering?.editions.length === 1 ? c.dates.find((d) => d.how === 'gathering' && d.range.start === gathering.from) : undefined;
  const host = hostOf(location?.country, gathering, countryNear(doc.text, c.places, hit));
  const meeting: DiplomaticEvent = {
    ...base,
    kind: hit.kind,
    ...(gDate ? { date: { value: gDate.value, how: gDate.how, range: gDate.range } } : {}),
    location,
    ...(host ? { host } : {}),
  };
  // ("first met in Geneva in May, then in London in June, Stockholm in July": one meeting per round.)
  const rounds = hit.kind === 'meeting' ? roundsAfter(doc.text, hit, c.places, c.dates) : null;
  if (rounds) return eventPerRound(meeting, rounds);
  return [meeting, ...guestVisit(meeting, parties, hit)];
}

const HOSTING = /^(?:hosted|hosts|hosting|host|received|receives|receiving|welcomed|welcomes|welcoming)$/i;

/**
 * "Merkel hosted Poroshenko in Berlin for talks": a host receiving a foreign guest at home is also the guest's visit,
 * when the talks are placed in the host's own country.
 */
function guestVisit(meeting: DiplomaticEvent, parties: ActorAt[], hit: TriggerHit): DiplomaticEvent[] {
  if (hit.kind !== 'meeting' || !HOSTING.test(hit.text)) return [];
  const host = parties.find((p) => p.to <= hit.from && p.actor.kind === 'person' && p.country);
  const guests = parties.filter((p) => p.from >= hit.to && p.actor.kind === 'person' && p.country && p.country !== host?.country);
  if (!host || !guests.length || meeting.location?.country !== host.country) return [];
  return [{ ...meeting, kind: 'visit', participants: [...guests.map((g) => g.actor), host.actor], host: host.country!, rule: 'events/visit-hosted' }];
}

// An international body, then what of it meets: "EU foreign ministers", "the GCC's Supreme Council", "NATO defence ministers".
const BODY_TAIL = /^(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,3}(?:foreign\s+|defen[cs]e\s+|finance\s+|trade\s+|energy\s+)?(?:ministers|leaders|heads of state(?: and government)?|council|members|envoys|officials)?\s*$/i;

/** The international body that meets as itself just before a "met", or null. */
function bodyMeeting(doc: Doc, s: SentenceView, hit: TriggerHit): { name: string; entityId?: string; range: { start: number; end: number } } | null {
  const orgs = mentionsWithin(doc, Math.max(s.start, hit.from - 80), hit.from).filter((m) => m.type === 'organization' && m.entityId && m.via !== 'metonym');
  const org = orgs[orgs.length - 1];
  if (!org || !BODY_TAIL.test(doc.text.slice(org.range.end, hit.from))) return null;
  return { name: org.name, entityId: org.entityId!, range: org.range };
}

// ("Announces Alckmin's Visit to China": after a possessive or an article the word is a noun, and tells no tense.)
const NOUN_BEFORE = /(?:['’]s|\b(?:a|an|the|his|her|their|its|official|state|working))\s+$/i;
const PRESENT_HEADLINE_VERB = /^(?:meet|meets|hold|holds|visit|visits|sign|signs|discuss|discusses|host|hosts|call|calls)\b/i;

/** Whether a sentence is the article's headline (its title line). */
function isHeadline(doc: Doc, s: SentenceView): boolean {
  return Boolean(doc.title) && doc.text.slice(s.start, s.end).trim() === doc.title!.trim();
}

/** A country party beside a named person of that country adds nothing: "Putin" already stands for Russia. */
function dropRedundantCountries(parties: ActorAt[]): ActorAt[] {
  const personCountries = new Set(parties.filter((p) => p.actor.kind === 'person').map((p) => p.country));
  return parties.filter((p) => p.actor.kind === 'person' || !personCountries.has(p.country));
}

const SERIES_DONE = /\b(?:(?:is|was|are|were|became|becomes|becoming)\s+(?:one\s+of\s+)?(?:the\s+)?(?:latest|first|second|third|fourth|fifth|last|only)|,\s+the\s+(?:most\s+senior|highest-ranking))\b(?:[^.;]|(?<=\b[A-Z])\.){0,80}\bto\s+$/i;
const REPORT_BOUNDARY = /\b(?:said|says|told\s+\w+|adding|added|noting|noted)\b(?:\s+that)?/g;

/** Where the last reporting verb of a clause's head ends (0 when none). */
function lastReportEnd(head: string): number {
  let end = 0;
  REPORT_BOUNDARY.lastIndex = 0;
  for (let m = REPORT_BOUNDARY.exec(head); m; m = REPORT_BOUNDARY.exec(head)) end = m.index + m[0].length;
  return end;
}

/** The host country: the city's, else the gathering edition's, else a country named as the place ("met in Vietnam"). */
function hostOf(cityCountry: string | undefined, gathering: GatheringPhrase | null, named: PlaceAt | null): string | undefined {
  const edition = gathering?.editions.length === 1 ? gathering.editions[0] : undefined;
  return cityCountry ?? edition?.country ?? named?.country;
}
