import type { Doc } from '../../core/doc.js';
import type { Actor, Mention } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { mentionById, mentionsWithin } from './mention-index.js';

/** An actor named at a place in the text: a person (resolved through pronouns and descriptions) or a country. */
export interface ActorAt {
  actor: Actor;
  /** Identity for de-duplication: `p:<id or name>` or `c:<code>`. */
  key: string;
  from: number;
  to: number;
  /** The country a person belongs to, or the country itself. */
  country?: string;
  /** "his", "her": a possessive that names no party of its own. */
  possessive?: boolean;
}

// Words after "her" that make it an object ("met with her privately"), not a possessive ("her counterpart").
const OBJECT_FOLLOWERS = /^(?:privately|publicly|on|in|at|and|for|to|during|after|before|again|briefly|separately|twice|once|last|yesterday|today|this|that|when|while|as|over|about|with|by|from|later|earlier|there|here)$/;
const PERSON_VIAS = new Set(['alias', 'title-name', 'apposition', 'surname', 'description', 'pronoun', 'dateline']);
// Words before a country that make it a place or a topic, not a party to talks: "in China", "to Russia", "on Ukraine".
const PLACE_BEFORE = /\b(?:discuss|discussed|discusses|discussing|in|to|from|at|into|toward|towards|across|over|on|about|against|inside|within|around|near|throughout|of|for|via|leaves?|left|leaving|visit|visits|visited|visiting)\s+(?:the\s+)?$/i;
// A country followed by a title, a possessive or an adjective use: "Singapore Prime Minister Lee", "China s envoy".
const DESCRIBES_NEXT = /^(?:'s|’s| s\b|\s+(?:prime|president|foreign|defen[cs]e|state|secretary|minister|leader|envoy|ambassador|officials?|government|counterpart|military|army|forces|troops|delegation|embassy|ministry|king|crown|vice|deputy|special|national|border|energy|nuclear|peace|security|economy|economic|trade|-))/i;

const COMPOUND_BODY = /^\s+(?:[a-z]+\s+){0,2}(?:commission|talks|negotiations|summit|meeting|consultations|dialogue|council|committee|forum|cabinet|strategic dialogue)\b/;
const NOT_PLACE_WORD = String.raw`(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)`;
const LISTED_NAME = String.raw`${NOT_PLACE_WORD}[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?`;
const PLACE_LIST_BEFORE = new RegExp(String.raw`\b(?:in|to|from|on|about|over|across|throughout)\s+(?:the\s+)?(?:${LISTED_NAME}\s*,\s*)*${LISTED_NAME}(?:\s*,\s*|\s*,?\s+and\s+)$`);
const UNNAMED_HOLDER = /^(?:'s|’s| s)\s+(?:new\s+|incoming\s+|visiting\s+|outgoing\s+|interim\s+|acting\s+|caretaker\s+|transitional\s+)?(?:president|prime minister|premier|leader|king|emir|foreign minister|chancellor)\b/;

const REPORTED_SELF = /^\s+(?:also\s+)?(?:said|says|told reporters|added|stressed|noted)\s+(?:on\s+\w+\s+)?(?:that\s+)?$/;
// (The group word may open the sentence: "Officials from Mexico and Canada met".)
const GROUP_OF = /\b(?:[Ll]eaders?|[Oo]fficials?|[Gg]overnments?|[Pp]residents?|[Pp]rime ministers?|[Dd]elegations?|[Rr]epresentatives|[Cc]ounterparts?|[Ee]nvoys?|[Mm]inisters?|[Nn]egotiators|[Dd]iplomats)\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$/;
const GROUP_AFTER = /^(?:'s|’s| s)?(?:\s*,\s*[A-Z][\w.-]*)*\s+(?:(?:and|&)\s+[A-Z][\w.-]*\s+)?(?:[a-z][\w-]+\s+){0,2}?(?:leaders?|leadership|officials?|military|government|delegations?|delegates|negotiators|counterparts?|diplomats|representatives|authorities|generals|envoys|team|side|ministers)\b/;

/**
 * Actors named in [from, to) of the cleaned text, in text order. A pronoun or
 * description counts when the mentions stage resolved it; unresolved ones
 * are dropped. A country counts when it is named as a party, not as a place.
 */
export function actorsIn(doc: Doc, from: number, to: number, kb?: KnowledgeBase): ActorAt[] {
  const out: ActorAt[] = [];
  let lastNamed: Mention | null = null;
  for (const m of mentionsWithin(doc, from, to)) {
    if (m.type === 'person') {
      if (!PERSON_VIAS.has(m.via)) continue;
      // "his U.S. counterpart, Joseph Yun": the named apposition speaks for the description.
      if (m.via === 'description' && namedPersonRightAfter(doc, m)) continue;
      // "Tillerson said he would be flying to Pakistan": the reported "he" is the speaker.
      const speaker = m.via === 'pronoun' && lastNamed && /^(?:he|she)$/i.test(m.surface)
        && REPORTED_SELF.test(doc.text.slice(lastNamed.range.end, m.range.start)) ? lastNamed : null;
      const target = speaker ?? resolve(m, (id) => mentionById(doc, id));
      if (m.via !== 'pronoun' && m.via !== 'description') lastNamed = m;
      if (!target) continue;
      // ("since the fall of the Assad regime": a name that qualifies a regime or an era is no party.)
      if (/^\s+(?:regime|government|administration|family|era|dynasty|clan|years|presidency|doctrine)\b/i.test(doc.text.slice(m.range.end, m.range.end + 16))
        && /\bthe\s+$/i.test(doc.text.slice(Math.max(0, m.range.start - 5), m.range.start))) continue;
      const next = /^\s+([A-Za-z]+)/.exec(doc.text.slice(m.range.end, m.range.end + 20))?.[1] ?? '';
      // ("saying Macron s election had opened a window": a named possessor is no party either.)
      const possessive = (m.via === 'pronoun' && (/^(?:his|its|their)$/i.test(m.surface)
        || (/^her$/i.test(m.surface) && /^[a-z]/.test(next) && !OBJECT_FOLLOWERS.test(next))))
        || (m.via !== 'pronoun' && /^(?:['’]s| s)\s+(?!(?:visit|trip|tour|talks|meeting|call|counterpart|invitation)\b)[a-z]/.test(doc.text.slice(m.range.end, m.range.end + 20)));
      out.push({ actor: personActor(target, m), key: personKey(target), from: m.range.start, to: m.range.end, ...(target.country ? { country: target.country } : {}), ...(possessive ? { possessive } : {}) });
    } else if (m.type === 'place' && kb && m.country && isCapitalAsGovernment(doc, kb, m)) {
      // "Beijing and New Delhi held talks": capitals standing for their governments.
      out.push({ actor: { kind: 'country', country: m.country, mention: m.id }, key: `c:${m.country}`, from: m.range.start, to: m.range.end, country: m.country });
    } else if (m.type === 'country' && m.country && (m.via === 'alias' || m.via === 'metonym' || m.via === 'demonym')) {
      // ("then leader of the UK Independence Party": a country inside an organization's name is no party.)
      if (mentionsWithin(doc, Math.max(0, m.range.start - 60), m.range.end + 60).some((o) => o.type === 'organization' && o.range.start <= m.range.start && m.range.end <= o.range.end && o.range.end - o.range.start > m.range.end - m.range.start)) continue;
      const before = doc.text.slice(Math.max(0, m.range.start - 20), m.range.start);
      const after = doc.text.slice(m.range.end, m.range.end + 80);
      // "the leaders of the Philippines, Thailand and Singapore": parties, not places.
      const wider = doc.text.slice(Math.max(0, m.range.start - 60), m.range.start);
      // "The Thai-Cambodian joint commission will meet", "U.S.-China talks": both sides of a compound are parties.
      const compound = COMPOUND_BODY.test(after.replace(/^-[\w.]+/, '')) && /^-[A-Z]/.test(after) ? true
        : /-$/.test(before) && COMPOUND_BODY.test(after) && /[A-Z][\w.]*-$/.test(before);
      if (PLACE_BEFORE.test(before) && !GROUP_OF.test(wider) && !compound) continue;
      // ("the developments in Gaza, Sudan and Libya": the rest of a list of places is places too.)
      if (PLACE_LIST_BEFORE.test(wider) && !GROUP_OF.test(wider)) continue;
      // "Myanmar s military leaders", "Israeli and Palestinian leaders", "Turkish and U.S. officials",
      // "British, French, German, Italian and Swiss representatives": an unnamed delegation each.
      // "American-led negotiations", "U.S.-brokered talks": the country leads them.
      const group = compound || GROUP_AFTER.test(after) || /^-(?:led|backed|brokered|hosted|mediated|sponsored)\b/.test(after);
      // "to host Uzbekistan s new president": a country's office holder the article does not name stands for the country.
      const unnamedHolder = UNNAMED_HOLDER.test(after) && !mentionsWithin(doc, m.range.start, m.range.end + 50).some((n) => n.type === 'person' && n.via !== 'pronoun' && (n.via !== 'description' || resolve(n, (id) => mentionById(doc, id)) !== null));
      if (!group && !unnamedHolder && (m.via === 'demonym' || DESCRIBES_NEXT.test(after))) continue;
      // "the foreign ministers of Russia and China": the holders of that office on the article's date.
      const holder = kb ? officeHolder(doc, kb, wider, m.country, after, m.via === 'demonym') : undefined;
      if (holder) {
        out.push({ actor: { kind: 'person', name: holder.name, country: m.country, entityId: holder.id, role: holder.role, mention: m.id }, key: `p:${holder.id}`, from: m.range.start, to: m.range.end, country: m.country });
        continue;
      }
      out.push({ actor: { kind: 'country', country: m.country, mention: m.id }, key: `c:${m.country}`, from: m.range.start, to: m.range.end, country: m.country });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

// "the foreign ministers of", "the presidents of ... and": one office named for every country of the list.
// ("the foreign ministers of China, Pakistan and Afghanistan" where Wang Yi and Ishaq Dar are named elsewhere.)
const OFFICE_OF = /\b(foreign ministers?|defen[cs]e ministers?|presidents?|prime ministers?|finance ministers?)\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*,\s*(?:and\s+)?(?:the\s+)?|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+and\s+(?:the\s+)?)*$/;

// ("Greek, Turkish foreign ministers meet in Antalya": adjectives of several countries before an office.)
const OFFICE_AFTER_ADJECTIVES = /^(?:\s*(?:,|and)\s*[A-Z][\w.'’-]*)*\s+(foreign ministers|defen[cs]e ministers|presidents|prime ministers|finance ministers)\b/;

function officeHolder(doc: Doc, kb: KnowledgeBase, before: string, country: string, after = '', demonym = false): { id: string; name: string; role: string } | undefined {
  const office = (OFFICE_OF.exec(before)?.[1] ?? (demonym ? OFFICE_AFTER_ADJECTIVES.exec(after)?.[1] : undefined))?.toLowerCase().replace(/s$/, '').replace('defense', 'defence');
  if (!office) return undefined;
  const holders = kb.holderOf(office, country, doc.referenceDate);
  // Only a holder the article names elsewhere: a party the article does not name is its country.
  const named = holders.length === 1 && doc.mentions.some((m) => m.entityId === holders[0]!.id && m.via !== 'description' && m.via !== 'pronoun');
  return named ? { id: holders[0]!.id, name: holders[0]!.name, role: office } : undefined;
}

// After a capital that acts: "Moscow and Beijing agreed", "Washington has said", "Kyiv will".
const GOVERNMENT_VERB = /^\s*(?:and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:held|have|had|signed|agreed|met|will|would|are|were|pledged|vowed|discussed))|^\s+(?:held|has|have|had|signed|agreed|met|will|would|is|are|was|were|said|says|pledged|vowed|accused|urged|discussed|wants|insists|denied)\b/;

function isCapitalAsGovernment(doc: Doc, kb: KnowledgeBase, m: Mention): boolean {
  const capital = kb.country(m.country!)?.capital;
  if (!capital || !m.entityId || kb.city(m.entityId)?.name !== capital) return false;
  const before = doc.text.slice(Math.max(0, m.range.start - 40), m.range.start);
  // ("stops in Cairo and Jerusalem": the second of a list of places is a place too.)
  if (PLACE_BEFORE.test(before.slice(-20)) || /\b(?:in|to|at|from|via)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+$/.test(before)) return false;
  // A capital at a sentence's start followed by "and" and another capital, or by a verb of its own.
  return GOVERNMENT_VERB.test(doc.text.slice(m.range.end, m.range.end + 40)) && !/^\s*,\s*[A-Z]/.test(doc.text.slice(m.range.end, m.range.end + 5));
}

/** Follows pronouns and descriptions to the named mention they stand for. */
function resolve(m: Mention, byId: (id: string) => Mention | undefined): Mention | null {
  let cur: Mention | undefined = m;
  for (let hops = 0; cur && hops < 4; hops++) {
    if (!cur.refersTo) return cur.via === 'pronoun' || (cur.via === 'description' && !cur.entityId) ? null : cur;
    // ("his Chinese counterpart" resolved to the base's office holder whom the article never names stays unresolved:
    // a party the article does not name is its country.)
    cur = byId(cur.refersTo);
  }
  return null;
}

const personKey = (m: Mention): string => `p:${m.entityId ?? m.name.toLowerCase()}`;

function personActor(target: Mention, at: Mention): Actor {
  return {
    kind: 'person',
    name: target.name,
    ...(target.country ? { country: target.country } : {}),
    ...(target.entityId ? { entityId: target.entityId } : {}),
    ...(target.role ?? at.role ? { role: (target.role ?? at.role)! } : {}),
    mention: at.id,
  };
}

function namedPersonRightAfter(doc: Doc, d: Mention): boolean {
  return mentionsWithin(doc, d.range.end, d.range.end + 80).some((n) => n.type === 'person' && n.via !== 'description' && n.via !== 'pronoun'
    && n.range.start > d.range.end && /^\s*,?\s*$/.test(doc.text.slice(d.range.end, n.range.start)));
}
