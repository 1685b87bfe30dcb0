/**
 * Rule: knowledge-base aliases. One pass of the base's matcher over the text;
 * each match becomes a person, organization, place or country mention.
 */
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import type { KbMatch, KnowledgeBase } from '../../kb/types.js';
import { makeMention } from './mention.js';
import { writtenRoles } from './written-roles.js';

const RULE = 'mentions/kb-alias';

export function findKbAliasMentions(doc: Doc, kb: KnowledgeBase): Mention[] {
  const out: Mention[] = [];
  const matches = kb.match(doc.text);
  // (Only the dateline's country: "Vienna" in a story naming the U.S. and not Austria is still Austria's capital.)
  const storyCountries = doc.dateline?.country ? [doc.dateline.country] : [];
  for (const [i, match] of matches.entries()) {
    // ("Palm Beach, Florida", "Cordoba, Spain": the region or country named right after says which.)
    const next = matches[i + 1];
    const after = next && /^,\s*$/.test(doc.text.slice(match.end, next.start)) ? placeCountry(kb, next) : undefined;
    const m = toMention(doc, kb, after ? inStoryCountry(kb, match, [after], true) : inStoryCountry(kb, match, storyCountries));
    if (m) out.push(m);
  }
  return withRolesWritten(doc, kb, out);
}

/** "Chinese President Xi Jinping ... Xi said": the office the text once names a person by is his in every mention. */
function withRolesWritten(doc: Doc, kb: KnowledgeBase, mentions: Mention[]): Mention[] {
  const written = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.entityId || written.has(m.entityId)) continue;
    const role = writtenRoles(doc.text, m.range, kb.roleOn(m.entityId, doc.referenceDate))[0];
    if (role) written.set(m.entityId, role.title);
  }
  return mentions.map((m) => (m.entityId && written.has(m.entityId) ? { ...m, role: written.get(m.entityId)! } : m));
}

/** A city this large, or a capital, keeps its usual reading even in a story datelined elsewhere. */
const GREAT_CITY = 1_000_000;

/** The country of a region or country match ("Florida" → US, "Spain" → ES). */
function placeCountry(kb: KnowledgeBase, m: KbMatch): string | undefined {
  if (m.kind === 'country' && m.form !== 'seat' && m.form !== 'adjective') return m.id;
  return m.kind === 'city' && kb.city(m.id)?.kind === 'region' ? m.country : undefined;
}

/**
 * "a state banquet at Bellevue" in a story from Berlin is the German palace, not the town in Washington state: of the
 * places a name may be, the one in the dateline's country, when the most salient one is elsewhere.
 */
function inStoryCountry(kb: KnowledgeBase, match: KbMatch, countries: readonly string[], named = false): KbMatch {
  if (match.kind !== 'city' || !match.candidates || !match.country || countries.includes(match.country)) return match;
  if (named) {
    const id = match.candidates.find((c) => kb.city(c)?.country === countries[0]);
    return id ? { ...match, id, country: countries[0] } : match;
  }
  // ("Swaraj will travel to Dhaka" from New Delhi, "to Vienna" from Washington: a capital or a great city is what a
  // story means by its name, wherever it is datelined.)
  const salient = kb.city(match.id);
  if (!salient || (salient.population ?? 0) >= GREAT_CITY || kb.country(salient.country)?.capital === salient.name) return match;
  for (const country of countries) {
    const id = match.candidates.find((c) => kb.city(c)?.country === country);
    if (id) return { ...match, id, country };
  }
  return match;
}

function toMention(doc: Doc, kb: KnowledgeBase, match: KbMatch): Mention | undefined {
  const range = { start: match.start, end: match.end };
  switch (match.kind) {
    case 'person': {
      const p = kb.person(match.id);
      if (!p) return undefined;
      const role = kb.roleOn(p.id, doc.referenceDate)[0];
      return makeMention(doc, {
        type: 'person', range, name: p.name, entityId: p.id, country: p.country, role: role?.title,
        via: 'alias', rule: RULE, confidence: 0.95,
      });
    }
    case 'organization': {
      const o = kb.organization(match.id);
      if (!o) return undefined;
      // The article's own spelling names it ("State Department", "G20"); the id keeps the canonical record.
      return makeMention(doc, {
        type: 'organization', range, name: articleSpelling(doc.text.slice(range.start, range.end), false) || o.name, entityId: o.id, country: o.country,
        via: 'alias', rule: RULE, confidence: 0.9,
      });
    }
    case 'city': {
      const c = kb.city(match.id);
      if (!c) return undefined;
      return makeMention(doc, {
        type: 'place', range, name: articleSpelling(doc.text.slice(range.start, range.end)) || c.name, entityId: c.id, country: c.country,
        via: 'alias', rule: RULE, confidence: 0.85,
      });
    }
    case 'country': {
      const c = kb.country(match.id);
      if (!c) return undefined;
      if (match.form === 'seat') {
        // "the Kremlin", "the White House": the seat is named as an institution of its country.
        return makeMention(doc, {
          type: 'organization', range, name: match.alias.replace(/^the\s+/i, ''), country: c.code,
          via: 'metonym', rule: `${RULE}/seat`, confidence: 0.85,
        });
      }
      if (match.form === 'capital') {
        const city = kb.cityByName(match.alias, c.code);
        return makeMention(doc, {
          type: 'place', range, name: city?.name ?? match.alias, entityId: city?.id, country: c.code,
          via: 'alias', rule: `${RULE}/capital`, confidence: 0.8,
        });
      }
      return makeMention(doc, {
        type: 'country', range, name: c.name, entityId: c.code, country: c.code,
        via: match.form === 'adjective' ? 'demonym' : 'alias', rule: RULE, confidence: 0.95,
      });
    }
    case 'gathering': {
      // "SCO summit" names the organization that holds it; the events stage reads the gathering itself.
      const g = kb.gatherings.find((x) => x.id === match.id);
      const org = g ? kb.organization(g.org) : undefined;
      if (!org) return undefined;
      const surface = doc.text.slice(range.start, range.end);
      const name = org.acronym && surface.includes(org.acronym) ? org.acronym : org.name;
      return makeMention(doc, {
        type: 'organization', range, name, entityId: org.id, country: org.country,
        via: 'alias', rule: `${RULE}/gathering`, confidence: 0.8,
      });
    }
  }
  return undefined;
}

/** A name as the article spells it, without a leading article or a possessive; all-capital datelines are title-cased. */
function articleSpelling(surface: string, titleCaseCapitals = true): string {
  let s = surface.replace(/^the\s+/i, '').replace(/(?:['’]s|\ss)$/, '').trim();
  // "HANOI:" in a dateline is Hanoi; an organization's capitals ("BRICS", "NATO") are its acronym.
  if (titleCaseCapitals && s.length > 4 && s === s.toUpperCase() && /\s|^\p{Lu}{5,}$/u.test(s)) s = s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return s;
}
