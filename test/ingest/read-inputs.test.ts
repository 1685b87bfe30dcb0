import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, chmodSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ArticleInput } from '../../src/core/doc.js';
import { readInputs, isInputFailure, type IngestItem, type InputFailure } from '../../src/ingest/index.js';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-ingest-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const collect = async (paths: string[], opts: Parameters<typeof readInputs>[1] = {}): Promise<IngestItem[]> => {
  const out: IngestItem[] = [];
  for await (const item of readInputs(paths, opts)) out.push(item);
  return out;
};
const only = async (path: string, opts = {}): Promise<IngestItem> => {
  const items = await collect([path], opts);
  assert.equal(items.length, 1);
  return items[0]!;
};
const asFailure = (item: IngestItem): InputFailure => {
  assert.ok(isInputFailure(item), `expected a failure, got ${JSON.stringify(item).slice(0, 120)}`);
  return item;
};
const asArticle = (item: IngestItem): ArticleInput => {
  assert.ok(!isInputFailure(item), `expected an article, got ${JSON.stringify(item)}`);
  return item;
};
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

test('txt: whole file is the text, title from the first line before a blank line, id without extension', async () => {
  const text = 'Lavrov meets Wang\n\nTASHKENT: They met.\n';
  const a = asArticle(await only(file('a.txt', text)));
  assert.equal(a.text, text);
  assert.equal(a.title, 'Lavrov meets Wang');
  assert.equal(a.id, join(dir, 'a'));
  assert.equal(asArticle(await only(file('b.txt', 'One line only.\nSecond line.\n'))).title, undefined);
});

