import { z } from 'zod';

/** zod schemas for the files in data/; messages are written for the person editing them. */

const isoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
  message: 'expected ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
});
const countryCode = z.string().regex(/^[A-Z]{2}$/, { message: 'expected a country code of two capital letters (ISO 3166-1 alpha-2)' });
const name = z.string().trim().min(1, { message: 'expected a non-empty name' });
const aliases = z.array(name).default([]);
const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*$`, 'u'), {
    message: `expected an id like "${prefix}:some-name" (lower case, digits, . _ -)`,
  });

export const roleSchema = z.object({
  title: name,
  of: z.string().regex(/^([A-Z]{2}|org:[\p{L}\p{N}._-]+)$/u, { message: 'expected a country code ("CN") or an organization id ("org:sco")' }),
  to_country: countryCode.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const personSchema = z.object({
  id: id('person'),
  name,
  aliases,
  gender: z.enum(['m', 'f']).optional(),
  country: countryCode,
  roles: z.array(roleSchema).default([]),
});

export const ORGANIZATION_KINDS = [
  'igo', 'ministry', 'government', 'party', 'armed-group', 'news-agency', 'company', 'ngo', 'legislature', 'court', 'other',
] as const;

export const organizationSchema = z.object({
  id: id('org'),
  name,
  acronym: name.optional(),
  aliases,
  kind: z.enum(ORGANIZATION_KINDS),
  country: countryCode.optional(),
  members: z.array(z.object({ country: countryCode, from: isoDate.optional(), to: isoDate.optional() })).optional(),
});

export const countrySchema = z.object({
  code: countryCode,
  name,
  aliases,
  adjectives: aliases,
  capital: name.optional(),
  seats: z.array(name).optional(),
});

export const citySchema = z.object({
  id: id('city'),
  name,
  aliases,
  country: countryCode,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  population: z.number().int().nonnegative().optional(),
  kind: z.enum(['city', 'region', 'venue']).optional(),
  ambiguous: z.boolean().optional(),
});

export const gatheringSchema = z.object({
  id: id('gathering'),
  org: z.string().min(1),
  series: name,
  sides: z.array(countryCode).length(2).optional(),
  name,
  level: z.enum(['summit', 'ministerial', 'other']),
  city: name.optional(),
  country: countryCode.optional(),
  start: isoDate.optional(),
  end: isoDate.optional(),
  year: z.number().int().min(1800).max(2200),
  aliases: z.array(name).optional(),
  planned: z.boolean().optional(),
});

export const anniversarySchema = z.object({
  id: id('anniv'),
  what: name,
  keys: z.array(name).min(1, { message: 'expected at least one key phrase' }),
  date: isoDate,
  countries: z.array(countryCode).optional(),
  org: z.string().optional(),
});

/** The compact form of a generated city file: one array per city, in `columns` order. */
export const cityTableSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
});

/** Columns of the compact city table, in order; trailing empty cells may be left out. */
export const CITY_COLUMNS = ['id', 'name', 'aliases', 'country', 'lat', 'lon', 'population', 'kind', 'ambiguous'] as const;
/**
 * Rows of the compact city table, validated as one array: several times
 * faster than one object parse per city, which matters for the ~26k built-in
 * cities read on every start. The rules are citySchema's, with a plainer id
 * pattern (the table is generated; scripts/build-kb-cities.mjs makes the ids).
 */
export const cityRowsSchema = z.array(
  z.tuple([
    z.string().regex(/^city:\S+$/, { message: 'expected an id like "city:fr-lyon"' }),
    z.string().min(1, { message: 'expected a non-empty name' }),
    z.array(z.string().min(1, { message: 'expected a non-empty name' })),
    countryCode,
    z.number().min(-90).max(90),
    z.number().min(-180).max(180),
    z.number().int().nonnegative().nullable().optional(),
    z.enum(['city', 'region', 'venue']).nullable().optional(),
    z.boolean().nullable().optional(),
  ]),
);
