import type { ArticleInput } from '../core/doc.js';
import type { Diagnostic } from '../core/types.js';

/**
 * A plain-text article. The first line is its title when a blank line follows
 * it. The text given to the pipeline is the whole file, title included, so
 * evidence spans are offsets into the file as read.
 */
export function textArticle(text: string, id: string, source: string, diagnostics: Diagnostic[] = []): ArticleInput {
  return { id, text, title: titleOf(text), source, diagnostics };
}

export function titleOf(text: string): string | undefined {
  const m = /^\s*([^\r\n]+)\r?\n[ \t]*\r?\n/.exec(text);
  const title = m?.[1]?.trim();
  return title && title.length <= 300 ? title : undefined;
}
