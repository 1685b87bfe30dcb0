// Attribution rules, each with a positive and a negative case in new hand-written sentences (other people and
// countries than the evaluation set), read by the whole pipeline with the real knowledge base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';
import type { Quote } from '../../../src/core/types.js';

const kb = loadKnowledgeBase();
const PUBLISHED = '2023-05-20';
const quotesOf = (text: string): Quote[] => runPipeline({ id: 't', text, published: PUBLISHED }, { kb }).quotes;
const speakerName = (q: Quote): string => q.speaker?.name ?? q.speaker?.country ?? '?';
/** The speakers of every quote holding `words`. */
const speakersOf = (qs: Quote[], words: string): string[] => qs.filter((q) => q.text.includes(words)).map(speakerName);

interface Case {
  name: string;
  text: string;
  /** [words of a statement, its speaker]: every quote holding the words has that speaker. */
  want: [string, string][];
  /** Words that no quote may hold. */
  none?: string[];
  /** [words, speaker] that no quote holding the words may carry. */
  notSpeaker?: [string, string][];
}

const cases: Case[] = [
  {
    name: 'a name after a quotation’s closing mark and comma opens the clause of its verb; "as she stood beside X" names no speaker',
    text: 'ROME (Reuters) - Italian Prime Minister Giorgia Meloni met Spanish Prime Minister Pedro Sanchez in Rome on Friday.\n' +
      '“Our two countries will defend the southern border of Europe together,” Meloni said as she stood beside Sanchez at the Chigi Palace. ' +
      '“Migration is a European problem and needs a European answer.”',
    want: [['defend the southern border of Europe', 'Giorgia Meloni'], ['needs a European answer', 'Giorgia Meloni']],
    notSpeaker: [['defend the southern border', 'Pedro Sanchez'], ['needs a European answer', 'Pedro Sanchez']],
  },
  {
    name: '"said X as ..." after a quotation: the speaker phrase ends before "as"',
    text: '“We want a partner we can rely on for decades,” said Scholz as he greeted Kishida in Berlin on Saturday morning.',
    want: [['partner we can rely on', 'Olaf Scholz']],
    notSpeaker: [['partner we can rely on', 'Fumio Kishida']],
  },
  {
    name: '", and reiterated" after an aside naming someone else goes on with the clause’s own subject',
    text: 'Scholz said Germany would honour the energy deal agreed in 2019 by his predecessor, Angela Merkel, and reiterated that the pipeline project was over for good.',
    want: [['the pipeline project was over for good', 'Olaf Scholz']],
    notSpeaker: [['the pipeline project was over for good', 'Angela Merkel']],
  },
  {
    // Negative of the rule above: an apposition the writer did not close still names its person.
    name: 'a person before an unclosed apposition still speaks',
    text: 'The talks would resume in Madrid in June, Pedro Sanchez, the Spanish prime minister told reporters in Brussels.',
    want: [['would resume in Madrid in June', 'Pedro Sanchez']],
  },
  {
    name: 'a sentence that only ends a quotation and names its speaker is not a second statement',
    text: 'TOKYO (Reuters) - Fumio Kishida spoke about Seoul at length on Tuesday.\n' +
      '“We have turned a page with Seoul. Trade will recover within a year. Nobody doubts that,” Kishida said in an interview with public broadcaster NHK.',
    want: [['We have turned a page with Seoul', 'Fumio Kishida']],
    none: ['in an interview with public broadcaster NHK'],
  },
  {
    // Negative of the rule above: a participle after the attribution brings a statement of its own.
    name: 'an attribution followed by ", adding that ..." keeps the added statement',
    text: '“We have turned a page with Seoul,” Kishida said on Tuesday, adding that a new summit with Yoon Suk Yeol would be held in Tokyo in July.',
    want: [['We have turned a page with Seoul', 'Fumio Kishida'], ['would be held in Tokyo in July', 'Fumio Kishida']],
  },
  {
    name: 'unnamed officials closing a sentence are the source of what a leader believes',
    text: 'BRASILIA (Reuters) - Brazil will host the talks. With the election over, Lula believes the South African president will have more room to push for a trade deal, senior Brazilian officials said on Monday.',
    want: [['will have more room to push for a trade deal', 'BR']],
    notSpeaker: [['will have more room to push for a trade deal', 'Luiz Inacio Lula da Silva']],
  },
  {
    // Negative of the rule above: what the leader said himself stays his, though the office passes it on.
    name: 'a leader’s own words stay his when his counterpart’s office closes the sentence',
    text: 'PRETORIA (Reuters) - Lula praised Ramaphosa as a true brother of Brazil and promised to send a trade mission to Johannesburg during their phone call on Tuesday, the South African presidency said.',
    want: [['praised Ramaphosa as a true brother', 'Luiz Inacio Lula da Silva']],
  },
  {
    // Negative: an unnamed official inside a named speaker's clause is still part of that statement.
    name: 'an official inside a named speaker’s reported clause is not a second speaker',
    text: 'Ramaphosa said the official had told him that the delegation would arrive in Brasilia on Tuesday.',
    want: [['the delegation would arrive in Brasilia', 'Cyril Ramaphosa']],
  },
  {
    name: 'a statement quoting its leader word for word passes on the leader’s words, and he speaks on',
    text: 'BRASILIA (Reuters) - Brazil s presidency released its summary of the call between Lula and Ramaphosa.\n' +
      '“President Ramaphosa said that South Africa sees Brazil as its closest partner in the south,” the statement added. ' +
      '“We will send our trade minister to Brasilia in the coming weeks.”',
    want: [['sees Brazil as its closest partner', 'Cyril Ramaphosa'], ['send our trade minister to Brasilia', 'Cyril Ramaphosa']],
  },
  {
    // Negative: a person who comments on another's words keeps their own quotation.
    name: 'a person quoting someone else in order to answer them keeps the quotation',
    text: '“Ramaphosa said that the rand would recover by June, but nothing has changed for our workers,” opposition leader John Steenhuisen told reporters in Cape Town.',
    want: [['the rand would recover by June', 'John Steenhuisen']],
    notSpeaker: [['the rand would recover by June', 'Cyril Ramaphosa']],
  },
  {
    name: 'a named person’s quotation of another stays theirs even without a comment on it',
    text: '“Ramaphosa said that the rand would recover by June in his speech to parliament,” opposition leader John Steenhuisen told reporters.',
    want: [['the rand would recover by June', 'John Steenhuisen']],
  },
  {
    // Negative: a quotation that merely names a person first is not that person's.
    name: 'a quotation that opens on a name without a speech verb is its speaker’s',
    text: '“Ramaphosa is a friend of Brazil and a partner we trust,” Lula said at the palace on Monday.',
    want: [['a friend of Brazil and a partner we trust', 'Luiz Inacio Lula da Silva']],
  },
  {
    name: '"by telling a newspaper that ..." speaks for the clause’s subject; "was  closed" lost a quotation mark, not an apostrophe',
    text: 'MADRID (Reuters) - Pedro Sanchez spoke with Lula on Monday. Nasser Bourita said the call went well.  ' +
      'Pedro Sanchez had annoyed Rabat in the run-up to the visit by telling a Spanish newspaper that Morocco was  unreliable, hostile and closed to dialogue . ' +
      'Pressed on the remark on Friday, he backtracked, saying he had meant the previous government.',
    want: [['unreliable, hostile and closed to dialogue', 'Pedro Sanchez'], ['meant the previous government', 'Pedro Sanchez']],
    notSpeaker: [['unreliable, hostile and closed', 'Nasser Bourita'], ['meant the previous government', 'Nasser Bourita']],
  },
  {
    // Negatives of the rule above: "by" before an act is no speech; a plural before a lower-case word lost its apostrophe.
    name: '"by sending troops" is no speech, and "the Netherlands  plan" opens no quotation',
    text: 'Pedro Sanchez angered Rabat by sending troops to the border near Ceuta last spring. The Netherlands  plan to expand the port at Rotterdam was approved by parliament on Monday.',
    want: [],
    none: ['sending troops to the border', 'plan to expand the port'],
  },
  {
    name: 'a minister’s own government’s readout closing the sentence speaks for all of it',
    text: 'Spanish Foreign Minister Jose Manuel Albares spoke with Moroccan Foreign Minister Nasser Bourita on Tuesday and expressed his deep concern over the border, the Spanish foreign ministry said.',
    want: [['expressed his deep concern over the border', 'Spanish foreign ministry']],
    notSpeaker: [['expressed his deep concern', 'Jose Manuel Albares']],
  },
  {
    name: '"It froze ..., saying ..." speaks for the institution that spoke last',
    text: 'The European Union said on Monday it would suspend talks with Belarus. It also froze the accounts of three state banks, saying their links to the security services had to be examined first.',
    want: [['their links to the security services had to be examined', 'European Union']],
  },
  {
    // Negative of the rule above: with no institution that spoke before, "It" names no one.
    name: '"It ..., saying ..." with no institution before names no speaker',
    text: 'It ended the meeting early, saying the two sides needed more time to study the maps.',
    want: [],
    none: ['needed more time to study the maps'],
  },
  {
    name: '"a spokesman for X" is the one spokesman of X the story names later, not X',
    text: 'PRETORIA (Reuters) - Cyril Ramaphosa met Lula on Monday. A spokesman for Ramaphosa said the two leaders had agreed to double trade by 2030. ' +
      'The talks lasted three hours. Ramaphosa s spokesman, Vincent Magwenya, said at a briefing that the visit would be repeated next year.',
    want: [['agreed to double trade by 2030', 'Vincent Magwenya']],
    notSpeaker: [['agreed to double trade by 2030', 'Cyril Ramaphosa']],
  },
  {
    name: '"the rebel commander" is the commander the next sentence names',
    text: 'BOGOTA (Reuters) - The rebel commander said the group would send a delegation to Havana next week. ' +
      'Pablo Ortega, the commander of the Southern Front, said later that the group wanted a ceasefire first.',
    want: [['send a delegation to Havana next week', 'Pablo Ortega']],
  },
  {
    // Negatives of the rule above: two commanders named; an indefinite spokesman the base does not know; another body's spokeswoman.
    name: 'an unnamed office holder stays unnamed when two people hold the office, when "a spokesman" may be one of several, or when another body is named',
    text: 'BOGOTA (Reuters) - The rebel commander said the group would send a delegation to Havana next week. ' +
      'Pablo Ortega, the commander of the Southern Front, said later that the group wanted a ceasefire first. ' +
      'Later on Monday, Ivan Cardenas, the commander of the Northern Front, said the talks with the government were pointless.\n' +
      'A government spokesman said the army would pull back from the border by Friday. Government spokesman Andres Villa said later that the army would stay.\n' +
      'A Pentagon spokesman said the drills with Bogota would go ahead in August as planned. State Department spokeswoman Ingrid Lindqvist also said the talks had stalled.',
    want: [['send a delegation to Havana next week', 'CO'], ['pull back from the border by Friday', 'CO'], ['drills with Bogota would go ahead', 'US']],
  },
  {
    name: 'a reply ("shot back", "retorted") after a quotation, with an aside between dashes or the three spaces stripped dashes leave',
    text: 'MADRID (Reuters) - Pedro Sanchez met Giorgia Meloni in Madrid on Friday. Meloni said the plan would fail.   ' +
      'Not in my lifetime, not in my lifetime, I think is the phrase,  Sanchez   a fierce critic of the plan   shot back.',
    want: [['I think is the phrase', 'Pedro Sanchez']],
    notSpeaker: [['I think is the phrase', 'Giorgia Meloni']],
  },
  {
    name: 'a reply after a quotation with its marks, and an aside between dashes',
    text: 'Pedro Sanchez said the plan would work. “We will never accept a deal written in Brussels,” Meloni — who had flown in that morning — retorted.',
    want: [['never accept a deal written in Brussels', 'Giorgia Meloni']],
  },
  {
    // Negative: away from a quotation, "shot back" is gunfire.
    name: '"shot back" with no quotation is no speech',
    text: 'Border guards shot back at the gunmen near the crossing, killing two of them on Sunday night before dawn.',
    want: [],
    none: ['shot back at the gunmen'],
  },
  {
    name: 'a person passing on a leader’s own words (", X said" closing the sentence) leaves them the leader’s',
    text: 'BRASILIA (Reuters) - Lula called on BRICS members to settle more of their trade in local currencies and to share payment systems, Celso Amorim, his foreign policy adviser, said.',
    want: [['settle more of their trade in local currencies', 'Luiz Inacio Lula da Silva']],
  },
  {
    // Negative: what a leader believes is known only from the one who says so.
    name: 'a person passing on what a leader believes is the speaker',
    text: 'BRASILIA (Reuters) - Lula believes the BRICS members will settle more of their trade in local currencies within five years, Celso Amorim, his foreign policy adviser, said.',
    want: [['settle more of their trade in local currencies', 'Celso Amorim']],
  },
  {
    name: '"it" after the country its own sentence opens with is that country',
    text: 'The United States said the talks had stalled. Turkey has carried out raids in the border area since 2016, an area where it claimed the group was training fighters for attacks inside its territory.',
    want: [['the group was training fighters', 'TR']],
    notSpeaker: [['the group was training fighters', 'US']],
  },
  {
    // Negative: a country that speaks itself later in the sentence is that speaker, not the opening one.
    name: 'a country speaking in a later clause of the sentence keeps its words',
    text: 'Ankara said on Monday that talks would go on. Turkey has carried out raids in the border area since 2016, while Greece said it feared the fighting would spread to the islands.',
    want: [['feared the fighting would spread to the islands', 'GR']],
  },
  {
    name: '"had agreed to his plan" is an act inside the announcer’s statement, not a second speaker',
    text: 'NAIROBI - William Ruto told reporters on Monday that Tanzanian President Samia Suluhu Hassan had agreed to his plan for a one-week reopening of the border crossing.',
    want: [['agreed to his plan for a one-week reopening', 'William Ruto']],
    notSpeaker: [['agreed to his plan', 'Samia Suluhu Hassan']],
  },
  {
    // Negative: "agreed to" before a verb, and a speech verb after it, still report the person's statement.
    name: '"agreed to extend ..., and said ..." is still the person’s statement',
    text: 'William Ruto said the deal might hold. Samia Suluhu Hassan agreed to extend the opening by a week, and said the checks would resume only if Nairobi failed to act.',
    want: [['the checks would resume only if Nairobi failed to act', 'Samia Suluhu Hassan']],
  },
  {
    name: '"restated that ..." reports speech, with the quotation inside it',
    text: 'Penny Wong, speaking at a university in Perth, restated that Canberra wanted a dialogue “built on mutual respect and clear rules”.',
    want: [['built on mutual respect and clear rules', 'Penny Wong']],
  },
  {
    name: '"riled his hosts by suggesting ..." reports the subject’s words',
    text: 'MADRID (Reuters) - A day earlier, Pedro Sanchez riled his Moroccan hosts by suggesting the border fence at Ceuta had been built without any consultation.',
    want: [['the border fence at Ceuta had been built', 'Pedro Sanchez']],
  },
  {
    // Negative: "by arriving late" is no speech.
    name: '"by arriving late" reports no words',
    text: 'MADRID (Reuters) - Pedro Sanchez riled his Moroccan hosts by arriving two hours late for the state dinner at the royal palace in Rabat.',
    want: [],
    none: ['arriving two hours late'],
  },
  {
    name: 'the dots of "U.S." do not end the clause before a coordinated "and noted that"',
    text: 'U.S. Ambassador Nicholas Burns brushed aside U.S. worries about Lula s ties with Beijing and Moscow and noted that the United States remained Brazil s largest foreign investor.',
    want: [['remained Brazil s largest foreign investor', 'Nicholas Burns']],
  },
  {
    // Negative: a name owning the subject ("Lula s policy") is not the subject of the coordinated verb.
    name: 'a possessor before "... and noted" is not the speaker',
    text: 'Critics of Lula s U.S. policy met in Sao Paulo on Monday and noted that the trade deal with China had cost thousands of jobs.',
    want: [],
    notSpeaker: [['had cost thousands of jobs', 'Luiz Inacio Lula da Silva']],
  },
  {
    name: 'stripped copy: a run of spaces that joined paragraphs also lost the opening mark; a name inside the quotation is not "he"',
    text: 'MADRID (Reuters) - Ivan Redondo, the former chief of staff, had accused Nasser Bourita of briefing the press against Madrid, the Spanish capital.      ' +
      'Two days after a friendly summit, Bourita says this,  he tweeted.  Proof that some in Rabat never wanted a deal.',
    want: [['Two days after a friendly summit, Bourita says this', 'Ivan Redondo'], ['some in Rabat never wanted a deal', 'Ivan Redondo']],
    notSpeaker: [['Bourita says this', 'Nasser Bourita']],
  },
  {
    // Negative: narration after such a run, with no closing mark, is no quotation.
    name: 'stripped copy: narration after a run of spaces is no quotation',
    text: 'MADRID (Reuters) - Ivan Redondo, the former chief of staff, had accused Nasser Bourita of briefing the press against Madrid, the Spanish capital.      ' +
      'After a friendly summit in Rabat, Bourita flew home, and the two sides said little more.',
    want: [],
    none: ['Bourita flew home'],
  },
  {
    name: '", who confirmed that ..." speaks for the person the relative clause hangs on',
    text: 'ADDIS ABABA - Kenya’s delegation was led by foreign minister Musalia Mudavadi, who confirmed that the talks would resume in Nairobi on Thursday.',
    want: [['the talks would resume in Nairobi', 'Musalia Mudavadi']],
  },
  {
    // Negative: a relative clause that reports no statement ("who has complained about ...") is no quote.
    name: '", who has complained about ..." reports no statement',
    text: 'TOKYO (Reuters) - Fumio Kishida will soon meet President Joe Biden, who has complained about cheap steel from Asia for years.',
    want: [],
    none: ['complained about cheap steel from Asia'],
  },
  {
    name: '"X has done A and has said that ..." is X’s statement',
    text: 'Lula has long courted investors from Beijing and has said that Brazil would join the new development bank next year.',
    want: [['Brazil would join the new development bank', 'Luiz Inacio Lula da Silva']],
  },
  {
    name: 'a pronoun right after a quoted question opens its clause: “Who gains from this delay?” he asked, accusing ...',
    text: 'Pedro Sanchez, in a televised speech, said Madrid wanted “a fair deal on the border, and soon,” but doubted Rabat’s good faith.\n' +
      '“Who gains from this delay?” he asked, accusing Morocco of using migrants as leverage instead of “honest talks.”',
    want: [['accusing Morocco of using migrants as leverage', 'Pedro Sanchez']],
  },
  {
    // Negative: after a one-word quotation, "when asked ..." only says when the words were spoken.
    name: 'a short quotation with "said, when asked ..." after it is no statement of its own',
    text: 'Pedro Sanchez said that Spain would sign the deal “shortly”.\n“Shortly,” Sanchez, in office since 2018, said, when asked by a radio host about the timing of the signature.',
    want: [],
    none: ['when asked by a radio host'],
  },
  {
    name: 'what a state believes or feels is the writer’s account, not its statement',
    text: 'Spain believes it must protect the Canary Islands as the biggest investor there and is keen to see a deal. Morocco felt its partners had been too quiet about the raid on its embassy.',
    want: [],
    none: ['must protect the Canary Islands', 'had been too quiet about the raid'],
  },
  {
    // Negatives of the rule above: a person's belief, and a state that says it believes, stay statements.
    name: 'a person’s belief and a state saying what it believes are statements',
    text: 'Pedro Sanchez believes Spain must protect the Canary Islands as the biggest investor there. Spain said on Monday it believes the deal with Rabat is fair to both sides and will hold.',
    want: [['must protect the Canary Islands', 'Pedro Sanchez'], ['the deal with Rabat is fair to both sides', 'ES']],
  },
  {
    name: '"the regime that X announced after his election" says nothing',
    text: 'Some 9,000 migrants have crossed under the border regime that Sanchez announced after his election.',
    want: [],
    none: ['Sanchez announced after his election'],
  },
  {
    // Negative: an announcement with its clause is a statement.
    name: '"X announced that ..." is a statement',
    text: 'Pedro Sanchez announced that the fence at Ceuta would come down within two years.',
    want: [['the fence at Ceuta would come down', 'Pedro Sanchez']],
  },
  {
    name: '"wants to help mediate" is an aim, not words; "hopes the talks will ..." is a statement',
    text: 'With the training mission over, Meloni wants to help mediate a truce in Libya. Meloni hopes the talks in Rome will lead to elections in Libya this year.',
    want: [['will lead to elections in Libya', 'Giorgia Meloni']],
    none: ['help mediate a truce'],
  },
  {
    name: '"continued its patrols" is no speech; "..., Meloni continued" after a quotation is',
    text: 'The Italian navy has continued its patrols off Tripoli throughout the talks.\n“We will not give up on the people of Libya,” Meloni continued.',
    want: [['We will not give up on the people of Libya', 'Giorgia Meloni']],
    none: ['continued its patrols off Tripoli'],
  },
  {
    name: '", when Eritrea declared independence" is a time clause, not a closing attribution; ", Meloni declared." is one',
    text: 'Clashes between the army and separatists in the north flared again in 1993, when Eritrea declared independence.\nThe deal with Tripoli will hold for many years, Meloni declared.',
    want: [['will hold for many years', 'Giorgia Meloni']],
    none: ['Clashes between the army and separatists'],
  },
  {
    name: '", and eventually X," joins a second subject, not an aside before the verb; ", along with Libya," is an aside',
    text: 'Her readiness to hold talks with Italy, Libya, and eventually Egyptian officials, signals a practical streak.\nItaly, along with Libya, signaled that it would back the plan.',
    want: [['it would back the plan', 'IT']],
    none: ['signals a practical streak'],
  },
  {
    name: '"according to Italian media reports" names a source of news, not a speaker; "according to Italian officials" does',
    text: 'The Libyan delegation had obtained its visas for the talks in Rome days earlier, according to Italian media reports.\nThe talks in Rome went well and a deal was close, according to Italian officials.',
    want: [['a deal was close', 'IT']],
    none: ['had obtained its visas'],
  },
  {
    name: '"threatened to raise", "chided X for ..." report what a person said',
    text: 'Meloni has threatened to raise duties on Tunisian olive oil. Viktor Orban has chided Brussels for handling Hungary like a junior member for decades.',
    want: [['raise duties on Tunisian olive oil', 'Giorgia Meloni'], ['handling Hungary like a junior member', 'Viktor Orban']],
  },
  {
    // Negative: a storm that threatens a harbour says nothing.
    name: '"threatened the harbour" without an infinitive or clause is no speech',
    text: 'The storm threatened the harbour at Naples for two days last week.',
    want: [],
    none: ['threatened the harbour'],
  },
  {
    name: 'an unnamed source that confirms something speaks as a person does; a name that owns the object is not its object',
    text: 'ROME (Reuters) - A Libyan source confirmed Dbeibah s visit with three ministers for talks on fishing rights.',
    want: [['visit with three ministers for talks', 'LY']],
  },
  {
    // Negative: a country that confirms something acts.
    name: 'a country that confirms an arrival acts, it does not speak',
    text: 'ROME (Reuters) - Libya confirmed Dbeibah s visit with three ministers for talks on fishing rights.',
    want: [],
    none: ['visit with three ministers for talks'],
  },
  {
    name: '"The party has repeatedly insisted" is the party named before; "international charity X said" is X',
    text: 'TOKYO - The Liberal Democratic Party said Kishida would stay. The party has repeatedly insisted it will not amend the constitution this year.\n' +
      'International charity Oxfam said on Thursday that half of Derna still lacked clean water.',
    want: [['will not amend the constitution', 'Liberal Democratic Party'], ['half of Derna still lacked clean water', 'Oxfam']],
  },
  {
    name: 'a leader’s office is the office the base knows: "the Indian prime minister s office", "Modi s office", "the Taiwanese leader s office"',
    text: 'NEW DELHI - The Indian prime minister s office said the two leaders had agreed to meet again in Tokyo next year.\n' +
      'Narendra Modi met the envoy. Modi s office said the talks had focused on the new port at Chabahar.\n' +
      'Lai Ching-te spoke to the visiting senators. The Taiwanese leader s office said the two sides had agreed to expand chip trade.',
    want: [['agreed to meet again in Tokyo next year', 'Prime Minister\'s Office of India'], ['focused on the new port at Chabahar', 'Prime Minister\'s Office of India'],
      ['agreed to expand chip trade', 'Office of the President of Taiwan']],
  },
  {
    // Negatives: a minister's office is not the leader's; an office the base does not know is named for whose it is.
    name: 'a minister’s office is not the leader’s, and an unknown leader’s office is named for its leader',
    text: 'NEW DELHI - Subrahmanyam Jaishankar met Penny Wong. Jaishankar s office said the two ministers had agreed to meet again in Beijing next year.\n' +
      'MADRID - The Spanish prime minister s office said the reopening of the border would be gradual and careful.',
    want: [['the reopening of the border would be gradual', 'Spanish Prime Minister\'s Office']],
    notSpeaker: [['agreed to meet again in Beijing', 'Prime Minister\'s Office of India']],
  },
  {
    name: 'diplomats of no stated country are nobody’s spokesmen, not the country that spoke before',
    text: 'BRUSSELS (Reuters) - Algeria said it had recalled its ambassador from Madrid over the deal. The deal strengthens Morocco s claim to the territory, according to diplomats.',
    want: [],
    none: ['strengthens Morocco s claim'],
  },
  {
    // Negative: unnamed sources in a datelined story speak for the dateline's country, as before.
    name: 'sources of no stated country in a datelined story take the dateline’s country',
    text: 'CANBERRA (Reuters) - Australian Prime Minister Anthony Albanese may travel to Beijing in the spring, two sources briefed on the trip told Reuters.',
    want: [['may travel to Beijing in the spring', 'AU']],
  },
  {
    name: '", accusing X of ..." speaks for the subject; a subhead with digits glued before a name does not hide it',
    text: 'But Meloni set out her complaints at length, accusing Paris of sheltering former Red Brigades members for decades.\n' +
      'F-16 DEAL  Rutte told Reuters on Thursday the Netherlands would deliver the first jets to Kyiv this summer.',
    want: [['sheltering former Red Brigades members', 'Giorgia Meloni'], ['would deliver the first jets to Kyiv', 'Mark Rutte']],
  },
  {
    // Negative: police that accuse in the course of an act, with no one named, give no speaker.
    name: '"Police fired tear gas, accusing protesters ..." names no speaker',
    text: 'Police fired tear gas at the crowd, accusing protesters of blocking the main road into the city.',
    want: [],
    none: ['blocking the main road'],
  },
  {
    name: 'a person or a body with an apposition, then a coordinated "and said": the subject speaks',
    text: 'The People\'s Daily, the Communist Party\'s flagship newspaper, called the Philippine coast guard reckless in an editorial on Monday and said Manila would pay for any provocation at sea.\n' +
      'Luiz Inacio Lula da Silva, who has led Brazil since January, flew to Luanda on Monday and said Brazil would double its aid to Angola.',
    want: [['Manila would pay for any provocation at sea', 'People\'s Daily'], ['Brazil would double its aid to Angola', 'Luiz Inacio Lula da Silva']],
  },
  {
    // Negative: a country coordinated so mostly acts; its "said little" is no statement.
    name: 'a country with an apposition and a coordinated verb gives no statement',
    text: 'Angola, a major oil producer, hosted the talks in Luanda on Monday and said little about the price cap.',
    want: [],
    none: ['said little about the price cap'],
  },
  {
    name: '"according to" a document names its issuer, a leader’s office, or a person familiar with the matter',
    text: 'SEOUL (Reuters) - The two sides agreed to hold a summit in Busan next year, according to a statement from South Korea s foreign ministry.\n' +
      'The leaders also discussed energy security and supply chains, according to a Kremlin readout of the call.\n' +
      'The deal would cut tariffs on cars by half, according to a person familiar with the matter.\n' +
      'Anthony Albanese met the envoy. Canberra will send an envoy to Tokyo next week, according to Albanese s office.',
    want: [['agreed to hold a summit in Busan', 'South Korean Foreign Ministry'], ['discussed energy security and supply chains', 'Kremlin'],
      ['cut tariffs on cars by half', 'KR'], ['send an envoy to Tokyo next week', 'Australian Prime Minister\'s Office']],
    notSpeaker: [['send an envoy to Tokyo next week', 'Anthony Albanese']],
  },
  {
    // Negatives: a document with no issuer named gives no speaker; one that passes on a named speaker's words leaves them theirs.
    name: '"according to a readout of the call" names no speaker, and "X told Y ..., according to a statement from Z" is X’s',
    text: 'CANBERRA (Reuters) - The leaders also discussed energy security and supply chains, according to a readout of the call.\n' +
      'Anthony Albanese met Fumio Kishida in Tokyo. Kishida told Albanese that the two sides should work more closely in the Pacific, according to a statement from Japan s foreign ministry.',
    want: [['should work more closely in the Pacific', 'Fumio Kishida']],
    none: ['discussed energy security'],
  },
  {
    name: 'a quotation left open at a paragraph’s end goes on in the next paragraph up to its closing mark, even without a reopening mark',
    text: 'SCO Secretary-General Zhang Ming spoke after the talks in Astana.\n' +
      '"Member states set out their programmes for the anniversary year and for closer work on security.\n' +
      'As a founding member, Kazakhstan remains fully devoted to the group s principles and to regional stability," Zhang Ming said.\n' +
      '“Our partners agreed on a common calendar for the year.\n' +
      'Kazakhstan will host the summit in July and welcomes all observers,” the secretary-general added.',
    want: [['Kazakhstan remains fully devoted to the group', 'Zhang Ming'], ['Kazakhstan will host the summit in July', 'Zhang Ming']],
  },
  {
    // Negative: a closing-shaped mark after a paragraph that closed its own quotation starts nothing.
    name: 'after a closed quotation, a stray closing mark in the next paragraph makes no quotation of that paragraph',
    text: 'Zhang Ming spoke after the talks in Astana. "Member states set out their programmes," he said.\n' +
      'Kazakhstan hosted the meeting for the third time in five years and paid for the delegations," by all accounts.',
    want: [],
    none: ['hosted the meeting for the third time'],
  },
  {
    name: '"In particular, ..." right after a speaker’s statement goes on with it',
    text: 'Kazakh Ambassador Shakhrat Nuryshev addressed the guests for the foreign embassies. Shakhrat Nuryshev said that, after a hard year, the states of the region still stand by one another. In particular, trade between the Central Asian states has grown faster than expected.',
    want: [['trade between the Central Asian states has grown', 'Shakhrat Nuryshev']],
  },
  {
    // Negative: "In addition, ..." narration after a statement is the writer's.
    name: '"In addition, the delegations signed ..." after a statement is narration',
    text: 'Shakhrat Nuryshev said that the states of the region still stand by one another. In addition, the two delegations signed six agreements in Astana.',
    want: [],
    none: ['the two delegations signed six agreements'],
  },
  {
    name: 'a presidential press service closing the sentence speaks for it',
    text: 'BAKU, October 3. Azerbaijani President Ilham Aliyev and Kazakh President Kassym-Jomart Tokayev discussed the Middle Corridor during talks in Baku on Thursday, the Azerbaijani presidential press service reported.',
    want: [['discussed the Middle Corridor during talks in Baku', 'Azerbaijani Press Service']],
  },
  {
    // Negative: "press" as a word elsewhere names no body ("told the press service staff" is not an attribution).
    name: 'a press conference is no press service',
    text: 'Ilham Aliyev and Kassym-Jomart Tokayev held a joint press conference in Baku on Thursday after the signing ceremony at the palace.',
    want: [],
    none: ['held a joint press conference'],
  },
  {
    name: '"X was told by Y that ..." is Y’s statement',
    text: 'BRASILIA (Reuters) - Lula was told by Celso Amorim that the talks in Caracas had gone well and would resume soon.',
    want: [['the talks in Caracas had gone well', 'Celso Amorim']],
    notSpeaker: [['the talks in Caracas had gone well', 'Luiz Inacio Lula da Silva']],
  },
  {
    // Negative: "was told by doctors to rest" reports no statement.
    name: '"was told by doctors to rest" is no statement',
    text: 'BRASILIA (Reuters) - Lula was told by doctors to rest for a week after the fall at his residence.',
    want: [],
    none: ['to rest for a week'],
  },
  {
    name: '"an adviser to the rebels said" is the adviser the very next sentence names in the same words',
    text: 'NAIROBI (Reuters) - A Kenyan official travelled to Juba alongside a U.N. envoy for ceasefire talks, an adviser to the rebels said. The envoy met the council in Juba, said Peter Lam, an adviser to the SPLM-IO rebels.',
    want: [['travelled to Juba alongside a U.N. envoy', 'Peter Lam']],
  },
  {
    // Negative: an indefinite adviser named only sentences later may be another adviser.
    name: 'an indefinite adviser is not one named several sentences later',
    text: 'NAIROBI (Reuters) - A Kenyan official travelled to Juba alongside a U.N. envoy for ceasefire talks, an adviser to the rebels said. The envoy met the council. ' +
      'Talks will resume next month. The rebels are split. Peter Lam, an adviser to the SPLM-IO rebels, said later that the talks were useful.',
    want: [['the talks were useful', 'Peter Lam']],
    notSpeaker: [['travelled to Juba alongside a U.N. envoy', 'Peter Lam']],
  },
  {
    name: 'a state that hopes another will act states it; "the foreign ministry" is the ministry of the country its sentence opens with',
    text: 'BEIJING - China hopes the United States will work with it to bring relations back on track, the foreign ministry said in a readout of the call.\n' +
      'Vietnam hopes the dispute can be settled through talks with Manila and other claimants in the region.',
    want: [['work with it to bring relations back on track', 'Chinese Foreign Ministry'], ['the dispute can be settled through talks', 'VN']],
  },
  {
    // Negative: a thing a state hopes for, named before the verb, is no statement of the state.
    name: '"a forum that Brasilia hopes will unite ..." is not Brasilia’s statement',
    text: 'Lula wants to host a gathering of his own - a forum on Venezuelan reconciliation - that Brasilia hopes will unite the Venezuelan government and opposition.',
    want: [],
    none: ['unite the Venezuelan government'],
  },
  {
    name: 'a military unit, and officials followed by a participle phrase, speak for the dateline’s country',
    text: 'MANILA (Reuters) - The army unit conducting the raid said the rebel leader was killed by a sniper on a rooftop near the mosque.\n' +
      'Officials meeting in Manila on Monday said the talks with Beijing would resume in the autumn.',
    want: [['killed by a sniper on a rooftop', 'PH'], ['the talks with Beijing would resume', 'PH']],
  },
  {
    // Negative: a unit that is moved says nothing.
    name: 'a unit that is moved says nothing',
    text: 'MANILA (Reuters) - The unit of the coast guard was moved to Palawan, and the navy sent two more ships to the shoal last week.',
    want: [],
    none: ['was moved to Palawan'],
  },
];

for (const c of cases) {
  test(`quote attribution: ${c.name}`, () => {
    const qs = quotesOf(c.text);
    for (const [words, speaker] of c.want) {
      const speakers = speakersOf(qs, words);
      assert.ok(speakers.length, `no quote holds "${words}"; got ${qs.map((q) => JSON.stringify(q.text.slice(0, 50))).join(' | ')}`);
      assert.deepEqual([...new Set(speakers)], [speaker], `"${words}"`);
    }
    for (const words of c.none ?? []) {
      const q = qs.find((x) => x.text.includes(words));
      assert.equal(q, undefined, `"${words}" must not be quoted (got ${q ? speakerName(q) : ''})`);
    }
    for (const [words, speaker] of c.notSpeaker ?? []) assert.ok(!speakersOf(qs, words).includes(speaker), `"${words}" is not ${speaker}'s`);
  });
}
