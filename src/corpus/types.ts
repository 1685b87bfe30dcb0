import type { CountryCode, EventKind, EventStatus, IsoDate } from '../core/types.js';

/**
 * The shapes the merge works on. They mirror the store's types (src/store/types.ts)
 * structurally, so the corpus depends on the core only.
 */
export type ActorKind = 'person' | 'organization' | 'country';

export interface ActorRef {
  id: string;
  kind: ActorKind;
  name: string;
  country?: CountryCode;
}

export interface EventPlace {
  name: string;
  country?: CountryCode;
  id?: string;
  lat?: number;
  lon?: number;
}

export interface EventOccasion {
  name: string;
  id?: string;
}

/** One article's report of an event, with participants already resolved to canonical actors. */
export interface MergeReport {
  reportId: string;
  articleId: string;
  /** The article's publication date: places an undated report in time. */
  published: IsoDate | null;
  kind: EventKind;
  status: EventStatus;
  date: IsoDate | null;
  date_end?: IsoDate;
  location: EventPlace | null;
  occasion: EventOccasion | null;
  actors: ActorRef[];
}

/** A stored canonical event offered as a place for a new report. */
export interface ClusterCandidate {
  eventId: string;
  reports: MergeReport[];
}

export interface Agreement<T> {
  value: T;
  agree: string[];
  of: number;
  conflicts: { value: T; sources: string[] }[];
}

export interface CanonicalValues {
  kind: EventKind;
  status: EventStatus;
  date: IsoDate | null;
  date_end?: IsoDate;
  location: EventPlace | null;
  occasion: EventOccasion | null;
  participants: (ActorRef & { sources: number })[];
  countries: CountryCode[];
  agreement: {
    kind: Agreement<EventKind>;
    status: Agreement<EventStatus>;
    date: Agreement<IsoDate | null>;
    location: Agreement<EventPlace | null>;
    occasion: Agreement<EventOccasion | null>;
  };
}
