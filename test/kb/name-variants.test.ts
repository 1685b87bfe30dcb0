import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildKnowledgeBase } from '../../src/kb/build.js';
import { articleVariants, familyFirstVariants, initialVariants, particleSurnameVariants } from '../../src/kb/name-variants.js';

test('an Arabic surname is found with and without its article', () => {
  assert.deepEqual(articleVariants('Saad Hariri', 'LB'), ['Saad al-Hariri']);
  assert.deepEqual(articleVariants('Haider al-Abadi', 'IQ'), ['Haider Abadi']);
  assert.deepEqual(articleVariants('Nayef Falah Al-Hajraf', 'KW'), ['Nayef Falah Hajraf']);
  assert.deepEqual(articleVariants('Mohamed bin Zayed Al Nahyan', 'AE'), ['Mohamed bin Zayed Nahyan']);
});

test('names of other countries and one-word names get no variant', () => {
  assert.deepEqual(articleVariants('Pascal Lamy', 'FR'), []);
  assert.deepEqual(articleVariants('Kemal Kilicdaroglu', 'TR'), []);
  assert.deepEqual(articleVariants('Hariri', 'LB'), []);
  assert.deepEqual(articleVariants('Saad Hariri', undefined), []);
});

test('the knowledge base answers the other spelling with the same person', () => {
  const kb = buildKnowledgeBase({
    people: [{ id: 'person:saad-hariri', name: 'Saad Hariri', aliases: [], gender: 'm', country: 'LB', roles: [] }],
  });
  assert.deepEqual(kb.match('Saad al-Hariri arrived in Paris.').map((m) => m.id), ['person:saad-hariri']);
  assert.deepEqual(kb.match('Pierre al-Hariri arrived in Paris.').map((m) => m.id), []);
});

test('initials are found however they are written ("K. P.", "K.P.", "KP")', () => {
  assert.deepEqual(initialVariants('K. P. Sharma Oli'), ['K.P. Sharma Oli', 'KP Sharma Oli']);
  assert.deepEqual(initialVariants('JD Vance'), ['J. D. Vance', 'J.D. Vance']);
  // A name without initials has no other form.
  assert.deepEqual(initialVariants('Sher Bahadur Deuba'), []);
  assert.deepEqual(initialVariants('Li Qiang'), []);
  const kb = buildKnowledgeBase({
    people: [{ id: 'person:kp-sharma-oli', name: 'KP Sharma Oli', aliases: [], gender: 'm', country: 'NP', roles: [] }],
  });
  assert.deepEqual(kb.match('Prime Minister K.P. Sharma Oli will visit China.').map((m) => m.id), ['person:kp-sharma-oli']);
});

test('a Japanese name is also found family name first, as Japan\'s ministry writes it ("MOTEGI Toshimitsu")', () => {
  assert.deepEqual(familyFirstVariants('Toshimitsu Motegi', 'JP'), ['Motegi Toshimitsu', 'MOTEGI Toshimitsu']);
  // Other countries' names keep their order: "Lee Jae-myung" is already family name first.
  assert.deepEqual(familyFirstVariants('William Ruto', 'KE'), []);
  assert.deepEqual(familyFirstVariants('Taro Kono Jr', 'JP'), []);
});

test('a surname with its particle stands alone ("De Wever", "von der Leyen"); a two-word name has no such form', () => {
  assert.deepEqual(particleSurnameVariants('Bart De Wever'), ['De Wever']);
  assert.deepEqual(particleSurnameVariants('Ursula von der Leyen'), ['von der Leyen']);
  assert.deepEqual(particleSurnameVariants('Dick Schoof'), []);
  assert.deepEqual(particleSurnameVariants('Van Rompuy'), []);
});
