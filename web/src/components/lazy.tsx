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
  if (!mod) return <p class="muted small">Loading map…</p>;
  return <mod.WorldMap {...props} />;
}
