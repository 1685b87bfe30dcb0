import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { ErrorCodes, ReadoutError } from '../core/errors.js';
import { buildKnowledgeBase, type KbData } from './build.js';
import { BAD, plainChecks } from './plain-checks.js';
import {
  anniversarySchema, CITY_COLUMNS, citySchema, cityRowsSchema, cityTableSchema, countrySchema, gatheringSchema, organizationSchema, personSchema,
} from './schema.js';
import type { City, KnowledgeBase } from './types.js';

/** The package root: data/ is found beside src/, wherever the process was started. */
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILTIN_DATA_DIR = join(PACKAGE_ROOT, 'data');

const FOLDERS = {
  people: { schema: personSchema, key: 'id' },
  organizations: { schema: organizationSchema, key: 'id' },
  countries: { schema: countrySchema, key: 'code' },
  cities: { schema: citySchema, key: 'id' },
  gatherings: { schema: gatheringSchema, key: 'id' },
  anniversaries: { schema: anniversarySchema, key: 'id' },
} as const;
type Folder = keyof typeof FOLDERS;

export interface LoadOptions {
  /** The built-in data folder (default: the package's data/). */
  dataDir?: string;
  /** User folders (`--kb DIR`) with the same layout; their records replace built-in ones with the same id. */
  extraDirs?: string[];
}

let memo: KnowledgeBase | undefined;

/** Loads, validates and builds the knowledge base. The default load is done once per process. */
export function loadKnowledgeBase(options: LoadOptions = {}): KnowledgeBase {
  const isDefault = !options.dataDir && !options.extraDirs?.length;
  if (isDefault && memo) return memo;
  const kb = buildKnowledgeBase(loadKbData(options));
  if (isDefault) memo = kb;
  return kb;
}

/** Reads every folder into records, user folders merged over the built-in one by id. */
export function loadKbData(options: LoadOptions = {}): KbData {
  const dirs = [options.dataDir ?? BUILTIN_DATA_DIR, ...(options.extraDirs ?? [])];
  const merged = Object.fromEntries(Object.keys(FOLDERS).map((f) => [f, new Map<string, unknown>()])) as Record<Folder, Map<string, unknown>>;
  dirs.forEach((dir, i) => {
    const builtin = i === 0 && !options.dataDir;
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new ReadoutError(ErrorCodes.KB_NOT_FOUND, `knowledge-base folder not found: ${dir}`, dir);
    }
    const present = (Object.keys(FOLDERS) as Folder[]).filter((f) => existsSync(join(dir, f)));
    if (!present.length && i > 0) {
      throw new ReadoutError(
        ErrorCodes.KB_NOT_FOUND,
        `${dir}: no knowledge-base folders in it (expected one of ${Object.keys(FOLDERS).map((f) => f + '/').join(', ')})`,
        dir,
      );
    }
    for (const folder of present) {
      for (const file of dataFiles(join(dir, folder))) {
        const shown = builtin ? relative(PACKAGE_ROOT, file) : file;
        for (const record of readRecords(file, shown, folder)) {
          merged[folder].set(String((record as Record<string, unknown>)[FOLDERS[folder].key]), record);
        }
      }
    }
  });
  const values = <T>(f: Folder) => [...merged[f].values()] as T[];
  return {
    people: values('people'),
    organizations: values('organizations'),
    countries: values('countries'),
    cities: values('cities'),
    gatherings: values('gatherings'),
    anniversaries: values('anniversaries'),
  };
}

