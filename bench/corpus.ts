import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../src/core/doc.js';
import type { KnowledgeBase } from '../src/kb/types.js';

/**
 * Builds a benchmark corpus from seed texts, varied so that caches cannot
 * cheat: paragraphs and sentences are shuffled, people's names swapped for
 * other people of the knowledge base, and years and days changed.
 */

/** Small deterministic PRNG (mulberry32) so that runs see the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every .txt file under the given folders (recursively), and the `text` of every .jsonl line. */
export function readSeedTexts(dirs: string[]): string[] {
  const texts: string[] = [];
  const walk = (p: string): void => {
    const st = statSync(p);
    if (st.isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else if (p.endsWith('.txt')) texts.push(readFileSync(p, 'utf8'));
    else if (p.endsWith('.jsonl')) {
      for (const line of readFileSync(p, 'utf8').split('\n')) {
        try {
          const o = JSON.parse(line) as { text?: unknown };
          if (typeof o.text === 'string') texts.push(o.text);
        } catch { /* not a record: skip */ }
      }
    }
  };
  for (const d of dirs) walk(d);
  return texts.filter((t) => t.trim().length > 200);
}

function shuffle<T>(items: T[], rnd: () => number): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One varied copy of a seed text. */
export function varyText(text: string, kb: KnowledgeBase, rnd: () => number): string {
  const paragraphs = text.split(/\n\s*\n|\n/).filter((p) => p.trim());
  const head = paragraphs.shift() ?? '';
  const body = shuffle(paragraphs, rnd).map((p) => {
    if (rnd() < 0.5) return p;
    const sentences = p.split(/(?<=[.!?])\s+(?=[A-Z“"])/);
    return shuffle(sentences, rnd).join(' ');
  });
  let out = [head, ...body].join('\n\n');
  // swap people for others of the knowledge base
  const people = kb.people;
  if (people.length) {
    const matches = kb.match(out).filter((m) => m.kind === 'person');
    const swaps = new Map<string, string>();
    for (const m of matches) {
      if (!swaps.has(m.id)) swaps.set(m.id, people[Math.floor(rnd() * people.length)]!.name);
    }
    let rebuilt = '';
    let at = 0;
    for (const m of matches) {
      rebuilt += out.slice(at, m.start) + swaps.get(m.id)!;
      at = m.end;
    }
    out = rebuilt + out.slice(at);
  }
  const year = 2001 + Math.floor(rnd() * 26);
  const month = MONTHS[Math.floor(rnd() * 12)]!;
  return out
    .replace(/\b20[0-2]\d\b/g, () => String(year))
    .replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, month)
    .replace(/\b([1-9]|1\d|2[0-8])\b(?= (?:January|February|March|April|May|June|July|August|September|October|November|December))/g,
      () => String(1 + Math.floor(rnd() * 28)));
}

/** `count` varied articles, streamed. */
export function* benchCorpus(seeds: string[], kb: KnowledgeBase, count: number, seed = 1): Generator<ArticleInput> {
  const rnd = random(seed);
  for (let i = 0; i < count; i++) {
    const base = seeds[i % seeds.length]!;
    const published = `${2001 + Math.floor(rnd() * 26)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    yield { id: `bench-${seed}-${i}`, text: varyText(base, kb, rnd), published, source: `bench:${i}` };
  }
}
