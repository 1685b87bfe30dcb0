import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

/** Runs `readout ...args` as a user would and returns its exit code and output. */
function readout(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/readout.js', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'readout-kb-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('readout kb stats --json prints the counts', () => {
  const r = readout('kb', 'stats', '--json');
  assert.equal(r.status, 0, r.stderr);
  const stats = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(stats), ['people', 'roles', 'organizations', 'countries', 'cities', 'gatherings', 'anniversaries']);
  assert.equal(stats.countries, 250);
});

test('readout kb lookup shows the entity and the roles held on the date', () => {
  const r = readout('kb', 'lookup', 'Qin Gang', '--date', '2023-03-01', '--json');
  assert.equal(r.status, 0, r.stderr);
  const [qin] = JSON.parse(r.stdout);
  assert.equal(qin.id, 'person:qin-gang');
  assert.equal(qin.country, 'CN');
  assert.ok(qin.roles.some((role: { title: string }) => role.title === 'foreign minister'));
  const text = readout('kb', 'lookup', 'Qin Gang', '--date', '2024-01-01');
  assert.match(text.stdout, /person:qin-gang/);
  assert.doesNotMatch(text.stdout, /foreign minister/);
});

test('readout kb lookup with a user folder, an unknown name and a bad date', () => {
  mkdirSync(join(dir, 'people'));
  writeFileSync(join(dir, 'people', 'mine.jsonl'), '{"id":"person:jane-envoy","name":"Jane Envoy","aliases":[],"country":"GB","roles":[]}\n');
  const mine = readout('kb', 'lookup', 'Jane Envoy', '--kb', dir);
  assert.equal(mine.status, 0, mine.stderr);
  assert.match(mine.stdout, /person:jane-envoy/);
  const lower = readout('kb', 'lookup', 'lavrov', '--date', '2020');
  assert.match(lower.stdout, /person:sergey-lavrov/);
  const none = readout('kb', 'lookup', 'Zzyzx Qwerty');
  assert.equal(none.status, 1);
  assert.match(none.stdout, /nothing in the knowledge base matches/);
  const bad = readout('kb', 'lookup', 'Lavrov', '--date', 'yesterday');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--date must be YYYY, YYYY-MM or YYYY-MM-DD/);
});
