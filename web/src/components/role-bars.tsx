import { scaleTime } from 'd3-scale';
import { dateOfIso } from './timeline-chart.js';

export interface RoleSpan {
  title: string;
  of: string;
  from?: string;
  to?: string;
}

const WIDTH = 560;
const ROW = 18;
const LEFT = 4;

/** Roles as bars on one time axis: who held what, when (open roles run to today). */
export function RoleBars(props: { roles: readonly RoleSpan[]; today?: Date }) {
  const today = props.today ?? new Date();
  const rows = props.roles
    .map((r) => ({ r, from: r.from ? dateOfIso(r.from) : null, to: r.to ? dateOfIso(r.to) : today }))
    .filter((x): x is { r: RoleSpan; from: Date; to: Date } => x.from !== null && x.to !== null)
    .sort((a, b) => a.from.getTime() - b.from.getTime());
  if (!rows.length) return null;
  const x = scaleTime()
    .domain([new Date(Math.min(...rows.map((d) => d.from.getTime()))), new Date(Math.max(...rows.map((d) => d.to.getTime())))])
    .range([LEFT, WIDTH - LEFT]);
  const ticks = x.ticks(6);
  const height = rows.length * ROW + 18;
  return (
    <svg class="role-bars" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label="roles over time">
      {rows.map(({ r, from, to }, i) => {
        const x0 = x(from);
        const w = Math.max(3, x(to) - x0);
        return (
          <g key={i}>
            <rect x={x0} y={i * ROW + 2} width={w} height={ROW - 4} rx={3} />
            <text x={x0 + w + 4 > WIDTH - 150 ? x0 - 4 : x0 + w + 4} y={i * ROW + ROW - 5} text-anchor={x0 + w + 4 > WIDTH - 150 ? 'end' : 'start'}>
              {r.title} ({r.of})
            </text>
            <title>{`${r.title} of ${r.of}: ${r.from ?? '?'} – ${r.to ?? 'now'}`}</title>
          </g>
        );
      })}
      {ticks.map((t) => (
        <text key={t.getTime()} class="tick" x={x(t)} y={height - 3} text-anchor="middle">{t.getUTCFullYear()}</text>
      ))}
    </svg>
  );
}
