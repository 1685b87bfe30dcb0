import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldToken, tokenize } from '../../src/kb/name-key.js';

// The tokenizer as first written, one regex: the char-code scan must find exactly these tokens.
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const TOKEN = new RegExp(`[${CJK}]|[[\\p{L}\\p{N}\\p{M}]--[${CJK}]]+|\\S`, 'gv');
const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2013']);
function reference(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) if (!HYPHENS.has(m[0])) out.push(`${m.index}-${m.index + m[0].length}:${foldToken(m[0])}`);
  return out;
}
function scanned(text: string): string[] {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, k) => `${t.starts[k]}-${t.ends[k]}:${t.keys[k]}`);
}

test('the scan finds the tokens the regex finds', () => {
  const texts = [
    'Sergey Lavrov met Wang Yi in Astana on Monday, July 3.',
    'Nur-Sultan – EU–China — “quoted” ‘single’ `tick´ it’s O’Neill',
    'Élysée ELYSEE Zürich São Paulo Ærø ǅ ﬁnance',
    '上海 東京 ひらがな カタカナ 北京市 Москва Шанхай القاهرة हिन्दी',
    'tab\there\u00a0nbsp\u2009thin\u3000ideographic\ufeffbom\u2028line',
    'emoji 😀 math 𝐀𝐁 astral 𠀋 lone \ud800 high \udc00 low',
    'a\u0301 combining at start: \u0301x, digits ٣٤ 123abc',
    '', '   ', '-', 'x-', '--a--',
  ];
  for (const text of texts) assert.deepEqual(scanned(text), reference(text), text);
});

test('the scan agrees with the regex on random mixes of hard characters', () => {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const alphabet = ['a', 'Z', '9', ' ', '\n', '-', '\u2013', '\u2014', '’', '`', 'é', 'e\u0301', '上', 'カ', 'ж', '😀', '\u00a0', '.', '"', 'ß', 'İ', '\ud800'];
  for (let n = 0; n < 500; n++) {
    let text = '';
    const length = Math.floor(rnd() * 30);
    for (let k = 0; k < length; k++) text += alphabet[Math.floor(rnd() * alphabet.length)];
    assert.deepEqual(scanned(text), reference(text), JSON.stringify(text));
  }
});
