#!/usr/bin/env node
// Runs every test/**/*.test.ts file with node's test runner through tsx.
// Pass file paths or a name filter to run fewer: `npm test -- test/kb`.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findPostgresBin, startCluster } from './pg-cluster.mjs';

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = findTests('test').filter((f) => !filters.length || filters.some((x) => f.includes(x))).sort();
if (!files.length) {
  console.error('no test files found');
  process.exit(1);
}
// PostgreSQL tests (files naming READOUT_TEST_PG) get a server: READOUT_TEST_PG if set, else a throwaway
// cluster of the installed PostgreSQL, stopped and removed at the end; without one they skip and say why.
const env = { ...process.env };
let cluster = null;
if (!env.READOUT_TEST_PG && files.some((f) => readFileSync(f, 'utf8').includes('READOUT_TEST_PG'))) {
  if (findPostgresBin()) {
    cluster = await startCluster();
    env.READOUT_TEST_PG = cluster.url;
    const stop = () => { cluster.stop(); process.exit(130); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } else {
    console.error('run-tests: PostgreSQL is not installed; PostgreSQL tests will be skipped (apt-get install postgresql, or set READOUT_TEST_PG)');
  }
}
const r = await new Promise((resolve) => {
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit', env });
  child.on('exit', (status) => resolve({ status }));
});
cluster?.stop();
process.exit(r.status ?? 1);
