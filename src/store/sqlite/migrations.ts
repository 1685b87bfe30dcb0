/**
 * The schema, one migration per version, applied in order and recorded in
 * `schema_migrations`. Names are meant to be read in any SQLite tool.
 * Never edit a released migration: add the next one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, actors, mentions, canonical events, event reports, quotes, evidence, full-text search',
    sql: `
CREATE TABLE articles (
  id               TEXT PRIMARY KEY,
  title            TEXT,
  url              TEXT,
  source           TEXT,
  metadata_date    TEXT,             -- the publication date that came with the input
  published        TEXT,             -- the publication date the pipeline settled on
  content_hash     TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  text             TEXT NOT NULL,    -- raw text: every evidence span points into it
  record_json      TEXT NOT NULL,    -- the article record as extracted
  diagnostics_json TEXT NOT NULL DEFAULT '[]',
  stored_at        TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_pipeline ON articles (pipeline_version);

-- one canonical actor per knowledge-base entity, per country, or per normalised name and country
CREATE TABLE actors (
  id        TEXT PRIMARY KEY,
  kind      TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'country')),
  name      TEXT NOT NULL,
  country   TEXT,
  entity_id TEXT
);
CREATE INDEX actors_country ON actors (country);

CREATE TABLE mentions (
  id           TEXT PRIMARY KEY,
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  type         TEXT NOT NULL,        -- person | organization | place | country
  actor_id     TEXT REFERENCES actors (id),
  name         TEXT NOT NULL,
  country      TEXT,
  entity_id    TEXT,
  role         TEXT,
  aliases_json TEXT NOT NULL DEFAULT '[]',
  lat          REAL,
  lon          REAL,
  rule         TEXT,
  confidence   REAL
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_actor ON mentions (actor_id);

-- canonical events: every report of one event merged; values voted, conflicts kept in agreement_json
CREATE TABLE events (
  id               TEXT PRIMARY KEY,
  kind             TEXT NOT NULL,
  status           TEXT NOT NULL,
  date             TEXT,
  date_end         TEXT,
  day_from         TEXT,             -- first and last day the date covers, for range queries
  day_to           TEXT,
  location_name    TEXT,
  location_country TEXT,
  location_id      TEXT,
  location_lat     REAL,
  location_lon     REAL,
  occasion_name    TEXT,
  occasion_id      TEXT,
  countries        TEXT NOT NULL DEFAULT '',   -- ",CN,RU," for containment tests
  source_count     INTEGER NOT NULL,
  agreement_json   TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX events_day ON events (day_from, day_to);

CREATE TABLE event_participants (
  event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL REFERENCES actors (id),
  sources  INTEGER NOT NULL,         -- how many reports name this participant
  PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX event_participants_actor ON event_participants (actor_id);

-- what one article said about an event
CREATE TABLE event_reports (
  id               TEXT PRIMARY KEY, -- article id # record event id
  article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  event_id         TEXT NOT NULL REFERENCES events (id) DEFERRABLE INITIALLY DEFERRED, -- the event row is written after its reports
  kind             TEXT NOT NULL,
  status           TEXT NOT NULL,
  date             TEXT,
  date_end         TEXT,
  date_how         TEXT,
  published        TEXT,
  location_name    TEXT,
  location_country TEXT,
  location_id      TEXT,
  location_lat     REAL,
  location_lon     REAL,
  occasion_name    TEXT,
  occasion_id      TEXT,
  host             TEXT,
  rule             TEXT,
  confidence       REAL,
  position         INTEGER NOT NULL  -- order within the article
);
CREATE INDEX event_reports_article ON event_reports (article_id);
CREATE INDEX event_reports_event ON event_reports (event_id);

CREATE TABLE report_participants (
  report_id TEXT NOT NULL REFERENCES event_reports (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  actor_id  TEXT REFERENCES actors (id),
  name      TEXT,
  country   TEXT,
  entity_id TEXT,
  role      TEXT,
  PRIMARY KEY (report_id, position)
);
CREATE INDEX report_participants_actor ON report_participants (actor_id);

CREATE TABLE quotes (
  id               TEXT PRIMARY KEY, -- article id # record quote id
  article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  speaker_actor_id TEXT REFERENCES actors (id),
  speaker_name     TEXT,
  speaker_country  TEXT,
  speaker_role     TEXT,
  text             TEXT NOT NULL,
  direct           INTEGER NOT NULL,
  rule             TEXT,
  confidence       REAL,
  position         INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker_actor_id);

-- evidence spans (UTF-16 offsets into articles.text) of mentions, event reports and quotes
CREATE TABLE evidence (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  fact_type  TEXT NOT NULL,          -- mention | event_report | quote
  fact_id    TEXT NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL
);
CREATE INDEX evidence_fact ON evidence (fact_id);
CREATE INDEX evidence_article ON evidence (article_id);

-- full-text search: rowids are those of articles and quotes; the trigram tables hold only texts with CJK
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE articles_trigram USING fts5 (title, text, tokenize = 'trigram');
CREATE VIRTUAL TABLE quotes_trigram USING fts5 (text, tokenize = 'trigram');
`,
  },
  {
    version: 2,
    name: 'merge candidate lookup: report places, event day spans',
    sql: `
CREATE INDEX event_reports_location ON event_reports (location_name COLLATE NOCASE);
-- days the canonical date covers (1 for a day, ~30 a month, 365 a year): the few long ones are looked up apart
ALTER TABLE events ADD COLUMN day_span INTEGER;
UPDATE events SET day_span = CAST(julianday(day_to) - julianday(day_from) AS INTEGER) + 1 WHERE day_from IS NOT NULL;
CREATE INDEX events_day_span ON events (day_span);
`,
  },
];
