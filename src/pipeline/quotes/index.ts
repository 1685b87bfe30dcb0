/**
 * Quotes stage: direct quotations (with marks, or with marks stripped to
 * spaces), reported speech, and sentences that go on with a speaker's
 * statement; each with its speaker as an actor. Sentences are read in order,
 * carrying the last speaker for quotations that do not name one.
 */
import type { Doc } from '../../core/doc.js';
import type { Actor, Quote } from '../../core/types.js';
import type { PipelineContext } from '../context.js';
import { attributeQuotation } from './attribute-quotation.js';
import { continuesStatement, paragraphContinuations } from './continuation.js';
import { findMarkedQuotes, wordCount, type QuoteSpan } from './marked-quotes.js';
import { findSpeechActs, splitBetweenSpeakers, statementWords, type SpeechAct } from './reported-speech.js';
import { indexSentences } from './sentences.js';
import { sentenceSubject, type SpeakerContext, type SpeakerHit } from './speakers.js';
import { findUnmarkedQuotes } from './unmarked-quotes.js';
import { reportedInsideQuotation } from './quoted-report.js';
import { actorKey, attributesQuotation, closesSentence, closingSource, isEmbedded, isHeadline, isNewsMedium } from './sentence-roles.js';
import { MentionIndex } from '../mentions/mention-index.js';
import { otherSubjectSince, pronounGender } from './subjects.js';

/** Quotations shorter than this are scare quotes ("forever friendship"), left to the sentence around them. */
const MIN_QUOTE_WORDS = 5;
/** How many sentences back "he said" or an unattributed quotation may look for the last speaker. */
const SPEAKER_MEMORY = 4;

interface LastSpeaker { actor: Actor; sentence: number }

