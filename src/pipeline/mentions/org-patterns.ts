/**
 * Rule: organizations the base does not know, by the shape of their names.
 *   ministries:  "Peru s Foreign Ministry", "the Saudi Foreign Ministry", "Ministry of Defence"
 *   named bodies: capitalised runs headed by an organization word ("Stockholm International
 *   Peace Research Institute", "National Liberation Army", "Halifax International Security Forum")
 *   acronyms: "FARC", "ELN" (three or more capitals, not a known word)
 */
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { makeMention } from './mention.js';
import { MentionIndex } from './mention-index.js';

const RULE = 'mentions/org-pattern';

const MINISTRY_SUBJECT = 'Foreign|Defen[cs]e|Finance|Interior|Trade|Commerce|Justice|Economy|Energy|Health|Education|Agriculture|Information|Culture|Emergencies|Home|Treasury|State|Labou?r|Industry|Transport|Environment|Intelligence';
// "<country or adjective> Foreign Ministry" — the country part is checked against mentions in code.
const MINISTRY = new RegExp(`\\b(${MINISTRY_SUBJECT})\\s+(Ministry|Department|Office)\\b`, 'g');
const MINISTRY_OF = /\b(Ministry|Department) of (?:the )?((?:\p{Lu}[\p{L}]+)(?:(?: and | of |\s)(?:\p{Lu}[\p{L}]+)){0,3})/gu;

const HEADS = 'Ministry|Department|Council|Committee|Commission|Party|Organi[sz]ation|Union|Forum|Institute|Institution|University|College|School|Agency|Bank|Church|Movement|Forces|Front|Army|Navy|Conference|Group|Alliance|Association|Court|Parliament|Assembly|Congress|Senate|Foundation|Fund|Center|Centre|Corporation|Company|Times|Post|News|Radio|Television|Shimbun|Zeitung|Journal|Herald|Gazette|Tribune|Staff|Service|Guard|Brigades?|Coalition|League|Federation|Authority|Bureau|Secretariat|Cabinet|Presidency|Politburo|Mission|Programme|Program|Academy|Chamber|Society';
const CAP = `(?:\\p{Lu}(?:(?:\\.\\p{Lu})+\\.|[\\p{L}\\p{M}\\d&'’-]*))`;
const NAMED_BODY = new RegExp(`(?<![\\p{L}])(?:the\\s+)?(${CAP}(?:\\s+(?:of|for|and|on|de|the|in)?\\s*${CAP}){0,7})`, 'gu');
const HEAD_END = new RegExp(`(?:^|\\s)(?:${HEADS})$`);
const HEAD_THEN_OF = new RegExp(`^(?:\\S+\\s+){0,2}(?:${HEADS})\\s+(?:of|for|on)\\s+`);

const ACRONYM_STOP = new Set(['CEO', 'GDP', 'USA', 'UK', 'TV', 'LNG', 'COVID', 'AM', 'PM', 'GMT', 'UTC', 'EST', 'EDT', 'BST', 'CET', 'IST', 'JST', 'KST', 'MSK', 'CEST', 'EEST', 'AEST', 'SGT', 'HKT', 'PST', 'PDT', 'CST', 'CDT', 'SAST', 'WAT', 'EAT', 'ET', 'PT', 'WATCH', 'READ', 'MORE', 'NEW', 'UPDATE', 'VIDEO', 'PHOTO', 'FILE', 'AND', 'THE', 'FOR', 'NOT', 'ALL', 'ICBM', 'DPRK', 'PRC', 'ROK', 'UAE', 'USSR', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XX', 'XXI', 'OK', 'ID', 'URL', 'HTTP', 'HTTPS', 'WWW', 'PDF', 'FAQ', 'AI', 'EV', 'RSS', 'CNY', 'USD', 'EUR', 'RUB', 'FIFA']);

export function findOrgPatternMentions(doc: Doc, kb: KnowledgeBase, mentions: readonly Mention[]): Mention[] {
  const known = new MentionIndex(mentions);
  const text = doc.text;
  const out: Mention[] = [];
  const overlapsKnown = (s: number, e: number): boolean => known.overlapping(s, e).some((k) => k.type !== 'country');
  const push = (start: number, end: number, name: string, country: string | undefined, rule: string, confidence: number): void => {
    if (overlapsKnown(start, end)) return;
    out.push(makeMention(doc, { type: 'organization', range: { start, end }, name, country, via: 'alias', rule: `${RULE}/${rule}`, confidence }));
  };

  for (const m of text.matchAll(MINISTRY)) {
    // The country part: a country mention ending right before, with an optional possessive ("Peru s", "Peru's").
    const c = known.endingIn(m.index - 4, m.index).find((k) => k.type === 'country' && k.country && /^(?:['’]s|\ss)?\s$/.test(text.slice(k.range.end, m.index)));
    if (!c) continue;
    const adjective = kb.country(c.country!)?.adjectives[0];
    const name = adjective ? `${adjective} ${m[1]} ${m[2]}` : text.slice(c.range.start, m.index + m[0].length);
    push(c.range.start, m.index + m[0].length, name, c.country, 'ministry', 0.75);
  }
  for (const m of text.matchAll(MINISTRY_OF)) push(m.index, m.index + m[0].length, m[0], undefined, 'ministry-of', 0.7);

  for (const m of text.matchAll(NAMED_BODY)) {
    let body = m[1]!.replace(/[’']+$/, '');
    let start = m.index + m[0].length - m[1]!.length;
    // Trim trailing connectors, and a sentence's opening word that is not part of a name.
    body = body.replace(/\s+(?:of|for|and|on|de|the|in)$/, '');
    const opener = /^(?:The|A|An|In|On|At|But|And|As|For|By|With|From|To|If|When|While|After|Before|Both|Former|Then)\s+/.exec(body);
    if (opener && (opener[0] !== 'The ' || start === sentenceStartOf(text, start))) {
      start += opener[0].length;
      body = body.slice(opener[0].length);
    }
    if (body.split(/\s+/).length < 2) continue;
    if (!HEAD_END.test(body) && !HEAD_THEN_OF.test(body)) continue;
    push(start, start + body.length, body, undefined, 'named-body', 0.6);
  }

  for (const m of text.matchAll(/(?<![\p{L}.])\p{Lu}{3,6}(?![\p{L}.])/gu)) {
    const w = m[0];
    if (ACRONYM_STOP.has(w) || kb.countryByName(w)) continue;
    // "10:42 pm IST", "09:00 JST": a time zone after a clock time.
    if (/(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s*\(?$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // Headlines and datelines are written in capitals: skip runs of capitalised words.
    const around = text.slice(Math.max(0, m.index - 12), m.index + w.length + 12);
    if (/\p{Lu}{3,}[\s,-]+\p{Lu}{3,}/u.test(around) && !/\(\p{Lu}{3,6}\)/u.test(around)) continue;
    push(m.index, m.index + w.length, w, undefined, 'acronym', 0.5);
  }
  return out;
}

function sentenceStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/[.!?\n]/.test(text[i - 1]!)) i--;
  while (i < at && /\s/.test(text[i]!)) i++;
  return i;
}
