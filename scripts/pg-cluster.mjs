// A throwaway PostgreSQL server for tests and benchmarks: initdb in a temp
// folder, started on 127.0.0.1 and a free port, trust authentication, removed
// on stop. Uses Debian's binaries (/usr/lib/postgresql/<version>/bin). As
// root, the server runs as the `postgres` user (PostgreSQL refuses root).
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The bin folder of the newest installed PostgreSQL, or null. */
export function findPostgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary, as `postgres` when we are root. */
function runPg(bin, args) {
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: tmpdir() });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed: ${r.error?.message ?? ''}${r.stderr || r.stdout}`);
}

/**
 * Starts a server and resolves to { url, stop }. `url` reaches the `postgres`
 * database as superuser `readout`; stop() shuts the server down and removes
 * its folder (safe to call twice).
 */
export async function startCluster({ settings = {} } = {}) {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)');
  const dir = mkdtempSync(join(tmpdir(), 'readout-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try { runPg(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']); } catch { /* not running */ }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    runPg(join(bin, 'initdb'), ['-D', data, '-U', 'readout', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    // a test server: durability off (it is thrown away), enough connections for several workers and test files
    const opts = {
      listen_addresses: '127.0.0.1', port: String(port), unix_socket_directories: dir, max_connections: '200',
      fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', ...settings,
    };
    const o = Object.entries(opts).map(([k, v]) => `-c ${k}=${v}`).join(' ');
    runPg(join(bin, 'pg_ctl'), ['-D', data, '-o', o, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
    return { url: `postgres://readout@127.0.0.1:${port}/postgres`, dir, stop };
  } catch (err) {
    stop();
    throw err;
  }
}
