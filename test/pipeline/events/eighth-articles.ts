// An eighth set of hand-written articles ("eighth"), written blind to the events stage as the measure for the session
// after it: its author read neither the stage's source, nor its output on these articles, nor the articles of the seven
// other sets (generalization, held-out, fresh, unseen, blind, final, sealed; only the format of the sealed set was
// copied), and no key was changed after the set was first scored. Three source styles, in roughly the proportions of
// the evaluation set: Reuters copy of 2016-2018 (about half of them with quotation marks and apostrophes stripped, as in
// the research corpus: "Abe s", double spaces where quotes stood); web pages of 2024-2025 as scraped, with menus,
// cookie banners, photo captions, view counters, "Related:" and "Bonus video:" lines and a duplicated paragraph, one of
// them without a metadata date (its date is in a "Posted" line); Kremlin, Xinhua, TASS, KCNA and Chinese foreign
// ministry copies with translation slips, a dateline or header date and often a trailing timestamp (no metadata date;
// the TASS copy gives no year at all, so its keys take the year from world knowledge, as the evaluation README allows).
// Actors and stories were chosen to be the main story of none of the other seven sets.
//
// Keys follow the answer-key conventions of the evaluation README and its cases: participants are canonical person
// names of the knowledge base (country codes where no person is named); a visit is keyed when the text reports a trip
// (arrived, flew in, landed, state visit, "was received in"), with the visitor and the host the text names; the talks
// held during a visit are keyed as well, one meeting per day of talks the text narrates; a visit's date is the day the
// text gives for the arrival or for the visitor's presence, else the month with `date_true`; background events keep
// the date the text gives (a month for "last month" or "in May", a year for "later this year"); summits have no
// participants and a location only when the text names the city, dated by their first day where the text allows;
// a postponed visit is keyed at its new date and its old slot is optional; `optional` marks borderline items (an
// invitation with no date, a private dinner, a domestic leg, a parade, a visit only implied by a meeting
// abroad). Headlines of other stories ("Related:", "Most read") are not keyed.
// Do not tune on it: when it is used for debugging, write another set.
import { articleOfText, keyedEvent, GROUPING_ALIASES, type Aliases, type EventArticle } from './event-scoring.js';

/** Other spellings the keys accept for the names, places and gatherings used here, as a key's `aliases` would. */
export const EIGHTH_ALIASES: Aliases = {
  ...GROUPING_ALIASES,
  'Sergey Lavrov': ['Sergei Lavrov'],
  'Kim Jong Un': ['Kim Jong-un', 'Kim Jong-Un'],
  'Kim Yong Chol': ['Kim Yong-chol'],
  'Choe Son Hui': ['Choe Son-hui'],
  'Lee Jae-myung': ['Lee Jae Myung'],
  'Pedro Sanchez': ['Pedro Sánchez'],
  'Volodymyr Zelensky': ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'],
  'Recep Tayyip Erdogan': ['Tayyip Erdogan', 'Recep Tayyip Erdoğan'],
  'Mahathir Mohamad': ['Mahathir'],
  'Moussa Faki Mahamat': ['Moussa Faki'],
  'Sergei Shoigu': ['Sergey Shoigu'],
  'Viktor Orban': ['Viktor Orbán'],
  'Milos Zeman': ['Miloš Zeman'],
  'Washington': ['Washington, D.C.', 'Washington DC', 'White House'],
  'New York': ['New York City', 'Manhattan'],
  'St Petersburg': ['Saint Petersburg', 'St. Petersburg'],
  'Ho Chi Minh City': ['Saigon'],
  'Palm Beach': ['Mar-a-Lago', 'Palm Beach, Florida'],
  'Vostochny': ['Vostochny Cosmodrome', 'Vostochny cosmodrome', 'Tsiolkovsky'],
  'Panmunjom': ['Panmunjeom'],
  'Riyadh': ['Diriyah'],
  'Wonsan': ['Wonsan-Kalma', 'Kalma'],
  'Eastern Economic Forum': ['EEF'],
  'Belt and Road Forum': ['Belt and Road Forum for International Cooperation', 'BRF'],
  'Nuclear Security Summit': [],
  'EU-China summit': ['China-EU summit'],
  'Victory Day parade': ['Victory Day', 'military parade', 'parade'],
};

const a = articleOfText;
const ev = keyedEvent;

