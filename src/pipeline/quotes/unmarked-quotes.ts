/**
 * Rule: quotations whose marks were stripped to spaces (the ISOT Reuters corpus
 * and others like it): `support.  We would like ... resolutions,  the official said.`
 * Each lost mark left a double space, or a space before punctuation (`issue .`).
 * A double space also joins what were paragraphs, so marks are read by their
 * neighbours: after a comma or before an attribution a mark closes; after a
 * colon or a speech verb it opens; between sentences it may open; inside a
 * sentence it pairs with the next one. A double space between a plural and a
 * lower-case word is a lost apostrophe (`the Philippines  fight`).
 */
import type { Doc } from '../../core/doc.js';
import type { Range } from '../../core/span.js';
import { SPEECH_VERB } from './lexicon.js';
import type { QuoteSpan } from './marked-quotes.js';

/** A pending opening mark further back than this is forgotten. */
const MAX_QUOTE = 1200;

type MarkKind = 'close' | 'open' | 'boundary' | 'inner' | 'break';
interface LostMark { at: number; len: number; kind: MarkKind }

const ATTRIBUTION_AFTER = new RegExp(`^(?:[\\p{L}.'’-]+\\s+){0,7}?(?:${SPEECH_VERB})\\b`, 'u');
const OWN_ATTRIBUTION = new RegExp(`^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:also\\s+|then\\s+)?(?:${SPEECH_VERB})\\b`, 'u');
const NOT_POSSESSIVE = /\b(?:was|is|has|does|says|as|his|its|this|thus|us|always|perhaps|unless|whereas|across|plus|less)$/i;
const VERB_BEFORE = new RegExp(`(?:${SPEECH_VERB})(?:\\s+(?:on|last|this)\\s+\\p{L}+)?$`, 'u');

export function findUnmarkedQuotes(doc: Doc): QuoteSpan[] {
  const text = doc.text;
  if (/["“”«»]/.test(text)) return []; // the text kept its marks
  const paragraphs = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: text.length }];
  const out: QuoteSpan[] = [];
  for (const p of paragraphs) {
    let pending: LostMark | undefined;
    const emit = (open: LostMark, close: { at: number }): void => {
      const inner = trimSpaces(text, { start: open.at + open.len, end: close.at });
      if (inner.end > inner.start) out.push({ inner, outer: { start: open.at, end: close.at } });
    };
    let previous: LostMark | undefined;
    let lastBreak: LostMark | undefined;
    for (const raw of lostMarks(text, p)) {
      // `"A," X said. "B."` — a sentence break right after an attribution reopens the quotation.
      // ... unless the next sentence opens on its own attribution ("said Varga.  Kamau said he ...").
      const reopens = raw.kind === 'boundary' && previous?.kind === 'close' && !pending && raw.at - previous.at < 120 &&
        !OWN_ATTRIBUTION.test(text.slice(raw.at + raw.len, raw.at + raw.len + 80));
      const mark: LostMark = reopens ? { ...raw, kind: 'open' } : raw;
      previous = raw;
      if (pending && mark.at - pending.at > MAX_QUOTE) pending = undefined;
      switch (mark.kind) {
        case 'break':
          if (pending?.kind === 'open') emit(pending, mark);
          pending = undefined;
          lastBreak = /^\p{Lu}/u.test(text.slice(mark.at + mark.len, mark.at + mark.len + 1)) ? mark : undefined;
          break;
        case 'close':
          if (pending) emit(pending, mark);
          // "...      After the meeting, X does this,  he tweeted.": a run of spaces that joined paragraphs also lost the opening mark.
          else if (lastBreak && mark.at - lastBreak.at < 300 && !/[.!?]/.test(text.slice(lastBreak.at + lastBreak.len, mark.at))) emit(lastBreak, mark);
          pending = undefined;
          lastBreak = undefined;
          break;
        case 'open':
          pending = mark;
          break;
        case 'boundary':
          // After a colon-opened quotation, the next sentence break that lost a mark closes it.
          if (pending?.kind === 'open') { emit(pending, mark); pending = undefined; } else pending = mark;
          break;
        case 'inner':
          // Inside a sentence a mark pairs with the next one ("a  frank discussion ."); a sentence break before it was no opener.
          if (pending && pending.kind !== 'boundary' && (pending.kind === 'inner' ? mark.at - pending.at < 300 : true)) { emit(pending, mark); pending = undefined; } else pending = mark;
          break;
      }
    }
    if (pending?.kind === 'open' && p.end - pending.at < 600) emit(pending, { at: p.end });
  }
  return out;
}

function lostMarks(text: string, p: Range): LostMark[] {
  const out: LostMark[] = [];
  const slice = text.slice(p.start, p.end);
  for (const m of slice.matchAll(/ {3,}| {2}| (?=[.,;:?!](?:\s|$))/g)) {
    const at = p.start + m.index;
    const len = m[0].length;
    // A paragraph break and an opening mark together ("Halvorsen.   We have been ..."); longer runs are removed material.
    // Only first-person words tell the opening mark apart from a plain paragraph join.
    if (len === 3 && /[.!?]$/.test(text.slice(Math.max(p.start, at - 1), at)) && /^\p{Lu}/u.test(text.slice(at + 3, at + 4))) {
      out.push({ at, len, kind: /\b(?:I|we|We|our|Our|us|my|My)\b/.test(text.slice(at + 3, at + 80)) ? 'open' : 'boundary' });
      continue;
    }
    if (len >= 3) { out.push({ at, len, kind: 'break' }); continue; }
    const before = text.slice(Math.max(p.start, at - 40), at);
    const after = text.slice(at + len, at + len + 80);
    let kind: MarkKind;
    if (len === 1) kind = 'close'; // `issue .`: the mark stood before the punctuation
    // lost apostrophe; words ending in s that own nothing ("Moscow was  closed, nasty") keep the mark
    else if (/\p{L}s$/u.test(before) && !NOT_POSSESSIVE.test(before) && /^\p{Ll}/u.test(after)) continue;
    else if (VERB_BEFORE.test(before.replace(/,$/, ''))) kind = 'open'; // "Ruiz continued,  we consider ..."
    else if (/[,?!]$/.test(before)) kind = 'close';
    else if (/[.]$/.test(before) && /^\p{Ll}/u.test(after) && ATTRIBUTION_AFTER.test(after)) kind = 'close';
    else if (/:$/.test(before) || VERB_BEFORE.test(before)) kind = 'open';
    else if (/[.]$/.test(before)) kind = 'boundary';
    else kind = 'inner';
    out.push({ at, len, kind });
  }
  return out;
}

function trimSpaces(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
