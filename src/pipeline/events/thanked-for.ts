/**
 * "I would like to thank Mr Erdogan for accepting the invitation and coming to Moscow": a deed in the gerund one is
 * thanked for was done, and by the one thanked. Not "for the invitation to visit", which thanks for an offer.
 */
const THANKED_FOR = /\bthank(?:s|ed|ing)?\s+((?:[\w.'’-]+\s+){1,4}?)for\s+(?:[a-z]+ing\b(?:\s+[\w'’-]+){0,6}\s+and\s+)?$/i;

/** Where the one thanked is named, when the trigger at `hit` is a deed thanked for; null otherwise. */
export function thankedFor(text: string, sentenceStart: number, hit: { from: number; text: string }): { start: number; end: number } | null {
  if (!/^[a-z]+ing\b/i.test(hit.text)) return null;
  const from = Math.max(sentenceStart, hit.from - 120);
  const m = THANKED_FOR.exec(text.slice(from, hit.from));
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}
