import { z } from 'zod';

/**
 * The API's edge: every query and body is parsed by one of these schemas, so a
 * bad parameter is a 400 naming it and the handlers see typed values. The
 * OpenAPI document is generated from the same schemas.
 */
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

const countryCode = z.string().regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as RU').transform((s) => s.toUpperCase());

/** "CN" or a pair "CN,RU": events of that country, or between the two. */
const countryOrPair = z
  .string()
  .regex(/^[A-Za-z]{2}(,[A-Za-z]{2})?$/, 'expected a country code (CN) or a pair (CN,RU)')
  .transform((s) => s.toUpperCase().split(','));

export const eventKinds = ['meeting', 'call', 'visit', 'summit', 'signing'] as const;
export const eventStatuses = ['occurred', 'planned', 'cancelled', 'postponed'] as const;
const actorKinds = ['person', 'organization', 'country'] as const;

const paging = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('page size, 1..500'),
  offset: z.coerce.number().int().min(0).default(0).describe('items to skip'),
};

export const eventsQuery = z.strictObject({
  country: countryOrPair.optional().describe('a country (CN) or a country pair (CN,RU): events with participants of both'),
  actor: z.string().min(1).optional().describe('actor id (person:sergey-lavrov, country:RU) or name'),
  kind: z.enum(eventKinds).optional(),
  status: z.enum(eventStatuses).optional(),
  occasion: z.string().min(1).optional().describe('occasion name, acronym or id (SCO)'),
  from: isoDate.optional().describe('events on or after this date'),
  to: isoDate.optional().describe('events on or before this date'),
  article: z.string().min(1).optional().describe('events reported by this article'),
  order: z.enum(['asc', 'desc']).default('desc'),
  ...paging,
});

export const actorsQuery = z.strictObject({
  q: z.string().min(1).optional().describe('part of a name or alias'),
  country: countryCode.optional(),
  kind: z.enum(actorKinds).optional(),
  ...paging,
});

export const quotesQuery = z.strictObject({
  q: z.string().min(1).optional().describe('words in the quote (full-text search)'),
  speaker: z.string().min(1).optional().describe('speaker actor id or part of a name'),
  article: z.string().min(1).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
  ...paging,
});

export const articlesQuery = z.strictObject({
  from: isoDate.optional().describe('published on or after'),
  to: isoDate.optional().describe('published on or before'),
  ...paging,
});

export const networkQuery = z.strictObject({
  by: z.enum(['actor', 'country']).default('actor').describe('nodes are actors (people, organizations, countries) or countries'),
  country: countryCode.optional(),
  kind: z.enum(eventKinds).optional(),
  actorKind: z.enum([...actorKinds, 'all']).default('all'),
  from: isoDate.optional(),
  to: isoDate.optional(),
  minWeight: z.coerce.number().int().min(1).max(1000).default(1).describe('edges with at least this many shared events'),
});

export const mapQuery = z.strictObject({
  country: countryOrPair.optional(),
  kind: z.enum(eventKinds).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const searchQuery = z.strictObject({
  q: z.string().min(1, 'q is required').describe('words to find in articles and quotes'),
  ...paging,
});

/** At most ~1 MB of text per article: a news article is far smaller. */
const articleText = z.string().min(1, 'text is empty').max(1_000_000, 'text is longer than 1,000,000 characters');

export const extractBody = z.strictObject({
  text: articleText,
  title: z.string().max(1000).optional(),
  url: z.string().max(2000).optional(),
  published: isoDate.nullable().optional().describe('publication date that came with the article, if any'),
  id: z.string().min(1).max(200).optional(),
});

export const ingestBody = extractBody.extend({
  id: z.string().min(1).max(200).optional().describe('article id; defaults to a hash of the text'),
});

export type EventsQuery = z.output<typeof eventsQuery>;
export type NetworkQuery = z.output<typeof networkQuery>;
export type MapQuery = z.output<typeof mapQuery>;
