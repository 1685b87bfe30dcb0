import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };

/** A place to mark on the map. */
export interface MapPoint {
  key: string;
  lat: number;
  lon: number;
  label: string;
  /** How many meetings happened there: drives the dot's size. */
  weight: number;
  href?: string;
}

const WIDTH = 960;
const HEIGHT = 500;

// Country shapes are bundled (world-atlas, 1:110m): the map works offline, no tile server.
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
const alpha2ByNumeric = new Map((codes as string[][]).map((row) => [row[2]!, row[0]!]));
const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
const path = geoPath(projection);
const shapes = countries.features.map((f) => ({
  d: path(f) ?? '',
  name: f.properties.name,
  code: alpha2ByNumeric.get(String(f.id)) ?? '',
}));

/** An offline world map with countries shaded and meeting places as dots. */
export function WorldMap(props: { points: readonly MapPoint[]; countries?: readonly string[]; compact?: boolean }) {
  const marked = new Set(props.countries ?? []);
  const maxWeight = Math.max(1, ...props.points.map((p) => p.weight));
  return (
    <svg class={`world-map ${props.compact ? 'compact' : ''}`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="world map">
      <path class="sphere" d={path({ type: 'Sphere' }) ?? ''} />
      {shapes.map((s) => (
        <path key={s.name} d={s.d} class={marked.has(s.code) ? 'country marked' : 'country'}>
          <title>{s.name}</title>
        </path>
      ))}
      {props.points.map((p) => {
        const xy = projection([p.lon, p.lat]);
        if (!xy) return null;
        const r = 4 + 10 * Math.sqrt(p.weight / maxWeight);
        const dot = (
          <circle class="place" cx={xy[0]} cy={xy[1]} r={r}>
            <title>{p.label}</title>
          </circle>
        );
        return (
          <g key={p.key}>
            {p.href ? <a href={p.href}>{dot}</a> : dot}
            {props.compact ? <text x={xy[0] + r + 3} y={xy[1] + 4} class="place-label">{p.label}</text> : null}
          </g>
        );
      })}
    </svg>
  );
}
