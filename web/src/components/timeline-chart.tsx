import { scaleTime } from 'd3-scale';
import type { EventSummary } from '../api.js';
import { href } from '../router.js';

const LANES = ['meeting', 'call', 'visit', 'summit', 'signing'] as const;
const WIDTH = 1000;
const LANE_HEIGHT = 26;
const TOP = 8;
const LEFT = 70;
const RIGHT = 16;
const AXIS = 24;

/** A partial ISO date ("2024", "2024-07") as the first day it may mean. */
export function dateOfIso(iso: string): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
}

const SHIFTS = [0, -7, 7];

/** Dots that would sit on each other in a lane are nudged up and down, so each stays clickable. */
function placeDots<T extends { e: EventSummary; at: Date }>(dated: T[], x: (d: Date) => number): (T & { shift: number })[] {
  const lastX = new Map<string, { x: number; k: number }>();
  return [...dated]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((d) => {
      const px = x(d.at);
      const prev = lastX.get(d.e.kind);
      const k = prev && px - prev.x < 8 ? prev.k + 1 : 0;
      lastX.set(d.e.kind, { x: k % SHIFTS.length === 0 ? px : prev?.x ?? px, k });
      return { ...d, shift: SHIFTS[k % SHIFTS.length]! };
    });
}

/** An SVG strip of events over time, one lane per kind; a dot links to its event page. */
export function TimelineChart(props: { events: readonly EventSummary[] }) {
  const dated = props.events
    .map((e) => ({ e, at: e.date ? dateOfIso(e.date) : null }))
    .filter((d): d is { e: EventSummary; at: Date } => d.at !== null);
  const height = TOP + LANES.length * LANE_HEIGHT + AXIS;
  if (!dated.length) return null;
  const times = dated.map((d) => d.at.getTime());
  let min = Math.min(...times);
  let max = Math.max(...times);
  // a margin on both sides so the first and last dots are not cut by the frame
  const pad = Math.max(15 * 86400e3, (max - min) * 0.03);
  min -= pad;
  max += pad;
  const x = scaleTime().domain([new Date(min), new Date(max)]).range([LEFT, WIDTH - RIGHT]);
  const ticks = x.ticks(8);
  const fmt = x.tickFormat(8);
  return (
    <svg class="timeline-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label="events over time">
      <g class="axis">
        {LANES.map((lane, i) => (
          <g key={lane}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={TOP + i * LANE_HEIGHT + LANE_HEIGHT / 2} y2={TOP + i * LANE_HEIGHT + LANE_HEIGHT / 2} />
            <text x={LEFT - 8} y={TOP + i * LANE_HEIGHT + LANE_HEIGHT / 2 + 4} text-anchor="end">{lane}</text>
          </g>
        ))}
        {ticks.map((t) => (
          <text key={t.getTime()} x={x(t)} y={height - 6} text-anchor="middle">{fmt(t)}</text>
        ))}
      </g>
      {placeDots(dated, x).map(({ e, at, shift }) => {
        const lane = Math.max(0, LANES.indexOf(e.kind as (typeof LANES)[number]));
        const label = `${e.date} ${e.kind}: ${e.participants.map((p) => p.name).join(', ')}`;
        return (
          <a key={e.id} href={href(['event', e.id])}>
            <circle cx={x(at)} cy={TOP + lane * LANE_HEIGHT + LANE_HEIGHT / 2 + shift} r={e.status === 'occurred' ? 6 : 5}
              fill={`var(--${e.kind})`} fill-opacity={e.status === 'occurred' ? 0.85 : 0.35}>
              <title>{label}</title>
            </circle>
          </a>
        );
      })}
    </svg>
  );
}
