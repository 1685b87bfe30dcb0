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
  const ms = mentionsOf('The threat has grown, Japanese Defence Minister Itsunori Onodera told his counterparts on Monday.');
  const p = persons(ms).find((m) => m.name === 'Itsunori Onodera');
  assert.ok(p);
  assert.equal(p.country, 'JP');
  assert.equal(p.role, 'defence minister');
  assert.equal(p.via, 'title-name');
});

test('"Ambassador to China Name" skips the country after "to"', () => {
  const ms = mentionsOf('Russian Ambassador to China Andrei Denisov attended the reception.');
  const p = persons(ms).find((m) => m.name === 'Andrei Denisov');
  assert.ok(p);
  assert.equal(p.country, 'RU');
});

test('appositions name people on either side of the title', () => {
  const after = persons(mentionsOf('He met Kong Xuanyou, China s special envoy for the issue, in Beijing.'));
  assert.ok(after.some((m) => m.name === 'Kong Xuanyou' && m.country === 'CN' && m.via === 'apposition'));
  const before = persons(mentionsOf('On the eve of the meeting, the Russian presidential advisor, Yuri Ushakov, announced it.'));
  assert.ok(before.some((m) => m.name === 'Yuri Ushakov' && m.country === 'RU'));
});

test('a short form resolves to the full name said before', () => {
  const ms = persons(mentionsOf('Russian Ambassador to China Andrei Denisov spoke first. Later Denisov said more.'));
  const short = ms.find((m) => m.surface === 'Denisov');
  assert.ok(short);
  assert.equal(short.name, 'Andrei Denisov');
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
  const ms = mentionsOf('Putin spoke about the summit. Relations are good, she said.');
  const p = ms.find((m) => m.via === 'pronoun');
  assert.ok(p);
  assert.equal(p.name, 'Vladimir Putin');
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
  const ms = mentionsOf('China s Foreign Ministry said so. Analysts at the Center for Strategic and International Studies agreed.');
  const orgs = ms.filter((m) => m.type === 'organization').map((m) => m.name);
  assert.ok(orgs.includes('Chinese Foreign Ministry'));
  assert.ok(orgs.includes('Center for Strategic and International Studies'));
});

test('places by shape: venues and regions', () => {
  const ms = mentionsOf('Troops left Bagram Air Base and moved to the Donetsk region.');
  const places = ms.filter((m) => m.type === 'place').map((m) => m.name);
  assert.deepEqual(places, ['Bagram Air Base', 'Donetsk region']);
});

test('overlapping mentions: the longest wins', () => {
  const ms = mentionsOf('Officials of the Shanghai Cooperation Organisation met.');
  const orgs = ms.filter((m) => m.type === 'organization');
  assert.equal(orgs.length, 1);
  assert.equal(orgs[0]!.surface, 'Shanghai Cooperation Organisation');
});
