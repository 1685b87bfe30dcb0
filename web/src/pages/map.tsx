import { useEffect } from 'preact/hooks';
import { apiUrl, useApi, type MapResult } from '../api.js';
import { Loading } from '../components/bits.js';
import { LazyWorldMap } from '../components/lazy.js';
import { href, type Route } from '../router.js';

export function MapPage(props: { route: Route }) {
  const country = props.route.query.get('country') ?? '';
  const chosen = props.route.query.get('place') ?? '';
  const { data, error, loading } = useApi<MapResult>(apiUrl('map', { country }));
  // a dot with several events points at its row in the table
  useEffect(() => {
    if (chosen && data) document.getElementById(`place-${chosen}`)?.scrollIntoView({ block: 'center' });
  }, [chosen, data]);
  return (
    <div>
      <h1>Map <span class="muted small">where meetings were held{country ? ` (${country})` : ''}</span></h1>
      <Loading loading={loading} error={error}>
        {data && (
          <>
            <LazyWorldMap
              countries={data.countries.map((c) => c.code)}
              points={data.places.map((p) => ({
                key: p.key, lat: p.lat, lon: p.lon, weight: p.events,
                label: `${p.name}${p.country ? `, ${p.country}` : ''}: ${p.events} event${p.events === 1 ? '' : 's'}`,
                href: p.events === 1 ? href(['event', p.list[0]!.id]) : href(['map'], { country: country || undefined, place: p.key }),
              }))}
            />
            <p class="muted small">{data.places.length} places · {data.unplaced} events without a known place · shaded: countries taking part</p>
            <table>
              <thead><tr><th>place</th><th>events</th><th>held there</th></tr></thead>
              <tbody>
                {data.places.map((p) => (
                  <tr key={p.key} id={`place-${p.key}`} class={p.key === chosen ? 'chosen' : ''}>
                    <td>{p.name}{p.country ? <span class="muted small"> {p.country}</span> : null}</td>
                    <td>{p.events}</td>
                    <td class="small">
                      {p.list.map((e) => (
                        <div key={e.id}><a href={href(['event', e.id])}>{e.date ?? 'undated'} {e.kind}: {e.label}</a></div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Loading>
    </div>
  );
}
