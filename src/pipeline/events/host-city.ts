import type { Doc } from '../../core/doc.js';
import type { CountryCode, DiplomaticEvent, Place } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { placesIn } from './places.js';

/**
 * The one city of a country the article names anywhere, or null when it
 * names none or several. A story about "Trump's visit to China" that names
 * Beijing and no other Chinese city places the visit in Beijing; with
 * Beijing and Shanghai both named it cannot say which.
 */
const MIN_MENTIONS = 2;

export function onlyCityOf(doc: Doc, kb: KnowledgeBase, country: CountryCode): Place | null {
  let found: Place | null = null, times = 0;
  for (const p of placesIn(doc, kb, 0, doc.text.length)) {
    if (!p.place?.entityId || p.place.country !== country) continue;
    if (found && found.entityId !== p.place.entityId) return null;
    found ??= p.place;
    times++;
  }
  return times >= MIN_MENTIONS ? found : null;
}

/** An engagement held in a known host country but at no city its sentence names: the host's only city in the article. */
export function placeInHostCity(doc: Doc, kb: KnowledgeBase, e: DiplomaticEvent): void {
  if (e.location || !e.host || e.kind === 'call' || e.kind === 'summit') return;
  // "accepted an invitation to visit South Korea this year": a plan that vague has no city yet.
  if (e.status === 'planned' && (!e.date || e.date.value.length === 4)) return;
  const city = onlyCityOf(doc, kb, e.host);
  if (city) e.location = { ...city };
}
