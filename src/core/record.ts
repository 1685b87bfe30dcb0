import type { Span } from './span.js';
import type {
  CountryCode, DateHow, Diagnostic, EventKind, EventStatus, IsoDate,
} from './types.js';

/**
 * The article record: the output contract of `readout extract --format jsonl`
 * (see the evaluation README). Every fact carries evidence spans into the raw text.
 */
export interface Evidenced {
  evidence: Span[];
  rule: string;
  confidence: number;
}

export interface RecordActor {
  name?: string;
  country?: CountryCode;
  id?: string;
  role?: string;
}

export interface RecordPerson extends Evidenced {
  name: string;
  country?: CountryCode;
  id?: string;
  role?: string;
  gender?: 'm' | 'f';
  /** Every spelling the article used. */
  aliases: string[];
}

export interface RecordOrganization extends Evidenced {
  name: string;
  id?: string;
  acronym?: string;
  aliases: string[];
}

export interface RecordPlace extends Evidenced {
  name: string;
  country?: CountryCode;
  id?: string;
  lat?: number;
  lon?: number;
  aliases: string[];
}

export interface RecordEvent extends Evidenced {
  id: string;
  kind: EventKind;
  status: EventStatus;
  participants: RecordActor[];
  host?: CountryCode;
  date: IsoDate | null;
  date_end?: IsoDate;
  date_how?: DateHow;
  location: { name: string; country?: CountryCode; id?: string; lat?: number; lon?: number } | null;
  occasion: { name: string; id?: string } | null;
}

export interface RecordQuote extends Evidenced {
  id: string;
  speaker: RecordActor | null;
  text: string;
  direct: boolean;
}

export interface ArticleRecord {
  id: string;
  title?: string;
  url?: string;
  source?: string;
  published: IsoDate | null;
  published_how?: DateHow;
  persons: RecordPerson[];
  organizations: RecordOrganization[];
  places: RecordPlace[];
  countries: CountryCode[];
  events: RecordEvent[];
  quotes: RecordQuote[];
  diagnostics: Diagnostic[];
  /** Version of the pipeline that produced the record. */
  pipeline: string;
}
