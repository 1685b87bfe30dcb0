import { useState } from 'preact/hooks';
import { apiUrl, useApi, type ActorSummary, type EventSummary, type Paged } from '../api.js';
import { DateText, eventTitle, KindBadge, Loading, Pager, Participants, Status } from '../components/bits.js';
import { TimelineChart } from '../components/timeline-chart.js';
import { href, type Route } from '../router.js';

const FIELDS = ['a', 'b', 'actor', 'kind', 'status', 'occasion', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];
const PAGE = 100;

/** The filter form's values are the page's URL: a filtered timeline can be bookmarked and shared. */
function filtersOf(route: Route): Record<Field, string> {
  const [a = '', b = ''] = (route.query.get('country') ?? '').split(',');
  const out = { a, b } as Record<Field, string>;
  for (const f of FIELDS.slice(2)) out[f] = route.query.get(f) ?? '';
  return out;
}

function FilterForm(props: { initial: Record<Field, string>; countries: string[] }) {
  const [v, setV] = useState(props.initial);
  const set = (f: Field) => (e: Event) => setV({ ...v, [f]: (e.target as HTMLInputElement).value });
  const apply = (e: Event) => {
    e.preventDefault();
    const country = [v.a, v.b].map((s) => s.trim().toUpperCase()).filter(Boolean).join(',');
    location.hash = href(['events'], { country, actor: v.actor, kind: v.kind, status: v.status, occasion: v.occasion, from: v.from, to: v.to });
  };
  return (
    <form class="filters card" onSubmit={apply} aria-label="filters">
      <label>Country<input name="country-a" list="countries" size={4} maxLength={2} value={v.a} onInput={set('a')} placeholder="CN" /></label>
      <label>and country<input name="country-b" list="countries" size={4} maxLength={2} value={v.b} onInput={set('b')} placeholder="RU" /></label>
      <datalist id="countries">{props.countries.map((c) => <option key={c} value={c} />)}</datalist>
      <label>Actor<input name="actor" value={v.actor} onInput={set('actor')} placeholder="name or id" /></label>
      <label>Kind
        <select name="kind" value={v.kind} onChange={set('kind')}>
          <option value="">any</option>
          {['meeting', 'call', 'visit', 'summit', 'signing'].map((k) => <option key={k} value={k}>{k}</option>)}
        </select>
      </label>
      <label>Status
        <select name="status" value={v.status} onChange={set('status')}>
          <option value="">any</option>
          {['occurred', 'planned', 'cancelled', 'postponed'].map((k) => <option key={k} value={k}>{k}</option>)}
        </select>
      </label>
      <label>Occasion<input name="occasion" value={v.occasion} onInput={set('occasion')} placeholder="SCO" size={10} /></label>
      <label>From<input name="from" value={v.from} onInput={set('from')} placeholder="2022 or 2022-07" size={10} /></label>
      <label>To<input name="to" value={v.to} onInput={set('to')} placeholder="2024-12-31" size={10} /></label>
      <button type="submit">Apply</button>
      <a class="small" href="#/events">clear</a>
    </form>
  );
}

export function EventRow(props: { e: EventSummary }) {
  const e = props.e;
  return (
    <tr>
      <td style="white-space:nowrap"><DateText date={e.date} end={e.date_end} /></td>
      <td><KindBadge kind={e.kind} /><Status status={e.status} /></td>
      <td><a class="event-link" href={href(['event', e.id])}>
        {e.participants.length ? <Participants actors={e.participants.map((p) => ({ name: p.name, country: p.country }))} /> : eventTitle(e)}
      </a></td>
      <td>{e.location?.name ?? ''}{e.location?.country ? <span class="muted small"> {e.location.country}</span> : null}</td>
      <td class="small">{e.occasion?.name ?? ''}</td>
      <td class="small muted">{e.sources.length}</td>
    </tr>
  );
}

export function EventTable(props: { events: readonly EventSummary[] }) {
  return (
    <table class="events">
      <thead><tr><th>date</th><th>kind</th><th>participants</th><th>place</th><th>occasion</th><th>sources</th></tr></thead>
      <tbody>{props.events.map((e) => <EventRow key={e.id} e={e} />)}</tbody>
    </table>
  );
}

export function TimelinePage(props: { route: Route }) {
  const initial = filtersOf(props.route);
  const offset = Number(props.route.query.get('offset') ?? 0) || 0;
  const country = [initial.a, initial.b].filter(Boolean).join(',');
  const query = { country, actor: initial.actor, kind: initial.kind, status: initial.status, occasion: initial.occasion, from: initial.from, to: initial.to };
  const events = useApi<Paged<EventSummary>>(apiUrl('events', { ...query, limit: PAGE, offset }));
  const known = useApi<Paged<ActorSummary>>(apiUrl('actors', { kind: 'country', limit: 300 }));
  const countries = (known.data?.items ?? []).map((c) => c.country ?? '').filter(Boolean).sort();
  const title = initial.a && initial.b ? `${initial.a} – ${initial.b}` : initial.a ? `Events with ${initial.a}` : 'All events';
  return (
    <div>
      <h1>Timeline <span class="muted small">{title}</span></h1>
      <FilterForm key={props.route.query.toString()} initial={initial} countries={countries} />
      <Loading loading={events.loading} error={events.error}>
        {events.data && (
          <>
            <TimelineChart events={events.data.items} />
            {events.data.items.length ? <EventTable events={events.data.items} /> : <p class="muted">No events match these filters.</p>}
            <Pager total={events.data.total} limit={PAGE} offset={offset}
              onPage={(o) => (location.hash = href(['events'], { ...query, offset: String(o) }))} />
          </>
        )}
      </Loading>
    </div>
  );
}
