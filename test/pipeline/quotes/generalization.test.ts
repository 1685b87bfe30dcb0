// Generalization cases for the quotes stage: new articles about other country pairs and actors than the evaluation
// set, read by the whole pipeline with the real knowledge base. Each case names words of a statement and who must
// be its speaker (a person's name, an organization's name, or a country code), and words no quote may hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../../src/kb/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';
import type { Quote } from '../../../src/core/types.js';
import { ARTICLES } from '../mentions/generalization-articles.js';

const kb = loadKnowledgeBase();
const quotesOf = (name: keyof typeof ARTICLES): Quote[] => {
  const a = ARTICLES[name]!;
  return runPipeline({ id: a.name, text: a.text, published: a.published }, { kb }).quotes;
};
const speakerName = (q: Quote): string => q.speaker?.name ?? q.speaker?.country ?? '?';

interface Case {
  article: keyof typeof ARTICLES;
  /** [words of the statement, its speaker] */
  quotes: [string, string][];
  /** Words that no quote may hold: narration, relative clauses, headlines, noise. */
  none?: string[];
}

const cases: Case[] = [
  {
    // Reuters, marks stripped: closing attribution, reported speech, "the Indian leader", a name the base does not know.
    article: 'r-india-japan',
    quotes: [
      ['share a vision of a free and open Indo-Pacific', 'Shinzo Abe'],
      ['speed up work on a high-speed rail link', 'Narendra Modi'],
      ['Our friendship is not directed at any third country', 'Narendra Modi'],
      ['discussed North Korea s missile launches', 'Japanese Foreign Ministry'],
      ['hold a security dialogue in New Delhi', 'Kenji Harada'],
      ['There was a strong sense of urgency', 'Kenji Harada'],
    ],
    // "said" in a relative clause about a thing.
    none: ['is due to open in 2023'],
  },
  {
    article: 'x-us-china-call',
    quotes: [
      ['It was a very good call', 'Donald Trump'],
      ['correct the course of the big ship', 'Xi Jinping'],
      ['China has always kept its word', 'Xi Jinping'],
      ['view China’s development in an objective way', 'Xi Jinping'],
      ['teams would meet in London next week', 'China’s Ministry of Commerce'],
    ],
    // A sentence about someone else after an institution's statement does not go on with it; noise is no speech.
    none: ['Treasury Secretary Scott Bessent will lead', 'Markets rally', 'Cookie settings'],
  },
  {
    // Guillemets, straight marks, a quotation running over two paragraphs, "he continued".
    article: 'x-france-germany',
    quotes: [
      ['Europe needs a strong France and a strong Germany', 'Emmanuel Macron'],
      ['set up a joint defence and security council', 'Friedrich Merz'],
      ['We will take decisions together', 'Friedrich Merz'],
      ['This is not a symbolic visit', 'Friedrich Merz'],
      ['carry a special responsibility for Europe', 'Friedrich Merz'],
    ],
    // Receiving a guest is no statement; a meeting is no statement.
    none: ['welcomed German Chancellor Friedrich Merz', 'later met his German counterpart'],
  },
  {
    article: 'x-asean-vientiane',
    quotes: [
      ['ASEAN must remain united and central', 'Saleumxay Kommasith'],
      ['Manila would keep raising the issue', 'Enrique Manalo'],
      ['could not accept the use of force at sea', 'Enrique Manalo'],
      ['would hold talks with her ASEAN counterparts', 'Japan\'s foreign ministry'],
    ],
    // "According to a joint communique" names no speaker.
    none: ['welcomed Timor-Leste'],
  },
  {
    article: 'r-turkey-iran',
    quotes: [
      ['We will not accept any attempt to redraw the borders', 'Mevlut Cavusoglu'],
      // A capital that "agreed" inside Zarif's reported clause is part of his statement.
      ['independence referendum in northern Iraq was a mistake', 'Mohammad Javad Zarif'],
      ['threatens the stability of all our neighbours', 'Mohammad Javad Zarif'],
      ['would visit Tehran next week', 'Turkish Ministry'],
      ['would focus on trade and energy', 'Ibrahim Kalin'],
    ],
  },
  {
    article: 'x-brazil-sa',
    quotes: [
      ['a common vision of a fairer global order', 'Mauro Vieira'],
      ['would host a G20 leaders’ summit in Johannesburg', 'Ronald Lamola'],
      ['deliver for Africa and for the developing world', 'Ronald Lamola'],
    ],
    none: ['Share this article'],
  },
  {
    article: 'x-au-addis',
    quotes: [
      ['Africa must silence the guns', 'Mahmoud Ali Youssouf'],
      ['We cannot wait for others to solve our problems', 'Mahmoud Ali Youssouf'],
      ['needed to finance its own development', 'Abiy Ahmed'],
      ['discuss the conflicts in Sudan and eastern Congo', 'AU'],
    ],
    none: ['took over the rotating chairmanship', 'Photo: AP'],
  },
  {
    article: 'x-china-russia',
    quotes: [
      ['China-Russia relations have kept growing at a high level', 'Wang Yi'],
      ['China will step up strategic coordination with Russia', 'Wang Yi'],
      ['Russia highly values its comprehensive strategic partnership', 'Sergey Lavrov'],
    ],
    none: ['exchanged views on the Ukraine crisis', 'Holds Talks with'],
  },
  {
    article: 'r-us-china',
    quotes: [
      ['the status quo is unacceptable', 'US'],
      // A lower-case ministry before the title does not hide the named spokesman.
      ['Beijing hoped all sides would show restraint', 'Lu Kang'],
      ['following the situation closely', 'Kremlin'],
      // "according to Chinese state television" passes on Xi's words.
      ['China was willing to expand cooperation', 'Xi Jinping'],
      ['a thousand reasons to make the relationship work', 'Xi Jinping'],
      ['this is a good start', 'Heather Nauert'],
    ],
  },
  {
    article: 'x-india-japan',
    quotes: [
      ['Japan is a technology powerhouse', 'Narendra Modi'],
      ['Together we can shape the century', 'Narendra Modi'],
      ['launch an economic security initiative', 'Shigeru Ishiba'],
      ['back India’s bid to host a future Olympics', 'Shigeru Ishiba'],
      ['discussed the situation in the Indo-Pacific', 'Vikram Misri'],
      ['hold a 2+2 dialogue in New Delhi', 'Vikram Misri'],
      ['saw India as a priority market', 'Masakazu Tokura'],
    ],
    none: ['Five takeaways'],
  },
  {
    article: 'x-russia-china-copy',
    quotes: [
      ['China and Russia are good neighbors and true friends', 'Xi Jinping'],
      ['forged an unbreakable friendship', 'Xi Jinping'],
      ['would discuss the Ukraine settlement', 'Dmitry Peskov'],
      ['a number of documents would be signed', 'Dmitry Peskov'],
    ],
    none: ['met Xi at Vnukovo airport', 'last visited Russia in March 2023'],
  },
  {
    article: 'r-germany-france',
    quotes: [
      ['open to changing European Union treaties', 'Angela Merkel'],
      ['possible to change the treaty if it makes sense', 'Angela Merkel'],
      ['I want us to work together on a common roadmap', 'Emmanuel Macron'],
      ['Berlin should support Macron', 'Wolfgang Schaeuble'],
      ['Germany should help France with investment', 'Sigmar Gabriel'],
    ],
  },
  {
    article: 'x-turkey-iran-web',
    quotes: [
      ['Our region cannot afford another war', 'Hakan Fidan'],
      ['work together against terrorism in all its forms', 'Hakan Fidan'],
      ['raise bilateral trade to $30 billion', 'Abbas Araghchi'],
      ['a new border crossing would open next year', 'Abbas Araghchi'],
      ['also discussed the situation in Syria', 'Ahmet Yilmaz'],
      ['would visit Türkiye in the spring', 'Hossein Rahimi'],
    ],
    none: ['Subscribe to our newsletter'],
  },
  {
    article: 'r-brics-sa',
    quotes: [
      ['The voice of the developing world must be heard', 'Jacob Zuma'],
      ['use the summit to attract Chinese investment', 'Michel Temer'],
      ['Temer would also meet Chinese Premier Li Keqiang', 'Brazilian Foreign Ministry'],
      ['We must act together against terrorism', 'Narendra Modi'],
      ['would name militant groups based in Pakistan', 'CN'],
    ],
  },
  {
    article: 'x-au-web2',
    quotes: [
      ['cannot continue to watch its children die', 'Moussa Faki Mahamat'],
      ['send a high-level panel to Khartoum', 'Moussa Faki Mahamat'],
      ['pay for its own peace operations', 'William Ruto'],
      ['We cannot outsource our security', 'William Ruto'],
      // "The UN chief said": the head of the organization named before.
      ['the world had failed Africa on climate finance', 'Antonio Guterres'],
    ],
    none: ['took over as chairman of the union'],
  },
  {
    article: 'x-indonesia-australia',
    quotes: [
      ['one of Australia\'s most important partners', 'Anthony Albanese'],
      ['That is why I chose Jakarta', 'Anthony Albanese'],
      ['expand joint military exercises', 'Prabowo Subianto'],
      ['neighbours must help each other', 'Prabowo Subianto'],
      ['also covered trade in critical minerals', 'Sugiono'],
    ],
    none: ['met Indonesian President Prabowo Subianto at the Merdeka Palace'],
  },
  {
    // A ministry readout: pronoun continuation, and "The Chinese side supports ..." goes on with the speaker.
    article: 'x-mfa-copy',
    quotes: [
      ['stand together against attempts to impose unilateral sanctions', 'Sergey Lavrov'],
      ['continue to coordinate closely at the United Nations', 'Sergey Lavrov'],
      ['implement the consensus reached by the two heads of state', 'Wang Yi'],
      ['supports Russia in hosting a successful summit', 'Wang Yi'],
    ],
    none: ['signed a plan of consultations'],
  },
  {
    article: 'r-japan-korea',
    quotes: [
      // "recalled its ambassador" is an act; the closing attribution with its titles covers the sentence.
      ['recalled its ambassador to South Korea', 'Yoshihide Suga'],
      ['It is extremely regrettable', 'Yoshihide Suga'],
      ['should not let the issue hurt ties', 'South Korean Foreign Ministry'],
      // "a ministry spokesman" after "South Korea s foreign ministry said".
      ['must continue to develop on the basis of trust', 'KR'],
      // "said Mr. Suga, adding that ...".
      ['will return to Tokyo on Monday', 'Yoshihide Suga'],
    ],
    // An unknown speaker's "said" does not go on with the last speaker.
    none: ['the statue would stay'],
  },
  {
    article: 'x-india-us',
    quotes: [
      ['make a mega partnership for prosperity', 'Narendra Modi'],
      ['a great friend of mine', 'Donald Trump'],
      ['begin talks on a bilateral trade agreement', 'India’s Ministry of External Affairs'],
      ['illegal immigration was also discussed', 'Vikram Misri'],
      ['committed to taking back our nationals', 'Vikram Misri'],
      // "Ambassador to the US Vinay Mohan Kwatra said".
      ['opened a new chapter', 'Vinay Mohan Kwatra'],
    ],
  },
  {
    // "She" for a woman the base knows.
    article: 'x-japan-philippines-she',
    quotes: [
      ['would strengthen security in the region', 'Yoko Kamikawa'],
      ['provide coastal radars to Manila', 'Yoko Kamikawa'],
      ['a milestone for our two nations', 'Yoko Kamikawa'],
      ['sent a clear message', 'Gilberto Teodoro'],
      ['We will not be bullied', 'Gilberto Teodoro'],
    ],
    none: ['signed a reciprocal access agreement'],
  },
  {
    // British copy with single marks; scrape furniture after the last quote.
    article: 'x-guardian-uk-china',
    quotes: [
      ['It is in our national interest to engage with China', 'Rachel Reeves'],
      ['we will always stand up for our values', 'Rachel Reeves'],
      ['I raised a range of concerns, including Hong Kong', 'Rachel Reeves'],
      ['the visit had achieved nothing', 'Priti Patel'],
      ['Why should we trust Beijing', 'Tomas Novak'],
    ],
    none: ['Sign up to First Edition'],
  },
  {
    article: 'r-iran-turkey2',
    quotes: [
      ['shared a common approach on Iraq', 'Mohammad Ebrahim Taherian Fard'],
      ['Our cooperation is in the interest of everyone', 'Mohammad Ebrahim Taherian Fard'],
      ['prevent the division of Iraq and Syria', 'Mohammad Ebrahim Taherian Fard'],
      ['the visit was necessary', 'Mohammad Baqeri'],
      ['would not allow a Kurdish state on its border', 'TR'],
    ],
  },
  {
    article: 'x-eu-japan',
    quotes: [
      ['Europe and Japan stand shoulder to shoulder', 'Ursula von der Leyen'],
      ['We are not just partners, we are friends', 'Ursula von der Leyen'],
      ['launch a new competitiveness alliance', 'Antonio Costa'],
      // "The Japanese leader" is the prime minister the article named.
      ['deepen cooperation with the EU on economic security', 'Shigeru Ishiba'],
      ['share fundamental values such as freedom', 'Shigeru Ishiba'],
    ],
    none: ['Did you find this article useful'],
  },
  {
    article: 'x-fp-persons',
    quotes: [
      ['inject strong impetus', 'Lin Jian'],
      ['more than 20 agreements were signed', 'Igor Morgulov'],
    ],
    none: ['Victory Day celebrations', 'had tea at Zhongnanhai', 'All rights reserved'],
  },
  {
    // Marks stripped: a paragraph opening on a lost mark, "said:" before a quotation, contractions without apostrophes.
    article: 'r-stripped-hard',
    quotes: [
      ['globalization was irreversible', 'Xi Jinping'],
      ['no longer tolerate chronic trade abuses', 'Donald Trump'],
      ['I am always going to put America first', 'Donald Trump'],
      ['We re going to have strong bilateral relationships', 'Donald Trump'],
      ['Openness brings progress while self-seclusion leaves one behind', 'Xi Jinping'],
      ['would not close its door to the world', 'Xi Jinping'],
      ['keep pushing for a regional free trade deal', 'Shinzo Abe'],
      ['a question of the region s future', 'Shinzo Abe'],
      ['the summit had been a success', 'Le Thi Thu Hang'],
    ],
  },
  {
    // Russian agency copy: "According to him", "the Russian leader stressed", "pointed out that", "emphasized that".
    article: 'x-tass-style',
    quotes: [
      ['discussed the Ukrainian settlement', 'Dmitry Peskov'],
      ['exchanged views on all key issues', 'Dmitry Peskov'],
      ['the talks lasted more than three hours', 'Dmitry Peskov'],
      ['at an unprecedentedly high level', 'Vladimir Putin'],
      ['jointly uphold international fairness and justice', 'Xi Jinping'],
      ['must firmly support each other', 'Xi Jinping'],
      ['a new visit is being prepared', 'Andrei Rudenko'],
    ],
  },
  {
    // Menus and related-story headlines around the story are no one's statement.
    article: 'x-headline-says',
    quotes: [
      // Modi's own words, which the briefing official passes on (as the keys read "Tillerson called on ..., Murphy said").
      ['India would never accept mediation on Kashmir', 'Narendra Modi'],
      ['Trump thanked Modi for the call', 'Vikram Misri'],
    ],
    none: ['Macron says Europe must rearm', 'Pakistan says it welcomes'],
  },
  {
    // People the base does not know: apposition before the verb, "said X, the ...", "Ambassador X", "Senator X", "Dr. X".
    article: 'x-unknown-people',
    quotes: [
      ['open a direct flight between Hanoi and Astana', 'Nguyen Minh Vu'],
      ['a gateway to Central Asia', 'Kanat Bozumbayev'],
      ['more than 30 Kazakh companies had registered', 'Yerlan Baudarbek-Kozhatayev'],
      ['welcomed closer regional ties', 'Chris Van Hollen'],
      ['sent congratulatory letters', 'VN'],
      ['could double bilateral trade within five years', 'Tran Thi Lan'],
    ],
  },
  {
    // Institutions speaking: a news agency, a president's office, a ministry, the Pentagon, unnamed officials.
    article: 'r-institutions',
    quotes: [
      ['the missile launch was a warning to the United States', 'KCNA'],
      ['the provocation could not be tolerated', 'Park Soo-hyun'],
      ['landed in its exclusive economic zone', 'Japanese Defence Ministry'],
      ['still assessing the launch', 'Pentagon'],
      ['appeared to have intercontinental range', 'US'],
    ],
  },
  {
    // A quotation split by its attribution, and one running over two paragraphs whose speaker is named only in the second.
    article: 'x-russia-turkey-multi',
    quotes: [
      ['to continue the talks with all parties in Istanbul', 'Sergey Lavrov'],
      ['Türkiye will keep its channels open to both sides', 'Hakan Fidan'],
      ['Our position has not changed since the start of the war', 'Hakan Fidan'],
      ['Les deux pays travaillent ensemble pour la paix', 'Hakan Fidan'],
    ],
  },
  {
    // Reuters as the stripped corpus gives it: a title line, then the whole story in one block.
    article: 'r-isot-block',
    quotes: [
      ['speed up talks on civil nuclear cooperation', 'Indian Foreign Ministry'],
      ['share universal values such as democracy', 'Fumio Kishida'],
      ['work closely together for peace and prosperity', 'Fumio Kishida'],
      ['join the Nuclear Suppliers Group', 'Sushma Swaraj'],
      ['did not discuss the South China Sea dispute', 'IN'],
      ['It was not the focus of this visit', 'IN'],
      ['had no objection to normal cooperation', 'Hua Chunying'],
      ['will not harm the interests of third parties', 'Hua Chunying'],
      ['due to visit Tokyo later this year', 'IN'],
    ],
    none: ['Japan, India agree to speed up talks'],
  },
  {
    article: 'x-bylines',
    quotes: [['It was a constructive, positive meeting', 'Marco Rubio']],
    none: ['Reporting by', 'Our Standards', 'Rubio meets Wang Yi on sidelines'],
  },
  {
    // Reuters with marks stripped: an office, a ministry, "a spokesman for X" beside a spokeswoman, a pronoun in an opening
    // phrase, "according to diplomats" after another country spoke.
    article: 'r-spain-morocco-stripped',
    quotes: [
      ['agreed on Thursday to reopen land border crossings', 'Spanish Prime Minister\'s Office'],
      ['had opened a new chapter based on mutual respect', 'Pedro Sanchez'],
      ['We are turning the page on a difficult period', 'Pedro Sanchez'],
      ['Our cooperation on migration is a model', 'Pedro Sanchez'],
      ['hold a high-level meeting in Madrid', 'Moroccan Foreign Ministry'],
      ['the reopening would be gradual', 'ES'],
      ['customs controls would start in January', 'Pilar Alegria'],
      ['he would return to Morocco in the spring', 'Pedro Sanchez'],
    ],
    none: ['Spain, Morocco agree to reopen', 'did not respond to a request'],
  },
  {
    // Reuters with marks stripped: "she" for a woman the base knows beside a man, "He told X ..., according to a statement".
    article: 'r-australia-korea-stripped',
    quotes: [
      ['raised the case of a detained Australian fisherman', 'Penny Wong'],
      ['pressed for the removal of remaining tariffs', 'Penny Wong'],
      ['We have a long way to go', 'Penny Wong'],
      ['willing to speed up talks on a critical minerals deal', 'Park Jin'],
      ['should work more closely in the Pacific', 'Park Jin'],
      ['welcomed the progress and hoped to visit Seoul', 'Anthony Albanese'],
      ['It is in Australia s interest', 'Anthony Albanese'],
    ],
  },
  {
    // Bare titles, a report that "said", a relative clause, a passive "said to be", a document that "states".
    article: 'x-negatives',
    quotes: [],
    none: ['said nothing', 'would cost $2 billion', 'under negotiation', 'Meets Delegation', 'visited Hanoi Opera House'],
  },
];

