import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/server/web-assets.js';

const BIN = join(packageRoot, 'bin', 'readout.js');

function run(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: packageRoot });
  return { status: r.status, stderr: r.stderr };
}

test('serve refuses a bad port and a missing database, naming them', () => {
  const port = run(['serve', '--port', 'eighty']);
  assert.equal(port.status, 2);
  assert.match(port.stderr, /--port must be a number .* "eighty"/);
  const db = run(['serve', '--db', join(tmpdir(), 'readout-no-such.db'), '--port', '0']);
  assert.equal(db.status, 1);
  assert.match(db.stderr, /readout-no-such\.db: no such file/);
});

test('demo refuses to reuse an existing database other than its own', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-demo-'));
  try {
    const db = join(dir, 'mine.db');
    writeFileSync(db, 'precious');
    const r = run(['demo', '--db', db, '--no-serve']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /already exists/);
    assert.ok(existsSync(db), 'the file is left alone');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('demo ingests articles into a fresh database and serves the API and UI until stopped', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-demo-'));
  writeFileSync(join(dir, 'call.txt'), 'Putin and Xi speak by phone\n\nMOSCOW, Feb 4 -- Russian President Vladimir Putin held a phone call with Chinese President Xi Jinping on Tuesday.\n');
  const db = join(dir, 'demo.db');
  const child = spawn(process.execPath, [BIN, 'demo', '--db', db, '--samples', dir, '--port', '0'], { cwd: packageRoot });
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`demo exited (${code}) before serving: ${out}`)));
    });
    assert.match(out, /ingested 1 articles into .*demo\.db/);
    const health = (await (await fetch(`${url}api/health`)).json()) as { ok: boolean };
    assert.equal(health.ok, true);
    const stats = (await (await fetch(`${url}api/stats`)).json()) as { articles: number };
    assert.equal(stats.articles, 1);
    const page = await fetch(url);
    assert.match(await page.text(), /<div id="app">/);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.ok(existsSync(db));
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
