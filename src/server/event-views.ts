import type { Span } from '../core/span.js';
import type { CanonicalEvent, EventFilter, Store } from '../store/types.js';
import type { EventSummary, Excerpt } from './api-types.js';
import type { EventsQuery, MapQuery } from './schemas.js';

/** The store's event filter from the API's query: `country=CN,RU` means events between the two. */
export function toEventFilter(q: Partial<EventsQuery> & Pick<MapQuery, 'country'>): EventFilter {
  const filter: EventFilter = {};
  if (q.country?.length === 2) filter.between = [q.country[0]!, q.country[1]!];
  else if (q.country?.length === 1) filter.country = q.country[0];
  if (q.actor) filter.actor = q.actor;
  if (q.kind) filter.kind = q.kind;
  if (q.status) filter.status = q.status;
  if (q.occasion) filter.occasion = q.occasion;
  if (q.from) filter.from = q.from;
  if (q.to) filter.to = q.to;
  if (q.article) filter.articleId = q.article;
  return filter;
}

/** A list entry: sources named, their evidence left for the event page. */
export function summarizeEvent(e: CanonicalEvent): EventSummary {
  const { sources, ...rest } = e;
  return { ...rest, sources: sources.map((s) => ({ articleId: s.articleId, title: s.title, published: s.published })) };
}

/** Every event matching a filter, page by page, up to `cap` (map and country network aggregate them). */
export async function allEvents(store: Store, filter: EventFilter, cap = 5000): Promise<CanonicalEvent[]> {
  const out: CanonicalEvent[] = [];
  for (let offset = 0; offset < cap; offset += 500) {
    const page = await store.listEvents(filter, { limit: Math.min(500, cap - offset), offset });
    out.push(...page.items);
    if (page.items.length === 0 || out.length >= page.total) break;
  }
  return out;
}

const CONTEXT = 300;

/** The line (paragraph) around a span, cut to CONTEXT characters either side. */
function windowAround(text: string, span: Span): Span {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const nextBreak = text.indexOf('\n', span.end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  return { start: Math.max(lineStart, span.start - CONTEXT), end: Math.min(lineEnd, span.end + CONTEXT) };
}

/**
 * The paragraphs around a source's evidence, one excerpt per stretch of
 * text (spans in the same paragraph share one), so the event page shows the
 * supporting sentences in context without sending the whole article.
 */
export function excerptsAround(text: string, evidence: readonly Span[]): Excerpt[] {
  const valid = evidence
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const out: Excerpt[] = [];
  let last: (Excerpt & { end: number }) | null = null;
  for (const span of valid) {
    const w = windowAround(text, span);
    if (last && w.start <= last.end) {
      last.end = Math.max(last.end, w.end);
      last.text = text.slice(last.offset, last.end);
      last.highlights.push({ start: span.start, end: span.end });
      continue;
    }
    last = { offset: w.start, end: w.end, text: text.slice(w.start, w.end), highlights: [{ start: span.start, end: span.end }] };
    out.push(last);
  }
  return out.map(({ offset, text: t, highlights }) => ({ offset, text: t, highlights }));
}
