import type { Doc } from '../../core/doc.js';
import type { PipelineContext } from '../context.js';
import { findParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';

export { findParagraphs } from './paragraphs.js';
export { splitSentences } from './sentences.js';

/** Paragraphs and sentences of the cleaned text; a sentence never crosses a paragraph. */
export function segment(doc: Doc, _ctx: PipelineContext): void {
  doc.paragraphs = findParagraphs(doc.text);
  doc.sentences = [];
  doc.paragraphs.forEach((p, paragraph) => {
    for (const range of splitSentences(doc.text, p)) doc.sentences.push({ range, paragraph });
  });
}
