import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ReadoutError } from '../../src/core/errors.js';
import { loadKbData, loadKnowledgeBase } from '../../src/kb/load.js';

const root = mkdtempSync(join(tmpdir(), 'readout-kb-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Writes files (path → content) under a new folder and returns it. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const LAVROV = '{"id":"person:sergey-lavrov","name":"Sergey Lavrov","aliases":["Lavrov"],"country":"RU","roles":[{"title":"foreign minister","of":"RU","from":"2004-03-09"}]}';
const base = folder('base', {
  'people/a.jsonl': `// comment lines and blank lines are skipped\n\n${LAVROV}\n`,
  'countries/countries.json': '[{"code":"RU","name":"Russia","aliases":[],"adjectives":["Russian"],"capital":"Moscow"}]',
  'countries/sources/overlay.json': '{"not":"read: subfolders hold generator inputs"}',
  'cities/cities.json': '{"columns":["id","name","aliases","country","lat","lon","population","kind","ambiguous"],"rows":[["city:ru-moscow","Moscow",[],"RU",55.75,37.62,10381222]]}',
});

/** The ReadoutError message a load throws. */
function loadError(options: Parameters<typeof loadKbData>[0]): string {
  try {
    loadKbData(options);
  } catch (err) {
    assert.ok(err instanceof ReadoutError, String(err));
    return `${err.code} ${err.message}`;
  }
  assert.fail('expected the load to fail');
}

test('reads JSONL, JSON arrays and the compact city table, skipping comments and subfolders', () => {
  const data = loadKbData({ dataDir: base });
  assert.equal(data.people?.length, 1);
  assert.equal(data.countries?.[0]?.code, 'RU');
  assert.deepEqual(data.cities?.[0], { id: 'city:ru-moscow', name: 'Moscow', aliases: [], country: 'RU', lat: 55.75, lon: 37.62, population: 10381222 });
});

test('a user folder adds records and replaces built-in ones with the same id', () => {
  const user = folder('user', {
    'people/mine.jsonl': [
      '{"id":"person:sergey-lavrov","name":"Sergei Lavrov","aliases":["Lavrov"],"country":"RU","roles":[]}',
      '{"id":"person:new-envoy","name":"Ivan Example","aliases":[],"country":"RU","roles":[{"title":"ambassador","of":"RU","to_country":"CN","from":"2024-01-15"}]}',
    ].join('\n'),
  });
  const kb = loadKnowledgeBase({ dataDir: base, extraDirs: [user] });
  assert.equal(kb.people.length, 2);
  assert.equal(kb.person('person:sergey-lavrov')?.name, 'Sergei Lavrov');
  assert.equal(kb.roleOn('person:sergey-lavrov', null).length, 0);
  assert.deepEqual(kb.holderOf('envoy', 'RU', '2024-06').map((p) => p.id), ['person:new-envoy']);
  assert.equal(kb.match('Ivan Example arrived')[0]?.id, 'person:new-envoy');
});

test('a schema error names the file, the line and the field', () => {
  const broken = folder('broken', {
    'people/x.jsonl': `${LAVROV}\n\n{"id":"person:bad","name":"Bad Date","aliases":[],"country":"RU","roles":[{"title":"president","of":"RU","from":"2004-13-40"}]}\n`,
  });
  assert.equal(
    loadError({ dataDir: base, extraDirs: [broken] }),
    `E_KB_SCHEMA ${join(broken, 'people/x.jsonl')} line 3: roles.0.from: expected ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`,
  );
});

test('other bad files give clear errors: not JSON, wrong country code, bad city row, unknown kind', () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ 'people/p.jsonl': '{"id": "person:x",' }, /people\/p\.jsonl line 1: not JSON/],
    [{ 'people/p.jsonl': '{"id":"person:x","name":"X Y","aliases":[],"country":"Russia","roles":[]}' }, /line 1: country: expected a country code/],
    [{ 'organizations/o.jsonl': '{"id":"org:x","name":"X","aliases":[],"kind":"club"}' }, /o\.jsonl line 1: kind: /],
    [{ 'cities/c.json': '{"columns":["id","name","aliases","country","lat","lon"],"rows":[["city:a","A",[],"AA",1,2],["city:b","B",[],"BB",95,2]]}' }, /c\.json: columns: expected/],
    [{ 'cities/c.json': '{"columns":["id","name","aliases","country","lat","lon","population","kind","ambiguous"],"rows":[["city:a","A",[],"AA",1,2],["city:b","B",[],"BB",95,2]]}' }, /c\.json row 2: lat: /],
    [{ 'gatherings/g.json': '[{"id":"gathering:x","org":"org:x","series":"X","name":"X","level":"summit"}]' }, /g\.json record 1: year: /],
  ];
  cases.forEach(([files, expected], i) => {
    const dir = folder(`bad-${i}`, files);
    assert.match(loadError({ dataDir: base, extraDirs: [dir] }), expected);
  });
});

test('a byte-order mark and Windows line ends are accepted', () => {
  const user = folder('bom', { 'people/win.jsonl': `\uFEFF${LAVROV}\r\n\r\n` });
  assert.equal(loadKbData({ dataDir: base, extraDirs: [user] }).people?.length, 1);
});

test('a missing or empty user folder is named in the error', () => {
  assert.match(loadError({ dataDir: base, extraDirs: [join(root, 'nope')] }), /^E_KB_NOT_FOUND knowledge-base folder not found: .*nope$/);
  const empty = folder('empty', { 'notes.txt': 'no data here' });
  assert.match(loadError({ dataDir: base, extraDirs: [empty] }), /^E_KB_NOT_FOUND .*empty: no knowledge-base folders in it/);
});

test('the default load is memoised per process', () => {
  assert.equal(loadKnowledgeBase(), loadKnowledgeBase());
  assert.notEqual(loadKnowledgeBase({ dataDir: base }), loadKnowledgeBase({ dataDir: base }));
});
