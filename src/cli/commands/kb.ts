import type { Command } from 'commander';
import { ErrorCodes, ReadoutError } from '../../core/errors.js';
import { loadKnowledgeBase } from '../../kb/index.js';
import type { KbMatch, KnowledgeBase, Role } from '../../kb/types.js';

interface KbOptions {
  kb: string[];
  json?: boolean;
  date?: string;
}

const collectDirs = (v: string, acc: string[]) => [...acc, v];
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** `readout kb stats|lookup`: what the knowledge base holds and what a name resolves to. */
export function register(program: Command): void {
  const kb = program.command('kb').description('inspect the knowledge base (data/ plus --kb folders)');
  kb.command('stats')
    .description('count people, roles, organizations, countries, cities, gatherings and anniversaries')
    .option('--json', 'print JSON')
    .option('--kb <dir>', 'extra knowledge-base folder (repeatable)', collectDirs, [] as string[])
    .action((opts: KbOptions) => {
      const stats = load(opts).stats();
      if (opts.json) process.stdout.write(`${JSON.stringify(stats)}\n`);
      else for (const [k, v] of Object.entries(stats)) process.stdout.write(`${k.padEnd(14)} ${v}\n`);
    });
  kb.command('lookup')
    .description('show what the names in TEXT resolve to: entity, country, roles held on --date')
    .argument('<text>', 'a name or a phrase, e.g. "Lavrov" or "the Kremlin"')
    .option('--date <date>', 'the date roles are read for (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--json', 'print JSON')
    .option('--kb <dir>', 'extra knowledge-base folder (repeatable)', collectDirs, [] as string[])
    .addHelpText('after', '\nExample: readout kb lookup "Wang Yi" --date 2023-03-01')
    .action((text: string, opts: KbOptions) => {
      if (opts.date !== undefined && !ISO_DATE.test(opts.date)) {
        throw new ReadoutError(ErrorCodes.USAGE, `--date must be YYYY, YYYY-MM or YYYY-MM-DD, got "${opts.date}"`);
      }
      const base = load(opts);
      const found = lookup(base, text, opts.date ?? null);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(found)}\n`);
      } else if (!found.length) {
        process.stdout.write(`nothing in the knowledge base matches "${text}"\n`);
        process.exitCode = 1;
      } else {
        for (const f of found) process.stdout.write(describe(f));
      }
    });
}

function load(opts: KbOptions): KnowledgeBase {
  return loadKnowledgeBase(opts.kb.length ? { extraDirs: opts.kb } : {});
}

/** One resolved name, as printed by `kb lookup`. */
export interface LookupResult {
  surface: string;
  kind: KbMatch['kind'];
  /** For places: 'region' or 'venue' when not a city. */
  placeKind?: string;
  id: string;
  name: string;
  country?: string;
  form?: KbMatch['form'];
  ambiguous?: true;
  candidates?: string[];
  roles?: Role[];
}

/** Every knowledge-base name in `text`, with the roles a person held on `date` (all roles without one). */
export function lookup(kb: KnowledgeBase, text: string, date: string | null): LookupResult[] {
  // A name typed without its capitals ("lavrov") is not found in running text; look it up as a name then.
  let matches = kb.match(text);
  if (!matches.length) {
    const named = kb.entitiesNamed(text.trim());
    const ids = [...new Set(named.map((e) => e.id))];
    matches = named.slice(0, 1).map((m) => (ids.length > 1 ? { ...m, candidates: ids } : m));
  }
  return matches.map((m) => {
    const r: LookupResult = { surface: text.slice(m.start, m.end), kind: m.kind, id: m.id, name: nameOf(kb, m) };
    const country = m.kind === 'country' ? m.id : m.country;
    if (country) r.country = country;
    if (m.form) r.form = m.form;
    if (m.ambiguous) r.ambiguous = true;
    if (m.candidates) r.candidates = m.candidates;
    if (m.kind === 'person') r.roles = kb.roleOn(m.id, date);
    const placeKind = m.kind === 'city' ? kb.city(m.id)?.kind : undefined;
    if (placeKind && placeKind !== 'city') r.placeKind = placeKind;
    return r;
  });
}

function nameOf(kb: KnowledgeBase, m: KbMatch): string {
  switch (m.kind) {
    case 'person': return kb.person(m.id)?.name ?? m.id;
    case 'organization': return kb.organization(m.id)?.name ?? m.id;
    case 'country': return kb.country(m.id)?.name ?? m.id;
    case 'city': return kb.city(m.id)?.name ?? m.id;
    case 'gathering': return kb.gatherings.find((g) => g.id === m.id)?.name ?? m.id;
  }
}

function describe(f: LookupResult): string {
  const lines = [`"${f.surface}" → ${f.placeKind ?? f.kind} ${f.id} (${f.name}${f.country ? `, ${f.country}` : ''})${f.form && f.form !== 'name' ? ` as ${f.form}` : ''}`];
  if (f.ambiguous) lines.push('  ambiguous: also a common word or first name');
  if (f.candidates) lines.push(`  candidates: ${f.candidates.join(', ')}`);
  if (f.roles) {
    if (!f.roles.length) lines.push('  roles: none on that date');
    for (const r of f.roles) {
      const to = r.to_country ? ` to ${r.to_country}` : '';
      lines.push(`  ${r.title} of ${r.of}${to}, ${r.from ?? '?'} – ${r.to ?? 'now'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
