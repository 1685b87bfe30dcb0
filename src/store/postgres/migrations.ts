/**
 * The PostgreSQL schema: the SQLite store's migrations, version for version,
 * with PostgreSQL types and tsvector columns (GIN-indexed) in place of the
 * FTS5 tables. Never edit a released migration: add the next one, here and
 * in src/store/sqlite/migrations.ts. Text columns use the "C" collation:
 * bytewise order and comparison, as in SQLite, whatever the server's locale.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, actors, mentions, canonical events, event reports, quotes, evidence, full-text search',
    sql: `
CREATE TABLE articles (
  id               TEXT COLLATE "C" PRIMARY KEY,
  title            TEXT COLLATE "C",
  url              TEXT COLLATE "C",
  source           TEXT COLLATE "C",
  metadata_date    TEXT COLLATE "C",
  published        TEXT COLLATE "C",
  content_hash     TEXT COLLATE "C" NOT NULL,
  pipeline_version TEXT COLLATE "C" NOT NULL,
  text             TEXT COLLATE "C" NOT NULL,
  record_json      TEXT COLLATE "C" NOT NULL,
  diagnostics_json TEXT COLLATE "C" NOT NULL DEFAULT '[]',
  stored_at        TEXT COLLATE "C" NOT NULL,
  -- words of title and text; 'simple' keeps every word as written (no stemming), like FTS5's unicode61
  search           tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_pipeline ON articles (pipeline_version);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE actors (
  id        TEXT COLLATE "C" PRIMARY KEY,
  kind      TEXT COLLATE "C" NOT NULL CHECK (kind IN ('person', 'organization', 'country')),
  name      TEXT COLLATE "C" NOT NULL,
  country   TEXT COLLATE "C",
  entity_id TEXT COLLATE "C"
);
CREATE INDEX actors_country ON actors (country);

CREATE TABLE mentions (
  id           TEXT COLLATE "C" PRIMARY KEY,
  article_id   TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  type         TEXT COLLATE "C" NOT NULL,
  actor_id     TEXT COLLATE "C" REFERENCES actors (id),
  name         TEXT COLLATE "C" NOT NULL,
  country      TEXT COLLATE "C",
  entity_id    TEXT COLLATE "C",
  role         TEXT COLLATE "C",
  aliases_json TEXT COLLATE "C" NOT NULL DEFAULT '[]',
  lat          DOUBLE PRECISION,
  lon          DOUBLE PRECISION,
  rule         TEXT COLLATE "C",
  confidence   DOUBLE PRECISION
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_actor ON mentions (actor_id);

CREATE TABLE events (
  id               TEXT COLLATE "C" PRIMARY KEY,
  kind             TEXT COLLATE "C" NOT NULL,
  status           TEXT COLLATE "C" NOT NULL,
  date             TEXT COLLATE "C",
  date_end         TEXT COLLATE "C",
  day_from         TEXT COLLATE "C",
  day_to           TEXT COLLATE "C",
  location_name    TEXT COLLATE "C",
  location_country TEXT COLLATE "C",
  location_id      TEXT COLLATE "C",
  location_lat     DOUBLE PRECISION,
  location_lon     DOUBLE PRECISION,
  occasion_name    TEXT COLLATE "C",
  occasion_id      TEXT COLLATE "C",
  countries        TEXT COLLATE "C" NOT NULL DEFAULT '',
  source_count     INTEGER NOT NULL,
  agreement_json   TEXT COLLATE "C" NOT NULL,
  created_at       TEXT COLLATE "C" NOT NULL,
  updated_at       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX events_day ON events (day_from, day_to);

CREATE TABLE event_participants (
  event_id TEXT COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  actor_id TEXT COLLATE "C" NOT NULL REFERENCES actors (id),
  sources  INTEGER NOT NULL,
  PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX event_participants_actor ON event_participants (actor_id);

CREATE TABLE event_reports (
  id               TEXT COLLATE "C" PRIMARY KEY,
  article_id       TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  event_id         TEXT COLLATE "C" NOT NULL REFERENCES events (id) DEFERRABLE INITIALLY DEFERRED,
  kind             TEXT COLLATE "C" NOT NULL,
  status           TEXT COLLATE "C" NOT NULL,
  date             TEXT COLLATE "C",
  date_end         TEXT COLLATE "C",
  date_how         TEXT COLLATE "C",
  published        TEXT COLLATE "C",
  location_name    TEXT COLLATE "C",
  location_country TEXT COLLATE "C",
  location_id      TEXT COLLATE "C",
  location_lat     DOUBLE PRECISION,
  location_lon     DOUBLE PRECISION,
  occasion_name    TEXT COLLATE "C",
  occasion_id      TEXT COLLATE "C",
  host             TEXT COLLATE "C",
  rule             TEXT COLLATE "C",
  confidence       DOUBLE PRECISION,
  position         INTEGER NOT NULL
);
CREATE INDEX event_reports_article ON event_reports (article_id);
CREATE INDEX event_reports_event ON event_reports (event_id);

CREATE TABLE report_participants (
  report_id TEXT COLLATE "C" NOT NULL REFERENCES event_reports (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  actor_id  TEXT COLLATE "C" REFERENCES actors (id),
  name      TEXT COLLATE "C",
  country   TEXT COLLATE "C",
  entity_id TEXT COLLATE "C",
  role      TEXT COLLATE "C",
  PRIMARY KEY (report_id, position)
);
CREATE INDEX report_participants_actor ON report_participants (actor_id);

CREATE TABLE quotes (
  id               TEXT COLLATE "C" PRIMARY KEY,
  article_id       TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  speaker_actor_id TEXT COLLATE "C" REFERENCES actors (id),
  speaker_name     TEXT COLLATE "C",
  speaker_country  TEXT COLLATE "C",
  speaker_role     TEXT COLLATE "C",
  text             TEXT COLLATE "C" NOT NULL,
  direct           INTEGER NOT NULL,
  rule             TEXT COLLATE "C",
  confidence       DOUBLE PRECISION,
  position         INTEGER NOT NULL,
  search           tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker_actor_id);
CREATE INDEX quotes_search ON quotes USING gin (search);

CREATE TABLE evidence (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  fact_type  TEXT COLLATE "C" NOT NULL,
  fact_id    TEXT COLLATE "C" NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX evidence_fact ON evidence (fact_id);
CREATE INDEX evidence_article ON evidence (article_id);
`,
  },
];
