import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReadoutError, ErrorCodes } from '../core/errors.js';

/** The package root (two folders above src/server). */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where `npm run build:web` writes the UI. */
export const webDistDir = join(packageRoot, 'web', 'dist');

export const isWebBuilt = (dir = webDistDir): boolean => existsSync(join(dir, 'index.html'));

/** Latest modification time of the UI's sources (web/src, index.html, the vite config). */
function newestSourceTime(dir = join(packageRoot, 'web', 'src')): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** True when a source file changed after the last build (a checkout with web/src edited). */
export function isWebStale(dir = webDistDir): boolean {
  const web = join(packageRoot, 'web');
  if (!existsSync(join(web, 'src'))) return false;
  const built = statSync(join(dir, 'index.html')).mtimeMs;
  const sources = Math.max(newestSourceTime(), ...['index.html', 'vite.config.ts'].map((f) => statSync(join(web, f)).mtimeMs));
  return sources > built;
}

/**
 * Builds the UI with vite when web/dist is missing (a fresh clone after `npm ci`) or older than web/src.
 * Throws with the command to run by hand when vite is not installed or fails.
 */
export function ensureWebBuilt(log: (line: string) => void = () => {}): string {
  if (isWebBuilt() && !isWebStale()) return webDistDir;
  const vite = join(packageRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const howTo = 'run `npm ci && npm run build:web` in the readout folder';
  if (!existsSync(vite) && isWebBuilt()) return webDistDir; // stale but servable: no vite to rebuild with
  if (!existsSync(vite)) throw new ReadoutError(ErrorCodes.USAGE, `the web UI is not built (web/dist missing) and vite is not installed: ${howTo}`);
  log(`building the web UI (web/dist is ${isWebBuilt() ? 'older than web/src' : 'missing'})...`);
  // build beside web/dist and swap it in, so a server or a second build running at once never sees half a folder
  const fresh = `${webDistDir}.build-${process.pid}`;
  const r = spawnSync(process.execPath, [vite, 'build', '--config', join('web', 'vite.config.ts'), '--outDir', fresh, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: packageRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0 || !isWebBuilt(fresh)) {
    rmSync(fresh, { recursive: true, force: true });
    throw new ReadoutError(ErrorCodes.USAGE, `building the web UI failed: ${howTo}`);
  }
  swapIn(fresh);
  return webDistDir;
}

/** Replaces web/dist by a finished build; if another build won the race, its result is kept. */
function swapIn(fresh: string): void {
  const old = `${webDistDir}.old-${process.pid}`;
  try {
    if (existsSync(webDistDir)) renameSync(webDistDir, old);
    renameSync(fresh, webDistDir);
  } catch {
    if (!isWebBuilt()) throw new ReadoutError(ErrorCodes.USAGE, `could not move the built UI into ${webDistDir}`);
  } finally {
    rmSync(old, { recursive: true, force: true });
    rmSync(fresh, { recursive: true, force: true });
  }
}
