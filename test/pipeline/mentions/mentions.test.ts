import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions } from '../../../src/pipeline/mentions/index.js';
import type { Mention } from '../../../src/core/types.js';
import { docOf, smallKb } from './fixture.js';

const kb = smallKb();
const mentionsOf = (text: string): Mention[] => {
  const doc = docOf(text);
  findMentions(doc, { kb });
  return doc.mentions;
};
const persons = (ms: Mention[]) => ms.filter((m) => m.type === 'person' && m.via !== 'pronoun' && m.via !== 'description');

test('knowledge-base aliases give people, places, organizations and countries', () => {
  const ms = mentionsOf('Russian President Vladimir Putin met Xi Jinping at the Shanghai Cooperation Organization summit in Astana.');
  assert.deepEqual(persons(ms).map((m) => m.name), ['Vladimir Putin', 'Xi Jinping']);
  assert.equal(persons(ms)[0]!.role, 'president');
  assert.ok(ms.some((m) => m.type === 'place' && m.name === 'Astana' && m.country === 'KZ'));
  assert.ok(ms.some((m) => m.type === 'organization' && m.entityId === 'org:sco'));
  assert.ok(ms.some((m) => m.type === 'country' && m.country === 'RU' && m.via === 'demonym'));
});

test('"Title Name" finds people the base does not know, with the country of the title', () => {
  const ms = mentionsOf('The risk is rising, Japanese Defence Minister Hiroshi Kato told lawmakers on Friday.');
  const p = persons(ms).find((m) => m.name === 'Hiroshi Kato');
  assert.ok(p);
  assert.equal(p.country, 'JP');
  assert.equal(p.role, 'defence minister');
  assert.equal(p.via, 'title-name');
});

test('"Ambassador to <country> Name" skips the country after "to"', () => {
  const ms = mentionsOf('Russian Ambassador to Japan Pavel Orlov attended the reception.');
  const p = persons(ms).find((m) => m.name === 'Pavel Orlov');
  assert.ok(p);
  assert.equal(p.country, 'RU');
});

test('appositions name people on either side of the title', () => {
  const after = persons(mentionsOf('She met Liu Jianmin, China s special envoy on maritime affairs, in Moscow.'));
  assert.ok(after.some((m) => m.name === 'Liu Jianmin' && m.country === 'CN' && m.via === 'apposition'));
  const before = persons(mentionsOf('Ahead of the visit, the Russian presidential advisor, Ilya Sorokin, confirmed it.'));
  assert.ok(before.some((m) => m.name === 'Ilya Sorokin' && m.country === 'RU'));
});

test('a short form resolves to the full name said before', () => {
  const ms = persons(mentionsOf('Russian Ambassador to Japan Pavel Orlov spoke first. Later Orlov said more.'));
  const short = ms.find((m) => m.surface === 'Orlov');
  assert.ok(short);
  assert.equal(short.name, 'Pavel Orlov');
  assert.equal(short.via, 'surname');
});

test('descriptions resolve to the office holder on the reference date', () => {
  const ms = mentionsOf('Putin arrived. The Russian president said relations were good.');
  const d = ms.find((m) => m.via === 'description');
  assert.ok(d);
  assert.equal(d.name, 'Vladimir Putin');
  // the country inside the description is still a country mention
  assert.ok(ms.some((m) => m.type === 'country' && m.country === 'RU'));
});

test('"his Chinese counterpart" takes the role of the person before it', () => {
  const ms = mentionsOf('Russian Foreign Minister Sergei Lavrov met his Chinese counterpart on Monday.');
  const d = ms.find((m) => m.via === 'description');
  assert.ok(d);
  assert.equal(d.name, 'Wang Yi');
});

test('pronouns resolve to the last person, trusting the base over a slip of gender', () => {
  const ms = mentionsOf('Lavrov spoke about the visit. The talks went well, she said.');
  const p = ms.find((m) => m.via === 'pronoun');
  assert.ok(p);
  assert.equal(p.name, 'Sergey Lavrov');
});

test('negative: sentence openers, months, weekdays and bare titles are not people', () => {
  const ms = persons(mentionsOf('On Monday the Foreign Minister spoke. In July President said nothing. The Ministry of Truth was closed.'));
  assert.deepEqual(ms, []);
});

test('negative: a place or organization is not read as a person after a title', () => {
  const ms = persons(mentionsOf('The President of Kazakhstan welcomed guests to Astana.'));
  assert.deepEqual(ms, []);
});

test('organizations the base does not know, by the shape of their names', () => {
  const ms = mentionsOf('Japan s Foreign Ministry said so. Analysts at the Institute for Peace and Conflict Studies agreed.');
  const orgs = ms.filter((m) => m.type === 'organization').map((m) => m.name);
  assert.ok(orgs.includes('Japanese Foreign Ministry'));
  assert.ok(orgs.includes('Institute for Peace and Conflict Studies'));
});

test('places by shape: venues and regions', () => {
  const ms = mentionsOf('Troops left Incirlik Air Base and moved to the Kherson region.');
  const places = ms.filter((m) => m.type === 'place').map((m) => m.name);
  assert.deepEqual(places, ['Incirlik Air Base', 'Kherson region']);
});

test('overlapping mentions: the longest wins', () => {
  const ms = mentionsOf('Officials of the Shanghai Cooperation Organisation met.');
  const orgs = ms.filter((m) => m.type === 'organization');
  assert.equal(orgs.length, 1);
  assert.equal(orgs[0]!.surface, 'Shanghai Cooperation Organisation');
});
