import type { ArticleInput } from '../core/doc.js';
import type { ArticleRecord, RecordActor } from '../core/record.js';
import type { Span } from '../core/span.js';
import type { CountryCode, DateHow, EventKind, EventStatus, IsoDate } from '../core/types.js';

/**
 * The store as the rest of readout sees it. Every method is async so that the
 * SQLite store (synchronous underneath) and a PostgreSQL store share one
 * interface and one test suite (test/store/store-suite.ts). Changes to this
 * file are additive only: the HTTP API is built on it.
 */
export interface Store {
  /**
   * Stores one article with all its facts (mentions, event reports, quotes,
   * evidence) and updates the canonical events and actors it touches, in one
   * transaction. Same id and same content hash and pipeline: nothing changes
   * ('unchanged'). Same id with another hash or pipeline: the old facts are
   * replaced ('replaced').
   */
  putArticle(input: ArticleInput, record: ArticleRecord, contentHash: string): Promise<PutResult>;
  /**
   * Stores several articles as putArticle does, one after the other, in one
   * transaction (one commit for all: faster). When an article cannot be stored
   * the ones before it are still committed and the ones after it are not
   * written. Optional: `putArticleBatch` (src/store/put-batch.ts) falls back
   * to putArticle for a store without it.
   */
  putArticles?(items: readonly PutItem[]): Promise<BatchPutResult>;
  /** What is stored for an article id, to skip extraction of unchanged articles. */
  articleState(id: string): Promise<ArticleState | null>;
  getArticle(id: string): Promise<StoredArticle | null>;
  listArticles(filter?: ArticleFilter, page?: Page): Promise<Paged<ArticleSummary>>;
  /** Removes an article, its facts, and its reports from the canonical events (false when absent). */
  deleteArticle(id: string): Promise<boolean>;

  /** Canonical events, newest first unless `page.order` says otherwise, each with its sources. */
  listEvents(filter?: EventFilter, page?: Page): Promise<Paged<CanonicalEvent>>;
  getEvent(id: string): Promise<CanonicalEvent | null>;

  listQuotes(filter?: QuoteFilter, page?: Page): Promise<Paged<StoredQuote>>;

  /** Canonical actors with counts, most active first. */
  listActors(filter?: ActorFilter, page?: Page): Promise<Paged<ActorSummary>>;
  /** One actor with counts and the counterparts it met most often. */
  getActor(id: string): Promise<ActorDetail | null>;
  /** Who met whom: actors as nodes, shared canonical events as weighted edges. */
  network(filter?: NetworkFilter): Promise<ActorNetwork>;

  /** Full-text search over article text and quotes (FTS5, trigram/LIKE for CJK). */
  search(text: string, page?: Page): Promise<Paged<SearchHit>>;
  stats(): Promise<StoreStats>;

