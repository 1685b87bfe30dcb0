import { apiUrl, useApi, type EventDetail } from '../api.js';
import { ActorLink, DateText, eventTitle, KindBadge, Loading, Status } from '../components/bits.js';
import { HighlightedText } from '../components/highlighted-text.js';
import { LazyWorldMap } from '../components/lazy.js';
import { href } from '../router.js';
import { quoted } from './quotes.js';

type Agreements = EventDetail['agreement'];

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object' && 'name' in value) return String((value as { name: string }).name);
  return String(value);
}

/** Where sources disagree: the value most give, and what the others say. */
function Conflicts(props: { agreement: Agreements; titles: Map<string, string> }) {
  const rows = (Object.entries(props.agreement) as [string, Agreements[keyof Agreements]][]).filter(([, a]) => a.conflicts.length);
  if (!rows.length) return <p class="muted small">All sources agree.</p>;
  return (
    <div class="card conflict">
      <strong>Sources disagree</strong>
      <ul>
        {rows.map(([field, a]) => (
          <li key={field}>
            <strong>{field}</strong>: {show(a.value)} ({a.agree.length} of {a.of})
            {a.conflicts.map((c, i) => (
              <span key={i}>; {show(c.value)} per {c.sources.map((s) => props.titles.get(s) ?? s).join(', ')}</span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function EventPage(props: { id: string }) {
  const { data: e, error, loading } = useApi<EventDetail>(apiUrl(`events/${encodeURIComponent(props.id)}`));
  if (!e) return <Loading loading={loading} error={error} />;
  const roles = new Map<string, string>();
  for (const s of e.sources) for (const p of s.participants) if (p.name && p.role && !roles.has(p.name)) roles.set(p.name, p.role);
  const dateHow = e.sources.find((s) => s.date === e.date && s.date_how)?.date_how;
  const titles = new Map(e.sources.map((s) => [s.articleId, s.title ?? s.articleId]));
  const loc = e.location;
  return (
    <div>
      <h1><KindBadge kind={e.kind} /> {eventTitle(e)}<Status status={e.status} /></h1>
      <div class="grid2">
        <div class="card">
          <dl class="facts">
            <dt>Participants</dt>
            <dd>
              {e.participants.map((p) => (
                <div key={p.id}>
                  <ActorLink actor={{ id: p.id, name: p.name, country: p.country, role: roles.get(p.name) }} showRole />
                  <span class="muted small"> · {p.sources} source{p.sources === 1 ? '' : 's'}</span>
                </div>
              ))}
            </dd>
            <dt>Date</dt><dd class="event-date"><DateText date={e.date} end={e.date_end} how={dateHow} /></dd>
            <dt>Place</dt><dd>{loc ? `${loc.name}${loc.country ? `, ${loc.country}` : ''}` : <span class="muted">not stated</span>}</dd>
            <dt>Occasion</dt><dd>{e.occasion?.name ?? <span class="muted">none stated</span>}</dd>
            <dt>Status</dt><dd>{e.status}</dd>
            <dt>Countries</dt><dd>{e.countries.map((c) => <a key={c} href={href(['actor', `country:${c}`])}>{c} </a>)}</dd>
          </dl>
          <h2>Agreement</h2>
          <Conflicts agreement={e.agreement} titles={titles} />
        </div>
        <div>
          {loc && typeof loc.lat === 'number' && typeof loc.lon === 'number' ? (
            <LazyWorldMap compact countries={e.countries} points={[{ key: loc.name, lat: loc.lat, lon: loc.lon, label: loc.name, weight: 1 }]} />
          ) : (
            <LazyWorldMap compact countries={e.countries} points={[]} />
          )}
        </div>
      </div>
      <h2>Sources ({e.sources.length})</h2>
      {e.sources.map((s) => (
        <div class="card source" key={s.reportId}>
          <div>
            <a href={href(['article', s.articleId], { event: s.reportId.slice(s.articleId.length + 1) })}><strong>{s.title ?? s.articleId}</strong></a>
            <span class="muted small"> · published {s.published ?? 'unknown'} · says {s.kind}, {s.status}, <DateText date={s.date} how={s.date_how} />
              {s.location ? `, ${s.location.name}` : ''} · rule {s.rule} · confidence {s.confidence.toFixed(2)}</span>
          </div>
          {s.excerpts.length ? s.excerpts.map((x) => (
            <HighlightedText key={x.offset} class="excerpt" text={x.text}
              highlights={x.highlights.map((h) => ({ start: h.start - x.offset, end: h.end - x.offset, kind: 'support', label: 'supports this event' }))} />
          )) : (
            <p class="muted small">No evidence spans stored for this source.</p>
          )}
        </div>
      ))}
      <h2>Quotes ({e.quotes.length})</h2>
      {e.quotes.length ? e.quotes.map((q) => (
        <div class="card" key={q.id}>
          <span class="quote-text">{quoted(q)}</span>
          <div class="small muted">— {q.speaker ? <ActorLink actor={q.speaker} /> : 'unknown'} · <a href={href(['article', q.articleId], { quote: q.id.slice(q.articleId.length + 1) })}>{q.title ?? q.articleId}</a></div>
        </div>
      )) : <p class="muted small">No quotes from the participants in these sources.</p>}
    </div>
  );
}
