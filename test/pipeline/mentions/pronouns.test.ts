// Pronoun resolution where the grammar names the person, each with a positive and a negative case, in new
// hand-written sentences read by the whole pipeline with the real knowledge base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';

const kb = loadKnowledgeBase();
const PUBLISHED = '2023-05-20';

/** The person each pronoun stands for, in text order: [pronoun as written, name]. */
function pronouns(text: string): [string, string][] {
  const doc = runPipeline({ id: 't', text, published: PUBLISHED }, { kb });
  return doc.mentions.filter((m) => m.via === 'pronoun').map((m) => [m.surface, m.name]);
}

const cases: { name: string; text: string; want: [string, string][] }[] = [
  {
    name: 'the subject of "said" right before the pronoun wins over people named earlier in the sentence',
    text: 'MADRID (Reuters) - Speaking to reporters after talks with Giorgia Meloni, Emmanuel Macron and Olaf Scholz, Pedro Sanchez said he would travel to Rabat next week.',
    want: [['he', 'Pedro Sanchez']],
  },
  {
    // Negative: a pronoun that is not the object of a reporting verb keeps the sentence's subject.
    name: 'without a reporting verb before it the pronoun keeps the subject of its sentence',
    text: 'Pedro Sanchez met Olaf Scholz in Madrid on Monday, and he then flew to Rabat for talks on migration.',
    want: [['he', 'Pedro Sanchez']],
  },
  {
    name: 'a pronoun in an opening phrase points to the subject of the main clause',
    text: 'Olaf Scholz visited Tokyo last year. Speaking after his audience with the king, Pedro Sanchez said the talks had gone well.',
    want: [['his', 'Pedro Sanchez']],
  },
  {
    // Negative: when the main clause opens on no name, the opening phrase's pronoun looks back as before.
    name: 'an opening phrase before a clause that names no one looks back',
    text: 'Olaf Scholz visited Tokyo last year. Speaking after his audience with the emperor, the chancellor said the talks had gone well.',
    want: [['his', 'Olaf Scholz']],
  },
  {
    name: 'a reporting aside between the opening phrase and the main clause does not hide its subject',
    text: 'Olaf Scholz visited Tokyo last year. In his call on Tuesday with Nasser Bourita, a government spokeswoman said, Pedro Sanchez raised migration.',
    want: [['his', 'Pedro Sanchez']],
  },
  {
    // Negative: an aside that is no reporting clause leaves the main clause opening on no name.
    name: 'an opening phrase followed by another phrase, not a speaker, looks back',
    text: 'Olaf Scholz visited Tokyo last year. In his call on Tuesday with Nasser Bourita, a long one by all accounts, migration came first.',
    want: [['his', 'Olaf Scholz']],
  },
  {
    name: 'after a quotation, "he said" is the last one who spoke, not a person named beside him',
    text: 'After his meeting with Olaf Scholz and Giorgia Meloni in Brussels, Pedro Sanchez said he hoped to visit Rabat soon.  Morocco must take back more of its citizens,  he said.',
    want: [['his', 'Pedro Sanchez'], ['he', 'Pedro Sanchez'], ['he', 'Pedro Sanchez']],
  },
  {
    // Negative: the base's gender still rules a person out ("she" is not Sanchez).
    name: 'a reporting verb does not override the base’s gender',
    text: 'Giorgia Meloni met Pedro Sanchez in Rome. Sanchez said she had agreed to the plan.',
    want: [['she', 'Giorgia Meloni']],
  },
  {
    name: '"Sanchez himself" is Sanchez, and so is the "he" his reporting verb leads to',
    text: 'Nasser Bourita rejected that account on Monday, saying Sanchez himself had said last week he had no evidence of any spying.',
    want: [['himself', 'Pedro Sanchez'], ['he', 'Pedro Sanchez']],
  },
  {
    name: 'the people a participial opening phrase receives are not the "he" after it',
    text: 'Pedro Sanchez has put migration first. Besides hosting both Meloni and Scholz in Madrid, he visited Rabat last month.',
    want: [['he', 'Pedro Sanchez']],
  },
  {
    // Negative: a clause with its own subject may name the pronoun's person.
    name: 'in "When X met Y, he said" the subject of the when-clause is the pronoun’s',
    text: 'Pedro Sanchez has put migration first. But when Scholz received Sanchez in Berlin in March, he said he was open to a quota.',
    want: [['he', 'Olaf Scholz'], ['he', 'Olaf Scholz']],
  },
  {
    name: 'after "..., Y said." the next "he told reporters" is Y, even one the base does not know',
    text: 'Pedro Sanchez has met Nasser Bourita twice. Deputy minister Luis Ortega, who briefed reporters, spoke after the talks. ' +
      'Sanchez called on Morocco to take back more migrants, Ortega said.  There is room for progress,  he told reporters.',
    want: [['he', 'Luis Ortega']],
  },
  {
    name: 'a speaker in apposition ("the adviser, Jens Ploetner, announced") is the "he" after the quotation that follows',
    text: 'A day before the talks between Scholz and Kishida, the German foreign policy adviser, Jens Ploetner, announced that Berlin would work closely with Tokyo.  All the more so as we hold the presidency this year,  he said.',
    want: [['he', 'Jens Ploetner']],
  },
  {
    // Negative: a name in apposition that does not speak is not preferred over one that does.
    name: 'a name in apposition with no verb after it does not take the "he" from the one who spoke',
    text: 'Olaf Scholz met his adviser, Jens Ploetner, in Berlin on Monday, and Scholz told reporters the talks had been useful.  We need more time with Tokyo,  he said.',
    want: [['his', 'Olaf Scholz'], ['he', 'Olaf Scholz']],
  },
  {
    name: 'a slip of gender ("she" of Lula) falls back on the nearest sentence’s subject, not the last name written',
    text: 'Brazilian President Luiz Inacio Lula da Silva held talks with South African President Cyril Ramaphosa in Brasilia on Wednesday.\n' +
      '“Brazil and South Africa are brothers across the Atlantic,” she said at the start of the meeting.',
    want: [['she', 'Luiz Inacio Lula da Silva']],
  },
  {
    // Negative: with a woman the base knows nearby, "she" is hers even when a man opens the sentence.
    name: 'a woman the base knows takes "she" over the sentence’s male subject',
    text: 'Luiz Inacio Lula da Silva held talks with Giorgia Meloni in Rome on Wednesday.\n“Italy and Brazil are old friends,” she said at the start of the meeting.',
    want: [['she', 'Giorgia Meloni']],
  },
];

for (const c of cases) {
  test(`pronouns: ${c.name}`, () => {
    assert.deepEqual(pronouns(c.text), c.want);
  });
}

test('pronouns: a sentence-opening "He" is a pronoun, not the surname of an office holder of that name ("Vice Premier He" is)', () => {
  // On this date the base has a vice premier whose surname is He.
  const at = (text: string) => runPipeline({ id: 't', text, published: '2022-12-21' }, { kb }).mentions.filter((m) => m.surface === 'He');
  const pronoun = at('BEIJING (Reuters) - Penny Wong met Anthony Albanese in Canberra. He told Wong that the trip had gone well.');
  assert.deepEqual(pronoun.map((m) => [m.via, m.name]), [['pronoun', 'Anthony Albanese']]);
  const titled = at('BEIJING (Reuters) - Vice Premier He said on Monday the talks with Washington had been useful.');
  assert.deepEqual(titled.map((m) => [m.via, m.name]), [['surname', 'Liu He']]);
});
