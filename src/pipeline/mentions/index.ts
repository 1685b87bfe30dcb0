/**
 * Mentions stage: people, organizations, places and countries. Rules run in
 * order, each seeing what the earlier ones found:
 *   1. knowledge-base aliases (people, organizations, cities, countries, demonyms, seats)
 *   2. people the base does not know: "Title Name", appositions, full names that speak
 *   3. organizations the base does not know, by the shape of their names
 *   -- overlaps resolved (longest, then surest) --
 *   4. short forms of people already named ("Lavrov", "Wang"), else of the one office holder
 *      in the base with that surname on the article's date ("President Ramaphosa")
 *   5. descriptions of office holders ("the Russian president", "his Chinese counterpart")
 *   6. pronouns, for quote attribution
 */
import type { Doc } from '../../core/doc.js';
import type { PipelineContext } from '../context.js';
import { findKbAliasMentions } from './kb-aliases.js';
import { findTitleNameMentions } from './title-names.js';
import { findAppositionMentions } from './appositions.js';
import { findNamedSpeakerMentions } from './named-speakers.js';
import { findOrgPatternMentions } from './org-patterns.js';
import { resolveOverlaps } from './overlaps.js';
import { findPlacePatternMentions } from './place-patterns.js';
import { findRepeatedNameMentions } from './repeated-names.js';
import { findSurnameMentions } from './surnames.js';
import { findKbSurnameMentions } from './kb-surnames.js';
import { findDescriptionMentions } from './descriptions.js';
import { findPronounMentions } from './pronouns.js';
import { findTranscriptFirstPerson } from './transcript-speakers.js';
import { unifyPersonNames } from './unify-names.js';
import { countriesInsideOrganizations } from './nested-countries.js';
import { dropHeadlineCaseNames } from './headline-names.js';
import { knownWithoutMiddleNames } from './middle-names.js';

export function findMentions(doc: Doc, ctx: PipelineContext): void {
  const { kb } = ctx;
  let found = findKbAliasMentions(doc, kb);
  found = [...found, ...findTitleNameMentions(doc, found)];
  found = [...found, ...findAppositionMentions(doc, found)];
  found = [...found, ...findNamedSpeakerMentions(doc, found)];
  found = [...found, ...findOrgPatternMentions(doc, kb, found)];
  found = [...found, ...findPlacePatternMentions(doc, kb, found)];
  found = [...found, ...findRepeatedNameMentions(doc, found)];
  const resolved = knownWithoutMiddleNames(doc, kb, resolveOverlaps(dropHeadlineCaseNames(doc, found)));
  // A country named inside an organization's name ("Polish Radio", "Russian Foreign Ministry") is still named.
  const nestedCountries = countriesInsideOrganizations(doc, kb, resolved);
  let named = unifyPersonNames(resolved);
  const surnames = findSurnameMentions(doc, named);
  // (A place the surname displaced is dropped: "Santos" the president, not the Brazilian port.)
  const displaced = new Set(surnames.map((s) => `${s.range.start}:${s.range.end}`));
  named = resolveOverlaps([...named.filter((m) => m.type !== 'place' || !displaced.has(`${m.range.start}:${m.range.end}`)), ...surnames]);
  named = resolveOverlaps([...named, ...findKbSurnameMentions(doc, kb, named)]);
  // Descriptions and pronouns may hold a country mention ("the Russian president"): both are kept.
  const descriptions = resolveOverlaps(findDescriptionMentions(doc, kb, named));
  const pronouns = findPronounMentions(doc, kb, [...named, ...descriptions]);
  const firstPerson = findTranscriptFirstPerson(doc, named);
  doc.mentions = [...named, ...nestedCountries, ...descriptions, ...pronouns, ...firstPerson].sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
}
