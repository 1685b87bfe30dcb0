/**
 * Rule: reported speech in a sentence — a speech verb with its speaker, in
 * either order: "Wang said (that) ...", "..., Wang said", "..., said Lavrov",
 * "According to Putin, ...", "Noting that ..., Lavrov said ...".
 */
import type { Range } from '../../core/span.js';
import { COGNITION, SPEECH_VERB } from './lexicon.js';
import { PRE_NAME_WHOLE } from './speaker-phrases.js';
import { sentenceSubject, speakerAfter, speakerBefore, type SpeakerContext, type SpeakerHit } from './speakers.js';

export interface SpeechAct {
  speaker: SpeakerHit;
  /** The verb or cue phrase. */
  cue: Range;
}

const VERB = new RegExp(`(?<![\\p{L}-])(?:${SPEECH_VERB})(?![\\p{L}-])`, 'gu');
const NEEDS_CLAUSE = new Set(['announced', 'announces', 'declared', 'declares', 'confirmed', 'confirms', 'reported', 'reports', 'agreed', 'agrees',
  'proposed', 'proposes', 'promised', 'promises', 'pledged', 'pledges', 'revealed', 'reveals', 'disclosed', 'welcomed', 'welcomes',
  'praised', 'praises', 'hailed', 'hails', 'condemned', 'condemns', 'described', 'describes', 'states', 'claims', 'notes', 'remarks',
  // "Japan recalled its ambassador": withdrew, not remembered aloud, unless a clause follows.
  'recalled', 'recalls',
  // "She has threatened to raise tariffs": with its infinitive or clause only ("the flood threatened the city" is none).
  'threatened', 'threatens']);
const CLAUSE_AFTER = /^(?:\s*,)?\s*(?:that\b|[:“"]|(?:on|in|at|last|this|late|early)\s+\p{L}+\s*,?\s*(?:that\b|[:“"]))|^[^.,;]{0,70}\b(?:will|would|had|has|have|was|were|is|are|could|should|must|may|might|can|did)\b/u;
const UNNAMED_PERSON = /\b(?:officials?|sources?|spokes(?:man|woman|person)|diplomats?|aides?|advis[eo]rs?|envoys?|negotiators?)\b/i;
const QUOTED_AS_SAYING = /\b(?:quoted|cited)\s+([^,.;:]{1,80}?)\s+as\s+(?:saying|telling|stating|thanking|calling|describing|warning)\b/g;
const MEDIA_PHRASE = /\b(?:media|television|TV|radio|news\s+agency|newspaper|daily|broadcaster|outlet|website|reports?)\b/i;
// "a (Kremlin) readout (of the call | from X)": [1] the words naming its issuer before it, [2] "from/by X" after it.
const DOCUMENT = /^(?:a|an|the)\s+(?:(.{1,60}?)\s+)?(?:readout|read-out|statement|transcript|report|communiqu[eé]|release)\b(?:\s+(?:issued\s+by|from|by)\s+(.*))?/i;
const ACCORDING_TO = /\b(?:[Aa]ccording to|[Ii]n the words of|[Qq]uoting|[Cc]iting)\s+/g;

