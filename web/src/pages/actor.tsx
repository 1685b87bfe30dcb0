import { useState } from 'preact/hooks';
import { apiUrl, useApi, type ActorPage, type ActorSummary, type Paged } from '../api.js';
import { ActorLink, Loading, Pager } from '../components/bits.js';
import { RoleBars } from '../components/role-bars.js';
import { TimelineChart } from '../components/timeline-chart.js';
import { href, type Route } from '../router.js';
import { QuoteCard } from './quotes.js';
import { EventTable } from './timeline.js';

export function ActorPageView(props: { id: string }) {
  const { data: a, error, loading } = useApi<ActorPage>(apiUrl(`actors/${encodeURIComponent(props.id)}`));
  if (!a) return <Loading loading={loading} error={error} />;
  return (
    <div>
      <h1>{a.name} <span class="muted small">{a.kind}{a.country ? ` · ${a.country}` : ''}</span></h1>
      <p class="muted small">
        {a.articles} articles · {a.mentions} mentions · {a.events} events · {a.quotes} quotes
        {a.aliases.length ? ` · also written ${a.aliases.join(', ')}` : ''}
      </p>
      <div class="grid2">
        {a.kind === 'person' ? (
        <div class="card">
          <h2>Roles over time</h2>
          <RoleBars roles={a.kbRoles} />
          {a.kbRoles.length ? (
            <table class="small">
              <thead><tr><th>role</th><th>of</th><th>from</th><th>to</th></tr></thead>
              <tbody>
                {[...a.kbRoles].sort((x, y) => (x.from ?? '').localeCompare(y.from ?? '')).map((r, i) => (
                  <tr key={i}><td>{r.title}</td><td>{r.of}{r.to_country ? ` → ${r.to_country}` : ''}</td><td class="nowrap">{r.from ?? '?'}</td><td class="nowrap">{r.to ?? 'now'}</td></tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {a.roles.length ? <p class="small">Roles named in articles: {a.roles.join(', ')}</p> : null}
          {!a.kbRoles.length && !a.roles.length ? <p class="muted small">No roles known.</p> : null}
        </div>
        ) : null}
        <div class="card">
          <h2>Counterparts</h2>
          {a.counterparts.length ? (
            <ul>
              {a.counterparts.map((c) => (
                <li key={c.id}>
                  <ActorLink actor={c} /> <span class="muted small">· {c.events} event{c.events === 1 ? '' : 's'}</span>
                  {a.kind === 'country' && c.kind === 'country' ? <a class="small" href={href(['events'], { country: `${a.country},${c.country}` })}> timeline →</a> : null}
                </li>
              ))}
            </ul>
          ) : <p class="muted small">No meetings with others.</p>}
        </div>
      </div>
      <h2>Meetings ({a.meetingsTotal})</h2>
      <TimelineChart events={a.meetings} />
      <EventTable events={a.meetings} />
      <h2>Quotes ({a.quotes})</h2>
      {a.quoteList.map((q) => <QuoteCard key={q.id} q={q} />)}
    </div>
  );
}

const PAGE = 50;

export function ActorsPage(props: { route: Route }) {
  const q = props.route.query.get('q') ?? '';
  const kind = props.route.query.get('kind') ?? '';
  const offset = Number(props.route.query.get('offset') ?? 0) || 0;
  const [text, setText] = useState(q);
  const { data, error, loading } = useApi<Paged<ActorSummary>>(apiUrl('actors', { q, kind, limit: PAGE, offset }));
  return (
    <div>
      <h1>Actors</h1>
      <form class="filters card" onSubmit={(e) => { e.preventDefault(); location.hash = href(['actors'], { q: text, kind }); }}>
        <label>Name<input name="q" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} /></label>
        <label>Kind
          <select value={kind} onChange={(e) => (location.hash = href(['actors'], { q: text, kind: (e.target as HTMLSelectElement).value }))}>
            <option value="">any</option><option value="person">person</option><option value="organization">organization</option><option value="country">country</option>
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
      <Loading loading={loading} error={error}>
        {data && (
          <>
            <table>
              <thead><tr><th>name</th><th>kind</th><th>events</th><th>quotes</th><th>articles</th></tr></thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.id}><td><ActorLink actor={a} /></td><td>{a.kind}</td><td>{a.events}</td><td>{a.quotes}</td><td>{a.articles}</td></tr>
                ))}
              </tbody>
            </table>
            <Pager total={data.total} limit={PAGE} offset={offset} onPage={(o) => (location.hash = href(['actors'], { q, kind, offset: String(o) }))} />
          </>
        )}
      </Loading>
    </div>
  );
}
