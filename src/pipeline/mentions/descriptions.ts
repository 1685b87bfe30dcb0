/**
 * Rule: descriptions of office holders on the article's date — "the Russian
 * foreign minister", "his Chinese counterpart", "the U.S. leader", "China's top
 * diplomat". Resolved to an earlier named mention with that country (and role),
 * else to the base's holder of the title on the reference date. Used by quotes
 * and events; they are not names, so the record does not list them as persons.
 */
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { LEADER_TITLES, TITLES } from './lexicon.js';
import { makeMention } from './mention.js';
import { MentionIndex } from './mention-index.js';

const RULE = 'mentions/description';
const TITLE_ALT = [...LEADER_TITLES.keys(), 'counterpart'].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
// determiner, then (checked in code) a country mention, then an optional modifier and the title
// (words end at a full stop, except initials: "the U.S. leader", not "the region. The French president")
const DESCRIPTION = new RegExp(`\\b(?:the|his|her|their|its)\\s+((?:(?:\\p{Lu}\\.)+\\s+|[\\p{L}'’-]+\\s+){1,3}?)(${TITLE_ALT})\\b`, 'giu');
const BARE_TITLES = ['president', 'prime minister', 'premier', 'chancellor', 'foreign minister', 'defence minister', 'defense minister', 'secretary of state', 'pope', 'pontiff', 'king', 'emir', 'crown prince', 'secretary-general', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'senator', 'chairman'];
const BARE_DESCRIPTION = new RegExp(`\\b[Tt]he\\s+(${BARE_TITLES.sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+')})\\b(?!\\s+(?:of|for|to)\\b)`, 'g');
// Offices held by many at once ("the Iranian minister", "the Chinese envoy"): they point only to someone the article named.
const NAMED_ONLY_TITLES = ['minister', 'diplomat', 'envoy', 'ambassador', 'negotiator', 'official'];
const NAMED_DESCRIPTION = new RegExp(`\\b(?:the|his|her|their)\\s+((?:(?:\\p{Lu}\\.)+\\s+|[\\p{L}'’-]+\\s+){1,3}?)(${NAMED_ONLY_TITLES.join('|')})\\b(?!\\s+(?:of|for|to)\\b)`, 'giu');
/** "the Indian leader": whoever leads the country, head of state or of government. */
const LEADER_ROLES = ['president', 'prime minister', 'premier', 'chancellor', 'king', 'emir', 'supreme leader', 'leader'];
const POSSESSIVE_DESCRIPTION = new RegExp(`(?:['’]s|\\ss)\\s+(?:(?:new|top|former|current)\\s+)?(${TITLE_ALT})\\b`, 'giu');

