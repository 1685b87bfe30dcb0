import { useEffect, useState } from 'preact/hooks';
import type { MapPoint } from './world-map.js';

// The map shapes (~100 KB) load only on pages that show a map.
type WorldMapModule = typeof import('./world-map.js');
let worldMapModule: Promise<WorldMapModule> | null = null;

export function LazyWorldMap(props: { points: readonly MapPoint[]; countries?: readonly string[]; compact?: boolean }) {
  const [mod, setMod] = useState<WorldMapModule | null>(null);
  useEffect(() => {
    worldMapModule ??= import('./world-map.js');
    let live = true;
    worldMapModule.then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, []);
  // the placeholder takes the map's size, so nothing below it moves when the map arrives
  if (!mod) return <div class={`map-placeholder ${props.compact ? 'compact' : ''}`}><span class="muted small">Loading map…</span></div>;
  return <mod.WorldMap {...props} />;
}
