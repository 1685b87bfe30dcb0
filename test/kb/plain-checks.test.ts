import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { z } from 'zod';
import { BUILTIN_DATA_DIR } from '../../src/kb/load.js';
import { BAD, plainChecks } from '../../src/kb/plain-checks.js';
import { anniversarySchema, citySchema, countrySchema, gatheringSchema, organizationSchema, personSchema } from '../../src/kb/schema.js';

const SCHEMAS: Record<keyof typeof plainChecks, z.ZodType> = {
  people: personSchema, organizations: organizationSchema, countries: countrySchema,
  cities: citySchema, gatherings: gatheringSchema, anniversaries: anniversarySchema,
};

/** The raw records of a built-in folder (the city table is read elsewhere: its rows are not records). */
function rawRecords(folder: string): unknown[] {
  const dir = join(BUILTIN_DATA_DIR, folder);
  const out: unknown[] = [];
  for (const file of readdirSync(dir).filter((f) => /\.jsonl?$/.test(f))) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (file.endsWith('.jsonl')) {
      for (const line of text.split('\n')) if (line.trim() && !line.trim().startsWith('//')) out.push(JSON.parse(line));
    } else {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) out.push(...parsed);
    }
  }
  return out;
}

/** The plain check agrees with zod: the same output (keys in the same order) when zod accepts, BAD when zod rejects. */
function assertAgrees(folder: keyof typeof plainChecks, value: unknown, what: string): void {
  const zod = SCHEMAS[folder].safeParse(value);
  const plain = plainChecks[folder](value);
  if (!zod.success) assert.equal(plain, BAD, `${what}: zod rejects, the plain check accepts`);
  else assert.equal(JSON.stringify(plain), JSON.stringify(zod.data), `${what}: outputs differ`);
}

test('plain checks give what zod gives for every built-in record', () => {
  let n = 0;
  for (const folder of Object.keys(plainChecks) as (keyof typeof plainChecks)[]) {
    for (const [i, record] of rawRecords(folder).entries()) {
      assertAgrees(folder, record, `${folder} ${i + 1}`);
      n++;
    }
  }
  assert.ok(n > 3000, `records checked: ${n}`);
});

test('plain checks trim names, fill defaults and drop unknown keys as zod does', () => {
  const person = { id: 'person:x-y', name: '  Xi Y ', country: 'CN', extra: 1, roles: [{ title: ' president ', of: 'CN', note: 'x' }] };
  assertAgrees('people', person, 'person');
  assert.deepEqual(plainChecks.people(person), { id: 'person:x-y', name: 'Xi Y', aliases: [], country: 'CN', roles: [{ title: 'president', of: 'CN' }] });
});

test('plain checks reject whatever zod rejects', () => {
  const good = {
    people: { id: 'person:a', name: 'A B', aliases: ['B'], gender: 'f', country: 'FR', roles: [{ title: 'minister', of: 'org:un', to_country: 'US', from: '2020-01', to: '2021' }] },
    organizations: { id: 'org:a', name: 'A', acronym: 'AA', aliases: [], kind: 'igo', country: 'FR', members: [{ country: 'FR', from: '1990' }] },
    countries: { code: 'FR', name: 'France', aliases: [], adjectives: ['French'], capital: 'Paris', seats: ['Elysee'] },
    cities: { id: 'city:fr-paris', name: 'Paris', aliases: [], country: 'FR', lat: 48.8, lon: 2.3, population: 2000000, kind: 'city', ambiguous: false },
    gatherings: { id: 'gathering:g', org: 'org:a', series: 'S', name: 'S 2020', level: 'summit', city: 'Paris', country: 'FR', start: '2020-01-02', end: '2020-01-03', year: 2020, aliases: ['G'], planned: true },
    anniversaries: { id: 'anniv:a', what: 'W', keys: ['k'], date: '1990-10-03', countries: ['DE'], org: 'org:a' },
  } as const;
  const spoilers: unknown[] = [undefined, null, '', '  ', 'xx', 'XX1', 1.5, -1, 3000, 1799, true, [], [''], {}, '2020-13', 'city:', 'unknown-kind'];
  let rejected = 0;
  for (const folder of Object.keys(good) as (keyof typeof good)[]) {
    const record = good[folder] as Record<string, unknown>;
    assertAgrees(folder, record, `${folder} good`);
    assert.notEqual(plainChecks[folder](record), BAD, `${folder} good record passes`);
    for (const key of Object.keys(record)) {
      for (const spoiler of spoilers) {
        const spoiled = { ...record, [key]: spoiler };
        assertAgrees(folder, spoiled, `${folder}.${key} = ${JSON.stringify(spoiler)}`);
        if (plainChecks[folder](spoiled) === BAD) rejected++;
      }
    }
    for (const spoiler of [null, [], 'x', [record]]) assertAgrees(folder, spoiler, `${folder} as ${JSON.stringify(spoiler)}`);
  }
  assert.ok(rejected > 300, `spoiled records rejected: ${rejected}`);
});
