import type { ArticleRecord } from '../core/record.js';
import type { Span } from '../core/span.js';
import type { CountryCode } from '../core/types.js';
import type { Role } from '../kb/types.js';
import type {
  ActorDetail, ActorKind, CanonicalEvent, EventSource, StoredArticle, StoredQuote,
} from '../store/types.js';

/**
 * Response shapes the API adds on top of the store's types. The web UI imports
 * these as types only, so the two sides cannot drift apart silently.
 */
export type { ActorSummary, ArticleSummary, CanonicalEvent, Paged, StoredQuote, StoreStats, SearchHit } from '../store/types.js';

/** An event in a list: the canonical event with its sources named, not their evidence. */
export interface EventSummary extends Omit<CanonicalEvent, 'sources'> {
  sources: { articleId: string; title?: string; published: string | null }[];
}

/** A stretch of an article around the evidence, with the evidence to highlight (raw offsets). */
export interface Excerpt {
  /** Raw offset where `text` starts in the article. */
  offset: number;
  text: string;
  highlights: Span[];
}

export interface EventSourceDetail extends EventSource {
  /** The supporting sentences in their paragraphs, in text order (empty when no evidence was stored). */
  excerpts: Excerpt[];
}

export interface EventDetail extends Omit<CanonicalEvent, 'sources'> {
  sources: EventSourceDetail[];
  /** Quotes in the source articles spoken by the event's participants. */
  quotes: StoredQuote[];
}

export interface ActorPage extends ActorDetail {
  /** Roles over time from the knowledge base, when the actor is known there. */
  kbRoles: Role[];
  meetings: EventSummary[];
  meetingsTotal: number;
  /** Quotes the actor spoke (the first 100; `quotes` is their count). */
  quoteList: StoredQuote[];
}

export interface ArticlePage extends StoredArticle {
  /** Record event id → canonical event id, to link each highlighted event. */
  eventLinks: Record<string, string>;
}

export interface ExtractResult {
  id: string;
  text: string;
  record: ArticleRecord;
}

export interface NetworkNode {
  id: string;
  label: string;
  kind: ActorKind;
  country?: CountryCode;
  /** Events the node took part in. */
  weight: number;
}

export interface NetworkResult {
  by: 'actor' | 'country';
  nodes: NetworkNode[];
  edges: { source: string; target: string; weight: number }[];
}

export interface MapPlace {
  key: string;
  name: string;
  country?: CountryCode;
  lat: number;
  lon: number;
  events: number;
  /** Up to 20 of the events held there, newest first. */
  list: { id: string; kind: string; date: string | null; label: string }[];
}

export interface MapResult {
  places: MapPlace[];
  /** Events per participating country, for shading. */
  countries: { code: CountryCode; events: number }[];
  /** Events matching the filter that have no coordinates. */
  unplaced: number;
}

export interface Health {
  ok: true;
  version: string;
  pipeline: string;
  ingest: boolean;
}
