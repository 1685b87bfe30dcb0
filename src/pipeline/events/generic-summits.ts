import type { Doc } from '../../core/doc.js';
import type { DateMention, DiplomaticEvent } from '../../core/types.js';
import type { Gathering, KnowledgeBase } from '../../kb/types.js';
import { yearOf } from '../dates/calendar.js';
import { gatheringDateValue } from '../dates/gathering-dates.js';
import type { GatheringPhrase } from '../dates/gathering-phrases.js';
import { referenceDateOf } from '../dates/reference.js';
import type { SentenceView } from '../dates/sentences-of.js';
import { dateInClause } from './event-date.js';
import { destinationsAfter, type PlaceAt } from './places.js';
import { statusOf } from './status.js';

const SUMMIT_WORD = /\b(?:summits?|leaders'?\s+meetings?)\b/gi;

/**
 * Summits named by place rather than by organization: "the summit of East
 * and Southeast Asian leaders in Manila", "regional summits in the
 * Philippines and Vietnam in November". The knowledge base's editions held
 * in that place in that year (and month, when given) name the occasion;
 * without a city or a known edition nothing is claimed.
 */
export function summitsByPlace(doc: Doc, kb: KnowledgeBase, s: SentenceView, places: PlaceAt[], dates: DateMention[], named: GatheringPhrase[]): DiplomaticEvent[] {
  const out: DiplomaticEvent[] = [];
  SUMMIT_WORD.lastIndex = 0;
  for (let m = SUMMIT_WORD.exec(s.text); m; m = SUMMIT_WORD.exec(s.text)) {
    const from = s.start + m.index, to = from + m[0].length;
    if (named.some((g) => g.from <= to && from <= g.to + 20)) continue;
    // ("after Trump-Putin summit in Alaska", "the US-Russia summit": a summit of two sides is their talks, no gathering.)
    // (Not "the ASEAN-Japan summit", with a bloc on one side.)
    const pair = /\b\p{Lu}[\p{L}.'’]+\s*[-–]\s*\p{Lu}[\p{L}.'’]+\s+$/u.exec(doc.text.slice(Math.max(s.start, from - 40), from));
    const pairAt = pair ? from - pair[0].length : 0;
    if (pair && !doc.mentions.some((x) => x.type === 'organization' && x.range.start >= pairAt && x.range.end <= from)) continue;
    const tail = doc.text.slice(to, Math.min(s.end, to + 60));
    // "the summit of Gulf leaders in Riyadh", "the summit was held in Beijing on Monday".
    const lead = /^\s*(?:of\s+[\w\s-]{0,50}?\s+)?(?:(?:was|is|will be|were|are)\s+(?:being\s+)?(?:held|hosted|convened|opened|staged)\s+)?(?=(?:in|at)\s)/i.exec(tail);
    if (!lead) continue;
    const dests = destinationsAfter(doc.text, places, { from, to: to + lead[0].length });
    const date = dateInClause(doc.text, s, { from, to }, dates);
    const year = yearOf(date?.value) ?? yearOf(referenceDateOf(doc));
    const month = date && date.value.length >= 7 ? date.value.slice(0, 7) : null;
    for (const d of dests) {
      if (!d.country) continue;
      const editions = year === null ? [] : kb.gatheringsAt({ country: d.country, year, level: 'summit', ...(d.place ? { city: d.place.name } : {}) })
        .filter((g) => (month ? (g.start ?? '').startsWith(month) : nearStory(g.start, referenceDateOf(doc))));
      if (!editions.length && !d.place) continue;
      const clause = doc.text.slice(Math.max(s.start, from - 80), Math.min(s.end, to + 60));
      const own = date && date.how !== 'anniversary' && date.how !== 'gathering' ? { value: date.value, how: date.how, range: date.range } : null;
      const single = editions.length === 1 ? gatheringDateValue(editions[0]!) : null;
      const value = own ?? (single ? { ...single, how: 'gathering' as const } : null);
      out.push({
        id: '',
        kind: 'summit',
        status: heldBefore(value?.value, referenceDateOf(doc)) ? 'occurred' : statusOf(clause, m[0], value?.value ?? null, referenceDateOf(doc)),
        participants: [],
        host: d.country,
        date: value,
        location: d.place ? { ...d.place, range: { start: d.from, end: d.to } } : null,
        occasion: editions.length ? { name: occasionName(kb, editions), range: { start: from, end: to } } : null,
        support: [{ start: s.start, end: s.end }],
        rule: 'events/summit-by-place',
        confidence: editions.length ? 0.65 : 0.5,
      });
    }
  }
  return out;
}

/** The organizations of the editions that fit, short names first: "ASEAN — East Asia Summit". */
function occasionName(kb: KnowledgeBase, editions: Gathering[]): string {
  const names: string[] = [];
  for (const g of editions) {
    const o = kb.organization(g.org);
    const n = o?.acronym ?? o?.name ?? g.series;
    if (!names.includes(n)) names.push(n);
  }
  return names.join(' — ');
}

/** "the summit in Vientiane in October, where they agreed to ...": a summit dated wholly before the story was held. */
function heldBefore(value: string | undefined, reference: string | null): boolean {
  return Boolean(value && reference && value < reference.slice(0, value.length));
}

/** ("the summit of East African leaders in Nairobi" told in November: not July's meeting there.) An edition no month
 * names is the one of the story's own weeks. */
function nearStory(start: string | undefined, reference: string | null): boolean {
  if (!start || !reference || reference.length < 10 || start.length < 10) return true;
  const days = Math.abs(Date.parse(start) - Date.parse(reference)) / 86_400_000;
  return days <= 45;
}