export function findQuotes(doc: Doc, ctx: PipelineContext): void {
  const mentions = [...doc.mentions].sort((a, b) => a.range.start - b.range.start);
  const sctx: SpeakerContext = { doc, kb: ctx.kb, mentions, index: new MentionIndex(mentions) };
  const { list: sentences, at: sentenceAt } = indexSentences(doc);
  const spans = [...findMarkedQuotes(doc), ...findUnmarkedQuotes(doc)].sort((a, b) => a.outer.start - b.outer.start);
  const quotes: Quote[] = [];
  let last: LastSpeaker | undefined;
  let lastOfficial: Actor | undefined;
  let lastInstitution: Actor | undefined;
  // Per sentence: the one speaker of its speech (null: several speakers or an unresolved one; undefined: no speech).
  const speakerOf: (Actor | null | undefined)[] = new Array(sentences.length).fill(undefined);
  const continued: boolean[] = new Array(sentences.length).fill(false);

  const resolve = (hit: SpeakerHit, i: number, sameSentence?: Actor): Actor | undefined => {
    const recent = last && i - last.sentence <= SPEAKER_MEMORY ? last.actor : undefined;
    if (hit.anaphoric === 'person') {
      // "Kamau said he would ...": the pronoun is the sentence's own speaker.
      if (sameSentence?.kind === 'person') return sameSentence;
      if (recent?.kind !== 'person') return hit.actor;
      // The last speaker, unless the pronoun's gender rules them out, or someone else became the subject since.
      const gender = pronounGender(doc.text.slice(hit.range.start, hit.range.end));
      const recentGender = recent.entityId ? ctx.kb.person(recent.entityId)?.gender : undefined;
      const mentionGender = hit.actor.entityId ? ctx.kb.person(hit.actor.entityId)?.gender : undefined;
      if (gender && recentGender && recentGender !== gender && mentionGender === gender) return hit.actor;
      if (last && otherSubjectSince(sctx, sentences, last.sentence, hit.range.start, recent, spans.map((q) => q.inner))) return hit.actor;
      return recent;
    }
    // An unnamed official of no stated country: the last officials' country, else the dateline's.
    if (hit.anaphoric === 'official') return lastOfficial ?? (doc.dateline?.country ? { kind: 'country', country: doc.dateline.country } : undefined);
    if (hit.anaphoric === 'it') {
      // "Ethiopia has fought since 2020 ..., where it claimed ...": the country or body its own sentence opens with.
      const subject = sentenceSubject(sctx, sentences[i]!.range);
      if (subject && !subject.anaphoric && subject.actor.kind !== 'person' && subject.range.end <= hit.range.start) return subject.actor;
      return recent && recent.kind !== 'person' ? recent : lastInstitution;
    }
    return hit.actor;
  };
  const remember = (actor: Actor, i: number): void => {
    last = { actor, sentence: i };
    if (actor.kind === 'country' && actor.country) lastOfficial = actor;
    if (actor.kind !== 'person') lastInstitution = actor;
  };
  const emit = (q: Omit<Quote, 'id' | 'text'>): void => {
    quotes.push({ ...q, id: `q${quotes.length + 1}`, text: doc.text.slice(q.range.start, q.range.end) });
  };

  // A quotation left open at a paragraph's end goes on in the next paragraph that opens with a mark; its speaker
  // may be named only there (“A. / “B,” Fidan said.).
  const OPENING = /^["“«‘]/;
  const attributeLaterParagraph = (q: QuoteSpan): ReturnType<typeof attributeQuotation> => {
    let cur = q;
    for (let hop = 0; hop < 3; hop++) {
      const p = doc.paragraphs.find((x) => x.start <= cur.outer.start && cur.outer.start < x.end);
      if (!p || cur.outer.end < p.end || /["”»’]\s*$/.test(doc.text.slice(cur.inner.start, cur.outer.end))) return undefined;
      const nextP = doc.paragraphs.find((x) => x.start > p.start);
      const next = nextP && spans.find((x) => x.outer.start === nextP.start && OPENING.test(doc.text.slice(x.outer.start, x.outer.start + 1)));
      if (!next) return undefined;
      const first = sentences[sentenceAt(next.inner.start)]?.range;
      const closing = sentences[sentenceAt(Math.max(next.inner.start, next.inner.end - 1))]?.range;
      const att = first && closing ? attributeQuotation(sctx, next, first, closing, spans) : undefined;
      if (att) return att;
      cur = next;
    }
    return undefined;
  };

  sentences.forEach((sentence, i) => {
    const sr = sentence.range;
    const inSentence = spans.filter((q) => sentenceAt(q.inner.start) === i);
    const overlapping = spans.filter((q) => q.inner.start < sr.end && sr.start < q.inner.end);
    let quotedWords = 0;
    let spoke = false;
    // A quotation inside a sentence of reported speech ("they held a “frank discussion of the border dispute”") is
    // emitted with its sentence; it stands alone only when the sentence reports no speech.
    const embedded = inSentence.filter((q) => isEmbedded(doc.text, q, sr));
    const emitQuotation = (q: QuoteSpan): void => {
      const words = wordCount(doc.text.slice(q.inner.start, q.inner.end));
      if (words < MIN_QUOTE_WORDS) return;
      const endSentence = sentences[sentenceAt(Math.max(q.inner.start, q.inner.end - 1))]?.range ?? sr;
      const found = attributeQuotation(sctx, q, sr, endSentence, spans) ?? attributeLaterParagraph(q);
      const reported = reportedInsideQuotation(sctx, q, found);
      const att = reported ? { speaker: reported, cue: found?.cue ?? reported.range } : found;
      const actor = att ? resolve(att.speaker, i) : last && i - last.sentence <= SPEAKER_MEMORY ? last.actor : undefined;
      if (!actor) return;
      emit({ range: q.inner, direct: true, speaker: actor, cue: att?.cue ?? q.inner, rule: att ? 'quotes/quotation' : 'quotes/quotation-previous-speaker', confidence: att ? 0.85 : 0.6 });
      quotedWords += words;
      remember(actor, i);
      spoke = true;
    };
    inSentence.filter((q) => !embedded.includes(q)).forEach(emitQuotation);
    // A quotation that started in an earlier sentence and covers this one: already emitted.
    const coveredByEarlier = overlapping.some((q) => q.outer.start < sr.start && q.inner.end >= sr.end - 2);
    // It is that speaker's voice, so no later rule takes the sentence again.
    if (coveredByEarlier) { if (last) { last.sentence = i; speakerOf[i] = last.actor; } return; }

    if (isHeadline(doc, sentence, i)) return;
    const acts = findSpeechActs(sctx, sr, overlapping.map((q) => q.inner));
    if (acts.length) {
      // Words of the sentence outside its quotations: a sentence that is all quotation was emitted above.
      const sentenceWords = wordCount(doc.text.slice(sr.start, sr.end))
        - overlapping.filter((q) => !embedded.includes(q) && wordCount(doc.text.slice(q.inner.start, q.inner.end)) >= MIN_QUOTE_WORDS)
          .reduce((n, q) => n + wordCount(doc.text.slice(Math.max(q.inner.start, sr.start), Math.min(q.inner.end, sr.end))), 0);
      quotedWords = 0;
      const firstNamed = acts.filter((a) => !a.speaker.anaphoric && a.speaker.actor.kind === 'person').sort((x, y) => x.cue.start - y.cue.start)[0];
      // "Okafor ... said it welcomed ...": an 'it' or 'the official' after a named speaker is inside that speaker's statement.
      const firstAct = [...acts].sort((x, y) => x.cue.start - y.cue.start)[0];
      for (let k = acts.length - 1; k >= 0; k--) {
        const a = acts[k]!;
        // ... unless it closes the sentence: "..., Ruto believes ..., officials said last week."
        if ((a.speaker.anaphoric === 'it' || a.speaker.anaphoric === 'official') && firstAct && !firstAct.speaker.anaphoric && firstAct.cue.start < a.cue.start &&
          !closesSentence(doc.text, a, sr)) acts.splice(k, 1);
      }
      const resolved = acts
        .map((a) => ({ a, actor: resolve(a.speaker, i, firstNamed && firstNamed.cue.start < a.cue.start ? firstNamed.speaker.actor : undefined) }))
        .filter((x): x is { a: SpeechAct; actor: Actor } => !!x.actor);
      const closing = closingSource(doc.text, resolved, sr, (a) => isNewsMedium(ctx, a));
      if (closing) resolved.splice(0, resolved.length, closing);
      const speakers = new Set(resolved.map((x) => actorKey(x.actor)));
      const before = quotes.length;
      // "... That is plain,” Varga said in an interview.": the sentence only attributes a quotation, which is the statement.
      const onlyAttributes = resolved.length > 0 && resolved.every((x) => attributesQuotation(doc.text, x.a, overlapping, MIN_QUOTE_WORDS));
      if (onlyAttributes) { /* the quotation was emitted with its own speaker */ } else if (speakers.size > 1 && sentenceWords - quotedWords >= 8) {
        for (const { act, range } of splitBetweenSpeakers(doc.text, resolved.map((x) => x.a), sr)) {
          const actor = resolved.find((x) => x.a === act)!.actor;
          if (wordCount(doc.text.slice(range.start, range.end)) >= 4) {
            emit({ range, direct: false, speaker: actor, cue: act.cue, rule: 'quotes/reported-speech-split', confidence: 0.65 });
          }
        }
      } else if (resolved[0] && sentenceWords - quotedWords >= 8 && statementWords(doc.text, resolved[0].a, sr) >= 5) {
        emit({ range: sr, direct: false, speaker: resolved[0].actor, cue: resolved[0].a.cue, rule: 'quotes/reported-speech', confidence: 0.7 });
      }
      if (quotes.length === before) embedded.forEach(emitQuotation);
      // The quotation's own speaker (perhaps one it reports: “President Lula said ...,” the statement said) speaks on.
      if (onlyAttributes && last) { last.sentence = i; speakerOf[i] = last.actor; return; }
      // The last act in the sentence is who speaks on into the next one.
      const lastAct = [...resolved].sort((x, y) => y.a.cue.start - x.a.cue.start)[0];
      if (lastAct) remember(speakers.size > 1 ? lastAct.actor : resolved[0]!.actor, i);
      speakerOf[i] = speakers.size > 1 ? null : resolved[0]?.actor ?? null;
      return;
    }
    embedded.forEach(emitQuotation);
    if (spoke) { speakerOf[i] = last?.actor; return; }
    if (!last) return;
    const sentenceIdx = last.sentence;
    // A sentence about someone else ("In Ruto's address, he laid out his conditions: ...") does not go on with the last speaker.
    const subject = sentenceSubject(sctx, sr);
    const aboutSomeoneElse = subject?.actor.kind === 'person' && subject.actor.name !== last.actor.name;
    if (!aboutSomeoneElse && continuesStatement(doc, sentences, i, sentenceIdx)) {
      emit({ range: sr, direct: false, speaker: last.actor, cue: sr, rule: 'quotes/continuation', confidence: 0.5 });
      last = { actor: last.actor, sentence: i };
      speakerOf[i] = last.actor;
      continued[i] = true;
    }
  });
  // A sentence taken as going on with the last speaker belongs to its own paragraph's one speaker when that is someone else.
  for (const q of quotes) {
    if (q.rule !== 'quotes/continuation') continue;
    const i = sentenceAt(q.range.start);
    const p = sentences[i]?.paragraph;
    const voices = new Map<string, Actor>();
    sentences.forEach((s, k) => { const a = speakerOf[k]; if (s.paragraph === p && a && !continued[k]) voices.set(actorKey(a), a); });
    const only = voices.size === 1 ? [...voices.values()][0]! : undefined;
    if (only && actorKey(only) !== actorKey(q.speaker!)) { q.speaker = only; speakerOf[i] = only; }
  }
  for (const c of paragraphContinuations(doc, sentences, speakerOf)) {
    // "Finance Minister Lena Varga will lead the delegation." is about its own subject, not the paragraph's speaker's words.
    const subject = sentenceSubject(sctx, sentences[c.sentence]!.range);
    if (subject?.actor.kind === 'person' && !subject.anaphoric && subject.actor.name !== c.actor.name) continue;
    emit({ range: sentences[c.sentence]!.range, direct: false, speaker: c.actor, cue: sentences[c.sentence]!.range, rule: 'quotes/paragraph-continuation', confidence: 0.5 });
  }
  doc.quotes = quotes.sort((a, b) => a.range.start - b.range.start).map((q, k) => ({ ...q, id: `q${k + 1}` }));
}
