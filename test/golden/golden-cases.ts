import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../../src/core/doc.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLES_DIR = join(REPO, 'samples');
/** The evaluation set lives beside the repository, not in it. */
export const EVAL_CASES_DIR = resolve(REPO, '..', 'shared', 'eval', 'cases');
export const EXPECTED_DIR = join(REPO, 'test', 'golden', 'expected');

/** The bundled samples as articles (id = file name without extension). */
export function sampleArticles(): ArticleInput[] {
  return readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ id: f.slice(0, -4), text: readFileSync(join(SAMPLES_DIR, f), 'utf8'), source: `samples/${f}` }));
}

/** The evaluation cases as articles with their metadata date, or null when the set is absent. */
export function evalArticles(ids?: readonly string[]): ArticleInput[] | null {
  if (!existsSync(EVAL_CASES_DIR)) return null;
  const all = readdirSync(EVAL_CASES_DIR).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  return all.filter((id) => !ids || ids.includes(id)).map((id) => {
    const keyPath = join(EVAL_CASES_DIR, `${id}.json`);
    const key = existsSync(keyPath) ? JSON.parse(readFileSync(keyPath, 'utf8')) as { metadata_date?: string } : {};
    return { id, text: readFileSync(join(EVAL_CASES_DIR, `${id}.txt`), 'utf8'), published: key.metadata_date ?? null };
  });
}
