import { OffsetMap } from './offset-map.js';
import type { Range, Span } from './span.js';
import type {
  DateMention, DateValue, Diagnostic, DiplomaticEvent, IsoDate, Mention, Place, Quote, Sentence,
} from './types.js';

/** One article as it was read, before any processing. */
export interface ArticleInput {
  id: string;
  /** The exact text read (decoded); every evidence span points into it. */
  text: string;
  title?: string;
  url?: string;
  /** Publication date that came as metadata, outside the text. */
  published?: IsoDate | null;
  /** Where it was read from: a path, `path:line` for JSONL, `-` for stdin. */
  source?: string;
  /** Diagnostics from reading (bad encoding, replaced bytes...). */
  diagnostics?: Diagnostic[];
}

/**
 * The document that travels through every stage. `raw` is never changed;
 * `text` is the cleaned view and `offsets` maps it back to `raw`. Layers hold
 * ranges into `text`; the record stage turns them into raw spans.
 */
export interface Doc {
  id: string;
  raw: string;
  title?: string;
  url?: string;
  source?: string;
  metadataDate: IsoDate | null;
  text: string;
  offsets: OffsetMap;
  /** Publication date found (metadata, trailing timestamp, dateline), with how. */
  published: (DateValue & { range?: Range }) | null;
  /** Date that relative expressions resolve against (published, else none). */
  referenceDate: IsoDate | null;
  /** Place named by a dateline ("TASHKENT:"), if any. */
  dateline: (Place & { range: Range }) | null;
  /** Month and day a dateline gives without a year ("MOSCOW, April 24. /TASS/."), if any. */
  datelineDay?: { month: number; day: number };
  /** Captions of file photos kept in `text`: their names count, the old events they show do not. */
  captions?: Range[];
  /** Paragraph ranges in `text`. */
  paragraphs: Range[];
  sentences: Sentence[];
  mentions: Mention[];
  dates: DateMention[];
  events: DiplomaticEvent[];
  quotes: Quote[];
  diagnostics: Diagnostic[];
}

/** A fresh Doc whose cleaned view is the raw text itself (stages fill the rest). */
export function createDoc(input: ArticleInput): Doc {
  return {
    id: input.id,
    raw: input.text,
    title: input.title,
    url: input.url,
    source: input.source,
    metadataDate: input.published ?? null,
    text: input.text,
    offsets: OffsetMap.identity(input.text.length),
    published: input.published ? { value: input.published, how: 'metadata' } : null,
    referenceDate: input.published ?? null,
    dateline: null,
    paragraphs: [],
    sentences: [],
    mentions: [],
    dates: [],
    events: [],
    quotes: [],
    diagnostics: [...(input.diagnostics ?? [])],
  };
}

/** The cleaned text of a range. */
export const textOf = (doc: Doc, range: Range): string => doc.text.slice(range.start, range.end);

/** Raw-text evidence span of a cleaned-text range. */
export const evidenceOf = (doc: Doc, range: Range): Span => doc.offsets.rangeToRaw(range);
