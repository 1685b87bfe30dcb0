import type { Doc } from '../../core/doc.js';
import type { RecordOrganization, RecordPerson, RecordPlace } from '../../core/record.js';
import type { CountryCode } from '../../core/types.js';
import type { PipelineContext } from '../context.js';
import { rawSpans } from './evidence.js';
import { aliasesOf, canonicalName, firstOf, groupMentions, isNameMention, type MentionGroup } from './group-mentions.js';
import { mergeShortForms } from './short-forms.js';

const provenance = (doc: Doc, g: MentionGroup) => ({
  evidence: rawSpans(doc, g.mentions.map((m) => m.range)),
  rule: g.mentions.find(isNameMention)?.rule ?? g.mentions[0]!.rule,
  confidence: Math.max(...g.mentions.map((m) => m.confidence)),
});

/** People named in the article (someone only described or pronoun-referred is not listed). */
export function recordPersons(doc: Doc, ctx: PipelineContext): RecordPerson[] {
  return groupMentions(doc, 'person')
    .filter((g) => g.mentions.some(isNameMention))
    .map((g) => {
      const id = firstOf(g, 'entityId');
      const gender = id ? ctx.kb.person(id)?.gender : undefined;
      return withoutUndefined({
        name: canonicalName(g), country: firstOf(g, 'country'), id, role: firstOf(g, 'role'), gender,
        aliases: aliasesOf(g), ...provenance(doc, g),
      });
    });
}

export function recordOrganizations(doc: Doc, ctx: PipelineContext): RecordOrganization[] {
  return mergeShortForms(groupMentions(doc, 'organization'))
    .filter((g) => g.mentions.some(isNameMention))
    .map((g) => {
      const id = firstOf(g, 'entityId');
      return withoutUndefined({
        name: canonicalName(g), id, acronym: id ? ctx.kb.organization(id)?.acronym : undefined,
        aliases: aliasesOf(g), ...provenance(doc, g),
      });
    });
}

/** Cities, regions and venues; the dateline's place is one too when no mention covers it. */
export function recordPlaces(doc: Doc, ctx: PipelineContext): RecordPlace[] {
  const places: RecordPlace[] = mergeShortForms(groupMentions(doc, 'place')).map((g) => {
    const id = firstOf(g, 'entityId');
    const city = id ? ctx.kb.city(id) : undefined;
    return withoutUndefined({
      name: canonicalName(g), country: firstOf(g, 'country') ?? city?.country, id, lat: city?.lat, lon: city?.lon,
      aliases: aliasesOf(g), ...provenance(doc, g),
    });
  });
  const d = doc.dateline;
  if (d) {
    const same = places.find((p) => (d.entityId && p.id === d.entityId) || p.name === d.name);
    const span = rawSpans(doc, [d.range]);
    if (same) same.evidence = [...span, ...same.evidence].sort((a, b) => a.start - b.start);
    else {
      places.unshift(withoutUndefined({
        name: d.name, country: d.country, id: d.entityId, lat: d.lat, lon: d.lon,
        aliases: [doc.text.slice(d.range.start, d.range.end)], evidence: span, rule: 'clean/dateline', confidence: 0.9,
      }));
    }
  }
  places.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  return places;
}

/**
 * The countries of the article: exactly the countries of mentions the mentions
 * stage typed `country` (names, adjectives, metonyms), in order of first mention.
 * This is the one place that rule lives.
 */
export function recordCountries(doc: Doc): CountryCode[] {
  const out = new Set<CountryCode>();
  const ordered = doc.mentions.filter((m) => m.type === 'country' && m.country).sort((a, b) => a.range.start - b.range.start);
  for (const m of ordered) out.add(m.country!.toUpperCase());
  return [...out];
}

/** Drops undefined fields so the JSON record stays small and stable. */
export function withoutUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
