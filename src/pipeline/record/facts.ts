import type { Doc } from '../../core/doc.js';
import type { RecordActor, RecordEvent, RecordQuote } from '../../core/record.js';
import type { Actor, DiplomaticEvent, Quote } from '../../core/types.js';
import { withoutUndefined } from './entities.js';
import { rawSpans } from './evidence.js';

export function recordActor(a: Actor): RecordActor {
  return withoutUndefined({ name: a.name, country: a.country?.toUpperCase(), id: a.entityId, role: a.role });
}

/** An event with the raw spans of its support sentences, date, place and occasion. */
export function recordEvent(doc: Doc, e: DiplomaticEvent): RecordEvent {
  const loc = e.location;
  return withoutUndefined({
    id: e.id,
    kind: e.kind,
    status: e.status,
    participants: e.participants.map(recordActor),
    host: e.host,
    date: e.date?.value ?? null,
    date_end: e.date?.end,
    date_how: e.date?.how,
    location: loc ? withoutUndefined({ name: loc.name, country: loc.country, id: loc.entityId, lat: loc.lat, lon: loc.lon }) : null,
    occasion: e.occasion ? withoutUndefined({ name: e.occasion.name, id: e.occasion.entityId }) : null,
    evidence: rawSpans(doc, [...e.support, e.date?.range, loc?.range, e.occasion?.range]),
    rule: e.rule,
    confidence: e.confidence,
  });
}

/** A quote with the raw spans of its text and its cue. */
export function recordQuote(doc: Doc, q: Quote): RecordQuote {
  return {
    id: q.id,
    speaker: q.speaker ? recordActor(q.speaker) : null,
    text: q.text,
    direct: q.direct,
    evidence: rawSpans(doc, [q.range, q.cue]),
    rule: q.rule,
    confidence: q.confidence,
  };
}
