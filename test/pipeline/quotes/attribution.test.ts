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
      '“We have turned a page with Seoul. Trade will recover within a year. This is quite clear,” Kishida said in the interview with NHK, Kyodo and Reuters.',
    want: [['We have turned a page with Seoul', 'Fumio Kishida']],
    none: ['in the interview with NHK'],
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
    text: 'PRETORIA (Reuters) - Lula praised Ramaphosa as a true brother of Brazil and promised to send a trade mission to Johannesburg in the first call between the two men, the South African presidency said.',
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
    text: 'BRASILIA (Reuters) - Brazil s presidency issued a read out of the call between Lula and Ramaphosa.\n' +
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
      'Pedro Sanchez had angered Rabat before the trip by telling a Spanish newspaper that Morocco was  unreliable, hostile and closed to dialogue . ' +
      'But when asked about it on Friday, he rowed back, saying he had been referring to the former government.',
    want: [['unreliable, hostile and closed to dialogue', 'Pedro Sanchez'], ['referring to the former government', 'Pedro Sanchez']],
    notSpeaker: [['unreliable, hostile and closed', 'Nasser Bourita'], ['referring to the former government', 'Nasser Bourita']],
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
    text: 'The European Union said on Monday it would suspend talks with Belarus. It also froze the accounts of three state banks, saying it needed to review their ties to the security services.',
    want: [['needed to review their ties to the security services', 'European Union']],
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
      'The talks lasted three hours. Ramaphosa s spokesman, Vincent Magwenya, told a news conference the visit would be repeated next year.',
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
      'A Pentagon spokesman said the drills with Bogota would go ahead in August as planned. State Department spokeswoman Heather Nauert also said the talks had stalled.',
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
    text: 'The United States said the talks had stalled. Turkey has fought since 2016 to push the militia back from the border, where it claimed the group was training fighters for attacks inside its territory.',
    want: [['the group was training fighters', 'TR']],
    notSpeaker: [['the group was training fighters', 'US']],
  },
  {
    // Negative: a country that speaks itself later in the sentence is that speaker, not the opening one.
    name: 'a country speaking in a later clause of the sentence keeps its words',
    text: 'Ankara said on Monday that talks would go on. Turkey has fought since 2016 to push the militia back from the border, while Greece said it feared the fighting would spread to the islands.',
    want: [['feared the fighting would spread to the islands', 'GR']],
  },
  {
    name: '"had agreed to his request" is an act inside the announcer’s statement, not a second speaker',
    text: 'NAIROBI - On Monday, William Ruto announced that Tanzanian President Samia Suluhu Hassan had agreed to his request to reopen the border crossing for one week.',
    want: [['agreed to his request to reopen the border crossing', 'William Ruto']],
    notSpeaker: [['agreed to his request', 'Samia Suluhu Hassan']],
  },
  {
    // Negative: "agreed to" before a verb, and a speech verb after it, still report the person's statement.
    name: '"agreed to extend ..., and said ..." is still the person’s statement',
    text: 'William Ruto said the deal might hold. Samia Suluhu Hassan agreed to extend the opening by a week, and said the checks would resume only if Nairobi failed to act.',
    want: [['the checks would resume only if Nairobi failed to act', 'Samia Suluhu Hassan']],
  },
  {
    name: '"restated that ..." reports speech, with the quotation inside it',
    text: 'Penny Wong, in a speech marking the anniversary, restated that Canberra was ready for talks “in which the core interests of both sides are respected”.',
    want: [['the core interests of both sides are respected', 'Penny Wong']],
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
    text: 'U.S. Ambassador Nicholas Burns played down any U.S. concerns about Lula s outreach to China and Russia and noted that the United States remained Brazil s largest foreign investor.',
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
      'After a friendly summit in Rabat, Bourita does this,  he tweeted.  Reminder that some in Rabat want no deal at all.',
    want: [['After a friendly summit in Rabat, Bourita does this', 'Ivan Redondo'], ['some in Rabat want no deal at all', 'Ivan Redondo']],
    notSpeaker: [['Bourita does this', 'Nasser Bourita']],
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
    text: 'KYIV - Ukraine’s delegation was led by national security secretary Rustem Umerov, who confirmed that the discussions would continue in Geneva on Wednesday.',
    want: [['the discussions would continue in Geneva', 'Rustem Umerov']],
  },
  {
    // Negative: a relative clause that reports no statement ("who has complained about ...") is no quote.
    name: '", who has complained about ..." reports no statement',
    text: 'TOKYO (Reuters) - Fumio Kishida will soon meet President Joe Biden, who has complained about Japan’s steel exports to the United States.',
    want: [],
    none: ['complained about Japan’s steel exports'],
  },
  {
    name: '"X has done A and has said that ..." is X’s statement',
    text: 'Lula has long courted investors from Beijing and has said that Brazil would join the new development bank next year.',
    want: [['Brazil would join the new development bank', 'Luiz Inacio Lula da Silva']],
  },
  {
    name: 'a pronoun right after a quoted question opens its clause: “What do they want?” he asked, accusing ...',
    text: 'Pedro Sanchez, in his evening address, said Madrid was ready “to move quickly towards a fair deal on the border,” but questioned Rabat’s commitment.\n' +
      '“What do they want?” he asked, accusing Morocco of prioritizing pressure over “real diplomacy.”',
    want: [['accusing Morocco of prioritizing pressure', 'Pedro Sanchez']],
  },
  {
    // Negative: after a one-word quotation, "when asked ..." only says when the words were spoken.
    name: 'a short quotation with "said, when asked ..." after it is no statement of its own',
    text: 'Pedro Sanchez said that Spain would “soon” sign the deal.\n“Soon,” Sanchez, who has led the government since 2018, said, when asked by a radio host in an interview when Spain would sign it.',
    want: [],
    none: ['when asked by a radio host'],
  },
  {
    name: 'what a state believes or feels is the writer’s account, not its statement',
    text: 'Spain believes it has a duty to defend the Canary Islands as the region s largest investor and is keen to see a deal. Morocco felt many allies were slow to condemn the raid on its embassy.',
    want: [],
    none: ['has a duty to defend the Canary Islands', 'allies were slow to condemn'],
  },
  {
    // Negatives of the rule above: a person's belief, and a state that says it believes, stay statements.
    name: 'a person’s belief and a state saying what it believes are statements',
    text: 'Pedro Sanchez believes Spain has a duty to defend the Canary Islands as the region s largest investor. Spain said on Monday it believes the deal with Rabat is fair to both sides and will hold.',
    want: [['has a duty to defend the Canary Islands', 'Pedro Sanchez'], ['the deal with Rabat is fair to both sides', 'ES']],
  },
  {
    name: '"the policy that X announced when he took office" says nothing',
    text: 'More than 9,000 migrants have crossed since the border policy that Sanchez announced when he took office last year.',
    want: [],
    none: ['Sanchez announced when he took office'],
  },
  {
    // Negative: an announcement with its clause is a statement.
    name: '"X announced that ..." is a statement',
    text: 'Pedro Sanchez announced that the fence at Ceuta would come down within two years.',
    want: [['the fence at Ceuta would come down', 'Pedro Sanchez']],
  },
  {
    name: '"wants to help broker" is an aim, not words; "hopes the talks will ..." is a statement',
    text: 'Now that it regards the mission complete, Meloni wants to help broker a peace deal in Libya. Meloni hopes the talks in Rome will lead to elections in Libya this year.',
    want: [['will lead to elections in Libya', 'Giorgia Meloni']],
    none: ['help broker a peace deal'],
  },
  {
    name: '"continued such patrols" is no speech; "..., Meloni continued" after a quotation is',
    text: 'Italy has continued such patrols even during the talks in Rome.\n“We will not give up on the people of Libya,” Meloni continued.',
    want: [['We will not give up on the people of Libya', 'Giorgia Meloni']],
    none: ['continued such patrols'],
  },
  {
    name: '", when South Sudan declared independence" is a time clause, not a closing attribution; ", Meloni declared." is one',
    text: 'Fighting between the army and rebels in the south also broke out again in 2011, when South Sudan declared independence.\nThe deal with Tripoli will hold for many years, Meloni declared.',
    want: [['will hold for many years', 'Giorgia Meloni']],
    none: ['Fighting between the army and rebels'],
  },
  {
    name: '", and eventually X," joins a second subject, not an aside before the verb; ", along with Libya," is an aside',
    text: 'His willingness to engage in talks involving Italy, Libya, and eventually Egyptian representatives, signals a pragmatic approach to diplomacy.\nItaly, along with Libya, signaled that it would back the plan.',
    want: [['it would back the plan', 'IT']],
    none: ['signals a pragmatic approach'],
  },
  {
    name: '"according to Italian media reports" names a source of news, not a speaker; "according to Italian officials" does',
    text: 'As for the Libyan side, a delegation had already secured visas for the talks in Rome, according to Italian media reports.\nThe talks in Rome went well and a deal was close, according to Italian officials.',
    want: [['a deal was close', 'IT']],
    none: ['had already secured visas'],
  },
  {
    name: '"threatened to impose", "chided X for ..." report what a person said',
    text: 'Meloni has threatened to impose a tax on car imports from Tunisia. Viktor Orban has chided Brussels for treating his country like a second-class partner for decades.',
    want: [['impose a tax on car imports from Tunisia', 'Giorgia Meloni'], ['treating his country like a second-class partner', 'Viktor Orban']],
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
    text: 'ROME (Reuters) - A Libyan source confirmed Dbeibah s arrival with a delegation for talks on the border crossing.',
    want: [['arrival with a delegation for talks', 'LY']],
  },
  {
    // Negative: a country that confirms something acts.
    name: 'a country that confirms an arrival acts, it does not speak',
    text: 'ROME (Reuters) - Libya confirmed Dbeibah s arrival with a delegation for talks on the border crossing.',
    want: [],
    none: ['arrival with a delegation for talks'],
  },
  {
    name: '"The party has long insisted" is the party named before; "international charity X said" is X',
    text: 'TOKYO - The Liberal Democratic Party said Kishida would stay. The party has long insisted it has no plans to change the constitution this year.\n' +
      'International charity Mercy Corps said on Thursday that most of the city of Derna was uninhabitable.',
    want: [['no plans to change the constitution', 'Liberal Democratic Party'], ['most of the city of Derna was uninhabitable', 'Mercy Corps']],
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
    text: 'CANBERRA (Reuters) - Australian Prime Minister Anthony Albanese is considering a visit to Beijing in the spring, two sources familiar with the plan told Reuters.',
    want: [['considering a visit to Beijing in the spring', 'AU']],
  },
  {
    name: '", accusing X of ..." speaks for the subject; a subhead with digits glued before a name does not hide it',
    text: 'But Meloni aired a list of grievances, accusing Paris of sheltering members of the outlawed Red Brigades for decades.\n' +
      'F-16 DEAL  Rutte told Reuters on Thursday the Netherlands would deliver the first jets to Kyiv this summer.',
    want: [['sheltering members of the outlawed Red Brigades', 'Giorgia Meloni'], ['would deliver the first jets to Kyiv', 'Mark Rutte']],
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
      '"The member states presented their plans for the anniversary year and for closer work on security.\n' +
      'As one of the founders, Kazakhstan is strongly committed to the Shanghai Spirit and to the fight against the pandemic," Zhang Ming said.\n' +
      '“Our partners agreed on a common calendar for the year.\n' +
      'Kazakhstan will host the summit in July and welcomes all observers,” the secretary-general added.',
    want: [['Kazakhstan is strongly committed to the Shanghai Spirit', 'Zhang Ming'], ['Kazakhstan will host the summit in July', 'Zhang Ming']],
  },
  {
    // Negative: a closing-shaped mark after a paragraph that closed its own quotation starts nothing.
    name: 'after a closed quotation, a stray closing mark in the next paragraph makes no quotation of that paragraph',
    text: 'Zhang Ming spoke after the talks in Astana. "The member states presented their plans," he said.\n' +
      'Kazakhstan hosted the meeting for the third time in five years and paid for the delegations," by all accounts.',
    want: [],
    none: ['hosted the meeting for the third time'],
  },
  {
    name: '"In particular, ..." right after a speaker’s statement goes on with it',
    text: 'Kazakh Ambassador Shakhrat Nuryshev spoke on behalf of the diplomatic missions. Shakhrat Nuryshev noted that, despite the challenges of the past year, the countries of the region continue to support each other. In particular, there has been an increase in economic and trade cooperation across Central Asia.',
    want: [['there has been an increase in economic and trade cooperation', 'Shakhrat Nuryshev']],
  },
  {
    // Negative: "In addition, ..." narration after a statement is the writer's.
    name: '"In addition, the delegations signed ..." after a statement is narration',
    text: 'Shakhrat Nuryshev noted that the countries of the region continue to support each other. In addition, the respective delegations signed ten bilateral documents in Astana.',
    want: [],
    none: ['the respective delegations signed ten bilateral documents'],
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
    text: 'NAIROBI (Reuters) - A Kenyan official has visited Juba with a U.N. envoy to discuss the ceasefire, an adviser to the rebels said. The envoy met the council in Juba, said Peter Lam, an adviser to the SPLM-IO rebels.',
    want: [['has visited Juba with a U.N. envoy', 'Peter Lam']],
  },
  {
    // Negative: an indefinite adviser named only sentences later may be another adviser.
    name: 'an indefinite adviser is not one named several sentences later',
    text: 'NAIROBI (Reuters) - A Kenyan official has visited Juba with a U.N. envoy to discuss the ceasefire, an adviser to the rebels said. The envoy met the council. ' +
      'Talks will resume next month. The rebels are split. Peter Lam, an adviser to the SPLM-IO rebels, said later that the talks were useful.',
    want: [['the talks were useful', 'Peter Lam']],
    notSpeaker: [['has visited Juba with a U.N. envoy', 'Peter Lam']],
  },
  {
    name: 'a state that hopes another will act states it; "the foreign ministry" is the ministry of the country its sentence opens with',
    text: 'BEIJING - China hopes the United States will work with it to bring relations back on track, the foreign ministry said in a readout of the call.\n' +
      'Vietnam hopes the dispute can be settled through talks with Manila and other claimants in the region.',
    want: [['work with it to bring relations back on track', 'Chinese Foreign Ministry'], ['the dispute can be settled through talks', 'VN']],
  },
  {
    // Negative: a thing a state hopes for, named before the verb, is no statement of the state.
    name: '"a congress that Moscow hopes will bring together ..." is not Moscow’s statement',
    text: 'Lula is keen to organize a special event in Brazil - a Congress on National Dialogue - that Brasilia hopes will bring together the Venezuelan government and opposition.',
    want: [],
    none: ['bring together the Venezuelan government'],
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