/** The *.json and *.jsonl files directly in a folder, sorted (subfolders such as sources/ are not read). */
function dataFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.jsonl?$/.test(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

function readRecords(file: string, shown: string, folder: Folder): unknown[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, ''); // editors on Windows add a byte-order mark
  } catch (err) {
    throw new ReadoutError(ErrorCodes.KB_NOT_FOUND, `${shown}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, shown);
  }
  if (file.endsWith('.jsonl')) {
    const out: unknown[] = [];
    text.split('\n').forEach((line, i) => {
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith('//')) return;
      out.push(validateRecord(folder, parseJson(trimmed, `${shown} line ${i + 1}`), `${shown} line ${i + 1}`));
    });
    return out;
  }
  const parsed = parseJson(text, shown);
  if (Array.isArray(parsed)) return parsed.map((r, i) => validateRecord(folder, r, `${shown} record ${i + 1}`));
  const table = isCityTable(parsed) ? { success: true as const, data: parsed } : cityTableSchema.safeParse(parsed);
  if (table.success) {
    if (folder !== 'cities') throw new ReadoutError(ErrorCodes.KB_SCHEMA, `${shown}: a table of rows is read only in cities/`, shown);
    return readCityTable(table.data, shown);
  }
  return [validateRecord(folder, parsed, shown)];
}

/** The compact city table: all rows validated at once, then turned into records. */
function readCityTable(table: { columns: string[]; rows: unknown[][] }, shown: string): City[] {
  if (table.columns.join() !== CITY_COLUMNS.join()) {
    throw new ReadoutError(ErrorCodes.KB_SCHEMA, `${shown}: columns: expected ${JSON.stringify(CITY_COLUMNS)}`, shown);
  }
  // Plain checks pass a good table in a few milliseconds; zod (several times slower on ~28k rows) only names what is wrong.
  const r = table.rows.every(isCityRow) ? { success: true as const, data: table.rows as CityRow[] } : cityRowsSchema.safeParse(table.rows);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const [row, column, ...rest] = issue.path;
    const field = [CITY_COLUMNS[Number(column)] ?? column, ...rest].filter((x) => x !== undefined).join('.');
    throw new ReadoutError(ErrorCodes.KB_SCHEMA, `${shown} row ${Number(row) + 1}: ${field || '(row)'}: ${issue.message}`, shown);
  }
  // Indexed reads, not destructuring: a destructured row goes through the array iterator, ~28k times.
  const rows = r.data;
  const out = new Array<City>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const city: City = { id: row[0], name: row[1], aliases: row[2], country: row[3], lat: row[4], lon: row[5] };
    if (row[6] !== null && row[6] !== undefined) city.population = row[6];
    if (row[7]) city.kind = row[7];
    if (row[8]) city.ambiguous = true;
    out[i] = city;
  }
  return out;
}

type CityRow = z.output<typeof cityRowsSchema>[number];

/** What cityTableSchema accepts, checked without copying the rows. */
function isCityTable(value: unknown): value is { columns: string[]; rows: unknown[][] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { columns, rows } = value as { columns?: unknown; rows?: unknown };
  return Array.isArray(columns) && columns.every((c) => typeof c === 'string') && Array.isArray(rows) && rows.every(Array.isArray);
}

const CITY_ID = /^city:\S+$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;
const CITY_KINDS = new Set(['city', 'region', 'venue']);
const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isCoordinate = (v: unknown, limit: number): boolean => typeof v === 'number' && v >= -limit && v <= limit;

/** True only for rows that cityRowsSchema accepts unchanged (a row it would reject goes to zod for the message). */
function isCityRow(row: unknown[]): boolean {
  if (row.length < 6 || row.length > 9) return false;
  const [id, name, aliases, country, lat, lon, population, kind, ambiguous] = row;
  return (
    typeof id === 'string' && CITY_ID.test(id) &&
    isName(name) &&
    Array.isArray(aliases) && aliases.every(isName) &&
    typeof country === 'string' && COUNTRY_CODE.test(country) &&
    isCoordinate(lat, 90) && isCoordinate(lon, 180) &&
    (population == null || (Number.isSafeInteger(population) && (population as number) >= 0)) &&
    (kind == null || CITY_KINDS.has(kind as string)) &&
    (ambiguous == null || typeof ambiguous === 'boolean')
  );
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ReadoutError(ErrorCodes.KB_SCHEMA, `${where}: not JSON (${(err as Error).message})`, where);
  }
}

/** A record as its folder's schema parses it: plain checks pass a good one, zod names what is wrong with a bad one. */
function validateRecord(folder: Folder, value: unknown, where: string): unknown {
  const checked = plainChecks[folder](value);
  return checked !== BAD ? checked : validate(FOLDERS[folder].schema, value, where);
}

function validate<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = issue.path.length ? issue.path.join('.') : '(record)';
  throw new ReadoutError(ErrorCodes.KB_SCHEMA, `${where}: ${field}: ${issue.message}`, where);
}
