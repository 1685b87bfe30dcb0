// New articles written for the events generalization check, in the styles of the three sources the system reads:
// Reuters copy of 2016-2017 with quotation marks and apostrophes stripped (double spaces where marks stood,
// "Japan s"), web pages of 2025-2026 with scrape noise, and China-Russia style web copies (foreign ministry, TASS,
// Xinhua). Other actors and country pairs than the evaluation set; nobody tuned the events stage on them.
// Each article carries its expected events in the answer-key form of the evaluation README: participants are
// canonical person names (or country codes for unnamed delegations), dates the most specific the text supports,
// location the city or null, `optional` for borderline items (a vague plan with no date or place).

import { articleOfLines, type Aliases, type EventArticle, type ExpectedEvent } from './event-scoring.js';

export type { EventArticle, ExpectedEvent };

const r = articleOfLines;

/** Other spellings the key accepts for a name, as a key's `aliases` would. */
export const EVENT_ALIASES: Aliases = {
  'Volodymyr Zelensky': ['Volodymyr Zelenskyy'],
  'Recep Tayyip Erdogan': ['Tayyip Erdogan'],
  'Charles III': ['King Charles', 'King Charles III'],
  'Sergey Lavrov': ['Sergei Lavrov'],
  G7: ['Group of Seven', 'G-7', 'Group of 7'],
  SCO: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
  NATO: ['North Atlantic Treaty Organization'],
  ASEAN: ['Association of Southeast Asian Nations'],
  APEC: ['Asia-Pacific Economic Cooperation'],
  CIS: ['Commonwealth of Independent States'],
  'China-Central Asia Summit': ['China-Central Asia'],
};

