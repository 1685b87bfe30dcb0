import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../../src/core/doc.js';

/*
 * The worker tests' corpus: the dev evaluation cases (../shared/eval/cases,
 * through its make-input.mjs) when present, else the bundled samples;
 * repeated with distinct ids (`<id>~<copy>`) to the size asked.
 */

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function baseArticles(): ArticleInput[] {
  const evalDir = resolve(REPO, '..', 'shared', 'eval');
  if (existsSync(join(evalDir, 'cases')) && existsSync(join(evalDir, 'make-input.mjs'))) {
    const jsonl = execFileSync(process.execPath, [join(evalDir, 'make-input.mjs'), join(evalDir, 'cases')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    return jsonl.trim().split('\n').map((l) => JSON.parse(l) as ArticleInput);
  }
  const dir = join(REPO, 'samples');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ id: f.slice(0, -4), text: readFileSync(join(dir, f), 'utf8'), published: null }));
}

/** `n` articles: the base corpus repeated, copy by copy, each article with a distinct id. */
export function repeatedCorpus(n: number): ArticleInput[] {
  const base = baseArticles();
  return Array.from({ length: n }, (_, i) => {
    const a = base[i % base.length]!;
    return { ...a, id: `${a.id}~${Math.floor(i / base.length)}` };
  });
}
