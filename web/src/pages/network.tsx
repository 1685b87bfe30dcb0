import { useEffect, useRef } from 'preact/hooks';
import { apiUrl, useApi, type NetworkResult } from '../api.js';
import { Loading } from '../components/bits.js';
import { href, type Route } from '../router.js';

const KIND_COLOR: Record<string, string> = { person: '#1f5fbf', organization: '#c0612b', country: '#1c8a5a' };

/** Draws the graph with cytoscape, loaded only when this page opens (it is most of the UI's weight). */
function Graph(props: { net: NetworkResult }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let destroyed = false;
    let cy: { destroy(): void } | null = null;
    import('cytoscape').then(({ default: cytoscape }) => {
      if (destroyed || !box.current) return;
      const maxNode = Math.max(1, ...props.net.nodes.map((n) => n.weight));
      const maxEdge = Math.max(1, ...props.net.edges.map((e) => e.weight));
      const graph = cytoscape({
        container: box.current,
        elements: [
          ...props.net.nodes.map((n) => ({
            data: { id: n.id, label: n.label, size: 14 + 36 * Math.sqrt(n.weight / maxNode), color: KIND_COLOR[n.kind] ?? '#666' },
          })),
          ...props.net.edges.map((e, i) => ({
            data: { id: `e${i}`, source: e.source, target: e.target, weight: e.weight, width: 1 + 7 * (e.weight / maxEdge) },
          })),
        ],
        style: [
          { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': 'data(color)', 'font-size': 11, color: '#1d2430', 'text-valign': 'bottom', 'text-margin-y': 3 } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9aa7b8', opacity: 0.7, 'curve-style': 'haystack', label: 'data(weight)', 'font-size': 9, color: '#5d6776' } },
        ],
        // a few nodes would otherwise be blown up to fill the box
        maxZoom: 1.5,
        minZoom: 0.1,
        layout: { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 },
      });
      graph.on('tap', 'node', (evt) => {
        location.hash = href(['actor', evt.target.id() as string]);
      });
      cy = graph;
    });
    return () => {
      destroyed = true;
      cy?.destroy();
    };
  }, [props.net]);
  return <div ref={box} class="network" aria-label="network graph" />;
}

export function NetworkPage(props: { route: Route }) {
  const by = props.route.query.get('by') === 'country' ? 'country' : 'actor';
  const actorKind = props.route.query.get('actorKind') ?? (by === 'actor' ? 'person' : '');
  const minWeight = props.route.query.get('minWeight') ?? '1';
  const { data, error, loading } = useApi<NetworkResult>(apiUrl('network', { by, actorKind: by === 'actor' ? actorKind : undefined, minWeight }));
  const go = (q: Record<string, string>) => (location.hash = href(['network'], { by, actorKind, minWeight, ...q }));
  return (
    <div>
      <h1>Network <span class="muted small">who meets whom, weighted by shared events</span></h1>
      <div class="filters card">
        <label>Nodes
          <select value={by} onChange={(e) => go({ by: (e.target as HTMLSelectElement).value, actorKind: '' })}>
            <option value="actor">actors</option><option value="country">countries</option>
          </select>
        </label>
        {by === 'actor' ? (
          <label>Actors
            <select value={actorKind} onChange={(e) => go({ actorKind: (e.target as HTMLSelectElement).value })}>
              <option value="person">people</option><option value="all">all kinds</option>
            </select>
          </label>
        ) : null}
        <label>At least
          <select value={minWeight} onChange={(e) => go({ minWeight: (e.target as HTMLSelectElement).value })}>
            {['1', '2', '3', '5'].map((w) => <option key={w} value={w}>{w} shared events</option>)}
          </select>
        </label>
        {data ? <span class="muted small">{data.nodes.length} nodes, {data.edges.length} links</span> : null}
      </div>
      <Loading loading={loading} error={error}>
        {data && (data.nodes.length ? <Graph net={data} /> : <p class="muted">No meetings to draw.</p>)}
      </Loading>
    </div>
  );
}
