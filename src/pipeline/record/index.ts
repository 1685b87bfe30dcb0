import type { Doc } from '../../core/doc.js';
import type { ArticleRecord } from '../../core/record.js';
import type { PipelineContext } from '../context.js';
import { recordCountries, recordOrganizations, recordPersons, recordPlaces, withoutUndefined } from './entities.js';
import { recordEvent, recordQuote } from './facts.js';

export { foldName } from './group-mentions.js';

/** The article record of a processed Doc: canonical names, every fact with raw-text evidence spans. */
export function toRecord(doc: Doc, ctx: PipelineContext, pipeline: string): ArticleRecord {
  return withoutUndefined({
    id: doc.id,
    title: doc.title,
    url: doc.url,
    source: doc.source,
    published: doc.published?.value ?? null,
    published_how: doc.published?.how,
    persons: recordPersons(doc, ctx),
    organizations: recordOrganizations(doc, ctx),
    places: recordPlaces(doc, ctx),
    countries: recordCountries(doc),
    events: doc.events.map((e) => recordEvent(doc, e)),
    quotes: doc.quotes.map((q) => recordQuote(doc, q)),
    diagnostics: doc.diagnostics,
    pipeline,
  });
}
