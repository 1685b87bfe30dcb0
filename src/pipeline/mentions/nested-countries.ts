/**
 * Rule: a country named inside an organization's name ("Polish Radio",
 * "Russian Foreign Ministry") is named too: the base's matcher, run over the
 * organization's own words, finds it.
 */
import type { Doc } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { makeMention } from './mention.js';

/** A country's name or adjective as a whole word; compiled once per form, as every organization of the country asks again. */
const FORM_PATTERNS = new Map<string, RegExp>();
function formPattern(form: string): RegExp {
  let re = FORM_PATTERNS.get(form);
  if (!re) FORM_PATTERNS.set(form, (re = new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u')));
  return re;
}

export function countriesInsideOrganizations(doc: Doc, kb: KnowledgeBase, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const o of mentions) {
    if (o.type !== 'organization') continue;
    const surface = doc.text.slice(o.range.start, o.range.end);
    // An organization of a country whose name holds the country's name or adjective ("Polish Radio").
    const own = o.country ? kb.country(o.country) : undefined;
    if (own) {
      for (const form of [own.name, ...own.aliases, ...own.adjectives]) {
        const at = formPattern(form).exec(surface);
        if (!at || form.length < 3) continue;
        out.push(makeMention(doc, {
          type: 'country', range: { start: o.range.start + at.index, end: o.range.start + at.index + form.length }, name: own.name,
          entityId: own.code, country: own.code, via: 'demonym', rule: 'mentions/nested-country', confidence: 0.8,
        }));
        break;
      }
    }
    for (const m of kb.match(surface)) {
      if (m.kind !== 'country' || m.form === 'seat') continue;
      const c = kb.country(m.id);
      if (!c) continue;
      out.push(makeMention(doc, {
        type: 'country', range: { start: o.range.start + m.start, end: o.range.start + m.end }, name: c.name, entityId: c.code,
        country: c.code, via: m.form === 'adjective' ? 'demonym' : 'alias', rule: 'mentions/nested-country', confidence: 0.8,
      }));
    }
  }
  return out;
}