export const EVENT_ARTICLES: EventArticle[] = [
  r('r-japan-australia', '2017-10-22', [
    'SYDNEY (Reuters) - Japanese Foreign Minister Taro Kono met his Australian counterpart Julie Bishop in Sydney on Saturday and the two agreed to step up pressure on North Korea over its nuclear and missile programmes.  We must make sure that sanctions are fully implemented,  Kono told reporters after the talks.',
    'Bishop said Australia would send a maritime patrol aircraft to help monitor ship-to-ship transfers off the Korean peninsula. She said she would visit Tokyo next month.',
    'Japan s defence ministry said separately that its chief of staff had met Australian commanders last week.',
  ], [
    { kind: 'meeting', status: 'occurred', participants: ['Taro Kono', 'Julie Bishop'], date: '2017-10-21', location: 'Sydney' },
    { kind: 'visit', status: 'planned', participants: ['Julie Bishop'], date: '2017-11', location: 'Tokyo' },
    { kind: 'meeting', status: 'occurred', participants: ['JP', 'AU'], date: '2017-10', location: null, optional: true },
  ]),

  r('r-france-canada-call', '2017-06-07', [
    'OTTAWA (Reuters) - French President Emmanuel Macron spoke by phone with Canadian Prime Minister Justin Trudeau on Tuesday about the U.S. decision to withdraw from the Paris climate accord, Trudeau s office said.',
    'The two leaders agreed that the accord was irreversible and that they would work with other countries to carry it out, the statement said.',
    'Trudeau and Macron first met in May at the Group of Seven summit in Taormina, Italy, where U.S. President Donald Trump refused to endorse the climate deal.  We will not renegotiate,  Macron said last week.',
  ], [
    { kind: 'call', status: 'occurred', participants: ['Emmanuel Macron', 'Justin Trudeau'], date: '2017-06-06', location: null },
    { kind: 'meeting', status: 'occurred', participants: ['Justin Trudeau', 'Emmanuel Macron'], date: '2017-05', location: 'Taormina', occasion: 'G7' },
    { kind: 'summit', status: 'occurred', participants: [], date: '2017-05', location: 'Taormina', occasion: 'G7' },
  ]),

  r('r-india-israel', '2017-07-05', [
    'JERUSALEM (Reuters) - Narendra Modi began a three-day visit to Israel on Tuesday, the first by an Indian prime minister, and was greeted at the airport by Prime Minister Benjamin Netanyahu, who called him a friend.',
    'The two leaders held talks in Jerusalem on Wednesday and signed seven agreements on water, agriculture and space.  India and Israel are natural partners,  Modi told a joint news conference.',
    'Netanyahu said the two countries would set up a 40 million dollar innovation fund. Modi will not travel to the Palestinian territories on this trip, Indian officials said.',
  ], [
    // The dateline and the talks place the visit in Jerusalem.
    { kind: 'visit', status: 'occurred', participants: ['Narendra Modi', 'Benjamin Netanyahu'], date: '2017-07-04', location: 'Jerusalem' },
    { kind: 'meeting', status: 'occurred', participants: ['Narendra Modi', 'Benjamin Netanyahu'], date: '2017-07-05', location: 'Jerusalem' },
    { kind: 'signing', status: 'occurred', participants: ['Narendra Modi', 'Benjamin Netanyahu'], date: '2017-07-05', location: 'Jerusalem' },
  ]),

  r('r-turkey-russia-planned', '2017-11-10', [
    'MOSCOW (Reuters) - Turkish President Tayyip Erdogan will travel to the Russian Black Sea resort of Sochi on Monday for talks with President Vladimir Putin on Syria, Kremlin spokesman Dmitry Peskov said on Friday.',
    'Peskov told reporters the two leaders were also expected to discuss the delivery of Russian S-400 air defence systems to Turkey.',
    'Putin and Erdogan last met in Ankara in September, when they agreed to work for a lasting ceasefire in Syria s Idlib province.',
  ], [
    { kind: 'visit', status: 'planned', participants: ['Recep Tayyip Erdogan', 'Vladimir Putin'], date: '2017-11-13', location: 'Sochi' },
    { kind: 'meeting', status: 'planned', participants: ['Recep Tayyip Erdogan', 'Vladimir Putin'], date: '2017-11-13', location: 'Sochi' },
    { kind: 'meeting', status: 'occurred', participants: ['Vladimir Putin', 'Recep Tayyip Erdogan'], date: '2017-09', location: 'Ankara' },
    { kind: 'visit', status: 'occurred', participants: ['Vladimir Putin', 'Recep Tayyip Erdogan'], date: '2017-09', location: 'Ankara', optional: true },
  ]),

  r('r-sco-astana', '2017-06-09', [
    'ASTANA (Reuters) - Chinese President Xi Jinping met Indian Prime Minister Narendra Modi on the sidelines of a Shanghai Cooperation Organisation summit in Astana on Friday, as the two countries sought to ease tensions over a border road.',
    'India and Pakistan were admitted as full members of the security bloc at the two-day summit, which opened on Thursday.',
    'Xi also held talks with Pakistani Prime Minister Nawaz Sharif on Thursday, Chinese state media said. Modi and Sharif shook hands but did not hold talks, an Indian official said.',
  ], [
    { kind: 'meeting', status: 'occurred', participants: ['Xi Jinping', 'Narendra Modi'], date: '2017-06-09', location: 'Astana', occasion: 'SCO' },
    { kind: 'summit', status: 'occurred', participants: [], date: '2017-06-08', location: 'Astana', occasion: 'SCO' },
    { kind: 'meeting', status: 'occurred', participants: ['Xi Jinping', 'Nawaz Sharif'], date: '2017-06-08', location: 'Astana', occasion: 'SCO' },
  ]),

  r('r-japan-negatives', '2017-09-20', [
    'TOKYO (Reuters) - The Bank of Japan s policy board will meet next week to review its stimulus programme, and most economists expect no change.',
    'Prime Minister Shinzo Abe visited a tsunami-hit town in Fukushima prefecture on Sunday and promised more money for reconstruction. Defence Minister Itsunori Onodera visited troops in Hokkaido on Monday.',
    'A parliamentary committee met on Tuesday to discuss the budget.',
    'Abe and Russian President Vladimir Putin could meet at the APEC summit in Vietnam in November, but no meeting has been arranged, a government official said.',
  ], [
    { kind: 'summit', status: 'planned', participants: [], date: '2017-11', location: null, occasion: 'APEC' },
    { kind: 'meeting', status: 'planned', participants: ['Shinzo Abe', 'Vladimir Putin'], date: '2017-11', location: null, occasion: 'APEC', optional: true },
  ]),

  r('r-saudi-russia', '2017-10-05', [
    'MOSCOW (Reuters) - Saudi Arabia s King Salman held talks with President Vladimir Putin in the Kremlin on Thursday, on the first official visit to Russia by a reigning Saudi monarch, and the two countries signed deals worth several billion dollars.',
    'The king arrived in Moscow on Wednesday. Energy Minister Khalid al-Falih and his Russian counterpart Alexander Novak signed a memorandum on energy cooperation after the talks.',
    'Putin said OPEC and non-OPEC producers could extend their deal to cut output beyond March 2018.',
  ], [
    { kind: 'meeting', status: 'occurred', participants: ['King Salman', 'Vladimir Putin'], date: '2017-10-05', location: 'Moscow' },
    { kind: 'visit', status: 'occurred', participants: ['King Salman', 'Vladimir Putin'], date: '2017-10-04', location: 'Moscow' },
    { kind: 'signing', status: 'occurred', participants: ['Khalid al-Falih', 'Alexander Novak'], date: '2017-10-05', location: 'Moscow' },
    // "the two countries signed deals": no signer named, so the countries.
    { kind: 'signing', status: 'occurred', participants: ['SA', 'RU'], date: '2017-10-05', location: 'Moscow' },
  ]),

  r('r-india-bangladesh', '2017-10-16', [
    'NEW DELHI (Reuters) - Indian Foreign Minister Sushma Swaraj will travel to Dhaka next week for talks on the Rohingya refugee crisis, the foreign ministry said on Monday.',
    'Swaraj last met Bangladeshi Prime Minister Sheikh Hasina in April, when Hasina visited New Delhi and the two governments signed 22 agreements.',
    'A ministry spokesman said the dates of the trip were still being finalised.',
  ], [
    { kind: 'visit', status: 'planned', participants: ['Sushma Swaraj'], date: '2017-10', location: 'Dhaka' },
    { kind: 'meeting', status: 'occurred', participants: ['Sushma Swaraj', 'Sheikh Hasina'], date: '2017-04', location: 'New Delhi' },
    { kind: 'visit', status: 'occurred', participants: ['Sheikh Hasina'], date: '2017-04', location: 'New Delhi' },
    { kind: 'signing', status: 'occurred', participants: ['IN', 'BD'], date: '2017-04', location: 'New Delhi' },
  ]),

  r('x-france-uk-state-visit', '2025-07-08', [
    'Menu',
    'Macron begins state visit to Britain as leaders eye migration deal',
    'LONDON, July 8 (Reuters) - French President Emmanuel Macron arrived in London on Tuesday for a three-day state visit, the first by a European Union head of state since Brexit, and was welcomed by King Charles at Windsor Castle.',
    '“Our two countries have never been closer,” Macron told members of parliament.',
    'Macron will hold talks with Prime Minister Keir Starmer on Thursday, when the two leaders are expected to sign an agreement on returning migrants who cross the Channel in small boats.',
    'Sign up for our newsletter',
  ], [
    { kind: 'visit', status: 'occurred', participants: ['Emmanuel Macron', 'Charles III'], date: '2025-07-08', location: 'London' },
    { kind: 'meeting', status: 'planned', participants: ['Emmanuel Macron', 'Keir Starmer'], date: '2025-07-10', location: null },
    { kind: 'signing', status: 'planned', participants: ['Emmanuel Macron', 'Keir Starmer'], date: '2025-07-10', location: null },
    { kind: 'meeting', status: 'occurred', participants: ['Emmanuel Macron', 'Charles III'], date: '2025-07-08', location: 'London', optional: true },
  ]),

  r('x-brics-rio', '2025-07-07', [
    'Skip to content',
    'RIO DE JANEIRO, July 6 (AP) — Chinese Premier Li Qiang met South African President Cyril Ramaphosa on the sidelines of the BRICS summit in Rio de Janeiro on Sunday, as leaders of the bloc criticised rising tariffs.',
    '“BRICS must remain a force for an open world economy,” Li said, according to Chinese state media.',
    'Ramaphosa will travel to Brasilia on Tuesday for talks with President Luiz Inacio Lula da Silva, his office said.',
    'Related stories',
    'Photo: AP/Silvia Izquierdo',
  ], [
    { kind: 'meeting', status: 'occurred', participants: ['Li Qiang', 'Cyril Ramaphosa'], date: '2025-07-06', location: 'Rio de Janeiro', occasion: 'BRICS' },
    { kind: 'summit', status: 'occurred', participants: [], date: '2025-07-06', location: 'Rio de Janeiro', occasion: 'BRICS' },
    { kind: 'visit', status: 'planned', participants: ['Cyril Ramaphosa', 'Luiz Inacio Lula da Silva'], date: '2025-07-08', location: 'Brasilia' },
    { kind: 'meeting', status: 'planned', participants: ['Cyril Ramaphosa', 'Luiz Inacio Lula da Silva'], date: '2025-07-08', location: 'Brasilia' },
  ]),

  r('x-nato-hague', '2025-06-25', [
    'Advertisement',
    'THE HAGUE, Netherlands (AP) — President Donald Trump met Ukrainian President Volodymyr Zelenskyy on the sidelines of the NATO summit in The Hague on Wednesday, a day after allied leaders gathered for the two-day meeting, which opened on Tuesday.',
    'NATO Secretary-General Mark Rutte said the allies had agreed to raise defence spending to 5% of economic output.',
    '“It was a good meeting,” Zelenskyy wrote on social media.',
    'Trump said he would probably speak with Russian President Vladimir Putin soon.',
    'Copyright 2025 The Associated Press. All rights reserved.',
  ], [
    { kind: 'meeting', status: 'occurred', participants: ['Donald Trump', 'Volodymyr Zelensky'], date: '2025-06-25', location: 'The Hague', occasion: 'NATO' },
    { kind: 'summit', status: 'occurred', participants: [], date: '2025-06-24', location: 'The Hague', occasion: 'NATO' },
    { kind: 'call', status: 'planned', participants: ['Donald Trump', 'Vladimir Putin'], date: null, location: null, optional: true },
  ]),

  r('x-korea-japan-asean', '2025-07-11', [
    'KUALA LUMPUR, July 11 (Yonhap) -- South Korean Foreign Minister Cho Hyun held talks with his Japanese counterpart Takeshi Iwaya on Friday on the sidelines of ASEAN-related meetings in Kuala Lumpur, Cho s ministry said.',
    'It was their first meeting since Cho took office. The two ministers agreed to keep up close communication on North Korea.',
    'Cho also spoke by phone with U.S. Secretary of State Marco Rubio on Tuesday.',
    '(END)',
  ], [
    { kind: 'meeting', status: 'occurred', participants: ['Cho Hyun', 'Takeshi Iwaya'], date: '2025-07-11', location: 'Kuala Lumpur', occasion: 'ASEAN' },
    { kind: 'summit', status: 'occurred', participants: [], date: '2025-07', date_true: '2025-07-11', location: 'Kuala Lumpur', occasion: 'ASEAN' },
    { kind: 'call', status: 'occurred', participants: ['Cho Hyun', 'Marco Rubio'], date: '2025-07-08', location: null },
  ]),

  r('x-armenia-azerbaijan', '2025-08-09', [
    'World',
    'Armenia and Azerbaijan sign peace declaration at White House',
    'WASHINGTON (AP) — Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a joint declaration at the White House on Friday, in a ceremony hosted by President Donald Trump.',
    '“We are establishing peace in the South Caucasus,” Aliyev said.',
    'Aliyev and Pashinyan last met in Abu Dhabi in July, when they discussed a draft treaty.',
    'Share',
  ], [
    { kind: 'signing', status: 'occurred', participants: ['Nikol Pashinyan', 'Ilham Aliyev'], date: '2025-08-08', location: 'Washington' },
    { kind: 'meeting', status: 'occurred', participants: ['Donald Trump', 'Ilham Aliyev', 'Nikol Pashinyan'], date: '2025-08-08', location: 'Washington', optional: true },
    { kind: 'meeting', status: 'occurred', participants: ['Ilham Aliyev', 'Nikol Pashinyan'], date: '2025-07', location: 'Abu Dhabi' },
  ]),

  r('x-russia-india-planned', '2025-11-28', [
    'Putin to visit India next week, Kremlin says',
    'MOSCOW, Nov 28 (Reuters) - Russian President Vladimir Putin will pay a state visit to India on December 4 and 5 and will hold talks with Prime Minister Narendra Modi in New Delhi on December 5, Kremlin aide Yuri Ushakov said on Friday.',
    'The leaders are expected to sign agreements on trade and energy, Ushakov told reporters.',
    'Putin last visited India in December 2021.',
    'Read more: Oil buyers weigh sanctions risk',
  ], [
    { kind: 'visit', status: 'planned', participants: ['Vladimir Putin', 'Narendra Modi'], date: '2025-12-04', location: 'New Delhi' },
    { kind: 'meeting', status: 'planned', participants: ['Vladimir Putin', 'Narendra Modi'], date: '2025-12-05', location: 'New Delhi' },
    { kind: 'signing', status: 'planned', participants: ['Vladimir Putin', 'Narendra Modi'], date: '2025-12', date_true: '2025-12-05', location: 'New Delhi', optional: true },
    { kind: 'visit', status: 'occurred', participants: ['Vladimir Putin'], date: '2021-12', location: null },
  ]),

  r('x-web-negatives', '2026-01-20', [
    'Cookie settings | Accept all',
    'ROME (AP) — Pope Leo XIV visited a children’s hospital in Rome on Monday and met young patients and their families.',
    'The Bank of England’s Monetary Policy Committee meets on Thursday, and markets expect a rate cut.',
    'Prime Minister Keir Starmer visited flood-hit towns in Yorkshire on Sunday.',
    'Trump and Chinese President Xi Jinping could meet later this year, analysts said, though neither side has confirmed plans.',
    'Most read',
  ], [
    { kind: 'meeting', status: 'planned', participants: ['Donald Trump', 'Xi Jinping'], date: '2026', location: null, optional: true },
  ]),

  r('x-brazil-india-call', '2025-08-08', [
    'Lula and Modi discuss tariffs in phone call',
    'BRASILIA, Aug 7 (Reuters) - Brazilian President Luiz Inacio Lula da Silva spoke by phone with Indian Prime Minister Narendra Modi on Thursday, days after Washington raised tariffs on goods from both countries to 50%, Lula s office said.',
    'The two leaders agreed to expand a trade agreement between Mercosur and India, the statement said.',
    'Lula said he would visit India early next year. Modi visited Brasilia in July, after the BRICS summit in Rio de Janeiro.',
  ], [
    { kind: 'call', status: 'occurred', participants: ['Luiz Inacio Lula da Silva', 'Narendra Modi'], date: '2025-08-07', location: null },
    { kind: 'visit', status: 'planned', participants: ['Luiz Inacio Lula da Silva'], date: '2026', location: null },
    { kind: 'visit', status: 'occurred', participants: ['Narendra Modi'], date: '2025-07', location: 'Brasilia' },
    { kind: 'summit', status: 'occurred', participants: [], date: '2025-07', location: 'Rio de Janeiro', occasion: 'BRICS' },
  ]),

  r('s-mfa-pakistan', null, [
    'Wang Yi Holds Talks with Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar',
    '2025-05-21 20:15',
    'On May 21, 2025, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held talks with Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar in Beijing. Ishaq Dar arrived in Beijing on May 19 for a three-day visit to China.',
    'Wang Yi said that China and Pakistan are ironclad friends and all-weather strategic cooperative partners.',
    'On May 20, the foreign ministers of China, Pakistan and Afghanistan held an informal trilateral meeting in Beijing, attended by Afghan Acting Foreign Minister Amir Khan Muttaqi.',
    'Print | Close',
  ], [
    { kind: 'meeting', status: 'occurred', participants: ['Wang Yi', 'Ishaq Dar'], date: '2025-05-21', location: 'Beijing' },
    { kind: 'visit', status: 'occurred', participants: ['Ishaq Dar', 'Wang Yi'], date: '2025-05-19', location: 'Beijing' },
    { kind: 'meeting', status: 'occurred', participants: ['Wang Yi', 'Ishaq Dar', 'Amir Khan Muttaqi'], date: '2025-05-20', location: 'Beijing' },
  ]),

  r('s-xinhua-call', null, [
    'Xi holds phone talks with Kazakh president',
    'Source: Xinhua | 2025-03-04 09:12:03 | Editor: huaxia',
    'BEIJING, March 3 (Xinhua) -- Chinese President Xi Jinping held a phone conversation with Kazakh President Kassym-Jomart Tokayev on Monday.',
    'Xi said China is willing to work with Kazakhstan to deepen their permanent comprehensive strategic partnership.',
    'Tokayev said Kazakhstan looks forward to hosting the second China-Central Asia Summit in Astana in June, and welcomes Xi to pay a state visit to Kazakhstan.',
  ], [
    { kind: 'call', status: 'occurred', participants: ['Xi Jinping', 'Kassym-Jomart Tokayev'], date: '2025-03-03', location: null },
    { kind: 'summit', status: 'planned', participants: [], date: '2025-06', location: 'Astana', occasion: 'China-Central Asia Summit' },
    { kind: 'visit', status: 'planned', participants: ['Xi Jinping', 'Kassym-Jomart Tokayev'], date: null, location: null, optional: true },
  ]),

  r('s-tass-dushanbe', null, [
    'Putin to pay state visit to Tajikistan, take part in CIS summit',
    'MOSCOW, October 3. /TASS/. Russian President Vladimir Putin will pay a state visit to Tajikistan on October 8-10, Kremlin aide Yuri Ushakov told reporters.',
    'Putin and Tajik President Emomali Rahmon will hold talks in Dushanbe on October 9, he said. On October 10, Putin will take part in the summit of the Commonwealth of Independent States (CIS) in the Tajik capital.',
    'The two leaders last met in Moscow in May.',
    'Published: 03.10.2025 14:05',
  ], [
    { kind: 'visit', status: 'planned', participants: ['Vladimir Putin', 'Emomali Rahmon'], date: '2025-10-08', location: 'Dushanbe' },
    { kind: 'meeting', status: 'planned', participants: ['Vladimir Putin', 'Emomali Rahmon'], date: '2025-10-09', location: 'Dushanbe' },
    { kind: 'summit', status: 'planned', participants: [], date: '2025-10-10', location: 'Dushanbe', occasion: 'CIS' },
    { kind: 'meeting', status: 'occurred', participants: ['Vladimir Putin', 'Emomali Rahmon'], date: '2025-05', location: 'Moscow' },
  ]),

  r('s-lavrov-araghchi', null, [
    'Sergey Lavrov holds talks with Iranian Foreign Minister Abbas Araghchi',
    '18.04.2025 16:40',
    'On April 18, Minister of Foreign Affairs of the Russian Federation Sergey Lavrov held talks in Moscow with Foreign Minister of the Islamic Republic of Iran Abbas Araghchi, who arrived in Moscow on a working visit.',
    'The ministers discussed the situation around the Iranian nuclear programme. Following the talks, the ministers signed a plan of consultations between the two foreign ministries for 2025-2027.',
    'Sergey Lavrov noted that the Treaty on Comprehensive Strategic Partnership signed by President Vladimir Putin and President Masoud Pezeshkian in Moscow on January 17 had entered into force.',
  ], [
    { kind: 'meeting', status: 'occurred', participants: ['Sergey Lavrov', 'Abbas Araghchi'], date: '2025-04-18', location: 'Moscow' },
    { kind: 'visit', status: 'occurred', participants: ['Abbas Araghchi', 'Sergey Lavrov'], date: '2025-04-18', location: 'Moscow' },
    { kind: 'signing', status: 'occurred', participants: ['Sergey Lavrov', 'Abbas Araghchi'], date: '2025-04-18', location: 'Moscow' },
    { kind: 'signing', status: 'occurred', participants: ['Vladimir Putin', 'Masoud Pezeshkian'], date: '2025-01-17', location: 'Moscow' },
    { kind: 'meeting', status: 'occurred', participants: ['Vladimir Putin', 'Masoud Pezeshkian'], date: '2025-01-17', location: 'Moscow', optional: true },
  ]),
  r('s-xinhua-state-visit', '2024-08-19', [
    'Xi holds talks with To Lam',
    'BEIJING, Aug. 19 (Xinhua) -- Chinese President Xi Jinping held talks with To Lam, general secretary of the Communist Party of Vietnam Central Committee and Vietnamese president, at the Great Hall of the People in Beijing on Monday.',
    'To Lam is paying a state visit to China from Sunday to Tuesday at the invitation of Xi. It is his first overseas trip since taking office.',
    'Xi said China and Vietnam are a community with a shared future that carries strategic significance.',
    'After the talks, the two leaders witnessed the signing of 14 cooperation documents.',
  ], [
    { kind: 'meeting', status: 'occurred', participants: ['Xi Jinping', 'To Lam'], date: '2024-08-19', location: 'Beijing' },
    { kind: 'visit', status: 'occurred', participants: ['To Lam', 'Xi Jinping'], date: '2024-08-18', location: 'Beijing' },
    { kind: 'signing', status: 'occurred', participants: ['Xi Jinping', 'To Lam'], date: '2024-08-19', location: 'Beijing' },
  ]),

  r('x-g20-johannesburg', '2025-11-20', [
    'Subscribe',
    'JOHANNESBURG, Nov 20 (Reuters) - Leaders of the Group of 20 major economies will meet in Johannesburg on Saturday for the first G20 summit held in Africa, which U.S. President Donald Trump has said he will boycott.',
    'Indian Prime Minister Narendra Modi is expected to meet Chinese Premier Li Qiang on the sidelines of the summit, Indian officials said.',
    'South African President Cyril Ramaphosa held a video call with Brazilian President Luiz Inacio Lula da Silva on Wednesday to prepare the meeting, his spokesman said.',
    '“Africa is ready to host the world,” Ramaphosa said.',
    'Reporting by Nelson Banya; Editing by Alex Richardson',
  ], [
    { kind: 'summit', status: 'planned', participants: [], date: '2025-11-22', location: 'Johannesburg', occasion: 'G20' },
    { kind: 'meeting', status: 'planned', participants: ['Narendra Modi', 'Li Qiang'], date: '2025-11-22', location: 'Johannesburg', occasion: 'G20' },
    { kind: 'call', status: 'occurred', participants: ['Cyril Ramaphosa', 'Luiz Inacio Lula da Silva'], date: '2025-11-19', location: null },
  ]),

  r('r-germany-ukraine-hosted', '2016-12-15', [
    'BERLIN (Reuters) - German Chancellor Angela Merkel hosted Ukrainian President Petro Poroshenko in Berlin on Wednesday for talks on the stalled peace process in eastern Ukraine.  We have made too little progress,  Merkel told reporters.',
    'Merkel, French President Francois Hollande and Russian President Vladimir Putin discussed the conflict by telephone on Tuesday, the German government said.',
    'The foreign ministers of Germany, France, Russia and Ukraine will meet in Minsk next month, a spokesman said.',
  ], [
    { kind: 'meeting', status: 'occurred', participants: ['Angela Merkel', 'Petro Poroshenko'], date: '2016-12-14', location: 'Berlin' },
    { kind: 'visit', status: 'occurred', participants: ['Petro Poroshenko', 'Angela Merkel'], date: '2016-12-14', location: 'Berlin' },
    { kind: 'call', status: 'occurred', participants: ['Angela Merkel', 'Francois Hollande', 'Vladimir Putin'], date: '2016-12-13', location: null },
    { kind: 'meeting', status: 'planned', participants: ['DE', 'FR', 'RU', 'UA'], date: '2017-01', location: 'Minsk' },
  ]),

  r('r-japan-negatives-2', '2017-04-20', [
    'TOKYO (Reuters) - Japanese Foreign Minister Fumio Kishida on Thursday called on China to use its influence over North Korea, and said Tokyo would keep in close touch with Washington.',
    'The U.N. Security Council will meet on Friday to discuss the latest missile launch. The aircraft carrier Carl Vinson will visit the port of Busan next week, a U.S. Navy spokesman said.',
    'Kishida s visit to Moscow last year helped ease tensions over a territorial dispute with Russia, officials said.',
  ], [
    { kind: 'visit', status: 'occurred', participants: ['Fumio Kishida'], date: '2016', location: 'Moscow' },
  ]),
  r('x-india-singapore-today', '2026-02-12', [
    'NEW DELHI, Feb 12 — External Affairs Minister S. Jaishankar met Singapore’s Foreign Minister Vivian Balakrishnan in New Delhi today and the two sides agreed to expand cooperation on semiconductors and green shipping.',
    'Balakrishnan, who arrived in the Indian capital yesterday, also called on Prime Minister Narendra Modi on Thursday.',
    '“Singapore sees India as an indispensable partner,” Balakrishnan said.',
    'The two ministers last met in Singapore in October.',
    'Also read: Rupee slips against the dollar',
  ], [
    { kind: 'meeting', status: 'occurred', participants: ['Subrahmanyam Jaishankar', 'Vivian Balakrishnan'], date: '2026-02-12', location: 'New Delhi' },
    { kind: 'visit', status: 'occurred', participants: ['Vivian Balakrishnan', 'Subrahmanyam Jaishankar'], date: '2026-02-11', location: 'New Delhi' },
    // "called on" a leader is a courtesy meeting, not a phone call.
    { kind: 'meeting', status: 'occurred', participants: ['Vivian Balakrishnan', 'Narendra Modi'], date: '2026-02-12', location: 'New Delhi' },
    { kind: 'meeting', status: 'occurred', participants: ['Subrahmanyam Jaishankar', 'Vivian Balakrishnan'], date: '2025-10', location: 'Singapore' },
  ]),

  r('r-vietnam-us-planned', '2017-05-19', [
    'WASHINGTON (Reuters) - Vietnamese Prime Minister Nguyen Xuan Phuc will become the first Southeast Asian leader to visit the White House under President Donald Trump when the two meet on May 31, the White House said on Friday.',
    'The leaders are expected to discuss trade and the South China Sea, a White House spokesman said.',
    'Trump is also expected to travel to Vietnam in November to attend the Asia-Pacific Economic Cooperation summit in Da Nang.',
  ], [
    { kind: 'visit', status: 'planned', participants: ['Nguyen Xuan Phuc', 'Donald Trump'], date: '2017-05-31', location: 'Washington' },
    { kind: 'meeting', status: 'planned', participants: ['Nguyen Xuan Phuc', 'Donald Trump'], date: '2017-05-31', location: 'Washington' },
    { kind: 'visit', status: 'planned', participants: ['Donald Trump'], date: '2017-11', location: 'Da Nang', occasion: 'APEC' },
    { kind: 'summit', status: 'planned', participants: [], date: '2017-11', location: 'Da Nang', occasion: 'APEC' },
  ]),
];
