/**
 * Who speaks: the phrase right before a speech verb ("Lavrov said", "Peru s
 * Foreign Ministry said", "a senior Elysee official who spoke to journalists
 * said") or right after it (", said White House spokeswoman Ingrid Lindqvist").
 * Named people, organizations and countries come from the mentions stage;
 * unnamed officials speak for their country, an unnamed ministry or military
 * for itself.
 */
import type { Doc } from '../../core/doc.js';
import type { Range } from '../../core/span.js';
import type { Actor, Mention } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import {
  COUNTRY_HEADS, GAP_TAIL, INVERTING, IT_PRONOUN, NP_BEFORE, ORG_HEADS, PRE_NAME_WHOLE, afterDateline, startsClause, trimToClause,
} from './speaker-phrases.js';
import { isSubjectOf } from './subject-links.js';
import type { MentionIndex } from '../mentions/mention-index.js';
import { OFFICE_OF_HEAD, namedOfficeHolder } from './office-holders.js';
import { leaderOffice } from './leader-offices.js';

export interface SpeakerHit {
  actor: Actor;
  /** The words that name the speaker. */
  range: Range;
  /** True when the speaker is a pronoun or a bare "the official" that needs the context's last speaker. */
  anaphoric?: 'person' | 'official' | 'it';
}

export interface SpeakerContext {
  doc: Doc;
  kb: KnowledgeBase;
  /** Mentions sorted by start; descriptions and pronouns included. */
  mentions: readonly Mention[];
  /** The same mentions by position. */
  index: MentionIndex;
}


const personActor = (m: Mention): Actor => ({ kind: 'person', name: m.name, country: m.country, entityId: m.entityId, role: m.role, mention: m.refersTo ?? m.id });
const orgActor = (m: Mention): Actor => ({ kind: 'organization', name: m.name, country: m.country, entityId: m.entityId, mention: m.id });
const countryActor = (code: string, m?: Mention): Actor => ({ kind: 'country', country: code, mention: m?.id });

function actorOf(m: Mention, kb?: KnowledgeBase): SpeakerHit | undefined {
  if (m.type === 'person') {
    return { actor: personActor(m), range: m.range, anaphoric: m.via === 'pronoun' ? 'person' : undefined };
  }
  if (m.type === 'organization') return { actor: orgActor(m), range: m.range };
  if (m.type === 'country' && m.country) return { actor: countryActor(m.country, m), range: m.range };
  // "Nairobi said": a capital speaks for its government.
  if (m.type === 'place' && m.country && (m.rule.endsWith('/capital') || (kb && kb.country(m.country)?.capital === m.name))) {
    return { actor: countryActor(m.country, m), range: m.range };
  }
  return undefined;
}