for (const c of cases) {
  test(`generalization quotes: ${c.article}`, () => {
    const qs = quotesOf(c.article);
    for (const [words, speaker] of c.quotes) {
      const q = qs.find((x) => x.text.includes(words));
      assert.ok(q, `no quote holds "${words}"; got ${qs.map((x) => JSON.stringify(x.text.slice(0, 50))).join(' | ')}`);
      // Any quote holding the words may carry the speaker (a quotation and its sentence both hold them).
      const speakers = qs.filter((x) => x.text.includes(words)).map(speakerName);
      assert.ok(speakers.includes(speaker), `"${words}": want ${speaker}, got ${speakers.join(', ')}`);
    }
    for (const words of c.none ?? []) {
      const q = qs.find((x) => x.text.includes(words));
      assert.equal(q, undefined, `"${words}" must not be quoted (got ${q ? speakerName(q) : ''})`);
    }
  });
}

// Single paragraphs: [text, publication date, words, speaker or undefined for "no quote may hold these words"].
const sentences: [string, string, string, string | undefined][] = [
  ['WASHINGTON (Reuters) - People familiar with the matter said the two leaders could meet in November.', '2017-06-10', 'could meet in November', 'US'],
  ['Many people said they were worried about rising prices in the capital.', '2017-06-10', 'worried about rising prices', undefined],
  ['Beijing said it firmly opposed the sale of advanced weapons to Taiwan.', '2017-06-10', 'firmly opposed the sale', 'CN'],
  ['Downing Street said the prime minister would attend the summit in Paris.', '2018-01-10', 'would attend the summit in Paris', 'Downing Street'],
  ['The Indian embassy in Beijing said visas would be issued faster from next month.', '2018-01-10', 'visas would be issued faster', 'Indian Embassy'],
  ['Japan recalled its ambassador to South Korea on Friday over the statue.', '2017-01-06', 'recalled its ambassador', undefined],
  ['Prime Minister Narendra Modi welcomed Japanese Prime Minister Shinzo Abe at Hyderabad House on Thursday.', '2017-09-14', 'welcomed Japanese Prime Minister', undefined],
  ['The bridge, which engineers said would cost $2 billion, opened to traffic in May.', '2017-06-10', 'opened to traffic in May', undefined],
  ['President said nothing about the new pipeline to the reporters waiting outside.', '2017-06-10', 'nothing about the new pipeline', undefined],
];

for (const [text, published, words, speaker] of sentences) {
  test(`generalization quotes: "${text.slice(0, 60)}..."`, () => {
    const qs = runPipeline({ id: 's', text, published }, { kb }).quotes;
    const q = qs.find((x) => x.text.includes(words));
    if (speaker === undefined) assert.equal(q, undefined, `"${words}" must not be quoted (got ${q ? speakerName(q) : ''})`);
    else assert.equal(q ? speakerName(q) : undefined, speaker);
  });
}