export function findDescriptionMentions(doc: Doc, kb: KnowledgeBase, named: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const index = new MentionIndex(named);
  const countryIn = (s: number, e: number): Mention | undefined =>
    index.startingIn(s, e).find((m) => (m.type === 'country' || m.via === 'metonym') && m.range.end <= e && m.country);

  const resolve = (start: number, end: number, titleWord: string, country: string): void => {
    const word = titleWord.toLowerCase().replace(/\s+/g, ' ');
    const title = word === 'counterpart' ? roleOfNearestPerson(named, start) : LEADER_TITLES.get(word);
    if (!title) return;
    const target = word === 'leader' ? resolveLeader(doc, kb, named, start, country) : resolveHolder(doc, kb, named, start, title, country);
    if (!target) return;
    out.push(makeMention(doc, {
      type: 'person', range: { start, end }, name: target.name, entityId: target.entityId, country,
      role: title, via: 'description', refersTo: target.id, rule: RULE, confidence: 0.7,
    }));
  };

  for (const m of doc.text.matchAll(DESCRIPTION)) {
    const adjStart = m.index + m[0].indexOf(m[1]!);
    const c = countryIn(adjStart, adjStart + m[1]!.length);
    if (!c) continue;
    // Words between the country and the title must be modifiers ("the Kenyan presidential advisor" is not "president").
    const rest = doc.text.slice(c.range.end, m.index + m[0].length - m[2]!.length).trim();
    if (rest && !/^(?:['’]?s\s*)?(?:new|top|former|current|then|outgoing|incoming|visiting)?$/i.test(rest)) continue;
    resolve(m.index, m.index + m[0].length, m[2]!, c.country!);
  }
  for (const m of doc.text.matchAll(NAMED_DESCRIPTION)) {
    const adjStart = m.index + m[0].indexOf(m[1]!);
    const c = countryIn(adjStart, adjStart + m[1]!.length);
    if (!c) continue;
    const rest = doc.text.slice(c.range.end, m.index + m[0].length - m[2]!.length).trim();
    if (rest && !/^(?:['’]?s\s*)?(?:new|top|former|current|then|outgoing|incoming|visiting)?$/i.test(rest)) continue;
    const head = m[2]!.toLowerCase();
    const prev = named.filter((k) => k.type === 'person' && k.via !== 'pronoun' && k.country === c.country && k.range.end <= m.index &&
      // ("the Kenyan top official": whoever of that country the article named last in an office.)
      !!k.role && (k.role.endsWith(head) || (head === 'diplomat' && /minister|secretary|ambassador|envoy/.test(k.role)) || (head === 'official' && /\btop\s+$/i.test(m[1]!))))
      .sort((a, b) => b.range.end - a.range.end)[0];
    if (!prev) continue;
    out.push(makeMention(doc, {
      type: 'person', range: { start: m.index, end: m.index + m[0].length }, name: prev.name, entityId: prev.entityId, country: prev.country,
      role: prev.role, via: 'description', refersTo: prev.refersTo ?? prev.id, rule: `${RULE}/named-office`, confidence: 0.65,
    }));
  }
  // "the UN chief", "the AU Commission head": whoever leads the organization named just before the word.
  for (const org of named) {
    if (org.type !== 'organization' || !org.entityId) continue;
    const head = /^\s+(chief|head|boss|chairperson|chairman|chairwoman|chair|secretary-general|director-general)\b/.exec(doc.text.slice(org.range.end, org.range.end + 24));
    if (!head || !/\b[Tt]he\s+$/.test(doc.text.slice(Math.max(0, org.range.start - 4), org.range.start))) continue;
    const target = resolveOrgHead(doc, kb, named, org.range.start, org.entityId);
    if (!target) continue;
    const start = org.range.start - 4, end = org.range.end + head[0].length;
    out.push(makeMention(doc, {
      type: 'person', range: { start, end }, name: target.name, entityId: target.entityId, country: target.country,
      role: target.role, via: 'description', refersTo: target.id, rule: `${RULE}/org-head`, confidence: 0.65,
    }));
  }
  // "the foreign minister", "the pontiff": no country named, so the last person named with that office.
  for (const m of doc.text.matchAll(BARE_DESCRIPTION)) {
    const titleWord = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const title = TITLES.get(titleWord) ?? titleWord;
    const prev = index.endingIn(m.index - 1500, m.index).filter((k) => k.type === 'person' && k.role && (sameTitle(k.role, title) || k.role.endsWith(` ${title}`)))
      .sort((a, b) => b.range.end - a.range.end)[0];
    if (!prev || m.index - prev.range.end > 1500) continue;
    out.push(makeMention(doc, {
      type: 'person', range: { start: m.index, end: m.index + m[0].length }, name: prev.name, entityId: prev.entityId, country: prev.country,
      role: prev.role, via: 'description', refersTo: prev.refersTo ?? prev.id, rule: `${RULE}/bare`, confidence: 0.6,
    }));
  }
  for (const m of doc.text.matchAll(POSSESSIVE_DESCRIPTION)) {
    const c = index.endingIn(m.index, m.index).find((k) => k.type === 'country' && k.country);
    if (!c) continue;
    resolve(c.range.start, m.index + m[0].length, m[1]!, c.country!);
  }
  return out;
}

/** The role of the person spoken of just before a "counterpart". */
function roleOfNearestPerson(named: readonly Mention[], before: number): string | undefined {
  const prev = named.filter((m) => m.type === 'person' && m.range.end <= before && m.role).sort((a, b) => b.range.end - a.range.end)[0];
  return prev?.role;
}

interface Target { id: string; name: string; entityId?: string }

/** The head of an organization: a person named earlier with a post in it, else the base's holder of its top posts on the date. */
function resolveOrgHead(doc: Doc, kb: KnowledgeBase, named: readonly Mention[], at: number, orgId: string): (Target & { country?: string; role?: string }) | undefined {
  const postIn = (m: Mention): boolean => m.type === 'person' && !!m.entityId && kb.roleOn(m.entityId, doc.referenceDate).some((r) => r.of === orgId);
  const earlier = named.filter((m) => postIn(m) && m.range.start < at).sort((a, b) => b.range.start - a.range.start)[0];
  if (earlier) return { id: earlier.refersTo ?? earlier.id, name: earlier.name, entityId: earlier.entityId, country: earlier.country, role: earlier.role };
  for (const title of ['secretary-general', 'chairperson', 'president', 'director-general', 'chairman']) {
    const holder = kb.holderOf(title, orgId, doc.referenceDate)[0];
    if (holder) return { id: named.find((m) => m.entityId === holder.id)?.id ?? `kb:${holder.id}`, name: holder.name, entityId: holder.id, country: holder.country, role: title };
  }
  return undefined;
}

/** The country's leader: a head of state or government the article named, else the base's president, prime minister or chancellor. */
function resolveLeader(doc: Doc, kb: KnowledgeBase, named: readonly Mention[], at: number, country: string): Target | undefined {
  const leads = (m: Mention): boolean => m.type === 'person' && m.country === country && !!m.role && LEADER_ROLES.includes(m.role);
  const earlier = named.filter((m) => leads(m) && m.range.start < at).sort((a, b) => b.range.start - a.range.start)[0] ?? named.find(leads);
  if (earlier) return { id: earlier.refersTo ?? earlier.id, name: earlier.name, entityId: earlier.entityId };
  for (const title of ['president', 'prime minister', 'chancellor']) {
    const t = resolveHolder(doc, kb, named, at, title, country);
    if (t) return t;
  }
  return undefined;
}

function resolveHolder(doc: Doc, kb: KnowledgeBase, named: readonly Mention[], at: number, title: string, country: string): Target | undefined {
  const sameRole = (m: Mention): boolean => m.type === 'person' && m.country === country && !!m.role && sameTitle(m.role, title);
  // An earlier named mention with that office, else any named one in the article.
  const earlier = named.filter((m) => sameRole(m) && m.range.start < at).sort((a, b) => b.range.start - a.range.start)[0]
    ?? named.find(sameRole);
  if (earlier) return { id: earlier.refersTo ?? earlier.id, name: earlier.name, entityId: earlier.entityId };
  const holder = kb.holderOf(title, country, doc.referenceDate)[0];
  if (!holder) return undefined;
  const namedHolder = named.find((m) => m.entityId === holder.id);
  return { id: namedHolder?.id ?? `kb:${holder.id}`, name: holder.name, entityId: holder.id };
}

const SYNONYMS: Record<string, string> = { premier: 'prime minister', 'secretary of state': 'foreign minister', chancellor: 'prime minister' };
const sameTitle = (a: string, b: string): boolean => (SYNONYMS[a] ?? a) === (SYNONYMS[b] ?? b);
