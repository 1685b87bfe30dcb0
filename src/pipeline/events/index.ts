import type { Doc } from '../../core/doc.js';
import { referenceDateOf } from '../dates/reference.js';
import type { DiplomaticEvent } from '../../core/types.js';
import type { PipelineContext } from '../context.js';
import { findGatheringPhrases } from '../dates/gathering-phrases.js';
import { sentencesOf } from '../dates/sentences-of.js';
import { yearOf } from '../dates/calendar.js';
import { actorsIn } from './actors.js';
import { engagementsFrom } from './build-engagement.js';
import { fillArticleDefaults } from './article-defaults.js';
import { linkVisitsAndMeetings } from './link-visits.js';
import { mergeEventReports } from './merge.js';
import { placesIn } from './places.js';
import { summitFrom } from './summits.js';
import { findTriggers } from './triggers.js';

/**
 * The events stage. Per sentence: triggers (data/lexicon/event-triggers.json)
 * → parties, date, status, place, occasion; named gatherings → summit
 * events. Then article-level defaults (dateline place, story date) and the
 * merge of repeated reports of one event.
 */
export function findEvents(doc: Doc, ctx: PipelineContext): void {
  const events: DiplomaticEvent[] = [];
  const articleYear = yearOf(referenceDateOf(doc)) ?? yearOf(doc.dates.find((d) => d.how === 'anniversary')?.value);
  const sentences = sentencesOf(doc);
  for (const [index, s] of sentences.entries()) {
    const gatherings = findGatheringPhrases(doc, s, ctx.kb, articleYear);
    const c = {
      doc, kb: ctx.kb, s,
      actors: actorsIn(doc, s.start, s.end),
      places: placesIn(doc, ctx.kb, s.start, s.end),
      dates: doc.dates,
      gatherings,
    };
    const found: DiplomaticEvent[] = [];
    for (const hit of findTriggers(s)) found.push(...engagementsFrom(c, hit));
    for (const g of gatherings) {
      const summit = summitFrom(doc, ctx.kb, s, g, doc.dates);
      if (summit) found.push(summit);
    }
    fillArticleDefaults(doc, ctx.kb, found, index);
    events.push(...found);
  }
  const merged = mergeEventReports(events);
  linkVisitsAndMeetings(merged);
  doc.events = merged.map((e, i) => ({ ...e, id: `event-${i + 1}` }));
}