  /** Stored raw articles whose record came from another pipeline version than the given one. */
  articlesForReprocess(pipelineVersion: string): Promise<ReprocessItem[]>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------- writes

export type PutStatus = 'new' | 'unchanged' | 'replaced';

export interface PutResult {
  status: PutStatus;
  articleId: string;
  /** Event reports stored for the article (0 when unchanged). */
  eventReports: number;
  /** Of those, how many joined a canonical event that other articles already report. */
  merged: number;
}

/** One article to store: what putArticle takes. */
export interface PutItem {
  input: ArticleInput;
  record: ArticleRecord;
  contentHash: string;
}

/** What a batch of puts did: the items committed, in order, and the one that failed (if any). */
export interface BatchPutResult {
  /** One result per committed item: every item, or those before `failure`. */
  stored: PutResult[];
  /** The item that could not be stored, and why; it and the items after it were not written. */
  failure?: { input: ArticleInput; error: unknown };
}

export interface ArticleState {
  id: string;
  contentHash: string;
  pipeline: string;
}

export interface ReprocessItem {
  input: ArticleInput;
  contentHash: string;
  /** The pipeline version that produced the stored record. */
  pipeline: string;
}

// ---------------------------------------------------------------- paging

export interface Page {
  /** Default 100. */
  limit?: number;
  offset?: number;
  /** Events and quotes: by date, newest first ('desc', default) or oldest first ('asc'). */
  order?: 'asc' | 'desc';
}

export interface Paged<T> {
  items: T[];
  /** Total matching the filter, ignoring limit and offset. */
  total: number;
}

// ---------------------------------------------------------------- filters

export interface ArticleFilter {
  /** Articles published on or after / on or before (partial dates allowed). */
  from?: IsoDate;
  to?: IsoDate;
}

export interface EventFilter {
  /** An actor id (`person:sergey-lavrov`, `country:RU`) or a name, matched case-insensitively. */
  actor?: string;
  /** Events with a participant of this country (a person's country counts). */
  country?: CountryCode;
  /** Events with participants of both countries. */
  between?: [CountryCode, CountryCode];
  kind?: EventKind;
  status?: EventStatus;
  /** Events whose date range overlaps [from, to]; partial dates allowed. */
  from?: IsoDate;
  to?: IsoDate;
  /** Occasion name, acronym or id ("SCO", "org:sco"), case-insensitive substring. */
  occasion?: string;
  /** Events with a source in this article. */
  articleId?: string;
}

export interface QuoteFilter {
  /** Speaker actor id or name (case-insensitive substring). */
  speaker?: string;
  /** Words in the quote text (full-text search). */
  search?: string;
  articleId?: string;
  /** Articles published in this range. */
  from?: IsoDate;
  to?: IsoDate;
}

export interface ActorFilter {
  country?: CountryCode;
  kind?: ActorKind;
  /** Case-insensitive substring of the name or an alias. */
  name?: string;
}

export interface NetworkFilter {
  country?: CountryCode;
  kind?: EventKind;
  /** Only persons, or every actor kind (default 'all'). */
  actorKind?: ActorKind | 'all';
  from?: IsoDate;
  to?: IsoDate;
  /** Edges with at least this many shared events (default 1). */
  minWeight?: number;
}

// ---------------------------------------------------------------- articles

export interface ArticleSummary {
  id: string;
  title?: string;
  url?: string;
  source?: string;
  published: IsoDate | null;
  contentHash: string;
  pipeline: string;
  /** ISO timestamp of the last store. */
  storedAt: string;
  events: number;
  quotes: number;
}

export interface StoredArticle extends ArticleSummary {
  /** The raw text: every evidence span points into it. */
  text: string;
  record: ArticleRecord;
}

// ---------------------------------------------------------------- actors

export type ActorKind = 'person' | 'organization' | 'country';

/**
 * One canonical actor: a knowledge-base entity (id = its kb id, e.g.
 * `person:sergey-lavrov`), a country (`country:RU`), or an unknown person or
 * organization keyed by normalised name and country (`person~ru~ivan-petrov`).
 */
export interface ActorRef {
  id: string;
  kind: ActorKind;
  name: string;
  country?: CountryCode;
}

export interface ActorSummary extends ActorRef {
  /** Knowledge-base id when known. */
  entityId?: string;
  /** Every spelling seen in articles. */
  aliases: string[];
  articles: number;
  mentions: number;
  events: number;
  quotes: number;
}

export interface Counterpart extends ActorRef {
  /** Canonical events shared. */
  events: number;
}

export interface ActorDetail extends ActorSummary {
  counterparts: Counterpart[];
  /** Roles seen in articles ("foreign minister"). */
  roles: string[];
}

export interface ActorNetwork {
  nodes: (ActorRef & { events: number })[];
  edges: { source: string; target: string; weight: number }[];
}

// ---------------------------------------------------------------- events

/** How many sources agree with a canonical value, and which values the others gave. */
export interface Agreement<T> {
  value: T;
  /** Article ids of the sources that agree with `value`. */
  agree: string[];
  /** Number of sources that gave any value for the field. */
  of: number;
  /** Values other sources gave that disagree, with their article ids. */
  conflicts: { value: T; sources: string[] }[];
}

// The place and occasion of an event are the merge's own types (src/corpus), not a second copy.
export type { EventOccasion, EventPlace } from '../corpus/types.js';
import type { EventOccasion, EventPlace } from '../corpus/types.js';

/** What one article said about the event. */
export interface EventSource {
  /** `${articleId}#${record event id}`. */
  reportId: string;
  articleId: string;
  title?: string;
  url?: string;
  published: IsoDate | null;
  kind: EventKind;
  status: EventStatus;
  date: IsoDate | null;
  date_end?: IsoDate;
  date_how?: DateHow;
  location: EventPlace | null;
  occasion: EventOccasion | null;
  host?: CountryCode;
  participants: RecordActor[];
  /** Raw-text spans of the supporting sentences. */
  evidence: Span[];
  /** The supporting sentences' text, sliced from the raw text. */
  evidenceText: string[];
  rule: string;
  confidence: number;
}

export interface EventParticipant extends ActorRef {
  /** Number of sources naming this participant. */
  sources: number;
}

/** One event as the whole corpus knows it: every report merged, conflicts kept. */
export interface CanonicalEvent {
  id: string;
  kind: EventKind;
  status: EventStatus;
  date: IsoDate | null;
  date_end?: IsoDate;
  location: EventPlace | null;
  occasion: EventOccasion | null;
  participants: EventParticipant[];
  /** Countries taking part (of participants, persons' countries included), sorted. */
  countries: CountryCode[];
  agreement: {
    kind: Agreement<EventKind>;
    status: Agreement<EventStatus>;
    date: Agreement<IsoDate | null>;
    location: Agreement<EventPlace | null>;
    occasion: Agreement<EventOccasion | null>;
  };
  sources: EventSource[];
}

// ---------------------------------------------------------------- quotes

export interface StoredQuote {
  /** `${articleId}#${record quote id}`. */
  id: string;
  articleId: string;
  title?: string;
  published: IsoDate | null;
  /** The canonical speaker, when resolved. */
  speaker: (ActorRef & { role?: string }) | null;
  text: string;
  direct: boolean;
  evidence: Span[];
  rule: string;
  confidence: number;
}

// ---------------------------------------------------------------- search

export interface SearchHit {
  kind: 'article' | 'quote';
  articleId: string;
  /** For quotes: the quote id. */
  quoteId?: string;
  title?: string;
  published: IsoDate | null;
  /** A short piece of text around the match. */
  snippet: string;
}

// ---------------------------------------------------------------- stats

/** The shape `readout stats --json` prints. */
export interface StoreStats {
  articles: number;
  /** Canonical events. */
  events: number;
  event_reports: number;
  quotes: number;
  actors: number;
}
