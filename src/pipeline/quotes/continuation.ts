/**
 * Rule: a sentence that plainly goes on with the previous speaker's statement —
 * no speech verb, no new speaker, right after their speech — "Kenya is ready
 * to deepen its trade ties with Peru..." after "Kamau said ...".
 */
import type { Doc } from '../../core/doc.js';
import type { Actor, Sentence } from '../../core/types.js';
import { SPEECH_VERB } from './lexicon.js';

// Statements, not narration: modal or stance words, or the first person.
const STATEMENT = /\b(?:will|would|should|must|shall|need(?:s)? to|is willing|are willing|stands? ready|is ready|are ready|hopes?|believes?|can(?:not)?|could|may|might|we|our|us|I|my|it is (?:necessary|important|essential))\b/;
// Narration that reports on the speakers rather than quoting them.
const NARRATION = /^(?:The two|Both|They|After|Before|During|On |In (?:January|February|March|April|May|June|July|August|September|October|November|December|2\d{3})|Earlier|Later|Last |This (?:is|was)|It was|Meanwhile|Separately|Also on|Despite|Contacted|As for|Asked|However|Yet|But)/;
// Questions the writer asks, and sentences that name their own source, are not the speaker's.
// A sentence with its own "said" whose speaker went unresolved ("Ms. Park, an activist, said ...") is someone else's.
const NOT_THE_SPEAKERS = /\?["”’]?$|\baccording to\b|\b(?:said|says|told)\b/;
// A sentence opening on someone's full name is about them: "Lena Varga, head of the agency, will lead ..."
const OPENS_ON_A_NAME = /^(?:\p{Lu}\p{Ll}+\s+){1,2}\p{Lu}\p{Ll}+(?:,|\s+(?:will|would|has|had|is|was|said))/u;

// Readouts speak for a government in the third person, in the present: "The Chinese side supports Kenya in ...".
const SIDE_STANCE = /^The \p{Lu}[\p{L}-]+ side (?:\p{Ll}+ly )?(?:is|are|has|\p{Ll}+s)\b/u;

// Page furniture left by scraping: calls to action, and lines that end without a sentence's closing stop.
const PAGE_CHROME = /^(?:Sign up|Subscribe|Read more|Click|Follow us|Share|Download|Watch|Listen|Register|Log in)\b|[^.!?"”’)]$/i;

// A connective that carries an argument on: "In particular, grain exports to the region have doubled ..." goes on with the speaker.
const ARGUMENT_GOES_ON = /^(?:In particular|Moreover|Furthermore|What is more|Above all),/;

/** Whether a sentence reads as someone's statement rather than the writer's narration. */
export function readsAsStatement(text: string): boolean {
  return (STATEMENT.test(text) || SIDE_STANCE.test(text) || ARGUMENT_GOES_ON.test(text)) && !NARRATION.test(text) && !NOT_THE_SPEAKERS.test(text) && !OPENS_ON_A_NAME.test(text) &&
    !PAGE_CHROME.test(text.trim());
}

/** Whether sentence `i` goes on with the statement of the sentence before it. */
export function continuesStatement(doc: Doc, sentences: readonly Sentence[], i: number, speakerSentence: number): boolean {
  const s = sentences[i]!, prev = sentences[speakerSentence]!;
  if (i !== speakerSentence + 1) return false;
  const text = doc.text.slice(s.range.start, s.range.end);
  if (!readsAsStatement(text)) return false;
  // Its own paragraph right after the speech, or the same paragraph when the paragraph is not the whole article.
  const sameParagraph = s.paragraph === prev.paragraph;
  if (!sameParagraph) return s.paragraph === prev.paragraph + 1;
  const sentencesInParagraph = sentences.filter((x) => x.paragraph === s.paragraph).length;
  return sentencesInParagraph <= 4;
}

/** Articles written in short paragraphs; a single block of text gives no paragraph evidence. */
const MIN_PARAGRAPHS = 3;
/** A paragraph longer than this is narration with quotes in it, not one statement. */
const MAX_STATEMENT_SENTENCES = 5;

/**
 * Sentences that belong to a paragraph of one speaker: in an article of short
 * paragraphs, a paragraph whose speech is all one speaker's ("... . The unity
 * among BRICS countries is showing ..., Wang said.") speaks with that voice throughout.
 */
export function paragraphContinuations(doc: Doc, sentences: readonly Sentence[], speakerOf: readonly (Actor | null | undefined)[]): { sentence: number; actor: Actor }[] {
  const paragraphs = new Map<number, number[]>();
  sentences.forEach((s, i) => { const l = paragraphs.get(s.paragraph) ?? []; l.push(i); paragraphs.set(s.paragraph, l); });
  if (paragraphs.size < MIN_PARAGRAPHS) return [];
  const out: { sentence: number; actor: Actor }[] = [];
  for (const members of paragraphs.values()) {
    if (members.length < 2 || members.length > MAX_STATEMENT_SENTENCES) continue;
    const voiced = members.filter((i) => speakerOf[i] !== undefined);
    if (!voiced.length || voiced.some((i) => speakerOf[i] === null)) continue;
    const actor = speakerOf[voiced[0]!]!;
    if (voiced.some((i) => !sameActor(speakerOf[i]!, actor))) continue;
    const lastVoiced = voiced[voiced.length - 1]!;
    // Sentences before an attribution that closes the paragraph ("A. B, Wang said.") are its statement;
    // sentences after the speech go on with it only when they read as a statement.
    const closesWithAttribution = TRAILING_ATTRIBUTION.test(doc.text.slice(sentences[lastVoiced]!.range.start, sentences[lastVoiced]!.range.end));
    for (const i of members) {
      if (speakerOf[i] !== undefined) continue;
      const text = doc.text.slice(sentences[i]!.range.start, sentences[i]!.range.end);
      if (NARRATION.test(text) || NOT_THE_SPEAKERS.test(text) || text.split(/\s+/).length < 5) continue;
      const before = i < lastVoiced && closesWithAttribution;
      if (!before && !readsAsStatement(text)) continue;
      out.push({ sentence: i, actor });
    }
  }
  return out;
}

const TRAILING_ATTRIBUTION = new RegExp(`,\\s*[^,]{0,60}\\b(?:${SPEECH_VERB})\\b[^,]{0,40}[.!?]["”’]?$`, 'u');

const sameActor = (a: Actor, b: Actor): boolean => a.kind === b.kind && a.name === b.name && a.country === b.country;
