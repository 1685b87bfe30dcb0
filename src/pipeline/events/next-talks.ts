import type { DiplomaticEvent } from '../../core/types.js';
import { shiftIsoDay } from '../dates/calendar.js';
import { actorKey } from './actor-key.js';


/**
 * "Moon held talks with Xi at the Great Hall of the People ... Moon is due to meet Premier Li Keqiang on Friday before
 * travelling to Chongqing": talks planned for the same or the next day of a trip under way, with no place of their own, are held
 * where the visitor's last talks in that country were, when that country's people receive him.
 */
export function placeNextTalksOfATrip(events: DiplomaticEvent[]): void {
  for (const m of events) {
    if (m.kind !== 'meeting' || m.status !== 'planned' || m.location || m.date?.value.length !== 10) continue;
    const day = m.date.value;
    const people = new Set(m.participants.map(actorKey));
    const held = events.filter((t) => t.kind === 'meeting' && t.status === 'occurred' && t.location && t.date?.value.length === 10
      && t.date.value <= day && day <= shiftIsoDay(t.date.value, 1) && t.participants.some((p) => people.has(actorKey(p))));
    // The talks of the one who travels: he is in both, and the planned talks are with someone of the country he is in.
    const last = held.sort((a, b) => (a.date!.value < b.date!.value ? -1 : 1)).pop();
    const country = last?.location?.country;
    if (!last || !country) continue;
    const guests = m.participants.filter((p) => p.kind === 'person' && p.country !== country);
    const hosts = m.participants.filter((p) => p.kind === 'person' && p.country === country);
    if (guests.length !== 1 || !hosts.length || !last.participants.some((p) => actorKey(p) === actorKey(guests[0]!))) continue;
    m.location = { ...last.location! };
    m.host ??= country;
  }
}
