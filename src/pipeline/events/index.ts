import type { Doc } from '../../core/doc.js';
import type { DiplomaticEvent } from '../../core/types.js';
import type { PipelineContext } from '../context.js';
import { yearOf } from '../dates/calendar.js';
import { findGatheringPhrases } from '../dates/gathering-phrases.js';
import { referenceDateOf } from '../dates/reference.js';
import { sentencesOf } from '../dates/sentences-of.js';
import { actorsIn, type ActorAt } from './actors.js';
import { fillArticleDefaults, LEAD_SENTENCES } from './article-defaults.js';
import { daysOfAnotherTrip } from './trip-days.js';
import { engagementsFrom } from './build-engagement.js';
import { datesWithin } from './event-date.js';
import { AGREEMENT_RULE, applyJoinsAndDropLoneMeetings, isPrevious, PREVIOUS_SUFFIX } from './joins.js';
import { placeNextTalksOfATrip } from './next-talks.js';
import { dropHeadlineLists } from './headline-lists.js';
import { dateReportsDuringVisits, foldReportsOfOneTrip, linkVisitsAndMeetings, placeSigningsAtTheirTalks } from './link-visits.js';
import { mergeEventReports } from './merge.js';
import type { EarlierPersons } from './participants.js';
import { placesIn } from './places.js';
import { summitsByPlace } from './generic-summits.js';
import { blocSummits } from './bloc-summits.js';
import { dateSidelineTalksBySummit, fillSidelineOccasion, placeAlsoMetTalks } from './sideline-anaphora.js';
import { nameDelegationHeads } from './delegation-heads.js';
import { dateSummitsByOpening } from './summit-opening.js';
import { summitFrom } from './summits.js';
import { findTriggers, type TriggerHit } from './triggers.js';
import type { GatheringPhrase } from '../dates/gathering-phrases.js';
import { actorKey } from './actor-key.js';

/**
 * The events stage. Per sentence: triggers (data/lexicon/event-triggers.json)
 * → parties, date, status, place, occasion; named gatherings → summit
 * events. Then the merge of repeated reports of one event, visits linked
 * with the talks held during them, and article-level defaults (dateline
 * place, story date) for what the sentences left open.
 */
export function findEvents(doc: Doc, ctx: PipelineContext): void {
  const events: DiplomaticEvent[] = [];
  const articleYear = yearOf(referenceDateOf(doc)) ?? yearOf(doc.dates.find((d) => d.how === 'anniversary')?.value);
  const seen: ActorAt[] = [];
  const counts = new Map<string, { n: number; a: ActorAt }>();
  let lastPair: ActorAt[] | undefined;
  let lastPairKind: string | undefined;
  const sentences = sentencesOf(doc);
  for (const [index, s] of sentences.entries()) {
    // A photo caption names people and places but reports a picture's moment, often a file photo's: no events.
    if (doc.captions?.some((c) => c.start <= s.start && s.end <= c.end + 1)) continue;
    const actors = actorsIn(doc, s.start, s.end, ctx.kb);
    const days = datesWithin(doc.dates, s.start, s.end).filter((d) => d.how !== 'gathering').map((d) => d.value);
    const gatherings = findGatheringPhrases(doc, s, ctx.kb, articleYear, days);
    const c = {
      doc, kb: ctx.kb, s, actors, gatherings,
      places: placesIn(doc, ctx.kb, s.start, s.end),
      dates: datesWithin(doc.dates, s.start, s.end),
      earlier: { ...earlierPersons(seen, counts), ...(lastPair ? { lastPair, lastPairKind } : {}) },
      sentenceParties: [] as { to: number; parties: ActorAt[]; kind?: string; from?: number }[],
      lastDay: events.findLast((e) => e.kind !== 'summit' && e.date?.value.length === 10)?.date?.value,
      lastTalksDay: events.findLast((e) => e.kind === 'meeting' && e.date?.value.length === 10)?.date?.value,
    };
    const previous = index > 0 ? sentences[index - 1]!.text : '';
    const own = ownTriggers(findTriggers(s).filter((h) => h.requires !== 'phone-context' || PHONE.test(previous) || PHONE.test(s.text)), gatherings)
      .flatMap((hit) => engagementsFrom(c, hit));
    // "last met in Bogota in September, when Santos hosted Moreno": every report of a sentence that recalls an earlier
    // engagement is of that earlier one.
    if (own.some(isPrevious)) for (const e of own) if (!isPrevious(e) && e.rule.startsWith('events/')) e.rule = `${e.rule}${PREVIOUS_SUFFIX}`;
    events.push(...own.filter((e) => !agreedAtTalksOfTheSentence(e, own)));
    // The two people of the last engagement reported: "the two leaders" of the next sentences.
    // (Of "A and B met C", the two who met are A and B: the subjects, when the talks had three people.)
    const twoOf = (x: { parties: ActorAt[]; from?: number }): ActorAt[] => {
      const persons = x.parties.filter((a) => a.actor.kind === 'person');
      const subjects = persons.filter((a) => x.from !== undefined && a.to <= x.from);
      return new Set(persons.map((a) => a.key)).size === 2 ? persons : new Set(subjects.map((a) => a.key)).size === 2 ? subjects : [];
    };
    const pairFrom = [...c.sentenceParties].reverse().filter((x) => x.kind !== 'visit').find((x) => twoOf(x).length > 0);
    if (pairFrom) { lastPair = twoOf(pairFrom); lastPairKind = pairFrom.kind; }
    for (const g of gatherings) {
      const summit = summitFrom(doc, ctx.kb, s, g, c.dates, index < LEAD_SENTENCES);
      if (summit) events.push(summit);
    }
    events.push(...summitsByPlace(doc, ctx.kb, s, c.places, c.dates, gatherings));
    events.push(...blocSummits(doc, ctx.kb, s, c.places, c.dates));
    for (const a of actors) {
      if (a.actor.kind !== 'person') continue;
      seen.push(a);
      counts.set(a.key, { n: (counts.get(a.key)?.n ?? 0) + 1, a });
    }
  }
  const merged = applyJoinsAndDropLoneMeetings(mergeEventReports(events), doc.text);
  linkVisitsAndMeetings(merged, doc.text, referenceDateOf(doc), (v) => v.support.some((r) => daysOfAnotherTrip(doc, r, v.host)));
  const trips = foldReportsOfOneTrip(merged, doc.text);
  dateReportsDuringVisits(trips, doc.text);
  fillSidelineOccasion(doc, trips);
  nameDelegationHeads(doc, trips);
  dateSummitsByOpening(doc, trips);
  fillArticleDefaults(doc, ctx.kb, trips);
  dateSidelineTalksBySummit(trips);
  placeAlsoMetTalks(doc, trips);
  // (after the defaults, which date many signings)
  placeSigningsAtTheirTalks(trips, doc.text);
  placeNextTalksOfATrip(trips);
  doc.events = dropHeadlineLists(doc, mergeEventReports(trips)).map((e, i) => ({ ...e, id: `event-${i + 1}` }));
}

