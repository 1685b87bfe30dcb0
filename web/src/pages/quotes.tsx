import { useState } from 'preact/hooks';
import { apiUrl, useApi, type Paged, type StoredQuote } from '../api.js';
import { ActorLink, Loading, Pager } from '../components/bits.js';
import { HighlightedText, type Highlight } from '../components/highlighted-text.js';
import { href, type Route } from '../router.js';

/** Direct quotes in quotation marks, unless the stored text already carries them. */
export function quoted(q: Pick<StoredQuote, 'direct' | 'text'>): string {
  return q.direct && !/^["“«„'‘]/.test(q.text) ? `“${q.text}”` : q.text;
}

/** Where the searched words occur in a text (case-insensitive), to highlight them. */
export function wordHits(text: string, query: string): Highlight[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  const lower = text.toLowerCase();
  const hits: Highlight[] = [];
  for (const w of words) {
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + w.length)) hits.push({ start: i, end: i + w.length, kind: 'event' });
  }
  return hits;
}

export function QuoteCard(props: { q: StoredQuote; search?: string }) {
  const q = props.q;
  const text = quoted(q);
  return (
    <div class="card quote">
      {props.search ? <HighlightedText class="quote-text inline" text={text} highlights={wordHits(text, props.search)} /> : <span class="quote-text">{text}</span>}
      <div class="small muted">
        — {q.speaker ? <ActorLink actor={q.speaker} showRole /> : 'unknown speaker'} · {q.published ?? 'date unknown'} ·{' '}
        <a href={href(['article', q.articleId], { quote: q.id.slice(q.articleId.length + 1) })}>{q.title ?? q.articleId}</a> · {q.direct ? 'direct' : 'reported'}
      </div>
    </div>
  );
}

const PAGE = 50;

export function QuotesPage(props: { route: Route }) {
  const q = props.route.query.get('q') ?? '';
  const speaker = props.route.query.get('speaker') ?? '';
  const offset = Number(props.route.query.get('offset') ?? 0) || 0;
  const [text, setText] = useState(q);
  const [who, setWho] = useState(speaker);
  const { data, error, loading } = useApi<Paged<StoredQuote>>(apiUrl('quotes', { q, speaker, limit: PAGE, offset }));
  return (
    <div>
      <h1>Quotes</h1>
      <form class="filters card" onSubmit={(e) => { e.preventDefault(); location.hash = href(['quotes'], { q: text, speaker: who }); }}>
        <label>Words<input name="q" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} placeholder="cooperation" /></label>
        <label>Speaker<input name="speaker" value={who} onInput={(e) => setWho((e.target as HTMLInputElement).value)} placeholder="Lavrov" /></label>
        <button type="submit">Search</button>
      </form>
      <Loading loading={loading} error={error}>
        {data && (
          <>
            {data.items.length ? data.items.map((x) => <QuoteCard key={x.id} q={x} search={q} />) : <p class="muted">No quotes match.</p>}
            <Pager total={data.total} limit={PAGE} offset={offset} onPage={(o) => (location.hash = href(['quotes'], { q, speaker, offset: String(o) }))} />
          </>
        )}
      </Loading>
    </div>
  );
}