test('binary file: E_INPUT_BINARY naming the path', async () => {
  const f = asFailure(await only(file('bin.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 1, 2, 3]))));
  assert.equal(f.code, 'E_INPUT_BINARY');
  assert.ok(f.message.includes('bin.txt'));
  const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
  assert.equal(asFailure(await only(file('ctl.txt', controls))).code, 'E_INPUT_BINARY');
});

test('empty and whitespace-only files: E_INPUT_EMPTY', async () => {
  assert.equal(asFailure(await only(file('empty.txt', ''))).code, 'E_INPUT_EMPTY');
  assert.equal(asFailure(await only(file('blank.txt', ' \n\t\r\n'))).code, 'E_INPUT_EMPTY');
});

test('invalid UTF-8: decoded with replacement characters and a warning', async () => {
  const bytes = Buffer.concat([Buffer.from('Lavrov said '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' hello.\n')]);
  const a = asArticle(await only(file('bad.txt', bytes)));
  assert.ok(a.text.startsWith('Lavrov said \uFFFD'));
  assert.equal(a.diagnostics?.[0]?.code, 'W_INPUT_BAD_ENCODING');
  assert.equal(a.diagnostics?.[0]?.severity, 'warning');
});

test('UTF-8 BOM is dropped; UTF-16 LE and BE with BOM are decoded', async () => {
  const text = 'Wang Yi met Sergey Lavrov — «Россия».\n';
  assert.equal(asArticle(await only(file('bom8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])))).text, text);
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  assert.equal(asArticle(await only(file('le.txt', le))).text, text);
  const be = Buffer.from(le);
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
  assert.equal(asArticle(await only(file('be.txt', be))).text, text);
  assert.deepEqual(asArticle(await only(file('le2.txt', le))).diagnostics, []);
});

test('a 50 MB file gives E_INPUT_TOO_LARGE (checked before reading), and the limit is an option', async () => {
  const p = join(dir, 'huge.txt');
  const fd = openSync(p, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  const f = asFailure(await only(p));
  assert.equal(f.code, 'E_INPUT_TOO_LARGE');
  assert.ok(f.message.includes('huge.txt') && f.message.includes('50.0 MB'));
  assert.equal(asFailure(await only(file('small.txt', 'A short article of some forty bytes.'), { maxBytes: 10 })).code, 'E_INPUT_TOO_LARGE');
});

test('JSONL: bad lines reported as file:line, the others read', async () => {
  const lines = [
    JSON.stringify({ id: 'a1', text: 'First article.', title: 'T1', url: 'https://example.org/1', published: '2024-07-08' }),
    '{not json',
    '',
    JSON.stringify({ id: 'a3', title: 'no text' }),
    JSON.stringify(['an', 'array']),
    JSON.stringify({ text: 'No id here.', published: 'yesterday' }),
    JSON.stringify({ id: 7, text: 'Numeric id.', published: '2024-07-08T10:00:00Z' }),
  ];
  const p = file('in.jsonl', `${lines.join('\n')}\n`);
  const items = await collect([p]);
  assert.equal(items.length, 6);
  const first = asArticle(items[0]!);
  assert.deepEqual([first.id, first.text, first.title, first.url, first.published, first.source], ['a1', 'First article.', 'T1', 'https://example.org/1', '2024-07-08', `${p}:1`]);
  const bad = asFailure(items[1]!);
  assert.equal(bad.code, 'E_JSONL_NOT_JSON');
  assert.ok(bad.message.startsWith(`${p}:2: not JSON (`));
  const missing = asFailure(items[2]!);
  assert.equal(missing.message, `${p}:4: missing "text"`);
  assert.equal(asFailure(items[3]!).input, `${p}:5`);
  const noId = asArticle(items[4]!);
  assert.equal(noId.id, `${p}:6`);
  assert.equal(noId.published, undefined);
  assert.equal(noId.diagnostics?.[0]?.code, 'E_JSONL_BAD_FIELD');
  assert.deepEqual([asArticle(items[5]!).id, asArticle(items[5]!).published], ['7', '2024-07-08']);
});

test('JSONL: UTF-16 with a BOM and a binary .jsonl', async () => {
  const body = `${JSON.stringify({ id: 'u1', text: 'Лавров встретился с Ван И.' })}\n${JSON.stringify({ id: 'u2', text: 'Second.' })}\n`;
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
  const items = await collect([file('u16.jsonl', le)]);
  assert.deepEqual(items.map((i) => asArticle(i).text), ['Лавров встретился с Ван И.', 'Second.']);
  const binary = await collect([file('bin.jsonl', new Uint8Array([0x7b, 0, 0, 1, 2, 0x7d]))]);
  assert.equal(asFailure(binary[0]!).code, 'E_INPUT_BINARY');
});

test('JSONL: a line over the limit is skipped and reported, later lines still read', async () => {
  const long = JSON.stringify({ id: 'big', text: 'x'.repeat(5000) });
  const p = file('long.jsonl', `${long}\n${JSON.stringify({ id: 'ok', text: 'Fine.' })}`);
  const items = await collect([p], { maxBytes: 1000 });
  assert.equal(asFailure(items[0]!).code, 'E_INPUT_TOO_LARGE');
  assert.equal(asFailure(items[0]!).input, `${p}:1`);
  assert.equal(asArticle(items[1]!).id, 'ok');
});

test('missing path: E_INPUT_NOT_FOUND; a symlink loop: E_INPUT_UNREADABLE', async () => {
  const missing = asFailure(await only(join(dir, 'nope.txt')));
  assert.equal(missing.code, 'E_INPUT_NOT_FOUND');
  assert.ok(missing.message.includes('nope.txt'));
  const loop = join(dir, 'loop.txt');
  symlinkSync(loop, loop);
  assert.equal(asFailure(await only(loop)).code, 'E_INPUT_UNREADABLE');
});

test('unreadable file: E_INPUT_UNREADABLE', { skip: process.getuid?.() === 0 ? 'running as root: permissions do not stop reading' : false }, async () => {
  const p = file('locked.txt', 'secret');
  chmodSync(p, 0o000);
  assert.equal(asFailure(await only(p)).code, 'E_INPUT_UNREADABLE');
});

test('folder: recursive, sorted, article extensions only, ids relative to the folder', async () => {
  const root = join(dir, 'corpus');
  mkdirSync(join(root, 'b', 'c'), { recursive: true });
  writeFileSync(join(root, 'z.txt'), 'Zed article.');
  writeFileSync(join(root, 'a.html'), '<html><head><title>Page A</title></head><body><p>Paragraph one is here.</p><p>Paragraph two.</p></body></html>');
  writeFileSync(join(root, 'b', 'c', 'd.txt'), 'Deep article.');
  writeFileSync(join(root, 'b', 'notes.md'), 'not an article');
  writeFileSync(join(root, 'b', 'list.jsonl'), `${JSON.stringify({ id: 'j1', text: 'From JSONL.' })}\n`);
  const ids = (await collect([root])).map((i) => asArticle(i).id);
  assert.deepEqual(ids, ['a', 'b/c/d', 'j1', 'z']);
});

test('HTML: readable text in blank-line paragraphs, title first, published time as metadata', async () => {
  const html = `<html><head><title>Lavrov meets Wang</title><meta property="article:published_time" content="2024-07-08T04:55:57Z">
    <link rel="canonical" href="https://example.org/a"></head><body><nav>Home | World</nav><article><h1>Lavrov meets Wang</h1>
    <p>TASHKENT: Chinese Foreign Minister Wang Yi met with Russian Foreign Minister Sergei Lavrov on the sidelines of the SCO meeting.</p>
    <p>Wang said that China and Russia should strengthen strategic communication in a timely manner, which will help both sides.</p>
    <script>var x = 1;</script></article></body></html>`;
  const a = asArticle(await only(file('page.htm', html)));
  assert.equal(a.title, 'Lavrov meets Wang');
  assert.equal(a.url, 'https://example.org/a');
  assert.equal(a.published, '2024-07-08');
  const paragraphs = a.text.split('\n\n');
  assert.equal(paragraphs[0], 'Lavrov meets Wang');
  assert.ok(paragraphs[1]!.startsWith('TASHKENT: Chinese Foreign Minister'));
  assert.ok(paragraphs[2]!.startsWith('Wang said'));
  assert.ok(!a.text.includes('var x'));
});

test('stdin: JSONL when every line is an article object, else one text article', async () => {
  const jsonl = `${JSON.stringify({ id: 's1', text: 'One.' })}\n${JSON.stringify({ id: 's2', text: 'Two.' })}\n`;
  const items = await collect(['-'], { stdin: Readable.from([Buffer.from(jsonl)]) });
  assert.deepEqual(items.map((i) => asArticle(i).id), ['s1', 's2']);
  const mixed = `${JSON.stringify({ id: 's1', text: 'One.' })}\nLavrov said hello.\n`;
  const text = await collect(['-'], { stdin: Readable.from([Buffer.from(mixed)]) });
  assert.equal(text.length, 1);
  assert.deepEqual([asArticle(text[0]!).id, asArticle(text[0]!).text, asArticle(text[0]!).source], ['stdin', mixed, '-']);
  assert.equal(asFailure((await collect(['-'], { stdin: Readable.from([Buffer.from('  \n')]) }))[0]!).code, 'E_INPUT_EMPTY');
});

test('stdin: JSONL longer than the limit streams; text longer than the limit fails', async () => {
  const line = (i: number) => `${JSON.stringify({ id: `s${i}`, text: `Article number ${i} text.` })}\n`;
  const chunks = Array.from({ length: 50 }, (_, i) => Buffer.from(line(i)));
  const items = await collect(['-'], { stdin: Readable.from(chunks), maxBytes: 200 });
  assert.equal(items.length, 50);
  assert.ok(items.every((i) => !isInputFailure(i)));
  const long = await collect(['-'], { stdin: Readable.from([Buffer.from('word '.repeat(100))]), maxBytes: 200 });
  assert.equal(asFailure(long[0]!).code, 'E_INPUT_TOO_LARGE');
});

test('inputs are read lazily, one at a time', async () => {
  const p = file('many.jsonl', Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: `m${i}`, text: 'x' })).join('\n'));
  const it = readInputs([p, join(dir, 'missing-later.txt')]);
  const first = await it.next();
  assert.equal(asArticle(first.value as IngestItem).id, 'm0');
  await it.return(undefined);
});
