import type { Doc } from '../../core/doc.js';
import type { DateMention, DiplomaticEvent } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { yearOf } from '../dates/calendar.js';
import { gatheringDateValue } from '../dates/gathering-dates.js';
import { referenceDateOf } from '../dates/reference.js';
import type { SentenceView } from '../dates/sentences-of.js';
import { dateInClause } from './event-date.js';
import { destinationsAfter, type PlaceAt } from './places.js';
import { statusOf } from './status.js';

// "when the bloc's leaders gather in Windhoek in August", "the group's heads of state will meet in Minsk".
const BLOC_LEADERS_MEET = /\bthe\s+(?:bloc|group|grouping|alliance|union|organi[sz]ation|community)['’]?\s*s?\s+(?:leaders|heads of state(?: and government)?|presidents|heads of government)\s+(?:will\s+|are\s+due\s+to\s+|are\s+to\s+|)?(?:gather|gathered|meet|met|convene|convened)\b/gi;

/**
 * A summit named only through its body, told before: "Zuma, who chairs the Southern African Development Community
 * (SADC) ... when the bloc's leaders gather in Windhoek in August". The last international body the article named
 * before the phrase is the one meaning; its edition in the city (and year) named, when the base knows one, dates it.
 */
export function blocSummits(doc: Doc, kb: KnowledgeBase, s: SentenceView, places: PlaceAt[], dates: DateMention[]): DiplomaticEvent[] {
  const out: DiplomaticEvent[] = [];
  BLOC_LEADERS_MEET.lastIndex = 0;
  for (let m = BLOC_LEADERS_MEET.exec(s.text); m; m = BLOC_LEADERS_MEET.exec(s.text)) {
    const from = s.start + m.index, to = from + m[0].length;
    const body = doc.mentions.filter((x) => x.type === 'organization' && x.entityId && x.range.end <= from && kb.organization(x.entityId)?.kind === 'igo').pop();
    if (!body?.entityId) continue;
    const dest = destinationsAfter(doc.text, places, { from, to })[0];
    const own = dateInClause(doc.text, s, { from, to }, dates);
    const year = yearOf(own?.value) ?? yearOf(referenceDateOf(doc));
    const editions = year === null ? [] : kb.gatheringsAt({ org: body.entityId, year, level: 'summit', ...(dest?.place ? { city: dest.place.name } : {}) })
      .filter((g) => !own || own.value.length < 7 || (g.start ?? '').startsWith(own.value.slice(0, 7)));
    const edition = editions.length === 1 ? editions[0] : undefined;
    if (!dest?.place && !edition) continue;
    const held = edition ? gatheringDateValue(edition) : null;
    const value = own && own.how !== 'anniversary' && own.how !== 'gathering' ? { value: own.value, how: own.how, range: own.range }
      : held ? { ...held, how: 'gathering' as const } : null;
    const org = kb.organization(body.entityId)!;
    const city = dest?.place ?? (edition?.city ? (() => { const c = kb.cityByName(edition.city!, edition.country); return c ? { name: c.name, country: c.country, entityId: c.id, lat: c.lat, lon: c.lon } : undefined; })() : undefined);
    out.push({
      id: '',
      kind: 'summit',
      status: statusOf(doc.text.slice(Math.max(s.start, from - 40), Math.min(s.end, to + 40)), m[0], value?.value ?? null, referenceDateOf(doc)),
      participants: [],
      ...(city?.country ? { host: city.country } : {}),
      date: value,
      location: city ? { ...city, ...(dest ? { range: { start: dest.from, end: dest.to } } : {}) } : null,
      occasion: { name: org.acronym ?? org.name, entityId: org.id, range: { start: from, end: to } },
      support: [{ start: s.start, end: s.end }],
      rule: 'events/summit-of-bloc',
      confidence: edition ? 0.65 : 0.5,
    });
  }
  return out;
}