export const EIGHTH_ARTICLES: EventArticle[] = [
  // ---------------------------------------------------------------- Reuters copy, 2016-2018
  a('r-putin-xi-beijing-deals', '2016-06-25', `
Putin, Xi sign raft of deals as Russia looks east

BEIJING (Reuters) - Russian President Vladimir Putin and Chinese President Xi Jinping signed a raft of agreements on Saturday and pledged to deepen what both call their "comprehensive strategic partnership", as Moscow turns east to soften the blow of Western sanctions over Ukraine.

Putin flew into Beijing late on Friday from the Uzbek capital Tashkent, where the two leaders had attended a summit of the Shanghai Cooperation Organisation on Thursday and Friday. Xi welcomed him with a red-carpet ceremony outside the Great Hall of the People on Saturday morning before the two men sat down for talks that ran well past their scheduled time.

"China and Russia should firmly support each other on issues of core interest," Xi said after the talks, according to state television. Putin told reporters that trade between the neighbours had slipped last year because of low oil prices but that investment was growing.

The two presidents put their names to a joint statement on global strategic stability that criticised U.S. missile defence plans in Europe and Asia, and looked on as ministers and company chiefs signed some 30 documents covering oil and gas, aviation, railways and the internet.

Putin is expected back in China in September for the Group of 20 summit in the eastern city of Hangzhou, which Xi will host.

Analysts say the relationship remains lopsided. China is Russia's biggest trading partner, while Russia does not rank among China's top ten.
`, [
    ev('visit', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2016-06-24', 'Beijing'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2016-06-25', 'Beijing'),
    ev('signing', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2016-06-25', 'Beijing'),
    ev('summit', 'occurred', [], '2016-06-23', 'Tashkent', { occasion: 'SCO' }),
    ev('summit', 'planned', [], '2016-09', 'Hangzhou', { occasion: 'G20', date_true: '2016-09-04' }),
    ev('visit', 'planned', ['Vladimir Putin', 'Xi Jinping'], '2016-09', 'Hangzhou', { occasion: 'G20', date_true: '2016-09-04', optional: true }),
  ]),

  a('r-medvedev-li-annual-talks', '2017-11-01', `
Russia s Medvedev, China s Li pledge to lift trade at annual talks

BEIJING (Reuters) - Russian Prime Minister Dmitry Medvedev and Chinese Premier Li Keqiang pledged on Wednesday to expand trade and cooperation in energy, farming and the Arctic at their annual talks in Beijing, the 22nd regular meeting of the heads of government of the two countries.  Medvedev arrived in the Chinese capital on Tuesday evening for a two-day visit, the first by a senior Russian leader since Chinese President Xi Jinping was handed a second five-year term as Communist Party chief at a congress that ended last week. He was due to meet Xi later on Wednesday, the Russian government said.  Trade between our countries grew by more than 20 percent in the first nine months of the year,  Li told his guest at the start of the talks in the Great Hall of the People. Medvedev said Russia wanted to sell more meat and grain to China and to cooperate on shipping along the Northern Sea Route. The two premiers looked on as officials signed about 20 agreements, including on customs, satellite navigation and investment.  The prime ministers meet once a year, taking turns to host.  Russia has sought to deepen economic ties with China since relations with the West soured over the Ukraine crisis in 2014, but Russian officials complain that Chinese investment has been slow to arrive. 
`, [
    ev('visit', 'occurred', ['Dmitry Medvedev', 'Li Keqiang'], '2017-10-31', 'Beijing'),
    ev('meeting', 'occurred', ['Dmitry Medvedev', 'Li Keqiang'], '2017-11-01', 'Beijing'),
    ev('signing', 'occurred', ['Dmitry Medvedev', 'Li Keqiang'], '2017-11-01', 'Beijing'),
    ev('meeting', 'planned', ['Dmitry Medvedev', 'Xi Jinping'], '2017-11-01', 'Beijing'),
  ]),

  a('r-abe-putin-sochi-new-approach', '2016-05-06', `
Japan's Abe, Russia's Putin agree 'new approach' on island dispute

SOCHI, Russia (Reuters) - Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed on Friday to pursue a "new approach" to a territorial row that has kept their countries from signing a peace treaty since World War Two, after talks in the Black Sea resort of Sochi that Washington had quietly urged Tokyo to put off.

Abe arrived in Sochi at the end of a week-long European tour.

The two leaders spoke one-on-one for about an hour at Putin's residence and then continued over a working lunch, Japanese officials said. Abe put forward an eight-point economic cooperation plan covering energy, medicine and the development of Russia's Far East.

"I feel the talks have given us a sense of momentum," Abe told reporters afterwards.

Abe said he would travel to Vladivostok in early September for the Eastern Economic Forum, where the two leaders would meet again, and that they had agreed Putin would visit Japan at an appropriate time.

The United States, Japan's main ally, has been wary of Tokyo's outreach to Moscow while Western sanctions over Russia's annexation of Crimea remain in force. A senior Japanese official said Tokyo had explained its position to Washington in advance.
`, [
    ev('visit', 'occurred', ['Shinzo Abe', 'Vladimir Putin'], '2016-05-06', 'Sochi'),
    ev('meeting', 'occurred', ['Shinzo Abe', 'Vladimir Putin'], '2016-05-06', 'Sochi'),
    ev('visit', 'planned', ['Shinzo Abe', 'Vladimir Putin'], '2016-09', 'Vladivostok', { occasion: 'Eastern Economic Forum', date_true: '2016-09-02' }),
    ev('meeting', 'planned', ['Shinzo Abe', 'Vladimir Putin'], '2016-09', 'Vladivostok', { occasion: 'Eastern Economic Forum', date_true: '2016-09-02' }),
    ev('summit', 'planned', [], '2016-09', 'Vladivostok', { occasion: 'Eastern Economic Forum', date_true: '2016-09-02' }),
    ev('visit', 'planned', ['Vladimir Putin', 'Shinzo Abe'], null, null, { optional: true }),
  ]),

  a('r-obama-hanoi-arms-embargo', '2016-05-23', `
Obama lifts Vietnam arms embargo as Hanoi warms to old foe

HANOI (Reuters) - U.S. President Barack Obama on Monday lifted a five-decade-old ban on U.S. arms sales to Vietnam, removing a lingering vestige of the Vietnam War as the two countries draw closer amid shared concern over China s assertiveness in the South China Sea.  Obama made the announcement at a news conference with Vietnamese President Tran Dai Quang after talks at the Presidential Palace in Hanoi.  The decision to lift the ban is not based on China or any other considerations. It is based on our desire to complete what has been a lengthy process of moving towards normalisation with Vietnam,  Obama said. Obama, who arrived in Hanoi late on Sunday on his first visit to the country, later held talks with Prime Minister Nguyen Xuan Phuc and then called on Communist Party chief Nguyen Phu Trong at the party s headquarters. On Friday he will become the first sitting U.S. president to visit Hiroshima, where he will be accompanied by Japanese Prime Minister Shinzo Abe. Human rights groups criticised the decision, saying Vietnam continues to jail bloggers and activists. 
`, [
    ev('visit', 'occurred', ['Barack Obama', 'Tran Dai Quang'], '2016-05-22', 'Hanoi'),
    ev('meeting', 'occurred', ['Barack Obama', 'Tran Dai Quang'], '2016-05-23', 'Hanoi'),
    ev('meeting', 'occurred', ['Barack Obama', 'Nguyen Xuan Phuc'], '2016-05-23', 'Hanoi'),
    ev('meeting', 'occurred', ['Barack Obama', 'Nguyen Phu Trong'], '2016-05-23', 'Hanoi'),
    ev('visit', 'planned', ['Barack Obama', 'Shinzo Abe'], '2016-05-27', 'Hiroshima'),
  ]),

  a('r-trump-tsai-call', '2016-12-03', `
Trump speaks with Taiwan leader in break with decades of U.S. policy

WASHINGTON/BEIJING (Reuters) - U.S. President-elect Donald Trump spoke by telephone with Taiwan's President Tsai Ing-wen on Friday, a highly unusual contact that prompted a diplomatic protest from Beijing on Saturday and raised questions about his approach to China.

Trump's transition team said the two discussed "the close economic, political, and security ties" between Taiwan and the United States. No U.S. president or president-elect is believed to have spoken to a Taiwanese leader since Washington switched diplomatic recognition to Beijing in 1979.

China's Foreign Minister Wang Yi played down the call, describing it as "just a petty action by Taiwan" that would not change the one-China policy, Hong Kong's Phoenix Television reported.

The call came on the same day that Chinese President Xi Jinping met former U.S. Secretary of State Henry Kissinger in Beijing. Kissinger, who has counselled presidents of both parties on China, also sat down with Trump in New York last month.

Trump and Xi spoke by phone on Nov. 14, days after the election, Chinese state media said at the time.

The Taiwan conversation was the latest in a string of unorthodox calls with foreign leaders. Trump also spoke on Friday with Philippine President Rodrigo Duterte, who said the president-elect had wished him success in his war on drugs. On Wednesday he spoke with Pakistan's Prime Minister Nawaz Sharif, whose office released an effusive account of the conversation.
`, [
    ev('call', 'occurred', ['Donald Trump', 'Tsai Ing-wen'], '2016-12-02', null),
    ev('meeting', 'occurred', ['Xi Jinping', 'Henry Kissinger'], '2016-12-02', 'Beijing'),
    ev('meeting', 'occurred', ['Henry Kissinger', 'Donald Trump'], '2016-11', 'New York', { date_true: '2016-11-17' }),
    ev('call', 'occurred', ['Donald Trump', 'Xi Jinping'], '2016-11-14', null),
    ev('call', 'occurred', ['Donald Trump', 'Rodrigo Duterte'], '2016-12-02', null),
    ev('call', 'occurred', ['Donald Trump', 'Nawaz Sharif'], '2016-11-30', null),
  ]),

  a('r-abe-moon-putin-vladivostok', '2017-09-07', `
Putin rebuffs calls to squeeze North Korea as Abe, Moon press him in Vladivostok

VLADIVOSTOK, Russia (Reuters) - Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in pressed Russian President Vladimir Putin on Thursday to back tougher pressure on North Korea after its sixth nuclear test, but the Russian leader said sanctions alone would not resolve the crisis.  Abe held talks with Putin on Thursday morning on the sidelines of the Eastern Economic Forum in the Pacific port city, and the two agreed to press ahead with joint economic projects on disputed islands off Hokkaido.  Moon, who arrived in Vladivostok on Wednesday as the two-day forum opened, met Putin for more than two hours that afternoon. Putin told reporters after those talks that cutting off oil supplies to Pyongyang would hurt ordinary people in hospitals.  We should not give in to emotions and push North Korea into a corner,  he said. Abe and Moon met each other on Thursday before addressing the forum s plenary session alongside Putin, and agreed to seek a tougher U.N. Security Council resolution, a South Korean official said.
`, [
    ev('summit', 'occurred', [], '2017-09-06', 'Vladivostok', { occasion: 'Eastern Economic Forum' }),
    ev('visit', 'occurred', ['Moon Jae-in', 'Vladimir Putin'], '2017-09-06', 'Vladivostok'),
    ev('meeting', 'occurred', ['Moon Jae-in', 'Vladimir Putin'], '2017-09-06', 'Vladivostok'),
    ev('meeting', 'occurred', ['Shinzo Abe', 'Vladimir Putin'], '2017-09-07', 'Vladivostok', { occasion: 'Eastern Economic Forum' }),
    ev('meeting', 'occurred', ['Shinzo Abe', 'Moon Jae-in'], '2017-09-07', 'Vladivostok', { occasion: 'Eastern Economic Forum' }),
    ev('visit', 'occurred', ['Shinzo Abe', 'Vladimir Putin'], '2017-09-07', 'Vladivostok', { optional: true }),
  ]),

  a('r-kim-xi-dalian', '2018-05-08', `
North Korea's Kim meets Xi again in China ahead of Trump summit

BEIJING (Reuters) - North Korean leader Kim Jong Un held two days of talks with Chinese President Xi Jinping in the northeastern port city of Dalian, state media in both countries said on Tuesday, his second trip to China in less than two months as he prepares for a summit with U.S. President Donald Trump.

Kim flew into Dalian on Monday, the official Xinhua news agency said, and the two leaders held talks and a banquet that evening. On Tuesday they strolled along the seafront and lunched together before Kim flew home.

Photographs released by Xinhua showed the two men chatting on a promenade with their interpreters, and Kim's sister Kim Yo Jong among his entourage.

Kim made his first trip abroad as leader in March, travelling to Beijing by train for talks with Xi that were kept secret until he had left.

He went on to meet South Korean President Moon Jae-in at the border truce village of Panmunjom on April 27, when the two leaders pledged to work toward "complete denuclearisation" of the peninsula.

Trump said on Twitter he would speak by phone with Xi on Tuesday to discuss North Korea and trade. Trump has said a date and venue for his own meeting with Kim have been set but has not announced them.
`, [
    ev('visit', 'occurred', ['Kim Jong Un', 'Xi Jinping'], '2018-05-07', 'Dalian'),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Xi Jinping'], '2018-05-07', 'Dalian'),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Xi Jinping'], '2018-05-08', 'Dalian'),
    ev('visit', 'occurred', ['Kim Jong Un', 'Xi Jinping'], '2018-03', 'Beijing', { date_true: '2018-03-26' }),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Xi Jinping'], '2018-03', 'Beijing', { date_true: '2018-03-26' }),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Moon Jae-in'], '2018-04-27', 'Panmunjom'),
    ev('call', 'planned', ['Donald Trump', 'Xi Jinping'], '2018-05-08', null),
    ev('meeting', 'planned', ['Donald Trump', 'Kim Jong Un'], null, null, { optional: true }),
  ]),

  a('r-lavrov-kim-pyongyang', '2018-05-31', `
North Korea s Kim tells Russia s Lavrov he is committed to denuclearisation

PYONGYANG/MOSCOW (Reuters) - North Korean leader Kim Jong Un told Russian Foreign Minister Sergei Lavrov on Thursday that his commitment to the denuclearisation of the Korean peninsula was unchanged, the Russian foreign ministry said, as U.S. and North Korean officials worked in New York to salvage a summit.  Lavrov, who flew into Pyongyang on Thursday morning, first held talks with his counterpart Ri Yong Ho before being received by Kim, the first meeting between the North Korean leader and a senior Russian official. Russian state television showed the two men shaking hands and smiling.  Lavrov conveyed an invitation from President Vladimir Putin for Kim to visit Russia, the ministry said, without giving a date.  Come to Russia, we will be very glad to see you,  Lavrov told Kim, according to a pool report.  In New York, Kim Yong Chol, a former spy chief and one of Kim Jong Un s closest aides, held talks with U.S. Secretary of State Mike Pompeo on Thursday, a day after the two men had dinner together in Manhattan. Pompeo later told reporters the talks had made real progress. Kim Yong Chol was expected to travel to Washington on Friday to hand Trump a personal letter from the North Korean leader, U.S. officials said.  Trump cancelled the planned June 12 summit with Kim in Singapore last week but has since said it could still go ahead on that date. 
`, [
    ev('visit', 'occurred', ['Sergey Lavrov', 'Kim Jong Un'], '2018-05-31', 'Pyongyang'),
    ev('meeting', 'occurred', ['Sergey Lavrov', 'Ri Yong Ho'], '2018-05-31', 'Pyongyang'),
    ev('meeting', 'occurred', ['Sergey Lavrov', 'Kim Jong Un'], '2018-05-31', 'Pyongyang'),
    ev('visit', 'planned', ['Kim Jong Un', 'Vladimir Putin'], null, null, { optional: true }),
    ev('meeting', 'occurred', ['Kim Yong Chol', 'Mike Pompeo'], '2018-05-31', 'New York'),
    ev('meeting', 'occurred', ['Kim Yong Chol', 'Mike Pompeo'], '2018-05-30', 'New York'),
    ev('visit', 'planned', ['Kim Yong Chol', 'Donald Trump'], '2018-06-01', 'Washington'),
    ev('meeting', 'planned', ['Kim Yong Chol', 'Donald Trump'], '2018-06-01', 'Washington'),
    ev('meeting', 'planned', ['Donald Trump', 'Kim Jong Un'], '2018-06-12', 'Singapore'),
  ]),

  a('r-modi-putin-sochi-informal', '2018-05-21', `
Modi, Putin hold informal summit in Sochi as U.S. sanctions loom

SOCHI, Russia (Reuters) - Indian Prime Minister Narendra Modi and Russian President Vladimir Putin held an informal summit in the Black Sea resort of Sochi on Monday, seeking to shore up decades-old ties as new U.S. sanctions threaten India's purchases of Russian weapons.

Modi flew in on Monday morning for the one-day visit and was greeted by Putin at his residence. The two leaders held talks without aides or a fixed agenda, and later took a boat trip on the Black Sea, Indian officials said.

"Russia has been a time-tested friend of India," Modi said at the start of the talks.

The format echoed Modi's informal summit with Chinese President Xi Jinping in the central Chinese city of Wuhan last month, part of what analysts describe as an effort by New Delhi to balance its ties with the major powers.

Modi and Putin are due to meet again at the Shanghai Cooperation Organisation summit in the Chinese city of Qingdao next month.

India is negotiating to buy the S-400 air defence system from Russia, a deal that could expose it to U.S. sanctions under a law aimed at punishing Moscow.
`, [
    ev('visit', 'occurred', ['Narendra Modi', 'Vladimir Putin'], '2018-05-21', 'Sochi'),
    ev('meeting', 'occurred', ['Narendra Modi', 'Vladimir Putin'], '2018-05-21', 'Sochi'),
    ev('meeting', 'occurred', ['Narendra Modi', 'Xi Jinping'], '2018-04', 'Wuhan', { date_true: '2018-04-27' }),
    ev('visit', 'occurred', ['Narendra Modi', 'Xi Jinping'], '2018-04', 'Wuhan', { date_true: '2018-04-27', optional: true }),
    ev('meeting', 'planned', ['Narendra Modi', 'Vladimir Putin'], '2018-06', 'Qingdao', { occasion: 'SCO', date_true: '2018-06-09' }),
    ev('summit', 'planned', [], '2018-06', 'Qingdao', { occasion: 'SCO', date_true: '2018-06-09' }),
  ]),

  a('r-abe-xi-beijing-new-era', '2018-10-26', `
Japan s Abe, China s Xi hail  new era  in ties on first formal visit in seven years

BEIJING (Reuters) - Japanese Prime Minister Shinzo Abe and Chinese President Xi Jinping agreed on Friday to open a new era in relations between Asia s two biggest economies, as both seek a hedge against the trade policies of U.S. President Donald Trump.  Abe, who arrived in Beijing on Thursday at the invitation of Premier Li Keqiang, is on the first formal visit to China by a Japanese leader since 2011.  From competition to coexistence, Japan-China relations have entered a new phase,  Abe told Li at the start of their talks on Friday morning. After the talks, the two premiers looked on as officials signed a currency swap agreement worth up to 3.4 trillion yen and more than 50 other documents, including on infrastructure projects in third countries. Abe met Xi at the Diaoyutai State Guesthouse later on Friday. Relations have thawed since Li attended a three-way summit with Japan and South Korea in Tokyo in May, the first visit to Japan by a Chinese premier in eight years. Abe said he hoped Xi would visit Japan next year. 
`, [
    ev('visit', 'occurred', ['Shinzo Abe', 'Li Keqiang'], '2018-10-25', 'Beijing'),
    ev('meeting', 'occurred', ['Shinzo Abe', 'Li Keqiang'], '2018-10-26', 'Beijing'),
    ev('signing', 'occurred', ['Shinzo Abe', 'Li Keqiang'], '2018-10-26', 'Beijing'),
    ev('meeting', 'occurred', ['Shinzo Abe', 'Xi Jinping'], '2018-10-26', 'Beijing'),
    ev('summit', 'occurred', [], '2018-05', 'Tokyo', { occasion: 'trilateral summit', date_true: '2018-05-09' }),
    ev('visit', 'occurred', ['Li Keqiang', 'Shinzo Abe'], '2018-05', 'Tokyo', { date_true: '2018-05-08' }),
    ev('visit', 'planned', ['Xi Jinping', 'Shinzo Abe'], '2019', null),
  ]),

  a('r-imran-khan-beijing', '2018-11-03', `
Pakistan's Khan secures no new money on first China visit

BEIJING (Reuters) - Pakistani Prime Minister Imran Khan held talks with Chinese Premier Li Keqiang on Saturday, but the two sides announced no new financial support for Pakistan's cash-strapped economy, saying only that more talks were needed.

Khan arrived in Beijing on Friday on his first official visit to China since taking office in August, at the invitation of Li. He met President Xi Jinping at the Great Hall of the People on Friday afternoon, and Xi praised Pakistan as an "all-weather strategic partner".

After Saturday's talks, Khan and Li looked on as ministers signed 15 agreements and memorandums of understanding covering agriculture, science, poverty alleviation and the fight against corruption.

"In principle, China has stated that it will support Pakistan," a Pakistani official told reporters, adding that details would be worked out in further negotiations.

Khan will travel on Monday to Shanghai.

Last month Khan secured a $6 billion rescue package from Saudi Arabia during a visit to Riyadh.
`, [
    ev('visit', 'occurred', ['Imran Khan', 'Li Keqiang'], '2018-11-02', 'Beijing'),
    ev('meeting', 'occurred', ['Imran Khan', 'Xi Jinping'], '2018-11-02', 'Beijing'),
    ev('meeting', 'occurred', ['Imran Khan', 'Li Keqiang'], '2018-11-03', 'Beijing'),
    ev('signing', 'occurred', ['Imran Khan', 'Li Keqiang'], '2018-11-03', 'Beijing'),
    ev('visit', 'planned', ['Imran Khan'], '2018-11-05', 'Shanghai'),
    ev('visit', 'occurred', ['Imran Khan'], '2018-10', 'Riyadh', { date_true: '2018-10-22' }),
  ]),

  a('r-mahathir-cancels-china-projects', '2018-08-21', `
Malaysia s Mahathir cancels China-backed rail, pipeline projects

BEIJING (Reuters) - Malaysia will cancel a $20 billion rail project and two gas pipelines backed by China, Prime Minister Mahathir Mohamad said on Tuesday at the end of a five-day visit to China, citing the country s heavy debts.  We do not want a situation where there is a new version of colonialism happening,  Mahathir told a news conference in Beijing, though he said China had been understanding.  Mahathir arrived in the eastern city of Hangzhou on Friday at the invitation of Premier Li Keqiang and toured the headquarters of e-commerce giant Alibaba before travelling to Beijing on Sunday. He held talks with Li on Monday and was received by President Xi Jinping later the same day. Xi told the 93-year-old that China was willing to work with Malaysia to solve problems in their relations, state media said.  Mahathir, who returned to power after a shock election win in May, visited Tokyo in June on his first trip abroad as prime minister.
`, [
    ev('visit', 'occurred', ['Mahathir Mohamad', 'Li Keqiang'], '2018-08-17', 'Hangzhou'),
    ev('visit', 'occurred', ['Mahathir Mohamad'], '2018-08-19', 'Beijing', { optional: true }),
    ev('meeting', 'occurred', ['Mahathir Mohamad', 'Li Keqiang'], '2018-08-20', 'Beijing'),
    ev('meeting', 'occurred', ['Mahathir Mohamad', 'Xi Jinping'], '2018-08-20', 'Beijing'),
    ev('visit', 'occurred', ['Mahathir Mohamad'], '2018-06', 'Tokyo', { date_true: '2018-06-10' }),
  ]),

  a('r-tillerson-addis-ababa', '2018-03-08', `
Tillerson presses Ethiopia on emergency rule as Lavrov tours Africa too

ADDIS ABABA (Reuters) - U.S. Secretary of State Rex Tillerson met Ethiopian Prime Minister Hailemariam Desalegn on Thursday and urged the government to lift a state of emergency imposed after Hailemariam announced his resignation last month.

Tillerson arrived in Addis Ababa on Wednesday on the first leg of a week-long tour of Africa, his first as secretary of state. He also held talks on Thursday with Moussa Faki Mahamat, chairman of the African Union Commission, at the bloc's headquarters.

"We believe that the state of emergency should be lifted as quickly as possible," Tillerson told a news conference.

Russian Foreign Minister Sergei Lavrov, who is on his own tour of the continent, arrived in the Ethiopian capital on Thursday and was staying at the same hotel as Tillerson. U.S. officials said there were no plans for the two to meet.

Tillerson flies on Friday to Djibouti and then to Nairobi for talks with Kenyan President Uhuru Kenyatta.

Some African leaders were angered by remarks attributed to President Donald Trump in January describing African nations in vulgar terms.
`, [
    ev('visit', 'occurred', ['Rex Tillerson', 'Hailemariam Desalegn'], '2018-03-07', 'Addis Ababa'),
    ev('meeting', 'occurred', ['Rex Tillerson', 'Hailemariam Desalegn'], '2018-03-08', 'Addis Ababa'),
    ev('meeting', 'occurred', ['Rex Tillerson', 'Moussa Faki Mahamat'], '2018-03-08', 'Addis Ababa'),
    ev('visit', 'occurred', ['Sergey Lavrov'], '2018-03-08', 'Addis Ababa'),
    ev('visit', 'planned', ['Rex Tillerson'], '2018-03-09', 'Djibouti'),
    ev('visit', 'planned', ['Rex Tillerson', 'Uhuru Kenyatta'], '2018-03', 'Nairobi', { date_true: '2018-03-09' }),
    ev('meeting', 'planned', ['Rex Tillerson', 'Uhuru Kenyatta'], '2018-03', 'Nairobi', { date_true: '2018-03-09' }),
  ]),

  a('r-xi-putin-kremlin-korea-freeze', '2017-07-04', `
Russia, China urge North Korea freeze as Xi visits Moscow

MOSCOW (Reuters) - Russia and China on Tuesday proposed that North Korea suspend its missile programme in return for a halt to U.S. and South Korean military exercises, after President Vladimir Putin hosted Chinese leader Xi Jinping in the Kremlin hours after Pyongyang s latest missile launch.  Xi arrived in Moscow on Monday for a two-day state visit. On Tuesday the two leaders held formal talks, having dined together and held informal talks the day before, signed a joint statement on the Korean peninsula and looked on as officials signed deals worth more than $10 billion. Putin also awarded his guest the Order of St Andrew, Russia s highest state decoration.  The Chinese president is a dear and honoured guest,  Putin said.  Xi was due to fly to Berlin later on Tuesday for a state visit to Germany, where he will hold talks with Chancellor Angela Merkel on Wednesday, before the Group of 20 summit in Hamburg on Friday and Saturday. Putin is expected to hold his first face-to-face meeting with U.S. President Donald Trump on the sidelines of the Hamburg summit. 
`, [
    ev('visit', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2017-07-03', 'Moscow'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2017-07-03', 'Moscow'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2017-07-04', 'Moscow'),
    ev('signing', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2017-07-04', 'Moscow'),
    ev('visit', 'planned', ['Xi Jinping', 'Angela Merkel'], '2017-07-04', 'Berlin'),
    ev('meeting', 'planned', ['Xi Jinping', 'Angela Merkel'], '2017-07-05', 'Berlin'),
    ev('summit', 'planned', [], '2017-07-07', 'Hamburg', { occasion: 'G20' }),
    ev('meeting', 'planned', ['Vladimir Putin', 'Donald Trump'], '2017-07', 'Hamburg', { occasion: 'G20', date_true: '2017-07-07' }),
  ]),

  a('r-xi-putin-vladivostok-pancakes', '2018-09-11', `
Xi and Putin flip pancakes, talk trade as Russia starts huge war games

VLADIVOSTOK, Russia (Reuters) - Chinese President Xi Jinping and Russian President Vladimir Putin pledged on Tuesday to stand together against trade protectionism, as Russia began its biggest military exercises since the fall of the Soviet Union with Chinese troops taking part.

Xi arrived in the Pacific port city on Tuesday morning on his first visit to the Eastern Economic Forum, which opened the same day, and went straight into talks with Putin. The two later cooked pancakes together at a stand on the forum's sidelines and toasted each other with vodka.

"We have a trusting relationship," Putin said of Xi, whom he called a reliable partner.

Japanese Prime Minister Shinzo Abe, who held talks with Putin in Vladivostok on Monday, is due to meet Xi on Wednesday before the three leaders address the forum's plenary session.

About 3,200 Chinese troops are taking part in the Vostok-2018 drills in eastern Siberia alongside some 300,000 Russian personnel, Russia's defence ministry says.
`, [
    ev('visit', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2018-09-11', 'Vladivostok', { occasion: 'Eastern Economic Forum' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2018-09-11', 'Vladivostok', { occasion: 'Eastern Economic Forum' }),
    ev('summit', 'occurred', [], '2018-09-11', 'Vladivostok', { occasion: 'Eastern Economic Forum' }),
    ev('meeting', 'occurred', ['Shinzo Abe', 'Vladimir Putin'], '2018-09-10', 'Vladivostok'),
    ev('visit', 'occurred', ['Shinzo Abe', 'Vladimir Putin'], '2018-09-10', 'Vladivostok', { optional: true }),
    ev('meeting', 'planned', ['Shinzo Abe', 'Xi Jinping'], '2018-09-12', 'Vladivostok', { occasion: 'Eastern Economic Forum' }),
  ]),

  a('r-kerry-lavrov-geneva-truce', '2016-09-10', `
U.S., Russia agree Syria truce plan after marathon Geneva talks

GENEVA (Reuters) - The United States and Russia agreed early on Saturday on a plan to bring about a nationwide ceasefire in Syria from Monday, after U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov held more than 13 hours of talks in a Geneva hotel.  Today the United States and Russia are announcing a plan which we hope can reduce violence, ease suffering and resume movement towards a negotiated peace,  Kerry told a news conference after the talks, which began on Friday morning and ran past midnight.  U.S. President Barack Obama and Russian President Vladimir Putin discussed the plan when they met on the sidelines of the Group of 20 summit in the Chinese city of Hangzhou on Monday. Kerry first put forward the idea of joint targeting of Islamist militants during a visit to Moscow in July, when he held talks with Putin in the Kremlin.  U.N. Syria envoy Staffan de Mistura welcomed the deal. 
`, [
    ev('meeting', 'occurred', ['John Kerry', 'Sergey Lavrov'], '2016-09-09', 'Geneva'),
    ev('meeting', 'occurred', ['Barack Obama', 'Vladimir Putin'], '2016-09-05', 'Hangzhou', { occasion: 'G20' }),
    ev('summit', 'occurred', [], '2016-09-05', 'Hangzhou', { occasion: 'G20' }),
    ev('visit', 'occurred', ['John Kerry', 'Vladimir Putin'], '2016-07', 'Moscow', { date_true: '2016-07-14' }),
    ev('meeting', 'occurred', ['John Kerry', 'Vladimir Putin'], '2016-07', 'Moscow', { date_true: '2016-07-14' }),
  ]),

  a('r-xi-zeman-prague', '2016-03-29', `
China's Xi signs strategic partnership on first visit to Czech Republic

PRAGUE (Reuters) - Chinese President Xi Jinping and Czech President Milos Zeman signed a strategic partnership agreement on Tuesday, as Prague seeks to become China's gateway to Europe despite protests by human rights activists.

Xi arrived in Prague on Monday for the first visit by a Chinese head of state to the Czech Republic, and Zeman hosted him for a private dinner at his country residence that evening. Official talks were held at Prague Castle on Tuesday, after which the two presidents signed the partnership declaration and watched the signing of more than 30 business deals.

"China sees the Czech Republic as an important partner in Europe," Xi said.

Xi leaves on Wednesday for Washington, where he will attend a Nuclear Security Summit on Thursday and Friday and hold talks with U.S. President Barack Obama on Thursday.
`, [
    ev('visit', 'occurred', ['Xi Jinping', 'Milos Zeman'], '2016-03-28', 'Prague'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Milos Zeman'], '2016-03-28', null, { optional: true }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Milos Zeman'], '2016-03-29', 'Prague'),
    ev('signing', 'occurred', ['Xi Jinping', 'Milos Zeman'], '2016-03-29', 'Prague'),
    ev('visit', 'planned', ['Xi Jinping'], '2016-03-30', 'Washington', { occasion: 'Nuclear Security Summit' }),
    ev('summit', 'planned', [], '2016-03-31', 'Washington', { occasion: 'Nuclear Security Summit' }),
    ev('meeting', 'planned', ['Xi Jinping', 'Barack Obama'], '2016-03-31', 'Washington', { occasion: 'Nuclear Security Summit' }),
  ]),

  // ---------------------------------------------------------------- web pages, 2024-2025, as scraped
  a('x-lavrov-kim-wonsan', '2025-07-13', `
Skip to main content
World | Asia | Europe | Americas | Business | Opinion | Video
We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept | Manage settings
Kim Jong Un hosts Lavrov at seaside resort, pledges 'unconditional' backing for Moscow
By Asia Desk | Published 13 Jul 2025, 11:42 | 2,418 views
Russian Foreign Minister Sergei Lavrov and North Korean Foreign Minister Choe Son Hui shake hands before talks in Wonsan, North Korea, July 11, 2025. Russian Foreign Ministry/Handout via REUTERS
North Korean leader Kim Jong Un received Russian Foreign Minister Sergei Lavrov on Saturday in the east coast resort city of Wonsan, telling his guest that Pyongyang would "unconditionally support" all of Moscow's measures related to the war in Ukraine, North Korean state media said on Sunday.
Related: North Korea opens Wonsan-Kalma beach resort to foreign tourists
Lavrov arrived in Wonsan on Friday at the invitation of his North Korean counterpart Choe Son Hui, and the two held their first round of strategic talks that afternoon at the newly opened Kalma beach resort.
Lavrov arrived in Wonsan on Friday at the invitation of his North Korean counterpart Choe Son Hui, and the two held their first round of strategic talks that afternoon at the newly opened Kalma beach resort.
Kim and Lavrov "had a satisfactory exchange of views", the official KCNA news agency said, describing the relationship between the two countries as an "invincible militant brotherhood". Kim hosted a dinner for the Russian delegation.
Lavrov told Russian reporters that President Vladimir Putin looked forward to welcoming Kim in Moscow. No date has been announced.
The visit comes a year after Putin and Kim signed a mutual defence treaty in Pyongyang in June last year, under which North Korea has sent thousands of troops to help Russia push Ukrainian forces out of the Kursk region.
Related: Putin and Xi to meet in China in September, Kremlin says
Lavrov left North Korea on Sunday for Beijing, where he was expected to meet Chinese Foreign Minister Wang Yi later in the day before a meeting of Shanghai Cooperation Organisation foreign ministers in Tianjin on Tuesday.
Bonus video:
Share this article: Facebook | X | WhatsApp | Email
Most read
1. Heatwave grips southern Europe as wildfires spread
2. Japan upper house election: what you need to know
© 2025 All rights reserved | Privacy policy | Terms of use
`, [
    ev('visit', 'occurred', ['Sergey Lavrov', 'Choe Son Hui'], '2025-07-11', 'Wonsan'),
    ev('meeting', 'occurred', ['Sergey Lavrov', 'Choe Son Hui'], '2025-07-11', 'Wonsan'),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Sergey Lavrov'], '2025-07-12', 'Wonsan'),
    ev('visit', 'planned', ['Kim Jong Un', 'Vladimir Putin'], null, 'Moscow', { optional: true }),
    ev('signing', 'occurred', ['Vladimir Putin', 'Kim Jong Un'], '2024-06', 'Pyongyang', { date_true: '2024-06-19' }),
    ev('visit', 'occurred', ['Vladimir Putin', 'Kim Jong Un'], '2024-06', 'Pyongyang', { date_true: '2024-06-19', optional: true }),
    ev('visit', 'occurred', ['Sergey Lavrov', 'Wang Yi'], '2025-07-13', 'Beijing'),
    ev('meeting', 'planned', ['Sergey Lavrov', 'Wang Yi'], '2025-07-13', 'Beijing'),
    ev('summit', 'planned', [], '2025-07-15', 'Tianjin', { occasion: 'SCO' }),
  ]),

  a('x-kim-xi-beijing-after-parade', '2025-09-04', `
Menu   Search   Sign in
Advertisement
Xi and Kim hold talks in Beijing, their first meeting in six years
Kim's visit caps a week in which Xi hosted Putin and more than 20 other leaders
Chinese President Xi Jinping, right, shakes hands with North Korean leader Kim Jong Un at the Great Hall of the People in Beijing, Thursday, Sept. 4, 2025. (Xinhua via AP)
BEIJING (AP) — Chinese leader Xi Jinping held talks with North Korea's Kim Jong Un in Beijing on Thursday, their first meeting in six years, as the two neighbors showed off their renewed closeness following a massive military parade.
Kim arrived in the Chinese capital on Tuesday aboard his armored train. On Wednesday he stood beside Xi and Russian President Vladimir Putin on the Tiananmen rostrum to watch the parade marking 80 years since Japan's defeat in World War II — the first time the three leaders had appeared together in public.
After the parade, Kim and Putin held talks at the Diaoyutai state guesthouse that lasted around two and a half hours. Putin invited Kim to visit Russia, the Kremlin said.
Putin and Xi had themselves held talks in Beijing on Tuesday, after a summit of the Shanghai Cooperation Organization in the northern port city of Tianjin on Sunday and Monday.
After the parade, Kim and Putin held talks at the Diaoyutai state guesthouse that lasted around two and a half hours. Putin invited Kim to visit Russia, the Kremlin said.
Kim last visited China in January 2019, weeks before his second summit with U.S. President Donald Trump in Hanoi.
"The friendship between China and North Korea will not change no matter how the international situation changes," Xi told Kim, according to Xinhua.
Kim's daughter, believed to be named Kim Ju Ae, accompanied him on the trip.
Related coverage
Putin says Alaska meeting with Trump was useful
Photos: China's military parade in pictures
Copyright 2025 The Associated Press. All Rights Reserved.
`, [
    ev('visit', 'occurred', ['Kim Jong Un', 'Xi Jinping'], '2025-09-02', 'Beijing'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Kim Jong Un'], '2025-09-04', 'Beijing'),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Vladimir Putin'], '2025-09-03', 'Beijing'),
    ev('visit', 'planned', ['Kim Jong Un', 'Vladimir Putin'], null, null, { optional: true }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2025-09-02', 'Beijing'),
    ev('summit', 'occurred', [], '2025-08-31', 'Tianjin', { occasion: 'SCO' }),
    ev('summit', 'occurred', [], '2025-09-03', 'Beijing', { occasion: 'Victory Day parade', optional: true }),
    ev('visit', 'occurred', ['Kim Jong Un'], '2019-01', null, { date_true: '2019-01-08' }),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Donald Trump'], '2019', 'Hanoi', { date_true: '2019-02-27' }),
  ]),

  a('x-sanchez-xi-beijing-tariffs', '2025-04-11', `
Home › Politics › International
This website uses cookies. Read our cookie policy. [OK]
Sánchez meets Xi in Beijing as Spain courts China amid Trump tariff war
11/04/2025 - 14:05 CET | Updated 11/04/2025 - 16:20 CET
Spanish Prime Minister Pedro Sánchez with Chinese President Xi Jinping at the Great Hall of the People in Beijing. Photo: La Moncloa
Spanish Prime Minister Pedro Sánchez held talks with Chinese President Xi Jinping in Beijing on Friday, calling for closer ties between Europe and China as U.S. tariffs upend global trade.
Sánchez, who landed in the Chinese capital on Thursday evening after a two-day visit to Vietnam, is making his third trip to China in as many years. He was last received by Xi in Beijing in September.
"China and Europe should fulfil their international responsibilities and jointly resist unilateral bullying practices," Xi told his guest, according to state broadcaster CCTV.
After the meeting the two leaders presided over the signing of agreements on science, education and exports of Spanish pork.
Read also: Albares says Spain will not take sides in a trade war
In Hanoi, Sánchez met Vietnamese Prime Minister Pham Minh Chinh on Wednesday and the two agreed to upgrade relations to a comprehensive strategic partnership.
In Hanoi, Sánchez met Vietnamese Prime Minister Pham Minh Chinh on Wednesday and the two agreed to upgrade relations to a comprehensive strategic partnership.
The trip comes three months before an EU-China summit due to be held in China in July, marking 50 years of diplomatic relations between Beijing and the bloc.
Comments (14)
Most viewed
`, [
    ev('visit', 'occurred', ['Pedro Sanchez', 'Xi Jinping'], '2025-04-10', 'Beijing'),
    ev('meeting', 'occurred', ['Pedro Sanchez', 'Xi Jinping'], '2025-04-11', 'Beijing'),
    ev('signing', 'occurred', ['Pedro Sanchez', 'Xi Jinping'], '2025-04-11', 'Beijing'),
    ev('meeting', 'occurred', ['Pedro Sanchez', 'Xi Jinping'], '2024-09', 'Beijing', { date_true: '2024-09-09' }),
    ev('visit', 'occurred', ['Pedro Sanchez', 'Xi Jinping'], '2024-09', 'Beijing', { date_true: '2024-09-09', optional: true }),
    ev('visit', 'occurred', ['Pedro Sanchez', 'Pham Minh Chinh'], '2025-04-09', 'Hanoi'),
    ev('meeting', 'occurred', ['Pedro Sanchez', 'Pham Minh Chinh'], '2025-04-09', 'Hanoi'),
    ev('summit', 'planned', [], '2025-07', null, { occasion: 'EU-China summit', date_true: '2025-07-24' }),
  ]),

  a('x-meloni-xi-beijing-relaunch', '2024-07-29', `
ANSA English | Politics | Economy | World | Culture
Cookie policy: this site uses technical and third-party cookies. [Accept all] [Reject]
Meloni meets Xi, says Italy wants to 'relaunch' ties after Belt and Road exit
BEIJING, 29 July 2024 - Premier Giorgia Meloni met Chinese President Xi Jinping in Beijing on Monday, saying Italy wanted to relaunch its relationship with China after pulling out of the Belt and Road Initiative last year.
Premier Giorgia Meloni with President Xi Jinping (ANSA)
Meloni, who landed in Beijing on Saturday for her first visit to China as premier at the invitation of her counterpart Li Qiang, held talks with Li on Sunday. The two governments then signed a three-year action plan to implement their strategic partnership, along with agreements on industrial cooperation.
"We have to find new ways to cooperate," Meloni told Xi at the start of their meeting at the Diaoyutai state guesthouse.
Xi said China and Italy should carry forward the spirit of the Silk Road and expand exchanges in trade, culture and education.
The two leaders had met once before, on the sidelines of the G20 summit in Bali in November 2022, weeks after Meloni took office.
The two leaders had met once before, on the sidelines of the G20 summit in Bali in November 2022, weeks after Meloni took office.
RIPRODUZIONE RISERVATA © Copyright ANSA
Related articles
Tajani in Beijing: 'Italy-China relations are strong'
`, [
    ev('visit', 'occurred', ['Giorgia Meloni', 'Li Qiang'], '2024-07-27', 'Beijing'),
    ev('meeting', 'occurred', ['Giorgia Meloni', 'Li Qiang'], '2024-07-28', 'Beijing'),
    ev('signing', 'occurred', ['Giorgia Meloni', 'Li Qiang'], '2024-07-28', 'Beijing'),
    ev('meeting', 'occurred', ['Giorgia Meloni', 'Xi Jinping'], '2024-07-29', 'Beijing'),
    ev('meeting', 'occurred', ['Giorgia Meloni', 'Xi Jinping'], '2022-11', 'Bali', { occasion: 'G20', date_true: '2022-11-16' }),
    ev('summit', 'occurred', [], '2022-11', 'Bali', { occasion: 'G20', date_true: '2022-11-15' }),
  ]),

  a('x-riyadh-us-russia-talks', '2025-02-18', `
LIVE | News | Opinion | Video | Features | Economy
US and Russia agree to work towards ending Ukraine war after Riyadh talks
By News Agencies | Published On 18 Feb 2025
Save | Share
US Secretary of State Marco Rubio, centre right, and Russian Foreign Minister Sergey Lavrov, centre left, face each other at Diriyah Palace in Riyadh, Saudi Arabia, February 18, 2025 [Evelyn Hockstein/Pool via AP]
Top US and Russian diplomats have agreed to set up teams to work towards ending the war in Ukraine after their first in-person talks since Russia's full-scale invasion, held in the Saudi capital on Tuesday without Ukraine at the table.
US Secretary of State Marco Rubio, National Security Adviser Mike Waltz and Middle East envoy Steve Witkoff met for about four and a half hours with Russian Foreign Minister Sergey Lavrov and Kremlin foreign policy aide Yuri Ushakov at Riyadh's Diriyah Palace.
Lavrov, who arrived in Riyadh on Monday evening, said the conversation had been "very useful". "We not only listened, but heard each other," he told reporters.
The meeting follows a telephone call between President Donald Trump and President Vladimir Putin last Wednesday, after which Trump said the two would probably meet in Saudi Arabia "in the not too distant future".
Ukrainian President Volodymyr Zelenskyy, who was in Ankara on Tuesday for talks with Turkish President Recep Tayyip Erdogan, said Kyiv would not recognise any agreement reached without it. He postponed a visit to Saudi Arabia that had been planned for Wednesday until March 10, so as not to lend the Riyadh meeting legitimacy, officials said.
European leaders held an emergency meeting in Paris on Monday, called by French President Emmanuel Macron, to discuss security guarantees for Ukraine.
Recommended Stories
list of 3 items
Russia-Ukraine war: List of key events, day 1,091
Photos: Rubio and Lavrov face off in Riyadh
end of list
Source: Al Jazeera and news agencies
`, [
    ev('meeting', 'occurred', ['Marco Rubio', 'Mike Waltz', 'Steve Witkoff', 'Sergey Lavrov', 'Yuri Ushakov'], '2025-02-18', 'Riyadh'),
    ev('visit', 'occurred', ['Sergey Lavrov'], '2025-02-17', 'Riyadh'),
    ev('call', 'occurred', ['Donald Trump', 'Vladimir Putin'], '2025-02-12', null),
    ev('meeting', 'planned', ['Donald Trump', 'Vladimir Putin'], null, null, { optional: true }),
    ev('visit', 'occurred', ['Volodymyr Zelensky', 'Recep Tayyip Erdogan'], '2025-02-18', 'Ankara'),
    ev('meeting', 'occurred', ['Volodymyr Zelensky', 'Recep Tayyip Erdogan'], '2025-02-18', 'Ankara'),
    ev('visit', 'planned', ['Volodymyr Zelensky'], '2025-03-10', null),
    ev('visit', 'planned', ['Volodymyr Zelensky'], '2025-02-19', null, { optional: true }),
    ev('summit', 'occurred', [], '2025-02-17', 'Paris'),
  ]),

  a('x-lee-trump-first-summit', null, `
The Korea Times
Politics | North Korea | Defense | Diplomacy | Multicultural
Posted : 2025-08-26 08:31 | Updated : 2025-08-26 10:47
Lee, Trump agree to deepen alliance at first summit; Trump says he wants to meet Kim this year
President Lee Jae-myung, left, and U.S. President Donald Trump shake hands during their summit at the White House in Washington, Monday (local time). Yonhap
President Lee Jae-myung and U.S. President Donald Trump held their first summit at the White House on Monday (local time), agreeing to expand cooperation in shipbuilding, energy and defense, while Trump said he hoped to meet North Korean leader Kim Jong-un "this year."
Lee arrived in Washington on Sunday after a two-day stop in Tokyo, where he held talks with Japanese Prime Minister Shigeru Ishiba on Saturday, becoming the first South Korean president to visit Japan before the United States after taking office.
"I hope you can build a Trump World Tower in North Korea," Lee told Trump in the Oval Office, asking him to play the role of peacemaker.
Lee invited Trump to attend the Asia-Pacific Economic Cooperation summit in Gyeongju in late October, and Trump responded positively, according to the presidential office.
The two leaders first spoke by phone in June, two days after Lee's inauguration.
The two leaders first spoke by phone in June, two days after Lee's inauguration.
Lee will visit a shipyard in Philadelphia on Tuesday before returning home.
Most Read
1. Seoul shares close higher on tech gains
2. Weather: heavy rain expected in central regions
Cookies help us deliver our services. By using our services, you agree to our use of cookies. [Learn more]
`, [
    ev('visit', 'occurred', ['Lee Jae-myung', 'Donald Trump'], '2025-08-24', 'Washington'),
    ev('meeting', 'occurred', ['Lee Jae-myung', 'Donald Trump'], '2025-08-25', 'Washington'),
    ev('visit', 'occurred', ['Lee Jae-myung', 'Shigeru Ishiba'], '2025-08-23', 'Tokyo'),
    ev('meeting', 'occurred', ['Lee Jae-myung', 'Shigeru Ishiba'], '2025-08-23', 'Tokyo'),
    ev('meeting', 'planned', ['Donald Trump', 'Kim Jong Un'], '2025', null, { optional: true }),
    ev('summit', 'planned', [], '2025-10', 'Gyeongju', { occasion: 'APEC', date_true: '2025-10-31' }),
    ev('visit', 'planned', ['Donald Trump', 'Lee Jae-myung'], '2025-10', 'Gyeongju', { occasion: 'APEC', date_true: '2025-10-29', optional: true }),
    ev('call', 'occurred', ['Lee Jae-myung', 'Donald Trump'], '2025-06', null, { date_true: '2025-06-06' }),
    ev('visit', 'planned', ['Lee Jae-myung'], '2025-08-26', 'Philadelphia'),
  ]),

  // ---------------------------------------------------------------- Kremlin, Xinhua, TASS, KCNA, Chinese MFA copies
  a('k-putin-xi-call-feb', null, `
Telephone conversation with President of China Xi Jinping
February 24, 2025
16:40
Vladimir Putin had a telephone conversation with President of the People's Republic of China Xi Jinping.
The leaders of Russia and China cordially exchanged greetings and noted with satisfaction that the Russian-Chinese relations of comprehensive partnership and strategic interaction continue developing dynamically in all directions.
Vladimir Putin informed his Chinese colleague in detail about the contacts with the new US Administration, including his conversation with President Donald Trump on February 12 and the meeting of Russian and American delegations which took place in Riyadh on February 18. The President of Russia underlined that a long-term settlement of the Ukrainian crisis must eliminate its root causes.
Xi Jinping welcomed the beginning of dialogue and stressed that China supports all efforts conductive to peace.
Special attention was paid to the preparation of forthcoming contacts at the highest level. Vladimir Putin reaffirmed the invitation to Xi Jinping to visit Moscow in May as main guest of the celebrations of the 80th anniversary of Victory in the Great Patriotic War. Xi Jinping, in his turn, confirmed the invitation for the Russian President to come to China to take part in the Shanghai Cooperation Organisation summit in Tianjin and in the events dedicated to the 80th anniversary of the end of the Second World War.
It was agreed to keep in close contact.
`, [
    ev('call', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2025-02-24', null),
    ev('call', 'occurred', ['Vladimir Putin', 'Donald Trump'], '2025-02-12', null),
    ev('meeting', 'occurred', ['RU', 'US'], '2025-02-18', 'Riyadh'),
    ev('visit', 'planned', ['Xi Jinping', 'Vladimir Putin'], '2025-05', 'Moscow', { date_true: '2025-05-07' }),
    ev('summit', 'planned', [], '2025-05', 'Moscow', { occasion: 'Victory Day parade', date_true: '2025-05-09', optional: true }),
    ev('visit', 'planned', ['Vladimir Putin', 'Xi Jinping'], '2025', 'Tianjin', { occasion: 'SCO', date_true: '2025-08-31' }),
    ev('summit', 'planned', [], '2025', 'Tianjin', { occasion: 'SCO', date_true: '2025-08-31' }),
  ]),

  a('xh-xi-putin-kremlin-talks', null, `
Xi, Putin hold talks in Moscow, vow to deepen comprehensive strategic partnership of coordination for new era
Source: Xinhua
Editor: Huaxia
MOSCOW, March 21 (Xinhua) -- Chinese President Xi Jinping held talks with Russian President Vladimir Putin at the Kremlin in Moscow on Tuesday, as the two heads of state agreed to deepen the China-Russia comprehensive strategic partnership of coordination for the new era.
Xi arrived in Moscow on Monday afternoon for a state visit to Russia, his first overseas trip after being re-elected as Chinese president. Putin and Xi held a private meeting and an informal banquet on Monday evening, in which they had a in-depth exchange of views on major international and regional issues.
Xi said that the visit is a trip of friendship, cooperation and peace, and that China is ready to work with Russia to firmly safeguard the international system with the United Nations at its core.
After the talks, the two heads of state signed and issued the joint statement of the People's Republic of China and the Russian Federation on deepening the comprehensive strategic partnership of coordination for the new era, and the joint statement on the development plan for the key areas of China-Russia economic cooperation before 2030.
Earlier on Tuesday, Xi met with Russian Prime Minister Mikhail Mishustin.
Xi invited Putin to visit China at his convenience this year to attend the third Belt and Road Forum for International Cooperation. Putin accepted the invitation with pleasure.
2023-03-21 23:58:12
`, [
    ev('visit', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2023-03-20', 'Moscow'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2023-03-20', 'Moscow'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2023-03-21', 'Moscow'),
    ev('signing', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2023-03-21', 'Moscow'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Mikhail Mishustin'], '2023-03-21', 'Moscow'),
    ev('visit', 'planned', ['Vladimir Putin', 'Xi Jinping'], '2023', null, { occasion: 'Belt and Road Forum', date_true: '2023-10-17' }),
    ev('summit', 'planned', [], '2023', null, { occasion: 'Belt and Road Forum', date_true: '2023-10-17' }),
  ]),

  a('tass-putin-orban-beijing', null, `
Putin holds talks with Hungarian Prime Minister Orban in Beijing
The two leaders met on the sidelines of the third Belt and Road international cooperation forum
BEIJING, October 17. /TASS/. Russian President Vladimir Putin held talks with Hungarian Prime Minister Viktor Orban on the sidelines of the third Belt and Road Forum for International Cooperation, a TASS correspondent reports.
Putin noted that, despite the current situation, relations with Hungary are being preserved and developed in many directions. "I am very glad to see you," the Russian leader said. Orban, for his part, said that Hungary "never wanted to confront Russia".
The previous face-to-face meeting of the two leaders took place in Moscow in February 2022.
Earlier on Tuesday the Russian leader, who arrived to Beijing in the morning, held talks with President of Laos Thongloun Sisoulith.
Putin's main talks with Chinese President Xi Jinping are scheduled for tomorrow, October 18, after the opening ceremony of the forum, Kremlin aide Yuri Ushakov told reporters. The Russian President will also make speech at the plenary session.
`, [
    ev('visit', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2023-10-17', 'Beijing', { occasion: 'Belt and Road Forum' }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Viktor Orban'], '2023-10-17', 'Beijing', { occasion: 'Belt and Road Forum' }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Thongloun Sisoulith'], '2023-10-17', 'Beijing', { occasion: 'Belt and Road Forum' }),
    ev('meeting', 'planned', ['Vladimir Putin', 'Xi Jinping'], '2023-10-18', 'Beijing'),
    ev('summit', 'occurred', [], '2023-10-17', 'Beijing', { occasion: 'Belt and Road Forum', optional: true }),
    ev('meeting', 'occurred', ['Viktor Orban', 'Vladimir Putin'], '2022-02', 'Moscow', { date_true: '2022-02-01' }),
    ev('visit', 'occurred', ['Viktor Orban', 'Vladimir Putin'], '2022-02', 'Moscow', { date_true: '2022-02-01', optional: true }),
  ]),

  a('kcna-kim-putin-vostochny', null, `
Respected Comrade Kim Jong Un Holds Talks with President of Russian Federation
Pyongyang, September 14 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK, who is paying an official visit to the Russian Federation, had talks with Vladimir Vladimirovich Putin, president of the Russian Federation, at the Vostochny Cosmodrome in the Amur Region on September 13.
Kim Jong Un who left Pyongyang on September 10 by his private train arrived at the cosmodrome on the 13th and was warmly greeted by Putin.
At the talks the top leaders of the two countries had a candid and wide exchange of views on the urgent issues of mutual concern and reached satisfactory consensus. Kim Jong Un recalled with deep emotion the first DPRK-Russia summit held in Vladivostok in April 2019.
Kim Jong Un invited Putin to visit the DPRK at a convenient time. Putin accepted the invitation with pleasure and reaffirmed his will to invariably carry forward the history and tradition of the DPRK-Russia friendship.
Earlier, the respected Comrade Kim Jong Un received the Russian military delegation headed by Defence Minister Sergei Shoigu that visited Pyongyang in July on the occasion of the 70th anniversary of victory in the great Fatherland Liberation War.
2023-09-14 06:02
`, [
    ev('visit', 'occurred', ['Kim Jong Un', 'Vladimir Putin'], '2023-09-13', 'Vostochny'),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Vladimir Putin'], '2023-09-13', 'Vostochny'),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Vladimir Putin'], '2019-04', 'Vladivostok', { date_true: '2019-04-25' }),
    ev('visit', 'planned', ['Vladimir Putin', 'Kim Jong Un'], null, null, { optional: true }),
    ev('visit', 'occurred', ['Sergei Shoigu', 'Kim Jong Un'], '2023-07', 'Pyongyang', { date_true: '2023-07-25' }),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Sergei Shoigu'], '2023-07', 'Pyongyang', { date_true: '2023-07-26' }),
  ]),

  a('mfa-xi-trump-call-june', null, `
President Xi Jinping Speaks with U.S. President Donald Trump on the Phone
2025-06-05 23:40
On the evening of June 5, President Xi Jinping spoke with U.S. President Donald Trump on the phone at the latter's request.
President Xi pointed out that course-correcting the big ship of China-U.S. relations requires that we take the helm and set the right direction. Last month, the economic and trade teams of the two sides, led by Vice Premier He Lifeng and Treasury Secretary Scott Bessent, held the first meeting of the economic and trade consultation mechanism in Geneva, which was an important step forward for resolving issues through dialogue.
President Xi recalled that since their phone call on January 17, the two sides have maintained communication. He also recalled his meeting with President Trump at Mar-a-Lago in Florida in April 2017 and President Trump's state visit to China in November of the same year.
President Xi invited President Trump to visit China again. President Trump expressed thanks and invited President Xi to visit the United States.
`, [
    ev('call', 'occurred', ['Xi Jinping', 'Donald Trump'], '2025-06-05', null),
    ev('meeting', 'occurred', ['He Lifeng', 'Scott Bessent'], '2025-05', 'Geneva', { date_true: '2025-05-10' }),
    ev('call', 'occurred', ['Xi Jinping', 'Donald Trump'], '2025-01-17', null),
    ev('meeting', 'occurred', ['Xi Jinping', 'Donald Trump'], '2017-04', 'Palm Beach', { date_true: '2017-04-06' }),
    ev('visit', 'occurred', ['Donald Trump', 'Xi Jinping'], '2017-11', null, { date_true: '2017-11-08' }),
    ev('visit', 'planned', ['Donald Trump', 'Xi Jinping'], null, null, { optional: true }),
    ev('visit', 'planned', ['Xi Jinping', 'Donald Trump'], null, null, { optional: true }),
  ]),
];
