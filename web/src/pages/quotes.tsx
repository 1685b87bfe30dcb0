import { useState } from 'preact/hooks';
import { apiUrl, useApi, type Paged, type StoredQuote } from '../api.js';
import { ActorLink, Loading, Pager } from '../components/bits.js';
import { href, type Route } from '../router.js';

/** Direct quotes in quotation marks, unless the stored text already carries them. */
export function quoted(q: Pick<StoredQuote, 'direct' | 'text'>): string {
  return q.direct && !/^["“«„'‘]/.test(q.text) ? `“${q.text}”` : q.text;
}

export function QuoteCard(props: { q: StoredQuote }) {
  const q = props.q;
  return (
    <div class="card quote">
      <span class="quote-text">{quoted(q)}</span>
      <div class="small muted">
        — {q.speaker ? <ActorLink actor={q.speaker} showRole /> : 'unknown speaker'} · {q.published ?? 'date unknown'} ·{' '}
        <a href={href(['article', q.articleId])}>{q.title ?? q.articleId}</a> · {q.direct ? 'direct' : 'reported'}
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
            {data.items.length ? data.items.map((x) => <QuoteCard key={x.id} q={x} />) : <p class="muted">No quotes match.</p>}
            <Pager total={data.total} limit={PAGE} offset={offset} onPage={(o) => (location.hash = href(['quotes'], { q, speaker, offset: String(o) }))} />
          </>
        )}
      </Loading>
    </div>
  );
}
