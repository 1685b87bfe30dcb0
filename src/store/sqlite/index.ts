import type Database from 'better-sqlite3';
import type { ArticleInput } from '../../core/doc.js';
import type { ArticleRecord } from '../../core/record.js';
import type {
  ActorDetail, ActorFilter, ActorNetwork, ActorSummary, ArticleFilter, ArticleState, ArticleSummary, BatchPutResult, CanonicalEvent, EventFilter,
  NetworkFilter, Page, Paged, PutItem, PutResult, QuoteFilter, ReprocessItem, SearchHit, Store, StoreStats, StoredArticle, StoredQuote,
} from '../types.js';
import { openDatabase, type OpenOptions } from './open.js';
import { getActor, listActors, network } from './read-actors.js';
import { articlesForReprocess, getArticle, listArticles, listQuotes, search, stats } from './read-articles.js';
import { getEvent, listEvents } from './read-events.js';
import { sql } from './statements.js';
import type { ReportCache } from './event-clusters.js';
import { removeArticle, writeArticle } from './write-article.js';

export { openDatabase, type OpenOptions } from './open.js';

/** Events whose reports the store keeps between writes at most (a few MB). */
const MAX_CACHED_EVENTS = 10_000;

/**
 * The embedded store: one SQLite file (WAL, foreign keys, busy timeout).
 * Articles are written in immediate transactions (one article, or a batch of
 * them), so concurrent ingests serialise their writes and a killed process
 * loses only the articles of the transaction it was writing.
 */
export class SqliteStore implements Store {
  /** One article, in its own immediate transaction. */
  private readonly writeOne: Database.Transaction<(item: PutItem) => PutResult>;
  /** Several articles, one after the other, in one transaction (no savepoint each: FTS5 flushes its index at every savepoint). */
  private readonly writeMany: Database.Transaction<(items: readonly PutItem[]) => PutResult[]>;

  /** Candidate clusters' reports as this connection last read or wrote them; see reportCache. */
  private readonly reports: ReportCache = new Map();
  /** PRAGMA data_version when `reports` was last known current. */
  private reportsVersion = -1;

  private constructor(readonly db: Database.Database, readonly path: string) {
    this.writeOne = db.transaction((item: PutItem) => writeArticle(db, item.input, item.record, item.contentHash, this.reportCache()));
    this.writeMany = db.transaction((items: readonly PutItem[]) => {
      const reports = this.reportCache();
      return items.map((item) => writeArticle(db, item.input, item.record, item.contentHash, reports));
    });
  }

  /**
   * The reports cache, inside a write transaction. It outlives the transaction
   * while no other connection commits: data_version changes only for others'
   * commits, and a write lock is held from here on, so a cache that survives
   * this check is current. Kept to a bounded size.
   */
  private reportCache(): ReportCache {
    const version = (sql(this.db, 'PRAGMA data_version').get() as { data_version: number }).data_version;
    if (version !== this.reportsVersion || this.reports.size > MAX_CACHED_EVENTS) {
      this.reports.clear();
      this.reportsVersion = version;
    }
    return this.reports;
  }

  /** A write failed and was rolled back: what the cache learnt in it is void. */
  private forgetReports(): void {
    this.reports.clear();
    this.reportsVersion = -1;
  }

  static open(path: string, opts: OpenOptions = {}): SqliteStore {
    return new SqliteStore(openDatabase(path, opts), path);
  }

  async putArticle(input: ArticleInput, record: ArticleRecord, contentHash: string): Promise<PutResult> {
    try {
      return this.writeOne.immediate({ input, record, contentHash });
    } catch (err) {
      this.forgetReports();
      throw err;
    }
  }

  async putArticles(items: readonly PutItem[]): Promise<BatchPutResult> {
    if (!items.length) return { stored: [] };
    try {
      return { stored: this.writeMany.immediate(items) };
    } catch {
      // nothing of the batch is committed: write its articles one to a transaction, keeping those before the one that fails
      this.forgetReports();
      const stored: PutResult[] = [];
      for (const item of items) {
        try {
          stored.push(this.writeOne.immediate(item));
        } catch (error) {
          this.forgetReports();
          return { stored, failure: { input: item.input, error } };
        }
      }
      return { stored };
    }
  }

  async articleState(id: string): Promise<ArticleState | null> {
    const r = sql(this.db, 'SELECT id, content_hash, pipeline_version FROM articles WHERE id = ?').get(id) as
      { id: string; content_hash: string; pipeline_version: string } | undefined;
    return r ? { id: r.id, contentHash: r.content_hash, pipeline: r.pipeline_version } : null;
  }

  async getArticle(id: string): Promise<StoredArticle | null> { return getArticle(this.db, id); }
  async listArticles(filter?: ArticleFilter, page?: Page): Promise<Paged<ArticleSummary>> { return listArticles(this.db, filter, page); }

  async deleteArticle(id: string): Promise<boolean> {
    try {
      return this.db.transaction(() => removeArticle(this.db, id, new Date().toISOString(), this.reportCache())).immediate();
    } catch (err) {
      this.forgetReports();
      throw err;
    }
  }

  async listEvents(filter?: EventFilter, page?: Page): Promise<Paged<CanonicalEvent>> { return listEvents(this.db, filter, page); }
  async getEvent(id: string): Promise<CanonicalEvent | null> { return getEvent(this.db, id); }
  async listQuotes(filter?: QuoteFilter, page?: Page): Promise<Paged<StoredQuote>> { return listQuotes(this.db, filter, page); }
  async listActors(filter?: ActorFilter, page?: Page): Promise<Paged<ActorSummary>> { return listActors(this.db, filter, page); }
  async getActor(id: string): Promise<ActorDetail | null> { return getActor(this.db, id); }
  async network(filter?: NetworkFilter): Promise<ActorNetwork> { return network(this.db, filter); }
  async search(text: string, page?: Page): Promise<Paged<SearchHit>> { return search(this.db, text, page); }
  async stats(): Promise<StoreStats> { return stats(this.db); }
  async articlesForReprocess(pipelineVersion: string): Promise<ReprocessItem[]> { return articlesForReprocess(this.db, pipelineVersion); }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