/** The speech acts of a sentence, best first, ignoring verbs inside `skip` ranges (quotations). */
export function findSpeechActs(ctx: SpeakerContext, sentence: Range, skip: readonly Range[] = []): SpeechAct[] {
  const text = ctx.doc.text;
  const s = text.slice(sentence.start, sentence.end);
  const inSkip = (pos: number): boolean => skip.some((r) => r.start <= pos && pos < r.end);
  const acts: SpeechAct[] = [];
  for (const m of s.matchAll(VERB)) {
    const start = sentence.start + m.index, end = start + m[0].length;
    if (inSkip(start)) continue;
    // "Ruto continued pressing Somalia": an aspect verb before a gerund or an infinitive, not speech.
    if (/^continu/.test(m[0]) && /^\s+(?:to\s|\p{L}+ing\b)/u.test(text.slice(end, end + 30))) continue;
    // "as reported by IAR", "as quoted by the agency": a source of news, not a speaker.
    if (/\bas\s+$/.test(text.slice(Math.max(sentence.start, start - 4), start)) && /^\s+by\b/.test(text.slice(end, end + 4))) continue;
    // Passives report no speaker of their own: "is expected to", "was told by" ...
    if (/(?:ed|told|said)$/.test(m[0]) && !/\bas\s+\p{L}+ing$/u.test(m[0]) && /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/u.test(text.slice(Math.max(sentence.start, start - 20), start))) {
      // ... except the one who tells, named after "by" before a clause: "Ruto was told by the army that it had begun ...".
      const by = /^\s+by\s+([^,.;:]{1,60}?)\s+that\b/.exec(text.slice(end, sentence.end));
      const teller = by && /^(?:told|informed|briefed|assured)$/.test(m[0]) ? speakerAfter(ctx, end + by[0].indexOf('by') + 2, end + by[0].length - 5) : undefined;
      if (teller) acts.push({ speaker: teller, cue: { start, end } });
      continue;
    }
    // "Chad announced a ceasefire", "Eritrea declared independence": an act, not a statement.
    const tail = text.slice(end, Math.min(sentence.end, end + 90));
    const lead = text.slice(sentence.start, start);
    // (", when Eritrea declared independence" is a time clause, not a closing attribution)
    const trailing = /,\s*(?:[\p{L}.'’-]+\s+){1,8}$/u.test(lead) && !/,\s*(?:when|after|before|while|since|as|because|until|where)\s+[^,]*$/i.test(lead) &&
      words(lead.replace(/,[^,]*$/, '')) >= 5;
    const actOnly = NEEDS_CLAUSE.has(m[0].toLowerCase()) && !trailing && !CLAUSE_AFTER.test(tail) && !/^\s+to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)\p{Ll}/u.test(tail) &&
      !(/^(?:described|describes|hailed|hails|praised|praises)$/i.test(m[0]) && /^[^.;:]{1,60}\bas\b/.test(tail));
    // Participles ("Noting that ..., Lavrov said"; "..., saying ...") count only with a named person before them.
    // "..., saying / adding / warning ...": the participle speaks for the sentence's subject.
    // ... also after "by" ("Varga had angered Ankara by telling a newspaper that ...").
    if (/ing$/.test(m[0]) && /(?:,\s*|\bby\s+)$/.test(text.slice(Math.max(sentence.start, start - 4), start))) {
      // "..., said Mr. Suga, adding that ...": the participle goes on with the speech act right before it.
      // ... also with a time between them ("Kishida said on Tuesday, adding that ...").
      const prevAct = acts.filter((a) => /^(?:\s+(?:on|in|at|last|this|late|early|earlier|later)\s+[\p{L}\d]+(?:\s+\p{L}+)?)?\s*,\s*$/u.test(text.slice(Math.max(a.cue.end, a.speaker.range.end), start))).pop();
      if (prevAct) { acts.push({ speaker: prevAct.speaker, cue: { start, end } }); continue; }
      // The participle belongs to the clause it ends: "..., and Halvorsen flew to Brussels, warning ..."
      const lead = text.slice(sentence.start, start);
      const joins = [...lead.matchAll(/(?:;|,\s+(?:and|but|while)\s+)/gu)];
      const clauseFrom = joins.length ? sentence.start + joins[joins.length - 1]!.index! + joins[joins.length - 1]![0].length : sentence.start;
      const subject = (clauseFrom > sentence.start ? sentenceSubject(ctx, { start: clauseFrom, end: start }) : undefined) ?? sentenceSubject(ctx, sentence);
      if (subject && subject.range.end <= start) { acts.push({ speaker: subject, cue: { start, end } }); continue; }
      // "It froze the accounts, saying ...": the institution spoken of last.
      const it = /^\s*It\b/.exec(text.slice(clauseFrom, start));
      if (it && clauseFrom === sentence.start) {
        const at = clauseFrom + it[0].length - 2;
        acts.push({ speaker: { actor: { kind: 'country' }, range: { start: at, end: at + 2 }, anaphoric: 'it' }, cue: { start, end } });
        continue;
      }
    }
    const clauseStart = clauseStartBefore(text, sentence.start, start, skip);
    const before = speakerBefore(ctx, clauseStart, start);
    // A person who announces or declares something makes a statement; a country that does so acts. An unnamed official or
    // source speaks as a person does ("A Qatari source confirmed Ruiz's arrival").
    const personLike = before?.actor.kind === 'person' || (!!before && UNNAMED_PERSON.test(text.slice(before.range.start, before.range.end)));
    if (actOnly && !personLike) continue;
    // ... but "Ruto had agreed to her proposal" accepts something, even for a person.
    if (/^agree/i.test(m[0]) && /^\s+to\s+(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b/.test(tail)) continue;
    // "a campaign against graft that Ruto declared when he took office": the verb's object stands before it, nothing is said.
    if (actOnly && /^\s*(?:when|after|before|while|since|during|[,.;])/.test(tail)) continue;
    // "according to Russian media reports", "the reports said": a noun, not a verb.
    if (/^reports?$/i.test(m[0]) && /\b(?:according\s+to|the|a|an|these|those|such|media|press|news)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(sentence.start, start - 60), start))) continue;
    // "Ruto wants to help mediate a truce": an aim, not words.
    if (/^(?:wants?|wanted|hopes?|hoped)$/i.test(m[0]) && /^\s+to\s/.test(tail)) continue;
    // "Ethiopia has continued such raids": "continued" reports speech only after a quotation or before one.
    if (/^continu/i.test(m[0]) && !/^\s*(?:[,.:;!?"“”]|that\b|$)/.test(tail)) continue;
    // "Chile felt many neighbours were late ...", "The AU believes it must act ...": a state's or body's view told by the writer.
    // (not "China hopes the US will ...", "Russia expects ...": a readout states those; but "a forum that Nairobi hopes will
    // bring together ..." hopes for a thing named before it)
    const stated = /^(?:hope|expect)/i.test(m[0]) && !/^\s+(?:will|would|can|could|may|might)\b/.test(tail);
    if (COGNITION.test(m[0]) && !stated && before && before.actor.kind !== 'person' && !before.anaphoric) continue;
    // "Macron welcomed German Chancellor Friedrich Merz at ...": a person received, not a statement.
    if (actOnly && personObject(ctx, end, sentence.end)) continue;
    if (before && !(/ing$/.test(m[0]) && before.actor.kind !== 'person')) { acts.push({ speaker: before, cue: { start, end } }); continue; }
    if (actOnly) continue;
    const after = /ing$/.test(m[0]) ? undefined : speakerAfter(ctx, end, clauseEndAfter(text, end, sentence.end));
    if (after) acts.push({ speaker: after, cue: { start, end } });
  }
  for (const m of s.matchAll(QUOTED_AS_SAYING)) {
    // "the agency cited Varga as saying", "state radio quoted Ruto as thanking"
    const start = sentence.start + m.index, npStart = start + m[0].indexOf(m[1]!), npEnd = npStart + m[1]!.length;
    const person = ctx.index.startingIn(npStart, npEnd).filter((x) => x.type === 'person' && x.range.end <= npEnd).pop();
    if (person) acts.push({ speaker: { actor: { kind: 'person', name: person.name, country: person.country, entityId: person.entityId, role: person.role, mention: person.refersTo ?? person.id }, range: person.range }, cue: { start, end: start + m[0].length } });
  }
  for (const m of s.matchAll(ACCORDING_TO)) {
    const start = sentence.start + m.index, end = start + m[0].length;
    if (inSkip(start)) continue;
    const np = /^[^,.;:]{1,100}/.exec(text.slice(end, sentence.end));
    if (!np) continue;
    // "according to a readout / a statement" names no speaker, but its issuer does ("a statement from Peru s foreign
    // ministry", "a Kremlin readout of the call").
    const document = DOCUMENT.exec(np[0]);
    const hit = document && !document[2] ? issuerBefore(ctx, end, end + (document[1]?.length ?? 0) + 3) : speakerAfter(ctx, end - 1, end + np[0].length);
    // "according to Reuters" gives a source of news.
    const medium = hit?.actor.entityId ? ['news-agency', 'media'].includes(ctx.kb.organization(hit.actor.entityId)?.kind ?? '') : false;
    // "Xi told Trump ..., according to Chinese state television / a statement from ...": the medium or the document passes on
    // the words of the speaker the sentence names.
    const passesOn = acts.length > 0 && (MEDIA_PHRASE.test(np[0]) || !!document);
    // ... nor do "Russian media reports".
    if (hit && !medium && !passesOn && !/^(?:a|an|the)\s+source/i.test(np[0]) &&
      !/\b(?:media|press|news)\s+reports?\b/i.test(np[0])) acts.push({ speaker: hit, cue: { start, end } });
  }
  // "Kamau said Nairobi and Kampala agreed that ...": a country or body speaking inside a person's reported clause is part of
  // that statement, not a second speaker ("X said A, while Y said B" has a clause break between them). A person
  // reported there ("Halvorsen said Kamau stressed ...") is the one whose words they are, and keeps the act.
  const inReportedClause = (b: SpeechAct): boolean => b.speaker.actor.kind !== 'person' && acts.some((a) => a !== b &&
    a.speaker.actor.kind === 'person' && a.speaker.range.end <= a.cue.start &&
    a.cue.end <= b.speaker.range.start && b.speaker.range.start - a.cue.end < 80 && !/ing$/.test(text.slice(a.cue.start, a.cue.end)) &&
    !/[,;:"“”«»()]|\b(?:while|whereas|but)\b/.test(text.slice(a.cue.end, b.speaker.range.start)));
  const kept = acts.filter((b) => !inReportedClause(b));
  kept.sort((a, b) => rank(a) - rank(b) || a.cue.start - b.cue.start);
  return kept;
}

/**
 * Splits a sentence between speakers ("X said A, while Y said B"): each act's
 * statement runs from where its speaker phrase starts to where the next act's starts.
 */
export function splitBetweenSpeakers(text: string, acts: readonly SpeechAct[], sentence: Range): { act: SpeechAct; range: Range }[] {
  const anchor = (a: SpeechAct): number => Math.min(a.speaker.range.start, a.cue.start);
  const byPosition = [...acts].sort((a, b) => anchor(a) - anchor(b));
  // One act per speaker position.
  const unique = byPosition.filter((a, i) => i === 0 || anchor(a) !== anchor(byPosition[i - 1]!));
  const parts = unique.map((act, i) => ({
    act,
    range: { start: i === 0 ? sentence.start : anchor(act), end: i + 1 < unique.length ? anchor(unique[i + 1]!) : sentence.end },
  }));
  // A part that holds no statement of its own ("In his talks with Ruiz, Lindqvist said, | Kamau urged ...")
  // gives its words to the next part.
  const kept: typeof parts = [];
  parts.forEach((p, i) => {
    if (statementWords(text, p.act, p.range) >= 5 || (i === parts.length - 1 && !kept.length)) kept.push(p);
    else if (i + 1 < parts.length) parts[i + 1]!.range = { start: p.range.start, end: parts[i + 1]!.range.end };
    else if (kept.length) kept[kept.length - 1]!.range = { start: kept[kept.length - 1]!.range.start, end: p.range.end };
  });
  return kept;
}

/** The body or country that issued a document, named right before the document's noun ("a Kremlin readout"). */
function issuerBefore(ctx: SpeakerContext, from: number, to: number): SpeakerHit | undefined {
  const m = ctx.index.startingIn(from, to).filter((x) => x.range.end <= to && (x.type === 'organization' || x.type === 'country')).pop();
  if (!m) return undefined;
  return m.type === 'organization'
    ? { actor: { kind: 'organization', name: m.name, country: m.country, entityId: m.entityId, mention: m.id }, range: m.range }
    : { actor: { kind: 'country', country: m.country, mention: m.id }, range: m.range };
}

/** Whether the words right after a verb name a person (its object): "welcomed Chancellor Merz", "hailed his Indian counterpart". */
function personObject(ctx: SpeakerContext, verbEnd: number, sentenceEnd: number): boolean {
  const first = ctx.index.startingIn(verbEnd, Math.min(sentenceEnd, verbEnd + 60)).find((m) => m.type === 'person');
  if (!first || (first.via === 'pronoun' && !/^(?:him|her)$/i.test(first.surface))) return false;
  // "confirmed Ruiz s arrival": the person owns the object, is not it.
  if (/^(?:['’]s|\ss)\b/.test(ctx.doc.text.slice(first.range.end, first.range.end + 3))) return false;
  return PRE_NAME_WHOLE.test(ctx.doc.text.slice(verbEnd, first.range.start));
}

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Words of a range that are neither the speaker phrase nor the speech verb. */
export function statementWords(text: string, act: SpeechAct, range: Range): number {
  // "X said A": the words after the verb; "A, X said": the words before the speaker, unless they only set the scene.
  // ("“Shortly,” Varga said, when asked when ...": the words after the verb only say when he spoke)
  const tail = text.slice(Math.max(act.cue.end, range.start), range.end);
  const after = /^\s*,?\s*(?:when|after|as|while|before)\s+(?:asked|questioned|pressed)\b/.test(tail) ? 0 : words(tail);
  const lead = text.slice(range.start, Math.max(range.start, Math.min(act.speaker.range.start, act.cue.start)));
  const before = /^\s*(?:In|On|At|After|Before|During|With|When|While|As|Asked|Speaking|Ahead|Following)\b/.test(lead) && words(lead) <= 8 ? 0 : words(lead);
  return Math.max(after, before);
}

// Named speakers first, then institutions, then pronouns and bare "the official".
const rank = (a: SpeechAct): number => (a.speaker.anaphoric ? 2 : a.speaker.actor.kind === 'person' ? 0 : 1);

function clauseStartBefore(text: string, sentenceStart: number, at: number, skip: readonly Range[]): number {
  // The speaker stands after the last quotation that closes before the verb, and after a semicolon.
  let from = sentenceStart;
  // (a few quoted words inside the clause, "called the treaty “outdated” and said", do not end it)
  for (const r of skip) {
    if (r.end <= at && r.end > from && (text.slice(r.start, r.end).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 5) {
      // past the closing mark and its comma (“...,” Trump said), so the name after them opens the clause
      from = r.end + (/^[\s,.!?]*["”’»]?\s*/u.exec(text.slice(r.end, at))?.[0].length ?? 0);
    }
  }
  const semi = text.lastIndexOf(';', at);
  if (semi >= from) from = semi + 1;
  return from;
}

function clauseEndAfter(text: string, at: number, sentenceEnd: number): number {
  const rest = text.slice(at, sentenceEnd);
  const stop = rest.search(/[;:]/);
  return stop >= 0 ? at + stop : sentenceEnd;
}
