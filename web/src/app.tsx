import { apiUrl, useApi, type Health } from './api.js';
import { ActorPageView, ActorsPage } from './pages/actor.js';
import { ArticlePageView, ArticlesPage } from './pages/article.js';
import { EventPage } from './pages/event.js';
import { MapPage } from './pages/map.js';
import { NetworkPage } from './pages/network.js';
import { QuotesPage } from './pages/quotes.js';
import { TimelinePage } from './pages/timeline.js';
import { TryPage } from './pages/try.js';
import { useRoute, type Route } from './router.js';

const NAV: [string, string][] = [
  ['events', 'Timeline'],
  ['network', 'Network'],
  ['map', 'Map'],
  ['actors', 'Actors'],
  ['quotes', 'Quotes'],
  ['articles', 'Articles'],
  ['try', 'Try it'],
];

function Page(props: { route: Route }) {
  const [name = 'events', id = ''] = props.route.path;
  const route = props.route;
  switch (name) {
    case 'event': return <EventPage key={id} id={id} />;
    case 'actor': return <ActorPageView key={id} id={id} />;
    case 'actors': return <ActorsPage route={route} />;
    case 'article': return <ArticlePageView key={id} id={id} route={route} />;
    case 'articles': return <ArticlesPage route={route} />;
    case 'network': return <NetworkPage route={route} />;
    case 'map': return <MapPage route={route} />;
    case 'quotes': return <QuotesPage route={route} />;
    case 'try': return <TryPage />;
    case 'events': return <TimelinePage route={route} />;
    default: return <p class="error">No page “{name}”. <a href="#/events">Go to the timeline</a>.</p>;
  }
}

export function App() {
  const route = useRoute();
  const health = useApi<Health>(apiUrl('health'));
  const current = route.path[0] ?? 'events';
  const section = current === 'event' ? 'events' : current === 'actor' ? 'actors' : current === 'article' ? 'articles' : current;
  return (
    <>
      <header class="top">
        <a class="brand" href="#/events">readout</a>
        <nav>
          {NAV.map(([path, label]) => (
            <a key={path} href={`#/${path}`} class={section === path ? 'active' : ''}>{label}</a>
          ))}
          <a href="api/openapi.json">API</a>
        </nav>
        {health.error ? <span class="small" style="color:#ffb4b4">API unreachable: {health.error}</span> : null}
      </header>
      <main>
        <Page route={route} />
      </main>
    </>
  );
}