// "Trump spent much of Saturday on the phone with foreign leaders. He spoke earlier in the day with Abe": a story of calls.
const PHONE = /\b(?:phone|telephone|phoned|calls|call)\b/i;

/**
 * "met for the first time at an APEC group meeting": a meeting word inside a gathering's name is the gathering (the
 * summit event reports it), not a second meeting, when the sentence reports its own meeting with another word.
 */
function ownTriggers(all: TriggerHit[], gatherings: GatheringPhrase[]): TriggerHit[] {
  // ("they discussed the border by telephone": the call's own words, not talks known from their outcome.)
  // ("met Albanese on Monday via video link", "had a conversation ... via videoconference": talks in the words of a
  // call by phone or video are the call; "had a brief conversation at a gala dinner" stays talks.)
  const hits = all.filter((h) => !h.requires || !all.some((o) => o !== h && !o.requires && o.from <= h.from && h.to <= o.to))
    .filter((h) => h.kind !== 'meeting' || !all.some((o) => o.kind === 'call' && /phone|video|tele/i.test(o.text) && o.from < h.to && h.from < o.to));
  const inside = (h: TriggerHit): boolean => gatherings.some((g) => g.from <= h.from && h.to <= g.to);
  // ("held their first talks on Monday, on the sidelines of a summit ... mediated by Macron and Merkel": the sidelines
  // place the talks already reported; the people past them are the gathering's, not the talks'.)
  const own = hits.filter((h) => !(h.kind === 'meeting' && /^on the sidelines of$/i.test(h.text) && hits.some((o) => o.kind === 'meeting' && o.to <= h.from && o !== h)));
  if (!own.some((h) => h.kind === 'meeting' && !inside(h))) return own;
  return own.filter((h) => h.kind !== 'meeting' || !inside(h));
}

/**
 * "Modi and Marcos last met in Vientiane in October, where they agreed to step up defence ties", "recalled their telephone
 * conversation in December, when they agreed on ...": what the talks or call of the same sentence agreed, dated by the
 * same words, is those talks, not talks of its own.
 */
function agreedAtTalksOfTheSentence(e: DiplomaticEvent, own: DiplomaticEvent[]): boolean {
  if (!e.rule.startsWith(AGREEMENT_RULE)) return false;
    const parties = e.participants.map(actorKey);
  return own.some((o) => o !== e && (o.kind === 'meeting' || o.kind === 'call') && !o.rule.startsWith(AGREEMENT_RULE)
    && parties.every((k) => o.participants.some((p) => actorKey(p) === k))
    && (!e.date?.range || (o.date?.range?.start === e.date.range.start && o.date.range.end === e.date.range.end)));
}

/** The people named so far: the last few, and the one named most often (the story's main person). */
function earlierPersons(seen: ActorAt[], counts: Map<string, { n: number; a: ActorAt }>): EarlierPersons {
  let topic: ActorAt | null = null, best = 0;
  for (const { n, a } of counts.values()) if (n > best) { best = n; topic = a; }
  return { recent: seen.slice(-12), named: seen, topic };
}
