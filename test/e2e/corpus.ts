import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../../src/core/doc.js';
import { isInputFailure, readInputs } from '../../src/ingest/index.js';
import type { KnowledgeBase } from '../../src/kb/types.js';
import { extractRecord } from '../../src/pipeline/index.js';
import { packageRoot } from '../../src/server/web-assets.js';
import { contentHashOf, type Store } from '../../src/store/index.js';

/** The evaluation set beside the repository, when this checkout has one. */
const EVAL_CASES = join(packageRoot, '..', 'shared', 'eval', 'cases');
const SAMPLES = join(packageRoot, 'samples');

/** The eval cases as articles: the text, and the publication date that came as metadata (as the eval input gives it). */
function evalArticles(dir: string): ArticleInput[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const id = file.slice(0, -4);
    const keyFile = join(dir, `${id}.json`);
    const meta = existsSync(keyFile) ? (JSON.parse(readFileSync(keyFile, 'utf8')) as { metadata_date?: string }) : {};
    return { id, text: readFileSync(join(dir, file), 'utf8'), published: meta.metadata_date ?? null, source: file };
  });
}

/** Fills the store from the eval cases when present, else the bundled samples; says which. */
export async function loadCorpus(store: Store, kb: KnowledgeBase): Promise<{ name: string; articles: number }> {
  let inputs: ArticleInput[] = [];
  let name: string;
  if (existsSync(EVAL_CASES)) {
    inputs = evalArticles(EVAL_CASES);
    name = '../shared/eval/cases';
  } else {
    for await (const item of readInputs([SAMPLES])) if (!isInputFailure(item)) inputs.push(item);
    name = 'samples/';
  }
  for (const input of inputs) await store.putArticle(input, extractRecord(input, { kb }), contentHashOf(input));
  return { name, articles: inputs.length };
}
