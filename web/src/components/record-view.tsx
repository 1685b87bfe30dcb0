import { useEffect, useState } from 'preact/hooks';
import type { ArticleRecord } from '../../../src/core/record.js';
import { DateText, KindBadge, Participants, Status } from './bits.js';
import { HighlightedText, type Highlight } from './highlighted-text.js';
import { href } from '../router.js';

/** One extracted fact with the spans of the text it came from. */
interface Fact {
  key: string;
  kind: 'event' | 'quote' | 'person' | 'organization' | 'place';
  label: string;
  spans: { start: number; end: number }[];
}

function factsOf(record: ArticleRecord): Fact[] {
  return [
    ...record.events.map((e) => ({
      key: `event:${e.id}`, kind: 'event' as const, spans: e.evidence,
      label: `${e.kind} (${e.status}) ${e.date ?? ''}: ${e.participants.map((p) => p.name ?? p.country).join(', ')}`,
    })),
    ...record.quotes.map((q) => ({
      key: `quote:${q.id}`, kind: 'quote' as const, spans: q.evidence,
      label: `quote by ${q.speaker?.name ?? q.speaker?.country ?? 'unknown'}`,
    })),
    ...record.persons.map((p, i) => ({ key: `person:${i}`, kind: 'person' as const, spans: p.evidence, label: `person: ${p.name}` })),
    ...record.organizations.map((o, i) => ({ key: `org:${i}`, kind: 'organization' as const, spans: o.evidence, label: `organization: ${o.name}` })),
    ...record.places.map((p, i) => ({ key: `place:${i}`, kind: 'place' as const, spans: p.evidence, label: `place: ${p.name}` })),
  ];
}

const LAYERS = ['event', 'quote', 'person', 'organization', 'place'] as const;

/**
 * An article's raw text with every extracted fact highlighted, and the facts
 * listed beside it; choosing a fact outlines its sentences and scrolls to them.
 */
export function RecordView(props: { text: string; record: ArticleRecord; active?: string; eventLinks?: Record<string, string> }) {
  const { record, text } = props;
  const [active, setActive] = useState<string | null>(props.active ?? null);
  const [shown, setShown] = useState<Set<string>>(new Set(LAYERS));
  const facts = factsOf(record);
  const highlights: Highlight[] = facts
    .filter((f) => shown.has(f.kind) || f.key === active)
    .flatMap((f) => f.spans.map((s) => ({ ...s, kind: f.key === active ? `${f.kind} hl-active` : f.kind, label: f.label })));
  const choose = (key: string) => {
    setActive(key);
    const fact = facts.find((f) => f.key === key);
    const first = fact?.spans[0];
    if (first) setTimeout(() => document.querySelector(`mark[data-start="${first.start}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }), 0);
  };
  // a link to one fact (`?event=e1`, `?quote=q2`) opens the article scrolled to it
  useEffect(() => {
    if (props.active) choose(props.active);
  }, [props.active]);
  const toggle = (layer: string) => {
    const next = new Set(shown);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    setShown(next);
  };
  return (
    <div class="grid2">
      <div class="card">
        <div class="legend">
          {LAYERS.map((l) => (
            <label key={l}><input type="checkbox" checked={shown.has(l)} onChange={() => toggle(l)} /> <mark class={`hl-${l}`}>{l}</mark></label>
          ))}
        </div>
        <HighlightedText text={text} highlights={highlights} />
      </div>
      <div>
        <div class="card">
          <dl class="facts">
            <dt>Published</dt><dd><DateText date={record.published} how={record.published_how} /></dd>
            <dt>Countries</dt><dd>{record.countries.join(', ') || '—'}</dd>
            <dt>Pipeline</dt><dd class="small">{record.pipeline}</dd>
          </dl>
        </div>
        <h2>Events ({record.events.length})</h2>
        {record.events.map((e) => (
          <div key={e.id} class={`card fact ${active === `event:${e.id}` ? 'conflict' : ''}`}>
            <button type="button" class="linkish" onClick={() => choose(`event:${e.id}`)}><KindBadge kind={e.kind} /><Status status={e.status} />{' '}
              <Participants actors={e.participants} showRole /></button>
            <div class="small muted">
              <DateText date={e.date} end={e.date_end} how={e.date_how} />{e.location ? ` · ${e.location.name}` : ''}{e.occasion ? ` · ${e.occasion.name}` : ''}
              {props.eventLinks?.[e.id] ? <> · <a href={href(['event', props.eventLinks[e.id]!])}>all sources →</a></> : null}
            </div>
          </div>
        ))}
        <h2>Quotes ({record.quotes.length})</h2>
        {record.quotes.map((q) => (
          <div key={q.id} class={`card fact small ${active === `quote:${q.id}` ? 'conflict' : ''}`}>
            <button type="button" class="linkish" onClick={() => choose(`quote:${q.id}`)}>{q.speaker?.name ?? q.speaker?.country ?? 'unknown'}</button>: <span class="quote-text">{q.text}</span>
          </div>
        ))}
        <h2>People, organizations, places</h2>
        <div class="chips">
          {facts.filter((f) => f.kind !== 'event' && f.kind !== 'quote').map((f) => (
            <button type="button" key={f.key} class="chip linkish" onClick={() => choose(f.key)}>{f.label}</button>
          ))}
        </div>
        {record.diagnostics.length ? (
          <>
            <h2>Diagnostics</h2>
            <ul class="small">{record.diagnostics.map((d, i) => <li key={i}>{d.severity} {d.code}: {d.message}</li>)}</ul>
          </>
        ) : null}
      </div>
    </div>
  );
}
