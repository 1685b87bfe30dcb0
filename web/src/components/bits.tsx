import type { ComponentChildren } from 'preact';
import { href } from '../router.js';

/** Small pieces every page uses: kind badges, actor links, dates, load states. */
export function KindBadge(props: { kind: string }) {
  return <span class={`kind kind-${props.kind}`}>{props.kind}</span>;
}

export interface ActorLike {
  id?: string;
  name?: string;
  country?: string;
  role?: string;
}

export function actorLabel(a: ActorLike): string {
  return a.name ?? a.country ?? a.id ?? '?';
}

export function ActorLink(props: { actor: ActorLike; showRole?: boolean }) {
  const a = props.actor;
  const text = actorLabel(a);
  const country = a.name && a.country ? <span class="muted small"> ({a.country})</span> : null;
  const role = props.showRole && a.role ? <span class="muted small">, {a.role}</span> : null;
  const id = a.id ?? (a.country && !a.name ? `country:${a.country}` : undefined);
  return (
    <span class="actor">
      {id ? <a href={href(['actor', id])}>{text}</a> : text}
      {country}
      {role}
    </span>
  );
}

export function Participants(props: { actors: readonly ActorLike[]; showRole?: boolean }) {
  return (
    <span>
      {props.actors.map((a, i) => (
        <span key={i}>
          {i ? ' · ' : ''}
          <ActorLink actor={a} showRole={props.showRole} />
        </span>
      ))}
    </span>
  );
}

export function Status(props: { status: string }) {
  return props.status === 'occurred' ? null : <span class={`status-${props.status}`}> ({props.status})</span>;
}

export function Loading(props: { loading: boolean; error: string | null; children?: ComponentChildren }) {
  if (props.error) return <p class="error" role="alert">{props.error}</p>;
  if (props.loading) return <p class="muted">Loading…</p>;
  return <>{props.children}</>;
}

export function Pager(props: { total: number; limit: number; offset: number; onPage: (offset: number) => void }) {
  const { total, limit, offset } = props;
  if (total <= limit) return <p class="muted small">{total} in all</p>;
  return (
    <div class="pager">
      <button class="secondary" disabled={offset === 0} onClick={() => props.onPage(Math.max(0, offset - limit))}>← newer</button>
      <span class="muted small">{offset + 1}–{Math.min(total, offset + limit)} of {total}</span>
      <button class="secondary" disabled={offset + limit >= total} onClick={() => props.onPage(offset + limit)}>older →</button>
    </div>
  );
}

/** A date with how it was obtained ("2024-07-03 · relative"). */
export function DateText(props: { date: string | null | undefined; end?: string; how?: string }) {
  if (!props.date) return <span class="muted">date unknown</span>;
  return (
    <span>
      {props.date}
      {props.end ? ` – ${props.end}` : ''}
      {props.how ? <span class="muted small"> · {props.how}</span> : null}
    </span>
  );
}

/** What to call an event in a link: its participants, else its occasion or place. */
export function eventTitle(e: { kind: string; participants: readonly ActorLike[]; occasion: { name: string } | null; location: { name: string } | null }): string {
  if (e.participants.length) return e.participants.map(actorLabel).join(' – ');
  return e.occasion?.name ?? (e.location ? `${e.kind} in ${e.location.name}` : e.kind);
}
