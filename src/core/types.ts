import type { Range, Span } from './span.js';

/** ISO 8601 date, possibly partial: `2024`, `2024-07`, `2024-07-03`. */
export type IsoDate = string;

/** ISO 3166-1 alpha-2 code, upper case. */
export type CountryCode = string;

/** How a fact was obtained: the rule that produced it and how sure we are. */
export interface Provenance {
  /** Stable rule id, e.g. `mentions/kb-alias`, `events/met-with`. */
  rule: string;
  /** 0..1 */
  confidence: number;
}

export interface Sentence {
  /** Range in the cleaned text. */
  range: Range;
  /** Index of the paragraph that holds it. */
  paragraph: number;
}

export type MentionType = 'person' | 'organization' | 'place' | 'country';

/** How a mention was found. */
export type MentionVia =
  | 'alias' // a knowledge-base alias
  | 'title-name' // "Foreign Minister Wang Yi" for someone the base does not know
  | 'apposition' // "Yuri Ushakov, the Russian presidential advisor"
  | 'surname' // "Lavrov" after "Sergey Lavrov"
  | 'description' // "the Russian foreign minister", "his Chinese counterpart"
  | 'pronoun' // "he", "she"
  | 'demonym' // "Chinese" → CN
  | 'metonym' // "Moscow said", "the Kremlin"
  | 'dateline';

export interface Mention extends Provenance {
  id: string;
  type: MentionType;
  /** Range in the cleaned text. */
  range: Range;
  /** The text as written. */
  surface: string;
  /** Canonical name (the knowledge base's, or the normalised surface). */
  name: string;
  /** Knowledge-base id when resolved. */
  entityId?: string;
  country?: CountryCode;
  /** Role held on the article's date, e.g. "foreign minister". */
  role?: string;
  via: MentionVia;
  /** For descriptions and pronouns: the mention they were resolved to. */
  refersTo?: string;
}

export type DateHow =
  | 'explicit' // "July 3, 2024"
  | 'relative' // "on Monday", "last week" against the reference date
  | 'anniversary' // "the 75th anniversary of diplomatic relations"
  | 'gathering' // a known gathering's dates
  | 'metadata' // the publication date that came with the article
  | 'timestamp' // a trailing timestamp in the text
  | 'dateline'
  | 'reference'; // the reference date itself ("today")

export interface DateValue {
  /** Most specific date the evidence allows. */
  value: IsoDate;
  /** Last day of a range ("July 3 and 4"). */
  end?: IsoDate;
  how: DateHow;
}

export interface DateMention extends Provenance, DateValue {
  id: string;
  range: Range;
  surface: string;
}

/** Someone or something that takes part in an event or speaks. */
export interface Actor {
  kind: 'person' | 'organization' | 'country';
  name?: string;
  country?: CountryCode;
  entityId?: string;
  role?: string;
  /** The mention that names it. */
  mention?: string;
}

export interface Place {
  name: string;
  country?: CountryCode;
  entityId?: string;
  lat?: number;
  lon?: number;
}

export type EventKind = 'meeting' | 'call' | 'visit' | 'summit' | 'signing';
export type EventStatus = 'occurred' | 'planned' | 'cancelled' | 'postponed';

export interface Occasion {
  name: string;
  entityId?: string;
}

export interface DiplomaticEvent extends Provenance {
  id: string;
  kind: EventKind;
  status: EventStatus;
  participants: Actor[];
  /** For visits: the host country. */
  host?: CountryCode;
  date: (DateValue & { range?: Range }) | null;
  location: (Place & { range?: Range }) | null;
  occasion: (Occasion & { range?: Range }) | null;
  /** Sentences (cleaned-text ranges) that support the event. */
  support: Range[];
}

export interface Quote extends Provenance {
  id: string;
  /** The statement's text (cleaned). */
  text: string;
  range: Range;
  direct: boolean;
  speaker: Actor | null;
  /** The speech verb or cue ("said", "according to"). */
  cue?: Range;
}

export type Severity = 'info' | 'warning' | 'error';

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** Raw-text span when the diagnostic is about a place in the article. */
  span?: Span;
}
