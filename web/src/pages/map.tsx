import { apiUrl, useApi, type MapResult } from '../api.js';
import { Loading } from '../components/bits.js';
import { LazyWorldMap } from '../components/lazy.js';
import { href, type Route } from '../router.js';

export function MapPage(props: { route: Route }) {
  const country = props.route.query.get('country') ?? '';
  const { data, error, loading } = useApi<MapResult>(apiUrl('map', { country }));
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
                href: p.events === 1 ? href(['event', p.eventIds[0]!]) : href(['events'], { country: p.country }),
              }))}
            />
            <p class="muted small">{data.places.length} places · {data.unplaced} events without a known place · shaded: countries taking part</p>
            <table>
              <thead><tr><th>place</th><th>events</th><th></th></tr></thead>
              <tbody>
                {data.places.map((p) => (
                  <tr key={p.key}>
                    <td>{p.name}{p.country ? <span class="muted small"> {p.country}</span> : null}</td>
                    <td>{p.events}</td>
                    <td class="small">{p.eventIds.slice(0, 5).map((id, i) => <a key={id} href={href(['event', id])}>event {i + 1} </a>)}</td>
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
