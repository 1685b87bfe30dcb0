import { apiUrl, useApi, type ArticlePage, type ArticleSummary, type Paged } from '../api.js';
import { Loading, Pager } from '../components/bits.js';
import { RecordView } from '../components/record-view.js';
import { href, type Route } from '../router.js';

/** The fact a link points at: `?event=<record event id>` or `?quote=<record quote id>`. */
function activeFact(route: Route): string | undefined {
  const event = route.query.get('event');
  const quote = route.query.get('quote');
  return event ? `event:${event}` : quote ? `quote:${quote}` : undefined;
}

export function ArticlePageView(props: { id: string; route: Route }) {
  const { data: a, error, loading } = useApi<ArticlePage>(apiUrl(`articles/${encodeURIComponent(props.id)}`));
  if (!a) return <Loading loading={loading} error={error} />;
  return (
    <div>
      <h1>{a.title ?? a.id}</h1>
      <p class="muted small">
        {a.url ? <>{a.url} · </> : null}source {a.source ?? '—'} · stored {a.storedAt} · {a.events} events · {a.quotes} quotes
      </p>
      <RecordView text={a.text} record={a.record} active={activeFact(props.route)} eventLinks={a.eventLinks} />
    </div>
  );
}

const PAGE = 50;

export function ArticlesPage(props: { route: Route }) {
  const offset = Number(props.route.query.get('offset') ?? 0) || 0;
  const { data, error, loading } = useApi<Paged<ArticleSummary>>(apiUrl('articles', { limit: PAGE, offset }));
  return (
    <div>
      <h1>Articles</h1>
      <Loading loading={loading} error={error}>
        {data && (
          <>
            <table>
              <thead><tr><th>published</th><th>title</th><th>events</th><th>quotes</th></tr></thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.id}>
                    <td>{a.published ?? '—'}</td>
                    <td><a href={href(['article', a.id])}>{a.title ?? a.id}</a></td>
                    <td>{a.events}</td>
                    <td>{a.quotes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager total={data.total} limit={PAGE} offset={offset} onPage={(o) => (location.hash = href(['articles'], { offset: String(o) }))} />
          </>
        )}
      </Loading>
    </div>
  );
}
