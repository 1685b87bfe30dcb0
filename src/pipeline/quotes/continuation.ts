/**
 * Rule: a sentence that plainly goes on with the previous speaker's statement —
 * no speech verb, no new speaker, right after their speech — "Russia is willing
 * to maintain close high-level exchanges with China..." after "Lavrov said ...".
 */
import type { Doc } from '../../core/doc.js';
import type { Sentence } from '../../core/types.js';

// Statements, not narration: modal or stance words, or the first person.
const STATEMENT = /\b(?:will|would|should|must|shall|need(?:s)? to|is willing|are willing|stands? ready|is ready|are ready|hopes?|believes?|can(?:not)?|could|may|might|we|our|us|I|my|it is (?:necessary|important|essential))\b/;
// Narration that reports on the speakers rather than quoting them.
const NARRATION = /^(?:The two|Both|They|After|Before|During|On |In (?:May|June|July|2\d{3})|Earlier|Later|Last |This (?:is|was)|It was|Meanwhile|Separately|Also on)/;

/** Whether sentence `i` goes on with the statement of the sentence before it. */
export function continuesStatement(doc: Doc, sentences: readonly Sentence[], i: number, speakerSentence: number): boolean {
  const s = sentences[i]!, prev = sentences[speakerSentence]!;
  if (i !== speakerSentence + 1) return false;
  const text = doc.text.slice(s.range.start, s.range.end);
  if (NARRATION.test(text) || !STATEMENT.test(text)) return false;
  // Its own paragraph right after the speech, or the same paragraph when the paragraph is not the whole article.
  const sameParagraph = s.paragraph === prev.paragraph;
  if (!sameParagraph) return s.paragraph === prev.paragraph + 1;
  const sentencesInParagraph = sentences.filter((x) => x.paragraph === s.paragraph).length;
  return sentencesInParagraph <= 4;
}
