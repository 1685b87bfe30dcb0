import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../core/doc.js';
import type { Diagnostic } from '../core/types.js';

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'FIGCAPTION',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'UL', 'OL', 'TABLE', 'TR', 'DL', 'DT', 'DD', 'ASIDE', 'FIGURE',
]);

/**
 * An HTML page: the main text found by Readability, as plain text with the
 * title on the first line and one paragraph per blank-line block. For HTML the
 * article text (and so every evidence span) is this extracted text, not the
 * markup. The page's published time, when present, is its metadata date.
 */
export function htmlArticle(html: string, id: string, source: string, diagnostics: Diagnostic[] = []): ArticleInput {
  const { document } = parseHTML(html);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href')
    ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content')
    ?? undefined;
  const parsed = new Readability(document as unknown as Document).parse();
  const title = (parsed?.title ?? document.querySelector('title')?.textContent ?? '').trim() || undefined;
  const blocks = parsed?.content ? blocksOf(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body) : [];
  if (!blocks.length) blocks.push(...blocksOf(document.body));
  if (title && blocks[0] !== title) blocks.unshift(title);
  const published = isoDay(parsed?.publishedTime);
  return {
    id, text: blocks.join('\n\n'), title, url: url || undefined, source, diagnostics,
    ...(published ? { published } : {}),
  };
}

/** Text blocks of an element tree: one per block element, inline text joined, whitespace collapsed. */
function blocksOf(root: Node | null): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.replace(/[ \t\r\n]+/g, ' ').trim();
    if (t) out.push(t);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  if (root) walk(root);
  flush();
  return out;
}

function isoDay(value: string | null | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? '');
  return m?.[1];
}
