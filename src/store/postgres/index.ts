import type pg from 'pg';
import type { ArticleInput } from '../../core/doc.js';
import type { ArticleRecord } from '../../core/record.js';
import type {
  ActorDetail, ActorFilter, ActorNetwork, ActorSummary, ArticleFilter, ArticleState, ArticleSummary, CanonicalEvent, EventFilter,
  NetworkFilter, Page, Paged, PutResult, QuoteFilter, ReprocessItem, SearchHit, Store, StoreStats, StoredArticle, StoredQuote,
} from '../types.js';
import { connectPostgres, maskUrl, type PgOptions } from './connect.js';
import { ClusterCache } from './event-clusters.js';
import { getActor, listActors, network } from './read-actors.js';
import { articlesForReprocess, getArticle, listArticles, listQuotes, search, stats } from './read-articles.js';
import { getEvent, listEvents } from './read-events.js';
import { one, transaction } from './sql.js';
import { lockMerges, removeArticle, writeArticle } from './write-article.js';

export { isPostgresUrl, maskUrl, type PgOptions } from './connect.js';

/**
 * The shared store: one PostgreSQL database that many ingest workers and API
 * servers use at once. Each article is written in one transaction (facts in
 * parallel, merges under an advisory lock), so a process that dies loses only
 * the article it was writing. The store holds a pool and no other state.
 */
export class PostgresStore implements Store {
  /** Clusters read by this process's merges (see ClusterCache). */
  private readonly clusters = new ClusterCache();

  private constructor(readonly pool: pg.Pool, readonly url: string) {}

  static async open(url: string, opts: PgOptions = {}): Promise<PostgresStore> {
    return new PostgresStore(await connectPostgres(url, opts), maskUrl(url));
  }

  async putArticle(input: ArticleInput, record: ArticleRecord, contentHash: string): Promise<PutResult> {
    return transaction(this.pool, (c) => writeArticle(c, input, record, contentHash, this.clusters));
  }

  async articleState(id: string): Promise<ArticleState | null> {
    const r = await one<{ id: string; content_hash: string; pipeline_version: string }>(this.pool,
      'SELECT id, content_hash, pipeline_version FROM articles WHERE id = ?', [id]);
    return r ? { id: r.id, contentHash: r.content_hash, pipeline: r.pipeline_version } : null;
  }

  async getArticle(id: string): Promise<StoredArticle | null> { return getArticle(this.pool, id); }
  async listArticles(filter?: ArticleFilter, page?: Page): Promise<Paged<ArticleSummary>> { return listArticles(this.pool, filter, page); }

  async deleteArticle(id: string): Promise<boolean> {
    return transaction(this.pool, async (c) => {
      await lockMerges(c);
      return removeArticle(c, id, new Date().toISOString(), this.clusters);
    });
  }

  async listEvents(filter?: EventFilter, page?: Page): Promise<Paged<CanonicalEvent>> { return listEvents(this.pool, filter, page); }
  async getEvent(id: string): Promise<CanonicalEvent | null> { return getEvent(this.pool, id); }
  async listQuotes(filter?: QuoteFilter, page?: Page): Promise<Paged<StoredQuote>> { return listQuotes(this.pool, filter, page); }
  async listActors(filter?: ActorFilter, page?: Page): Promise<Paged<ActorSummary>> { return listActors(this.pool, filter, page); }
  async getActor(id: string): Promise<ActorDetail | null> { return getActor(this.pool, id); }
  async network(filter?: NetworkFilter): Promise<ActorNetwork> { return network(this.pool, filter); }
  async search(text: string, page?: Page): Promise<Paged<SearchHit>> { return search(this.pool, text, page); }
  async stats(): Promise<StoreStats> { return stats(this.pool); }
  async articlesForReprocess(pipelineVersion: string): Promise<ReprocessItem[]> { return articlesForReprocess(this.pool, pipelineVersion); }

  private closed = false;
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
