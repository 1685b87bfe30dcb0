import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.js';
import { SqliteStore } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-static-'));
const webRoot = join(dir, 'dist');
mkdirSync(join(webRoot, 'assets'), { recursive: true });
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><div id="app"></div>');
writeFileSync(join(webRoot, 'assets', 'main.js'), 'console.log(1)');
writeFileSync(join(dir, 'secret.txt'), 'outside the web root');
const store = SqliteStore.open(':memory:', { create: true });
const app = createApp({ store, webRoot });
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the UI is served with a policy that allows no inline or foreign scripts', async () => {
  const res = await app.request('/');
  assert.equal(res.status, 200);
  assert.match(await res.text(), /id="app"/);
  assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self';/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  const js = await app.request('/assets/main.js');
  assert.match(js.headers.get('content-type') ?? '', /javascript/);
});

test('files outside the web root are never served', async () => {
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
    const res = await app.request(path);
    assert.doesNotMatch(await res.text(), /outside the web root/, path);
  }
});

test('unknown API paths stay JSON 404s, not the UI page', async () => {
  const res = await app.request('/api/events/x/y');
  assert.equal(res.status, 404);
  assert.match(res.headers.get('content-type') ?? '', /json/);
});

test('without a web root only the API answers', async () => {
  const apiOnly = createApp({ store });
  assert.equal((await apiOnly.request('/')).status, 404);
  assert.equal((await apiOnly.request('/api/health')).status, 200);
});