/** The speaker whose phrase ends right before `verbStart`, looking no further back than `from`. */
export function speakerBefore(ctx: SpeakerContext, from: number, verbStart: number): SpeakerHit | undefined {
  const text = ctx.doc.text;
  from = afterDateline(text, from);
  const left = text.slice(from, verbStart);
  // 1. a generic noun phrase: "a senior Elysee official", "Peru s military", "the ministry";
  //    an aside between commas is not part of it ("EU envoy Lena Varga, representing the bloc's members, said").
  const core = left.replace(/,[^,.;:]{1,140},\s*$/, '').replace(/\s*,?\s*$/, '').replace(GAP_TAIL, '');
  const np = trimToClause(NP_BEFORE.exec(core));
  // 2. a mention ending right before the verb (with allowed words between)
  let best: Mention | undefined;
  for (const m of ctx.index.startingIn(from, verbStart)) {
    if (m.range.end > verbStart) continue;
    if (!isSubjectOf(text, from, m, verbStart)) continue;
    if (!best || m.range.end > best.range.end || (m.range.end === best.range.end && m.range.start < best.range.start)) best = m;
  }
  if (np) {
    // The phrase starts after the comma or bracket that opens it, so that comma still ends the clause before.
    const npStart = from + core.length - np[0].length + (/^[,;:(]\s*/.exec(np[0])?.[0].length ?? 0);
    const npEnd = from + core.length;
    // A named person at the end of the phrase wins ("Kremlin spokesman Dmitry Peskov").
    // ... but not the person an office serves ("a spokesman for Ruto").
    if (best && best.type === 'person' && best.range.end >= npEnd - 1 && !/\b(?:for|of)\s+$/.test(text.slice(npStart, best.range.start))) return actorOf(best);
    // "Gabriel Okafor, the spokesman of the movement, ..., criticized": the phrase is in apposition to a person.
    const apposed = ctx.index.endingIn(npStart - 3, npStart + 1).find((m) => m.type === 'person' && m.via !== 'pronoun' && m.range.end <= npStart + 1 && npStart - m.range.end <= 2 &&
      /^\s*,\s*(?:the|a|an)?\s*[^,]*$/.test(text.slice(m.range.end, npEnd).replace(/,[^,]*$/, (x) => (x.length === text.slice(m.range.end, npEnd).length ? x : ''))));
    if (apposed) return actorOf(apposed);
    const fromNp = genericSpeaker(ctx, np[2]!.toLowerCase(), { start: npStart, end: npEnd });
    if (fromNp) return fromNp;
  }
  // "Ingrid Lindqvist, chairman of the Oslo Forum told": the organization qualifies the person before it.
  if (best && best.type !== 'person') {
    const lead = text.slice(Math.max(from, best.range.start - 80), best.range.start);
    const title = /,\s*(?:the\s+|a\s+)?(?:[\p{L}.'’-]+\s+){0,4}(?:of|for|at|to)\s+(?:the\s+)?$/u.exec(lead);
    if (title) {
      const comma = best.range.start - title[0].length;
      const person = ctx.index.endingIn(comma, comma).find((m) => m.type === 'person' && m.via !== 'pronoun');
      if (person) return actorOf(person);
    }
  }
  if (best) return actorOf(best, ctx.kb);
  if (IT_PRONOUN.test(left.replace(/\s+(?:also|has|had|have)$/, '').trimEnd())) {
    return { actor: { kind: 'country' }, range: { start: verbStart - 3, end: verbStart }, anaphoric: 'it' };
  }
  return undefined;
}


/** The speaker named right after a verb: ", said Xi", "said the Russian president", "told reporters" is not one. */
export function speakerAfter(ctx: SpeakerContext, verbEnd: number, to: number): SpeakerHit | undefined {
  const text = ctx.doc.text;
  // Only verbs that invert ("said Xi"); after "told" or "urged" comes the listener.
  const verb = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, verbEnd - 20), verbEnd))?.[1]?.toLowerCase();
  if (!verb || !INVERTING.has(verb)) return undefined;
  const right = text.slice(verbEnd, to);
  // The phrase runs to the first clause boundary; the dots of "U.S." do not end it.
  // ... nor do those of "Mr. Suga", "Dr. Tedros".
  const stop = /(?<!(?:^|[\s.])\p{Lu})(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Lt|Col|Gov|Amb|Sgt|St))\.(?=\s|$)|[,;:!?()]|\s+(?:in|on|at|during|after|before|when|while|as|who|according)\b/u.exec(right);
  const phrase = right.slice(0, stop ? stop.index : right.length);
  const np = /^\s+((?:[\p{L}.'’-]+\s+){0,7}[\p{L}.'’-]+)\s*$/u.exec(phrase);
  if (!np) return undefined;
  const start = verbEnd + np[0].indexOf(np[1]!);
  const end = start + np[1]!.length;
  if (/^(?:that|it|this|there|he|she|they|we|i|you|reporters|journalists|him|her|them|so|in|on|at)$|^(?:that|it|this|there|they|we|i|you|reporters|journalists|them|so|in|on|at)\b/i.test(np[1]!)) {
    if (/^(?:he|she|him|her)$/i.test(np[1]!)) {
      const p = ctx.index.startingIn(start, start + 1).find((m) => m.via === 'pronoun');
      if (p) return actorOf(p);
    }
    return undefined;
  }
  const inside = ctx.index.startingIn(start, end).filter((m) => m.range.end <= end);
  // (not the owner of the office that speaks: "according to Yoon s office")
  const person = inside.filter((m) => m.type === 'person').pop();
  if (person && !/^(?:['’]s|\ss)\s+(?:office|government|administration|spokes\w+|aides?)\b/.test(text.slice(person.range.end, end + 1))) return actorOf(person);
  // "a senior executive at a large Kenyan bank": the head may carry a phrase after it.
  const head = new RegExp(`(?:^|\\s)(${COUNTRY_HEADS}|${ORG_HEADS})(?:\\s+(?:at|of|in|for|with|from|to|familiar|close)\\b.*)?$`, 'i').exec(np[1]!);
  if (head) return genericSpeaker(ctx, head[1]!.toLowerCase(), { start, end });
  const other = inside.filter((m) => m.type === 'organization').pop();
  if (other && other.range.end === end) return actorOf(other);
  return undefined;
}

/** A definite description ("the U.S. envoy", "the spokeswoman") of a person named earlier with that office and country. */
function describedPerson(ctx: SpeakerContext, head: string, np: Range, inside: readonly Mention[]): SpeakerHit | undefined {
  const office = OFFICE_OF_HEAD[head];
  if (!office || !/^\W*the\s/i.test(ctx.doc.text.slice(np.start, np.end))) return undefined;
  const country = inside.find((m) => m.type === 'country')?.country;
  const earlier = ctx.index.endingIn(np.start - 3000, np.start)
    .filter((m) => m.type === 'person' && m.via !== 'pronoun' && m.role && office.test(m.role) && (!country || m.country === country))
    .pop();
  return earlier ? actorOf(earlier) : undefined;
}

/** An unnamed official speaks for a country; an unnamed ministry or military for itself. */
function genericSpeaker(ctx: SpeakerContext, head: string, np: Range): SpeakerHit | undefined {
  const inside = ctx.index.startingIn(np.start, np.end).filter((m) => m.range.end <= np.end);
  const isOrgHead = new RegExp(`^(?:${ORG_HEADS})$`, 'i').test(head);
  // "the Kenyan envoy cited ...": someone named earlier in that office.
  const described = describedPerson(ctx, head, np, inside) ?? namedOfficeHolder(ctx, head, np, inside);
  if (described) return described;
  if (isOrgHead) {
    const org = inside.filter((m) => m.type === 'organization').pop();
    if (org && !/^(?:white house|kremlin|pentagon)$/i.test(org.name)) return actorOf(org);
    if (org && /^(?:kremlin|white house|pentagon)$/.test(head)) return actorOf(org);
    const country = inside.find((m) => m.country && (m.type === 'country' || m.via === 'pronoun' || m.type === 'person'));
    if (country?.country) {
      // "Modi's office", "the Spanish prime minister s office": the leader's office.
      const office = head === 'office' ? leaderOffice(ctx.kb, ctx.doc.text.slice(np.start, np.end), country.country, inside) : undefined;
      if (office) return { actor: office, range: np };
      const adjective = ctx.kb.country(country.country)?.adjectives[0];
      const name = adjective ? `${adjective} ${cap(head)}` : ctx.doc.text.slice(np.start, np.end);
      return { actor: { kind: 'organization', name, country: country.country }, range: np };
    }
    // "the ministry said": the last organization of that kind named before.
    const word = head.split(/\s+/).pop()!;
    const prev = ctx.mentions.filter((m) => m.type === 'organization' && m.range.end <= np.start && new RegExp(`\\b${word}\\b`, 'i').test(m.name)).pop();
    if (prev) return actorOf(prev);
    // "the foreign ministry said" after the story named Hungary: that country's ministry.
    // ... the country its own sentence opens with first ("China hopes the United States will ..., the foreign ministry said").
    if (/ministry|department/.test(head)) {
      const own = ctx.doc.sentences.find((x) => x.range.start <= np.start && np.start < x.range.end);
      const subject = own ? ctx.index.startingIn(own.range.start, Math.min(np.start, own.range.start + 40)).find((m) => m.type === 'country' &&
        startsClause(ctx.doc.text, own.range.start, m.range.start) && !/^(?:['’]s|\ss)\b/.test(ctx.doc.text.slice(m.range.end, m.range.end + 3))) : undefined;
      const near = subject ?? ctx.index.endingIn(np.start - 399, np.start).filter((m) => m.type === 'country').pop();
      const adjective = near?.country ? ctx.kb.country(near.country)?.adjectives[0] : undefined;
      if (near?.country && adjective) return { actor: { kind: 'organization', name: `${adjective} ${cap(head)}`, country: near.country }, range: np };
    }
    return undefined;
  }
  // Officials: the country they serve, from a country, an organization with a country, or a person ("Ruto s spokesman");
  // a spokesman of a body that is no state's ("a Hamas spokesman") speaks for the body.
  const stateless = inside.filter((m) => m.type === 'organization' && !m.country).pop();
  if (stateless && !inside.some((m) => m.country)) return actorOf(stateless);
  const withCountry = inside.filter((m) => m.country).pop();
  if (withCountry?.country) return { actor: countryActor(withCountry.country), range: np };
  // "a senior Treasury official": an institution the story named before with its country ("the U.S. Treasury").
  for (const word of ctx.doc.text.slice(np.start, np.end).match(/\b\p{Lu}\p{Ll}{3,}\b/gu) ?? []) {
    const named = ctx.index.endingIn(0, np.start).filter((m) => m.type === 'organization' && m.country && m.name.includes(word)).pop();
    if (named?.country) return { actor: countryActor(named.country), range: np };
  }
  // "a ministry spokesman" after "Peru s foreign ministry said": the country of the body of that kind named just before.
  for (const word of ctx.doc.text.slice(np.start, np.end).match(/\b(?:ministry|embassy|department|government|military|presidency)\b/gi) ?? []) {
    const body = new RegExp(`\\b${word}\\b`, 'i');
    const named = ctx.index.endingIn(np.start - 1500, np.start).filter((m) => m.type === 'organization' && m.country && body.test(m.name)).pop();
    if (named?.country) return { actor: countryActor(named.country), range: np };
    // ... or written in lower case after its country ("Peru s foreign ministry").
    const from = Math.max(0, np.start - 1500);
    for (const w of [...ctx.doc.text.slice(from, np.start).matchAll(new RegExp(`\\b${word}\\b`, 'gi'))].reverse()) {
      const at = from + w.index;
      const country = ctx.index.endingIn(at - 30, at).filter((m) => m.type === 'country' && m.country &&
        /^(?:['’]?s)?(?:\s+\p{Ll}+){0,2}\s+$/u.test(ctx.doc.text.slice(m.range.end, at))).pop();
      if (country?.country) return { actor: countryActor(country.country), range: np };
    }
  }
  // Diplomats and sources of no stated country are not the officials named before ("according to diplomats in Rabat" after
  // Algeria spoke); diplomats may serve anyone, sources are the dateline's at most ("TOKYO - ..., two sources told Reuters").
  if (head === 'diplomats') return undefined;
  if (head === 'sources') {
    const country = ctx.doc.dateline?.country;
    return country ? { actor: { kind: 'country', country }, range: np } : undefined;
  }
  return { actor: { kind: 'country' }, range: np, anaphoric: 'official' };
}

const cap = (s: string): string => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\bDefense\b/, 'Defense');

/** The subject of a sentence: the first person, organization or country that opens a clause near its start. */
export function sentenceSubject(ctx: SpeakerContext, sentence: Range): SpeakerHit | undefined {
  const text = ctx.doc.text;
  const start = afterDateline(text, sentence.start);
  for (const m of ctx.index.startingIn(start, Math.min(sentence.end, sentence.start + 101))) {
    if (m.type === 'place' && !m.rule.endsWith('/capital')) continue;
    if (!startsClause(text, sentence.start, m.range.start)) continue;
    if (m.type === 'country' && /^(?:['’]s|\ss)\b/.test(text.slice(m.range.end, m.range.end + 3))) continue;
    // "Kremlin spokesman Dmitry Peskov": the qualifier's person is the subject.
    if (m.type !== 'person') {
      const person = ctx.index.startingIn(m.range.end, m.range.end + 60).find((p) => p.type === 'person' && p.via !== 'pronoun' &&
        PRE_NAME_WHOLE.test(text.slice(m.range.end, p.range.start)) && !/[,;]/.test(text.slice(m.range.end, p.range.start)));
      if (person) return actorOf(person);
    }
    return actorOf(m);
  }
  return undefined;
}
