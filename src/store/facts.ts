import { createHash } from 'node:crypto';
import type { ArticleInput } from '../core/doc.js';
import type { ArticleRecord, RecordActor, RecordEvent } from '../core/record.js';
import type { Span } from '../core/span.js';
import { actorRefOf, countryActorId, countryName } from '../corpus/actors.js';
import { normalizeName } from '../corpus/names.js';
import type { ActorRef, MergeReport } from '../corpus/types.js';

/*
 * An article record turned into the rows every store writes: canonical actor
 * references, mentions, event reports ready for the merge, quotes and their
 * evidence. Pure, so the SQLite and PostgreSQL stores write the same facts.
 */

/** The content hash that decides whether a re-ingested article changed: its text and metadata. */
export function contentHashOf(input: ArticleInput): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([input.text, input.title ?? null, input.url ?? null, input.published ?? null]));
  return h.digest('hex');
}

export interface EvidenceRow {
  factType: 'mention' | 'event_report' | 'quote';
  factId: string;
  start: number;
  end: number;
  text: string;
}

export interface MentionRow {
  id: string;
  type: 'person' | 'organization' | 'place' | 'country';
  actor: ActorRef | null;
  name: string;
  country?: string;
  entityId?: string;
  role?: string;
  aliases: string[];
  lat?: number;
  lon?: number;
  rule: string;
  confidence: number;
}

export interface ReportRow {
  report: MergeReport;
  recordEvent: RecordEvent;
  /** Participants in record order, each with its canonical actor (null when it names nothing). */
  participants: { actor: ActorRef | null; source: RecordActor }[];
}

export interface QuoteRow {
  id: string;
  speaker: ActorRef | null;
  speakerSource: RecordActor | null;
  text: string;
  direct: boolean;
  rule: string;
  confidence: number;
}

export interface ArticleFacts {
  actors: ActorRef[];
  mentions: MentionRow[];
  reports: ReportRow[];
  quotes: QuoteRow[];
  evidence: EvidenceRow[];
}

const validSpan = (s: Span, length: number): boolean =>
  Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start <= s.end;

/** Every row an article's record gives, with ids `${articleId}#...` stable across re-ingests. */
export function factsOf(input: ArticleInput, record: ArticleRecord): ArticleFacts {
  const articleId = input.id;
  const actors = new Map<string, ActorRef>();
  const remember = (a: ActorRef | null): ActorRef | null => {
    if (a && !actors.has(a.id)) actors.set(a.id, a);
    return a ? actors.get(a.id)! : null;
  };
  const orgNames = new Set(record.organizations.flatMap((o) => [o.name, ...o.aliases, ...(o.acronym ? [o.acronym] : [])].map(normalizeName)));
  const evidence: EvidenceRow[] = [];
  const addEvidence = (factType: EvidenceRow['factType'], factId: string, spans: Span[]) => {
    for (const s of spans ?? []) {
      if (validSpan(s, input.text.length)) evidence.push({ factType, factId, start: s.start, end: s.end, text: input.text.slice(s.start, s.end) });
    }
  };

  const mentions: MentionRow[] = [];
  record.persons.forEach((p, i) => {
    const id = `${articleId}#person-${i}`;
    const actor = remember(actorRefOf({ name: p.name, country: p.country, id: p.id }));
    mentions.push({ id, type: 'person', actor: actor && { ...actor, kind: 'person' }, name: p.name, country: p.country, entityId: p.id, role: p.role, aliases: p.aliases ?? [], rule: p.rule, confidence: p.confidence });
    addEvidence('mention', id, p.evidence);
  });
  record.organizations.forEach((o, i) => {
    const id = `${articleId}#organization-${i}`;
    const ref = actorRefOf({ name: o.name, id: o.id }, new Set([normalizeName(o.name)]));
    const actor = remember(ref && { ...ref, kind: 'organization' });
    mentions.push({ id, type: 'organization', actor, name: o.name, entityId: o.id, aliases: o.aliases ?? [], rule: o.rule, confidence: o.confidence });
    addEvidence('mention', id, o.evidence);
  });
  record.places.forEach((p, i) => {
    const id = `${articleId}#place-${i}`;
    mentions.push({ id, type: 'place', actor: null, name: p.name, country: p.country, entityId: p.id, aliases: p.aliases ?? [], lat: p.lat, lon: p.lon, rule: p.rule, confidence: p.confidence });
    addEvidence('mention', id, p.evidence);
  });
  for (const code of new Set(record.countries.map((c) => c.toUpperCase()))) {
    const actor = remember({ id: countryActorId(code), kind: 'country', name: countryName(code), country: code });
    mentions.push({ id: `${articleId}#country-${code}`, type: 'country', actor, name: actor!.name, country: code, aliases: [], rule: 'record/countries', confidence: 1 });
  }

  const reports: ReportRow[] = record.events.map((e) => {
    const reportId = `${articleId}#${e.id}`;
    const participants = (e.participants ?? []).map((p) => ({ actor: remember(actorRefOf(p, orgNames)), source: p }));
    addEvidence('event_report', reportId, e.evidence);
    const uniqueActors = [...new Map(participants.flatMap((p) => (p.actor ? [[p.actor.id, p.actor] as const] : []))).values()];
    return {
      recordEvent: e,
      participants,
      report: {
        reportId, articleId, published: record.published ?? input.published ?? null,
        kind: e.kind, status: e.status, date: e.date ?? null, ...(e.date_end ? { date_end: e.date_end } : {}),
        location: e.location ? { ...e.location } : null,
        occasion: e.occasion ? { ...e.occasion } : null,
        actors: uniqueActors,
      },
    };
  });

  const quotes: QuoteRow[] = record.quotes.map((q) => {
    const id = `${articleId}#${q.id}`;
    addEvidence('quote', id, q.evidence);
    return { id, speaker: q.speaker ? remember(actorRefOf(q.speaker, orgNames)) : null, speakerSource: q.speaker, text: q.text, direct: q.direct, rule: q.rule, confidence: q.confidence };
  });

  return { actors: [...actors.values()], mentions, reports, quotes, evidence };
}
