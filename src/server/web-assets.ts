import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReadoutError, ErrorCodes } from '../core/errors.js';

/** The package root (two folders above src/server). */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where `npm run build:web` writes the UI. */
export const webDistDir = join(packageRoot, 'web', 'dist');

export const isWebBuilt = (dir = webDistDir): boolean => existsSync(join(dir, 'index.html'));

/**
 * Builds the UI with vite when web/dist is missing (a fresh clone after `npm ci`).
 * Throws with the command to run by hand when vite is not installed or fails.
 */
export function ensureWebBuilt(log: (line: string) => void = () => {}): string {
  if (isWebBuilt()) return webDistDir;
  const vite = join(packageRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const howTo = 'run `npm ci && npm run build:web` in the readout folder';
  if (!existsSync(vite)) throw new ReadoutError(ErrorCodes.USAGE, `the web UI is not built (web/dist missing) and vite is not installed: ${howTo}`);
  log('building the web UI (web/dist is missing)...');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', join('web', 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: packageRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0 || !isWebBuilt()) throw new ReadoutError(ErrorCodes.USAGE, `building the web UI failed: ${howTo}`);
  return webDistDir;
}
