import speech from '../../../data/lexicon/speech-verbs.json' with { type: 'json' };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+')).join('|');

/** Any speech verb form (said, told, stressed, pointed out...). */
export const SPEECH_VERB = alternation(speech.verbs);
/** Verbs that attribute a quote on their own, before or after it. */
export const STRONG_VERB = alternation(speech.strong);
export const STRONG_VERBS: ReadonlySet<string> = new Set(speech.strong);
/** Verbs that tell what someone thinks or wants ("believes", "felt", "wants"), not what they said. */
export const COGNITION = new RegExp(`^(?:${alternation(speech.cognition)})$`, 'i');
