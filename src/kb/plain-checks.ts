/**
 * Plain-function twins of the record schemas in schema.ts, for loading:
 * zod was about a third of a cold knowledge-base load. Each check returns
 * exactly what its schema's parse returns (names trimmed, defaults filled,
 * unknown keys dropped, keys in schema order) or BAD for anything the schema
 * might reject; the loader then asks zod, whose message names the problem.
 * test/kb/plain-checks.test.ts holds them equal to the schemas.
 */
import { ORGANIZATION_KINDS } from './schema.js';

export const BAD: unique symbol = Symbol('bad');
type Check = (value: unknown) => unknown;
/** How a missing key is treated: required, left out, or filled with a fresh default. */
type Field = [key: string, check: Check, missing: 'required' | 'optional' | (() => unknown)];

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;
const ROLE_OF = /^([A-Z]{2}|org:[\p{L}\p{N}._-]+)$/u;

const name: Check = (v) => {
  if (typeof v !== 'string') return BAD;
  const t = v.trim();
  return t.length ? t : BAD;
};
const matching = (re: RegExp): Check => (v) => (typeof v === 'string' && re.test(v) ? v : BAD);
const oneOf = (values: readonly string[]): Check => (v) => (typeof v === 'string' && values.includes(v) ? v : BAD);
const nonEmptyString: Check = (v) => (typeof v === 'string' && v.length > 0 ? v : BAD);
const boolean: Check = (v) => (typeof v === 'boolean' ? v : BAD);
const yearNumber: Check = (v) => (Number.isSafeInteger(v) && (v as number) >= 1800 && (v as number) <= 2200 ? v : BAD);
const id = (prefix: string) => matching(new RegExp(`^${prefix}:[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*$`, 'u'));
const isoDate = matching(ISO_DATE);
const countryCode = matching(COUNTRY_CODE);
const noItems = () => [];

function arrayOf(item: Check, min = 0): Check {
  return (v) => {
    if (!Array.isArray(v) || v.length < min) return BAD;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = item(v[i]);
      if (x === BAD) return BAD;
      out[i] = x;
    }
    return out;
  };
}

function object(fields: Field[]): Check {
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return BAD;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, check, missing] of fields) {
      const x = input[key];
      if (x === undefined) {
        if (missing === 'required') return BAD;
        if (missing !== 'optional') out[key] = missing();
        continue;
      }
      const r = check(x);
      if (r === BAD) return BAD;
      out[key] = r;
    }
    return out;
  };
}

const aliases = arrayOf(name);
const role = object([
  ['title', name, 'required'],
  ['of', matching(ROLE_OF), 'required'],
  ['to_country', countryCode, 'optional'],
  ['from', isoDate, 'optional'],
  ['to', isoDate, 'optional'],
]);

export const plainChecks = {
  people: object([
    ['id', id('person'), 'required'],
    ['name', name, 'required'],
    ['aliases', aliases, noItems],
    ['gender', oneOf(['m', 'f']), 'optional'],
    ['country', countryCode, 'required'],
    ['roles', arrayOf(role), noItems],
  ]),
  organizations: object([
    ['id', id('org'), 'required'],
    ['name', name, 'required'],
    ['acronym', name, 'optional'],
    ['aliases', aliases, noItems],
    ['kind', oneOf(ORGANIZATION_KINDS), 'required'],
    ['country', countryCode, 'optional'],
    ['members', arrayOf(object([['country', countryCode, 'required'], ['from', isoDate, 'optional'], ['to', isoDate, 'optional']])), 'optional'],
  ]),
  countries: object([
    ['code', countryCode, 'required'],
    ['name', name, 'required'],
    ['aliases', aliases, noItems],
    ['adjectives', aliases, noItems],
    ['capital', name, 'optional'],
    ['seats', arrayOf(name), 'optional'],
  ]),
  cities: object([
    ['id', id('city'), 'required'],
    ['name', name, 'required'],
    ['aliases', aliases, noItems],
    ['country', countryCode, 'required'],
    ['lat', (v) => (typeof v === 'number' && v >= -90 && v <= 90 ? v : BAD), 'required'],
    ['lon', (v) => (typeof v === 'number' && v >= -180 && v <= 180 ? v : BAD), 'required'],
    ['population', (v) => (Number.isSafeInteger(v) && (v as number) >= 0 ? v : BAD), 'optional'],
    ['kind', oneOf(['city', 'region', 'venue']), 'optional'],
    ['ambiguous', boolean, 'optional'],
  ]),
  gatherings: object([
    ['id', id('gathering'), 'required'],
    ['org', nonEmptyString, 'required'],
    ['series', name, 'required'],
    ['sides', (v) => (Array.isArray(v) && v.length === 2 ? arrayOf(countryCode)(v) : BAD), 'optional'],
    ['name', name, 'required'],
    ['level', oneOf(['summit', 'ministerial', 'other']), 'required'],
    ['city', name, 'optional'],
    ['country', countryCode, 'optional'],
    ['start', isoDate, 'optional'],
    ['end', isoDate, 'optional'],
    ['year', yearNumber, 'required'],
    ['aliases', arrayOf(name), 'optional'],
    ['planned', boolean, 'optional'],
  ]),
  anniversaries: object([
    ['id', id('anniv'), 'required'],
    ['what', name, 'required'],
    ['keys', arrayOf(name, 1), 'required'],
    ['date', isoDate, 'required'],
    ['countries', arrayOf(countryCode), 'optional'],
    ['org', (v) => (typeof v === 'string' ? v : BAD), 'optional'],
  ]),
} satisfies Record<string, Check>;
