import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// `readout extract` end to end, as a user runs it: exit status, stdout records, stderr messages.
let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-extract-'));
  writeFileSync(join(dir, 'one.txt'), 'Lavrov meets Wang\n\nTASHKENT: Wang Yi met Sergey Lavrov on Thursday.\n');
  writeFileSync(join(dir, 'two.jsonl'), `${JSON.stringify({ id: 'j1', text: 'Xi Jinping spoke with Vladimir Putin by phone.', published: '2024-05-01' })}\n{oops\n`);
  writeFileSync(join(dir, 'empty.txt'), '');
});
after(() => rmSync(dir, { recursive: true, force: true }));

const readout = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['bin/readout.js', 'extract', ...args], { encoding: 'utf8', input, timeout: 120_000 });

test('extract: exit 0 when every input is read; one JSON record a line, in input order', () => {
  const r = readout(['--format', 'jsonl', join(dir, 'one.txt'), join(dir, 'one.txt')]);
  assert.equal(r.status, 0, r.stderr);
  const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(records.length, 2);
  assert.equal(records[0].id, join(dir, 'one'));
  assert.equal(records[0].title, 'Lavrov meets Wang');
  for (const key of ['persons', 'organizations', 'places', 'countries', 'events', 'quotes', 'diagnostics']) assert.ok(Array.isArray(records[0][key]), key);
  assert.equal(typeof records[0].pipeline, 'string');
});

test('extract: exit 1 when some inputs fail; each failure named on stderr, the rest written', () => {
  const r = readout(['--format', 'jsonl', join(dir, 'one.txt'), join(dir, 'two.jsonl'), join(dir, 'empty.txt'), join(dir, 'missing.txt')]);
  assert.equal(r.status, 1);
  const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
  assert.deepEqual(ids, [join(dir, 'one'), 'j1']);
  const errors = r.stderr.trim().split('\n');
  assert.equal(errors.length, 3);
  assert.ok(errors[0]!.startsWith(`readout: ${join(dir, 'two.jsonl')}:2: not JSON (`), errors[0]);
  assert.ok(errors[1]!.startsWith(`readout: ${join(dir, 'empty.txt')}: empty`), errors[1]);
  assert.ok(errors[2]!.startsWith(`readout: ${join(dir, 'missing.txt')}: no such file`), errors[2]);
});

test('extract: exit 2 on a usage error', () => {
  const r = readout(['--format', 'xml', join(dir, 'one.txt')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown --format "xml"/);
  assert.equal(r.stdout, '');
  assert.equal(readout(['--max-bytes', 'lots', join(dir, 'one.txt')]).status, 2);
  assert.equal(readout(['--no-such-option']).status, 2);
});

test('extract: json is one array; text is a report for a person', () => {
  const json = readout(['--format', 'json', join(dir, 'one.txt'), join(dir, 'one.txt')]);
  assert.equal(json.status, 0, json.stderr);
  const records = JSON.parse(json.stdout);
  assert.equal(records.length, 2);
  const text = readout(['--format', 'text', join(dir, 'one.txt')]);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /^== Lavrov meets Wang/);
  assert.match(text.stdout, /published: unknown/);
});

test('extract: standard input when "-" is given', () => {
  const r = readout(['-'], `${JSON.stringify({ id: 'in1', text: 'Wang Yi met Sergey Lavrov.' })}\n`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).id, 'in1');
});

test('extract: a bad --kb folder is reported, not a crash', () => {
  const r = readout(['--kb', join(dir, 'no-such-kb'), join(dir, 'one.txt')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^readout: .*no-such-kb/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});
