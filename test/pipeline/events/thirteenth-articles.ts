// A thirteenth set of hand-written articles ("thirteenth"), written blind as a measure of the events stage: its author
// read neither the source of the system (nothing under src), nor the system's output on these articles, nor the articles
// of the twelve other sets (only the first lines of the eighth set were read, to copy its file format and header style,
// with the scoring helpers and the eighth set's test for the API), and no key was changed after the set was first
// scored. It is the team's new MEASURE: only its total is ever printed; nobody reads its articles or its failures, and
// nothing may be tuned on it (when it is used for debugging, write another set).
//
// Twenty-four articles in roughly the mix of the evaluation set: a third China-Russia or China or Russia with a third
// country (leaders, foreign and defence ministers, 2014-2025), a third other pairs worldwide (US, EU, India, Japan,
// Gulf, Africa, Latin America, 2016-2023), a third web pages of 2024-2025 as scraped. Source styles: Reuters copy (the
// 2014-2019 ones with quotation marks and apostrophes stripped as in the research corpus: "Abe s", double spaces where
// quotes stood); AP-style and web copy with menus, cookie banners, photo captions, view counters, "Related:", "Also
// Read" and "Bonus video:" lines, a duplicated paragraph and a trailing timestamp; Kremlin, Xinhua, TASS and Chinese
// foreign ministry copies with translation slips and datelines without a year (their year comes from the metadata date,
// a trailing timestamp or a header date); an interview and a press transcript. Five articles have no metadata date
// (published null): their date is only in the text (a header date, a "Posted" line, a trailing timestamp). Stories
// include itineraries of several stops, multilateral summits with bilateral sidelines, background events of earlier
// months and years, relative dates, anniversaries, hypotheticals and invitations that are not engagements.
//
// Keys follow the answer-key conventions of the evaluation README and its dev cases: participants are canonical person
// names of the knowledge base (country codes where no person is named); a visit has the visitor and the host the text
// names (the visitor alone where it names no host), dated by the arrival day the text gives, else the day of presence
// it gives, else the month with `date_true`; the talks held during a visit are keyed as well, one meeting per day of
// talks narrated, and each separately narrated interlocutor is his own meeting; background events keep the date the
// text gives (a month for "last month", "in May" or "last week", a year for "in 2000" or "two years ago"); summits have
// no participants and a location only when the text names the city, dated by their first day where the text allows; a
// signing is keyed with the leaders who signed or witnessed it. `optional` marks borderline items (a domestic leg of a
// trip, a visit only implied by a summit or a meeting abroad, a vague plan with no date, a forum that is no summit, a
// call folded into a meeting, a planned visit that did not happen). Not keyed: hypotheticals ("might", "could"),
// invitations with no plan, other stories' headlines ("Related:", "Also Read", "Most Read").
import { articleOfText, keyedEvent, GROUPING_ALIASES, type Aliases, type EventArticle } from './event-scoring.js';

/** Other spellings the keys accept for the names, places and gatherings used here, as a key's `aliases` would. */
export const THIRTEENTH_ALIASES: Aliases = {
  ...GROUPING_ALIASES,
  'Sergey Lavrov': ['Sergei Lavrov'],
  'Sergei Shoigu': ['Sergey Shoigu'],
  'Kim Jong Un': ['Kim Jong-un', 'Kim Jong-Un'],
  'Kim Jong Il': ['Kim Jong-il'],
  'Recep Tayyip Erdogan': ['Tayyip Erdogan', 'Recep Tayyip Erdoğan'],
  'Roch Marc Christian Kabore': ['Roch Marc Christian Kaboré', 'Roch Kabore'],
  'Andres Manuel Lopez Obrador': ['Andrés Manuel López Obrador', 'Lopez Obrador'],
  'Luiz Inacio Lula da Silva': ['Luiz Inácio Lula da Silva', 'Lula'],
  'Cecilia Malmstrom': ['Cecilia Malmström'],
  'Ukhnaagiin Khurelsukh': ['Khurelsukh Ukhnaa', 'Ukhnaa Khurelsukh'],
  'Khaltmaagiin Battulga': ['Battulga Khaltmaa'],
  'Mohamed bin Zayed Al Nahyan': ['Mohamed bin Zayed', 'Mohammed bin Zayed'],
  'Tamim bin Hamad Al Thani': ['Tamim bin Hamad'],
  'Subrahmanyam Jaishankar': ['S. Jaishankar'],
  'Moscow': ['Kremlin', 'the Kremlin'],
  'Beijing': ['Great Hall of the People', 'Diaoyutai'],
  'Washington': ['Washington, D.C.', 'Washington DC', 'White House', 'Blair House'],
  'Seoul': ['Blue House'],
  'St Petersburg': ['Saint Petersburg', 'St. Petersburg', 'Konstantinovsky Palace'],
  'Naypyitaw': ['Nay Pyi Taw', 'Naypyidaw'],
  'Ho Chi Minh City': ['Saigon'],
  'Busan': ['Gimhae', 'Gimhae Air Base'],
  'Vostochny': ['Vostochny Cosmodrome', 'Vostochny cosmodrome'],
  'Ise-Shima': ['Ise', 'Shima', 'Ise Shima'],
  'Charlevoix': ['La Malbaie'],
  'Woodside': ['Filoli', 'San Francisco'],
  'Osan Air Base': ['Osan'],
  'CICA': ['Conference on Interaction and Confidence-Building Measures in Asia', 'Conference on Interaction and Confidence Building Measures in Asia'],
  'FOCAC': ['Forum on China-Africa Cooperation'],
  'GCC': ['Gulf Cooperation Council'],
  'G5 Sahel': [],
  'AU-EU summit': ['African Union-European Union summit', 'European Union-African Union summit', 'EU-AU summit', 'AU-EU'],
  'EU-China summit': ['China-EU summit'],
  'North American Leaders Summit': ['North American Leaders\' Summit', 'Three Amigos'],
  'Quad': ['Quadrilateral Security Dialogue'],
  'AI Action Summit': ['Artificial Intelligence Action Summit'],
  'Eastern Economic Forum': ['EEF'],
  'St Petersburg International Economic Forum': ['SPIEF', 'St. Petersburg International Economic Forum'],
  'Moscow Conference on International Security': [],
  'Victory Day parade': ['Victory Day', 'military parade', 'parade'],
};

const a = articleOfText;
const ev = keyedEvent;

export const THIRTEENTH_ARTICLES: EventArticle[] = [
  // ---------------------------------------------------------------- China, Russia and a third country
  a('r-putin-shanghai-cica-2014', '2014-05-20', `
Putin in Shanghai as Moscow looks east for gas buyer

SHANGHAI (Reuters) - Russian President Vladimir Putin arrived in Shanghai on Tuesday for a two-day visit to China and held talks with President Xi Jinping, seeking to show the West that Moscow has friends in Asia as it faces sanctions over Ukraine. Xi greeted Putin at a riverside guesthouse with military honours before the two leaders sat down for talks that Kremlin aide Yuri Ushakov described as very friendly.  Our relations have reached the highest level in their history,  Putin told Xi at the start of the meeting. Xi said China and Russia should firmly support each other on issues concerning their core interests. After the talks, Putin and Xi witnessed the signing of more than 40 documents on energy, transport, aviation and banking cooperation, and later in the day the two presidents attended the opening ceremony of joint naval exercises in the East China Sea. The centrepiece of the trip, a 30-year contract for Gazprom to supply gas to China National Petroleum Corp, was still not agreed on Tuesday evening. Gazprom chief Alexei Miller said the two sides were very close, and Ushakov said the contract could still be signed before Putin leaves China on Wednesday. On Wednesday Putin will attend a summit of the Conference on Interaction and Confidence-Building Measures in Asia (CICA), a regional security forum that Xi is hosting in Shanghai and that Iranian President Hassan Rouhani and Afghan President Hamid Karzai are also due to attend. Xi and Putin last met in February in Sochi, when Xi became the first Chinese leader to attend an Olympic opening ceremony abroad. Xi chose Moscow as the destination of his first foreign trip as president in March last year. Putin is expected to return to China in November for the APEC summit in Beijing, Chinese officials said. Western diplomats said a gas deal would not by itself offset the loss of European markets, which take most of Russia s gas exports. 
`, [
    ev('visit', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2014-05-20', 'Shanghai'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2014-05-20', 'Shanghai'),
    ev('signing', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2014-05-20', 'Shanghai'),
    ev('signing', 'planned', ['RU', 'CN'], '2014-05-21', null, { optional: true }),
    ev('summit', 'planned', [], '2014-05-21', 'Shanghai', { occasion: 'CICA' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2014-02', 'Sochi', { date_true: '2014-02-06' }),
    ev('visit', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2013-03', 'Moscow', { date_true: '2013-03-22' }),
    ev('summit', 'planned', [], '2014-11', 'Beijing', { occasion: 'APEC', date_true: '2014-11-10' }),
    ev('visit', 'planned', ['Vladimir Putin'], '2014-11', 'Beijing', { optional: true }),
  ]),

  a('xinhua-xi-putin-friendship-medal', '2018-06-08', `
Xi holds talks with Putin, confers first friendship medal of PRC

BEIJING, June 8 (Xinhua) -- Chinese President Xi Jinping held talks with Russian President Vladimir Putin at the Great Hall of the People in Beijing on Friday, as the two heads of state agreed to push forward the China-Russia comprehensive strategic partnership of coordination to a higher level.

Putin arrived in Beijing earlier on Friday for a state visit to China, his first since he was sworn in for a new presidential term last month. He will also attend the 18th meeting of the Council of Heads of State of the Shanghai Cooperation Organization (SCO) in the coastal city of Qingdao from June 9 to 10.

Xi said that he and President Putin have met for many times and established a deep friendship, and recalled their meeting on the sidelines of the BRICS summit in Xiamen last September. The both sides should keep the high-level exchanges, deepen the synergy of the Belt and Road Initiative and Eurasian Economic Union, Xi said.

Putin said Russia is willing to work with China to strengthen the coordination in international affairs and jointly safeguard the global strategic stability. He invited Xi to attend the Eastern Economic Forum in the Russian city of Vladivostok in September, and Xi accepted the invitation with pleasure.

After the talks, the two heads of state signed a joint statement and witnessed the signing of a series of cooperation documents covering fields as trade, energy, nuclear power and media.

Xi then presented Putin with the first-ever friendship medal of the People's Republic of China, the highest honor the country confers on foreigners, at a grand ceremony.

In the evening, the two leaders took a high-speed train to the neighbouring city of Tianjin, where they watched a friendly ice hockey game between youth teams of the two countries.
`, [
    ev('meeting', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2018-06-08', 'Beijing'),
    ev('visit', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2018-06-08', 'Beijing'),
    ev('signing', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2018-06-08', 'Beijing'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2018-06-08', 'Tianjin', { optional: true }),
    ev('summit', 'planned', [], '2018-06-09', 'Qingdao', { occasion: 'SCO' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2017-09', 'Xiamen', { occasion: 'BRICS', date_true: '2017-09-03' }),
    ev('summit', 'occurred', [], '2017-09', 'Xiamen', { occasion: 'BRICS', date_true: '2017-09-03', optional: true }),
    ev('visit', 'planned', ['Xi Jinping', 'Vladimir Putin'], '2018-09', 'Vladivostok', { date_true: '2018-09-11' }),
    ev('summit', 'planned', [], '2018-09', 'Vladivostok', { occasion: 'Eastern Economic Forum', date_true: '2018-09-11' }),
  ]),

  a('tass-shoigu-wei-fenghe-moscow', '2018-04-03', `
Russian, Chinese defense ministers hold talks in Moscow

MOSCOW, April 3. /TASS/. Russian Defense Minister Army General Sergei Shoigu held talks in Moscow on Tuesday with Chinese Defense Minister Colonel General Wei Fenghe, who arrived to Russia on Monday evening on his first foreign trip after assuming the post last month.

"The Chinese side has come to show the Americans the close ties between the armed forces of China and Russia, especially in this situation. We have come to support you," Wei Fenghe said at the start of the talks, as quoted by the Russian defense ministry press service.

The head of the Russian military department noted that the relations between the two countries' armed forces are at the highest level ever and stressed that the joint exercises, the military-technical cooperation and the regular consultations are "an important factor of stability in the region".

"It is symbolic that you have chosen Russia for your first foreign visit," Shoigu said.

The Chinese defense minister will take part in the VII Moscow Conference on International Security, which will be held on April 4-5. Delegations from more than 90 countries are expected to attend the forum, the defense ministry said earlier.
`, [
    ev('visit', 'occurred', ['Wei Fenghe', 'Sergei Shoigu'], '2018-04-02', 'Moscow'),
    ev('meeting', 'occurred', ['Sergei Shoigu', 'Wei Fenghe'], '2018-04-03', 'Moscow'),
    ev('summit', 'planned', [], '2018-04-04', 'Moscow', { occasion: 'Moscow Conference on International Security' }),
  ]),

  a('mfa-wang-yi-windhoek-mbumba', null, `
Namibian President Nangolo Mbumba Meets with Wang Yi
【Print】【Close】

WINDHOEK, Jan. 6 -- Namibian President Nangolo Mbumba met with Chinese Foreign Minister Wang Yi, also a member of the Political Bureau of the CPC Central Committee, at the State House here on Monday.

Mbumba asked Wang Yi to convey his sincere greetings to President Xi Jinping. He recalled with pleasure his meeting with President Xi Jinping in Beijing in September last year during the Beijing Summit of the Forum on China-Africa Cooperation (FOCAC), saying that Namibia treasures the all-weather friendship and is ready to implement the consensus reached by the two heads of state.

Wang Yi said that this year marks the 35th anniversary of the establishment of diplomatic ties between China and Namibia. China always regards Namibia as a good friend, good partner and good brother, and stands ready to work with Namibian side to make the outcomes of the FOCAC summit to benefit the two peoples at an early date.

On the same day, Wang Yi also met with Namibia's President-elect Netumbo Nandi-Ndaitwah and held talks with Minister of International Relations and Cooperation Peya Mushelenga. The two foreign ministers exchanged views on the cooperation in mining, agriculture and infrastructure and on the international and regional issues of common concern.

Wang Yi arrived in Windhoek on Sunday evening for an official visit. Namibia is the first stop of his Africa tour from Jan. 5 to 11, which will also take him to the Republic of the Congo, Chad and Nigeria. In Brazzaville, Wang Yi will meet with Congolese leaders and attend a coordinators' meeting on the implementation of the follow-up actions of the FOCAC summit. It is the 35th consecutive year that the Chinese foreign minister choose Africa as the destination of the first overseas visit of the new year.

2025-01-07 09:41
`, [
    ev('meeting', 'occurred', ['Nangolo Mbumba', 'Wang Yi'], '2025-01-06', 'Windhoek'),
    ev('meeting', 'occurred', ['Wang Yi', 'Netumbo Nandi-Ndaitwah'], '2025-01-06', 'Windhoek'),
    ev('meeting', 'occurred', ['Wang Yi', 'Peya Mushelenga'], '2025-01-06', 'Windhoek'),
    ev('visit', 'occurred', ['Wang Yi', 'Nangolo Mbumba'], '2025-01-05', 'Windhoek'),
    ev('visit', 'planned', ['Wang Yi'], '2025-01', 'Brazzaville', { date_true: '2025-01-07' }),
    ev('meeting', 'planned', ['Wang Yi', 'CG'], '2025-01', 'Brazzaville', { optional: true }),
    ev('summit', 'planned', [], '2025-01', 'Brazzaville', { occasion: 'FOCAC', optional: true }),
    ev('visit', 'planned', ['Wang Yi'], '2025-01', null, { date_true: '2025-01-09' }),
    ev('visit', 'planned', ['Wang Yi'], '2025-01', null, { date_true: '2025-01-10' }),
    ev('meeting', 'occurred', ['Nangolo Mbumba', 'Xi Jinping'], '2024-09', 'Beijing', { occasion: 'FOCAC' }),
    ev('summit', 'occurred', [], '2024-09', 'Beijing', { occasion: 'FOCAC', date_true: '2024-09-04' }),
  ]),

  a('kremlin-putin-interview-onoodor', null, `
Interview to Mongolian newspaper Onoodor
Ahead of his official visit to Mongolia, Vladimir Putin gave an interview to the Onoodor newspaper.
August 30, 2024 10:00
The Kremlin, Moscow

Question: Mr President, in a few days you will come to Mongolia. What do you expect from this visit?

Vladimir Putin: At the invitation of President Ukhnaagiin Khurelsukh, I will pay an official visit to Mongolia on September 3. The visit is timed to the 85th anniversary of the joint victory of Soviet and Mongolian troops over the Japanese militarists at the Khalkhin Gol river. We will take part in the ceremonial events in Ulaanbaatar and, of course, hold detailed talks on the entire range of bilateral relations, on trade, energy and transport cooperation.

I remember well my previous visit to Ulaanbaatar five years ago, in 2019, for the 80th anniversary of the Khalkhin Gol victory. Then, together with President Khaltmaagiin Battulga, we signed the Treaty on Friendly Relations and Comprehensive Strategic Partnership, which raised our relations to a qualitatively new level.

Question: How do you assess the trilateral cooperation between Russia, Mongolia and China?

Vladimir Putin: It develops steadily. Two years ago, in Samarkand, on the sidelines of the Shanghai Cooperation Organisation summit, we held the sixth trilateral meeting with President Khurelsukh and President of the People's Republic of China Xi Jinping. We agreed to extend the programme of creating an economic corridor.

Question: Mongolia is interested in the Power of Siberia 2 gas pipeline. When will it be built?

Vladimir Putin: The project is at the stage of detailed elaboration. If all the parameters are agreed, construction could start quite quickly. We will be glad to see our Mongolian friends at the Eastern Economic Forum in Vladivostok.
`, [
    ev('visit', 'planned', ['Vladimir Putin', 'Ukhnaagiin Khurelsukh'], '2024-09-03', 'Ulaanbaatar'),
    ev('meeting', 'planned', ['Vladimir Putin', 'Ukhnaagiin Khurelsukh'], '2024-09-03', 'Ulaanbaatar'),
    ev('visit', 'occurred', ['Vladimir Putin', 'Khaltmaagiin Battulga'], '2019', 'Ulaanbaatar', { date_true: '2019-09-03' }),
    ev('signing', 'occurred', ['Vladimir Putin', 'Khaltmaagiin Battulga'], '2019', 'Ulaanbaatar', { date_true: '2019-09-03' }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Ukhnaagiin Khurelsukh', 'Xi Jinping'], '2022', 'Samarkand', { occasion: 'SCO', date_true: '2022-09-15' }),
    ev('summit', 'occurred', [], '2022', 'Samarkand', { occasion: 'SCO', date_true: '2022-09-15', optional: true }),
  ]),

  a('tass-putin-receives-wang-yi', '2025-04-01', `
Putin receives Chinese Foreign Minister Wang Yi in Kremlin

MOSCOW, April 1. /TASS/. Russian President Vladimir Putin has received Chinese Foreign Minister Wang Yi in the Kremlin, Kremlin spokesman Dmitry Peskov told reporters.

"The president has received the Chinese foreign minister, the conversation lasted for more than an hour," Peskov said, adding that the sides discussed preparations for the forthcoming contacts at the highest level.

Earlier on Tuesday, the head of the Chinese diplomacy held talks with Russian Foreign Minister Sergey Lavrov. Wang Yi is staying in Russia on a visit from March 31 to April 2 at the invitation of the Russian side.

According to Kremlin aide Yuri Ushakov, Chinese President Xi Jinping is expected in Moscow for the celebrations of the 80th anniversary of Victory in the Great Patriotic War on May 9, and Putin will travel to China later this year for the SCO summit in Tianjin and for the events marking the end of World War II.

Putin and Xi last spoke by telephone on February 24, when the Chinese leader was informed about the Russian-American contacts on Ukraine. Before that, the two leaders held a video conference on January 21.

Lavrov told reporters after the talks with Wang that Moscow and Beijing "have no secrets from each other" concerning the situation around Ukraine.
`, [
    ev('meeting', 'occurred', ['Vladimir Putin', 'Wang Yi'], '2025-04-01', 'Moscow'),
    ev('meeting', 'occurred', ['Wang Yi', 'Sergey Lavrov'], '2025-04-01', 'Moscow'),
    ev('visit', 'occurred', ['Wang Yi', 'Sergey Lavrov'], '2025-03-31', 'Moscow'),
    ev('visit', 'planned', ['Xi Jinping', 'Vladimir Putin'], '2025-05-09', 'Moscow'),
    ev('summit', 'planned', [], '2025-05-09', 'Moscow', { occasion: 'Victory Day parade', optional: true }),
    ev('visit', 'planned', ['Vladimir Putin', 'Xi Jinping'], '2025', 'Tianjin', { date_true: '2025-08-31' }),
    ev('summit', 'planned', [], '2025', 'Tianjin', { occasion: 'SCO', date_true: '2025-08-31' }),
    ev('call', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2025-02-24', null),
    ev('call', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2025-01-21', null),
  ]),

  a('reuters-li-qiang-wellington-tour', '2024-06-13', `
China's Li Qiang in New Zealand at start of tour, pandas and lithium on agenda

WELLINGTON, June 13 (Reuters) - Chinese Premier Li Qiang met New Zealand Prime Minister Christopher Luxon in Wellington on Thursday, the first visit by a Chinese premier to the country in seven years, as the two sides sought to balance deep trade ties with security concerns.

Li landed in Wellington on Thursday morning and was welcomed with a Maori ceremony at Government House before the talks. Luxon said he had raised concerns about foreign interference and human rights, while Li said China and New Zealand should be partners rather than rivals.

The two leaders later witnessed the signing of arrangements on trade, science and the environment.

Li will travel to Auckland on Friday to meet business leaders before flying to Australia on Saturday. In Australia he is due to visit the giant pandas at Adelaide Zoo, hold the annual leaders' meeting with Prime Minister Anthony Albanese in Canberra on Monday and visit a lithium processing plant in Perth.

He will wrap up the tour in Malaysia, which marks 50 years of diplomatic ties with China this year, and where he is expected to meet Prime Minister Anwar Ibrahim.

Chinese Foreign Minister Wang Yi visited Wellington in March, when he held talks with his counterpart Winston Peters.

Luxon, who took office in November, said he would like to lead a trade delegation to China, but no date has been set.

(Reporting by Lucy Craymer; Editing by Michael Perry)
`, [
    ev('visit', 'occurred', ['Li Qiang', 'Christopher Luxon'], '2024-06-13', 'Wellington'),
    ev('meeting', 'occurred', ['Li Qiang', 'Christopher Luxon'], '2024-06-13', 'Wellington'),
    ev('signing', 'occurred', ['Li Qiang', 'Christopher Luxon'], '2024-06-13', 'Wellington'),
    ev('visit', 'planned', ['Li Qiang'], '2024-06-14', 'Auckland', { optional: true }),
    ev('visit', 'planned', ['Li Qiang', 'Anthony Albanese'], '2024-06-15', 'Adelaide'),
    ev('meeting', 'planned', ['Li Qiang', 'Anthony Albanese'], '2024-06-17', 'Canberra'),
    ev('visit', 'planned', ['Li Qiang'], '2024-06', 'Perth', { optional: true }),
    ev('visit', 'planned', ['Li Qiang', 'Anwar Ibrahim'], '2024-06', null, { date_true: '2024-06-18' }),
    ev('meeting', 'planned', ['Li Qiang', 'Anwar Ibrahim'], '2024-06', null, { date_true: '2024-06-19' }),
    ev('meeting', 'occurred', ['Wang Yi', 'Winston Peters'], '2024-03', 'Wellington', { date_true: '2024-03-18' }),
    ev('visit', 'occurred', ['Wang Yi', 'Winston Peters'], '2024-03', 'Wellington', { date_true: '2024-03-17', optional: true }),
    ev('visit', 'planned', ['Christopher Luxon'], null, null, { optional: true }),
  ]),

  a('reuters-erdogan-putin-sochi-grain', '2023-09-04', `
Putin tells Erdogan grain deal will not be revived until West meets demands

SOCHI, Russia, Sept 4 (Reuters) - Russian President Vladimir Putin told Turkish President Tayyip Erdogan on Monday that Moscow would not return to the Black Sea grain deal until the West met its demands on Russian agricultural exports.

Erdogan flew to the Black Sea resort of Sochi for his first face-to-face meeting with Putin in almost a year, hoping to persuade him to revive the deal that allowed Ukraine to ship grain through the Black Sea. Russia quit the arrangement in July.

"We will be ready to consider the possibility of reviving the grain deal, and I told the president about this again today, as soon as all the agreements on lifting restrictions on the export of Russian agricultural products are fully implemented," Putin said at a news conference after the talks, which lasted about three hours.

Erdogan said Turkey believed a solution meeting expectations could be reached soon.

The two leaders last met in person in October last year in Astana, on the sidelines of a regional summit. Turkish Foreign Minister Hakan Fidan prepared Monday's talks with his Russian counterpart Sergei Lavrov in Moscow last Thursday.

Erdogan's office had said in July that Putin would visit Turkey in August, but the Kremlin said no such trip was on the schedule and it never took place.

Erdogan will travel to New Delhi later this week for the Group of 20 summit, which Putin will skip.
`, [
    ev('visit', 'occurred', ['Recep Tayyip Erdogan', 'Vladimir Putin'], '2023-09-04', 'Sochi'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Recep Tayyip Erdogan'], '2023-09-04', 'Sochi'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Recep Tayyip Erdogan'], '2022-10', 'Astana', { date_true: '2022-10-13' }),
    ev('meeting', 'occurred', ['Hakan Fidan', 'Sergey Lavrov'], '2023-08-31', 'Moscow'),
    ev('visit', 'occurred', ['Hakan Fidan', 'Sergey Lavrov'], '2023-08-31', 'Moscow', { optional: true }),
    ev('visit', 'planned', ['Vladimir Putin', 'Recep Tayyip Erdogan'], '2023-08', null, { optional: true }),
    ev('summit', 'planned', [], '2023-09', 'New Delhi', { occasion: 'G20', date_true: '2023-09-09' }),
    ev('visit', 'planned', ['Recep Tayyip Erdogan'], '2023-09', 'New Delhi', { optional: true }),
  ]),

  // ---------------------------------------------------------------- other pairs worldwide
  a('r-modi-naypyitaw-suu-kyi', '2017-09-06', `
India s Modi backs Myanmar on security as Rohingya exodus grows

NAYPYITAW (Reuters) - Indian Prime Minister Narendra Modi held talks with Myanmar leader Aung San Suu Kyi in the capital Naypyitaw on Wednesday and said India shared Myanmar s concerns about extremist violence in Rakhine State, where attacks by Rohingya insurgents have triggered an army offensive. Modi arrived in Myanmar on Tuesday evening from the Chinese city of Xiamen, where he attended a summit of the BRICS emerging economies that ended on Tuesday. He was received by President Htin Kyaw at the presidential palace for talks and a dinner shortly after landing. In Xiamen, Modi held talks with Chinese President Xi Jinping on Tuesday on the sidelines of the summit, their first meeting since the two countries ended a tense border standoff on the Doklam plateau last week.  We would like to thank the Indian government for taking a strong stand with regard to the terrorist threat that came to our country a couple of weeks ago,  Suu Kyi told reporters after the talks, at which the two sides signed 11 agreements. Modi said India was concerned about the loss of lives of security forces and innocent people. Rights groups have urged India to do more for the Rohingya. Nearly 150,000 Rohingya have fled to Bangladesh in less than two weeks, the United Nations said. Modi will visit the ancient temple town of Bagan and the commercial capital Yangon on Thursday before returning home. Suu Kyi visited New Delhi in October last year, when she also attended a summit of BRICS and regional leaders in the Indian state of Goa. 
`, [
    ev('meeting', 'occurred', ['Narendra Modi', 'Aung San Suu Kyi'], '2017-09-06', 'Naypyitaw'),
    ev('signing', 'occurred', ['Narendra Modi', 'Aung San Suu Kyi'], '2017-09-06', 'Naypyitaw'),
    ev('visit', 'occurred', ['Narendra Modi', 'Htin Kyaw'], '2017-09-05', 'Naypyitaw'),
    ev('meeting', 'occurred', ['Narendra Modi', 'Htin Kyaw'], '2017-09-05', 'Naypyitaw'),
    ev('meeting', 'occurred', ['Narendra Modi', 'Xi Jinping'], '2017-09-05', 'Xiamen', { occasion: 'BRICS' }),
    ev('summit', 'occurred', [], '2017-09', 'Xiamen', { occasion: 'BRICS', date_true: '2017-09-03' }),
    ev('visit', 'occurred', ['Narendra Modi'], '2017-09', 'Xiamen', { optional: true }),
    ev('visit', 'planned', ['Narendra Modi'], '2017-09-07', 'Bagan', { optional: true }),
    ev('visit', 'planned', ['Narendra Modi'], '2017-09-07', 'Yangon', { optional: true }),
    ev('visit', 'occurred', ['Aung San Suu Kyi'], '2016-10', 'New Delhi', { date_true: '2016-10-17' }),
    ev('summit', 'occurred', [], '2016-10', 'Goa', { occasion: 'BRICS', date_true: '2016-10-15', optional: true }),
  ]),

  a('r-obama-hanoi-arms-embargo', '2016-05-23', `
Obama lifts U.S. arms embargo on Vietnam on landmark visit

HANOI (Reuters) - U.S. President Barack Obama said on Monday he was fully lifting a decades-old U.S. arms embargo on Vietnam, removing a lingering vestige of the Vietnam War as the former enemies deepen ties amid shared concerns about China s assertiveness in the South China Sea. Obama, who arrived in Hanoi late on Sunday for a three-day visit, made the announcement at a news conference with Vietnamese President Tran Dai Quang after talks at the Presidential Palace.  The decision to lift the ban will ensure that Vietnam has access to the equipment it needs to defend itself,  Obama said. Obama also met Communist Party General Secretary Nguyen Phu Trong on Monday, and separately held talks with Prime Minister Nguyen Xuan Phuc. U.S. and Vietnamese companies signed deals worth more than $16 billion during the visit, including an order by budget airline VietJet for 100 Boeing planes, signed in the presence of the two presidents. Trong visited the White House last July, the first visit to the United States by a Vietnamese Communist Party chief. On Tuesday Obama will speak to the Vietnamese people in Hanoi and then travel to Ho Chi Minh City, the former Saigon, to meet entrepreneurs. On Wednesday he flies to Japan for a Group of Seven summit in Ise-Shima, which opens on Thursday. On Friday he will become the first sitting U.S. president to visit Hiroshima, accompanied by Japanese Prime Minister Shinzo Abe. Human rights groups said the lifting of the embargo rewarded Hanoi without any progress on rights. 
`, [
    ev('visit', 'occurred', ['Barack Obama', 'Tran Dai Quang'], '2016-05-22', 'Hanoi'),
    ev('meeting', 'occurred', ['Barack Obama', 'Tran Dai Quang'], '2016-05-23', 'Hanoi'),
    ev('meeting', 'occurred', ['Barack Obama', 'Nguyen Phu Trong'], '2016-05-23', 'Hanoi'),
    ev('meeting', 'occurred', ['Barack Obama', 'Nguyen Xuan Phuc'], '2016-05-23', 'Hanoi'),
    ev('signing', 'occurred', ['Barack Obama', 'Tran Dai Quang'], '2016-05-23', 'Hanoi', { optional: true }),
    ev('visit', 'occurred', ['Nguyen Phu Trong', 'Barack Obama'], '2015-07', 'Washington', { date_true: '2015-07-07' }),
    ev('meeting', 'occurred', ['Nguyen Phu Trong', 'Barack Obama'], '2015-07', 'Washington', { date_true: '2015-07-07', optional: true }),
    ev('visit', 'planned', ['Barack Obama'], '2016-05-24', 'Ho Chi Minh City', { optional: true }),
    ev('visit', 'planned', ['Barack Obama', 'Shinzo Abe'], '2016-05-25', 'Ise-Shima', { optional: true }),
    ev('summit', 'planned', [], '2016-05-26', 'Ise-Shima', { occasion: 'G7' }),
    ev('visit', 'planned', ['Barack Obama', 'Shinzo Abe'], '2016-05-27', 'Hiroshima'),
  ]),

  a('r-abe-tehran-rouhani', '2019-06-12', `
Japan s Abe meets Rouhani in Tehran, urges Iran to play constructive role

TEHRAN (Reuters) - Japanese Prime Minister Shinzo Abe held talks with Iranian President Hassan Rouhani in Tehran on Wednesday in an attempt to ease tensions between Iran and the United States, on the first visit to Iran by a sitting Japanese prime minister in 41 years. Abe, who landed at Mehrabad airport earlier on Wednesday, is due to meet Iran s Supreme Leader Ayatollah Ali Khamenei on Thursday.  Some people say there is a possibility of an accidental conflict. We must avoid such a conflict by all means,  Abe said at a news conference with Rouhani. Rouhani said Iran would not start a war with the United States but would give a crushing response to any aggression. Abe s trip follows a visit to Tokyo last month by U.S. President Donald Trump, who held talks with Abe and became the first foreign leader to meet Japan s new Emperor Naruhito. Trump said then he would welcome Japan s help in dealing with Iran. Iranian Foreign Minister Mohammad Javad Zarif met Abe in Tokyo in mid-May. Asked whether Abe was carrying a message from Washington, a Japanese official said the prime minister was not a mediator. A meeting between Trump and Rouhani is not on the cards, Iranian officials have said. Trump is due back in Japan at the end of the month for the Group of 20 summit in Osaka. 
`, [
    ev('visit', 'occurred', ['Shinzo Abe', 'Hassan Rouhani'], '2019-06-12', 'Tehran'),
    ev('meeting', 'occurred', ['Shinzo Abe', 'Hassan Rouhani'], '2019-06-12', 'Tehran'),
    ev('meeting', 'planned', ['Shinzo Abe', 'Ali Khamenei'], '2019-06-13', 'Tehran'),
    ev('visit', 'occurred', ['Donald Trump', 'Shinzo Abe'], '2019-05', 'Tokyo', { date_true: '2019-05-25' }),
    ev('meeting', 'occurred', ['Donald Trump', 'Shinzo Abe'], '2019-05', 'Tokyo', { date_true: '2019-05-27' }),
    ev('meeting', 'occurred', ['Donald Trump', 'Naruhito'], '2019-05', 'Tokyo', { date_true: '2019-05-27' }),
    ev('meeting', 'occurred', ['Mohammad Javad Zarif', 'Shinzo Abe'], '2019-05', 'Tokyo', { date_true: '2019-05-16' }),
    ev('summit', 'planned', [], '2019-06', 'Osaka', { occasion: 'G20', date_true: '2019-06-28' }),
    ev('visit', 'planned', ['Donald Trump'], '2019-06', 'Osaka', { optional: true }),
  ]),

  a('r-macron-ouagadougou-tour', '2017-11-28', `
Macron tells African students colonial crimes are undeniable

OUAGADOUGOU (Reuters) - French President Emmanuel Macron told students in Burkina Faso on Tuesday that the crimes of European colonisation were undeniable, as he sought to set out a new relationship with Africa on his first major tour of the continent. Macron arrived in Ouagadougou on Monday night on the first leg of a three-nation tour that will also take him to Ivory Coast and Ghana. Hours before he landed, assailants threw a grenade at a French army vehicle in the capital, wounding three civilians. He held talks with President Roch Marc Christian Kabore on Tuesday morning before the speech at the University of Ouagadougou.  I am from a generation of French people for whom the crimes of European colonisation are undeniable,  Macron said. Macron flies to Abidjan later on Tuesday for a summit of the African Union and the European Union on Wednesday and Thursday, where he is also expected to hold talks with Ivorian President Alassane Ouattara. On Thursday he will travel to Accra to meet Ghanaian President Nana Akufo-Addo. Macron last visited Africa in July, when he went to Bamako for a summit of the G5 Sahel countries that are raising a regional force against Islamist militants. 
`, [
    ev('visit', 'occurred', ['Emmanuel Macron', 'Roch Marc Christian Kabore'], '2017-11-27', 'Ouagadougou'),
    ev('meeting', 'occurred', ['Emmanuel Macron', 'Roch Marc Christian Kabore'], '2017-11-28', 'Ouagadougou'),
    ev('visit', 'planned', ['Emmanuel Macron', 'Alassane Ouattara'], '2017-11-28', 'Abidjan'),
    ev('summit', 'planned', [], '2017-11-29', 'Abidjan', { occasion: 'AU-EU summit' }),
    ev('meeting', 'planned', ['Emmanuel Macron', 'Alassane Ouattara'], '2017-11', 'Abidjan', { date_true: '2017-11-29' }),
    ev('visit', 'planned', ['Emmanuel Macron', 'Nana Akufo-Addo'], '2017-11-30', 'Accra'),
    ev('meeting', 'planned', ['Emmanuel Macron', 'Nana Akufo-Addo'], '2017-11-30', 'Accra'),
    ev('visit', 'occurred', ['Emmanuel Macron'], '2017-07', 'Bamako', { date_true: '2017-07-02' }),
    ev('summit', 'occurred', [], '2017-07', 'Bamako', { occasion: 'G5 Sahel', date_true: '2017-07-02' }),
  ]),

  a('reuters-mbs-new-delhi-modi', '2019-02-20', `
Saudi crown prince, Modi pledge to fight extremism amid India-Pakistan tensions

NEW DELHI (Reuters) - Saudi Arabia's Crown Prince Mohammed bin Salman and Indian Prime Minister Narendra Modi held talks in New Delhi on Wednesday and called for greater cooperation against terrorism, days after a suicide bombing in Kashmir killed 40 Indian paramilitary police.

The crown prince flew into New Delhi late on Tuesday, and Modi broke protocol to receive him at the airport with a hug. He had returned to Riyadh from Islamabad before travelling to India, after a two-day visit to Pakistan where he met Prime Minister Imran Khan and announced investment deals worth $20 billion.

"Terrorism and extremism are our common concern," the crown prince said after the talks at Hyderabad House, where the two leaders witnessed the signing of five agreements on investment, tourism, housing and broadcasting.

Modi said the two sides agreed that there was a need to increase pressure on countries that support terrorism, a veiled reference to Pakistan.

The crown prince will travel to Beijing on Thursday, where he is expected to meet President Xi Jinping, the last stop of an Asian tour.

India has said Saudi Arabia could invest more than $100 billion in India over the next two years.
`, [
    ev('visit', 'occurred', ['Mohammed bin Salman', 'Narendra Modi'], '2019-02-19', 'New Delhi'),
    ev('meeting', 'occurred', ['Mohammed bin Salman', 'Narendra Modi'], '2019-02-19', 'New Delhi', { optional: true }),
    ev('meeting', 'occurred', ['Mohammed bin Salman', 'Narendra Modi'], '2019-02-20', 'New Delhi'),
    ev('signing', 'occurred', ['Mohammed bin Salman', 'Narendra Modi'], '2019-02-20', 'New Delhi'),
    ev('visit', 'occurred', ['Mohammed bin Salman', 'Imran Khan'], '2019-02', 'Islamabad', { date_true: '2019-02-17' }),
    ev('meeting', 'occurred', ['Mohammed bin Salman', 'Imran Khan'], '2019-02', 'Islamabad', { date_true: '2019-02-18' }),
    ev('visit', 'planned', ['Mohammed bin Salman', 'Xi Jinping'], '2019-02-21', 'Beijing'),
    ev('meeting', 'planned', ['Mohammed bin Salman', 'Xi Jinping'], '2019-02', 'Beijing', { date_true: '2019-02-22' }),
  ]),

  a('ap-biden-amlo-mexico-city', '2023-01-09', `
Biden, López Obrador meet as migration dominates North American summit

MEXICO CITY (AP) — President Joe Biden and Mexican President Andrés Manuel López Obrador met Monday at the National Palace, with the Mexican leader pressing Biden to do more for Latin America and the U.S. president focused on the flow of migrants across the border.

Biden arrived Sunday evening at the new Felipe Ángeles International Airport outside the capital, after a stop in El Paso, Texas, his first visit to the U.S.-Mexico border as president. López Obrador greeted him on the tarmac.

Canadian Prime Minister Justin Trudeau arrived Monday and will hold his own talks with López Obrador on Tuesday morning, before the three leaders convene Tuesday afternoon for the North American Leaders' Summit, the first since the gathering in Washington in November 2021.

"We are at a moment when we can say enough is enough," López Obrador told Biden at the start of their talks, calling for an end to "abandonment" of the region.

Biden answered that the U.S. spent tens of billions of dollars in aid to the hemisphere. Trudeau has said he expects Biden to visit Ottawa this year, though no date has been announced.

Associated Press writers Colleen Long and Zeke Miller contributed.
`, [
    ev('meeting', 'occurred', ['Joe Biden', 'Andres Manuel Lopez Obrador'], '2023-01-09', 'Mexico City'),
    ev('visit', 'occurred', ['Joe Biden', 'Andres Manuel Lopez Obrador'], '2023-01-08', 'Mexico City'),
    ev('visit', 'occurred', ['Joe Biden'], '2023-01-08', 'El Paso', { optional: true }),
    ev('visit', 'occurred', ['Justin Trudeau', 'Andres Manuel Lopez Obrador'], '2023-01-09', 'Mexico City'),
    ev('meeting', 'planned', ['Justin Trudeau', 'Andres Manuel Lopez Obrador'], '2023-01-10', 'Mexico City'),
    ev('summit', 'planned', [], '2023-01-10', 'Mexico City', { occasion: 'North American Leaders Summit' }),
    ev('meeting', 'planned', ['Joe Biden', 'Andres Manuel Lopez Obrador', 'Justin Trudeau'], '2023-01-10', 'Mexico City', { optional: true }),
    ev('summit', 'occurred', [], '2021-11', 'Washington', { occasion: 'North American Leaders Summit', date_true: '2021-11-18' }),
    ev('visit', 'planned', ['Joe Biden', 'Justin Trudeau'], '2023', 'Ottawa', { optional: true }),
  ]),

  a('r-juncker-trump-trade-truce', '2018-07-25', `
Trump, Juncker agree to work toward zero tariffs, ease trade tensions

WASHINGTON (Reuters) - U.S. President Donald Trump and European Commission President Jean-Claude Juncker agreed on Wednesday to work toward zero tariffs on non-auto industrial goods and to hold off on further car tariffs while talks go on, easing fears of a transatlantic trade war. Juncker and EU Trade Commissioner Cecilia Malmstrom met Trump and his top advisers at the White House for more than two hours.  We had a big day, very big,  Trump said in the Rose Garden with Juncker at his side. Juncker, who flew to Washington on Tuesday, said he had come with the intention of making a deal and we made a deal today. The meeting followed a bruising Group of Seven summit in Charlevoix, Quebec, in June, when Trump withdrew his endorsement of the final communique, and Trump s summit with Russian President Vladimir Putin in Helsinki last week. Juncker himself was in Beijing last week for an EU-China summit with Chinese Premier Li Keqiang. A working group led by U.S. Trade Representative Robert Lighthizer and Malmstrom will now negotiate the details, officials said, without giving a timetable. Trump had threatened to impose 25 percent tariffs on imported cars, which EU officials said would hit German carmakers hardest. 
`, [
    ev('meeting', 'occurred', ['Donald Trump', 'Jean-Claude Juncker', 'Cecilia Malmstrom'], '2018-07-25', 'Washington'),
    ev('visit', 'occurred', ['Jean-Claude Juncker', 'Donald Trump'], '2018-07-24', 'Washington'),
    ev('summit', 'occurred', [], '2018-06', 'Charlevoix', { occasion: 'G7', date_true: '2018-06-08' }),
    ev('meeting', 'occurred', ['Donald Trump', 'Vladimir Putin'], '2018-07', 'Helsinki', { date_true: '2018-07-16' }),
    ev('summit', 'occurred', [], '2018-07', 'Beijing', { occasion: 'EU-China summit', date_true: '2018-07-16' }),
    ev('meeting', 'occurred', ['Jean-Claude Juncker', 'Li Keqiang'], '2018-07', 'Beijing', { occasion: 'EU-China summit', date_true: '2018-07-16' }),
    ev('meeting', 'planned', ['Robert Lighthizer', 'Cecilia Malmstrom'], null, null, { optional: true }),
  ]),

  a('state-pompeo-osan-remarks', null, `
Remarks to Traveling Press
Michael R. Pompeo, Secretary of State
Osan Air Base, Republic of Korea
October 7, 2018

SECRETARY POMPEO: Good evening, everyone. We just landed here from Pyongyang. I had a good, productive conversation with Chairman Kim this morning, and then we had lunch together; all told we spent about three and a half hours together today. We made progress on the four pillars of the Singapore joint statement, the commitments that President Trump and Chairman Kim made in Singapore in June.

Chairman Kim agreed to invite inspectors to Punggye-ri to confirm that the test site has been irreversibly dismantled. We also made progress on the second summit between President Trump and Chairman Kim. Location and date are not yet set, but we hope to have it as soon as practical.

Yesterday I was in Tokyo, where I met Prime Minister Abe and, separately, Foreign Minister Kono, and tonight I will see President Moon at the Blue House to brief him. Tomorrow I go on to Beijing to meet Foreign Minister Wang Yi.

QUESTION: Mr. Secretary, will there be working-level talks?

SECRETARY POMPEO: Yes. Special Representative Steve Biegun will meet his North Korean counterpart, Vice Foreign Minister Choe Son Hui, very soon. I don't want to get ahead of that.

QUESTION: Did Chairman Kim talk about a trip to Russia?

SECRETARY POMPEO: You'd have to ask him about that. If he goes, he goes. Thank you all.
`, [
    ev('visit', 'occurred', ['Mike Pompeo', 'Kim Jong Un'], '2018-10-07', 'Pyongyang'),
    ev('meeting', 'occurred', ['Mike Pompeo', 'Kim Jong Un'], '2018-10-07', 'Pyongyang'),
    ev('meeting', 'occurred', ['Donald Trump', 'Kim Jong Un'], '2018-06', 'Singapore', { date_true: '2018-06-12' }),
    ev('meeting', 'planned', ['Donald Trump', 'Kim Jong Un'], null, null, { optional: true }),
    ev('meeting', 'occurred', ['Mike Pompeo', 'Shinzo Abe'], '2018-10-06', 'Tokyo'),
    ev('meeting', 'occurred', ['Mike Pompeo', 'Taro Kono'], '2018-10-06', 'Tokyo'),
    ev('visit', 'occurred', ['Mike Pompeo', 'Shinzo Abe'], '2018-10-06', 'Tokyo', { optional: true }),
    ev('meeting', 'planned', ['Mike Pompeo', 'Moon Jae-in'], '2018-10-07', 'Seoul'),
    ev('visit', 'occurred', ['Mike Pompeo', 'Moon Jae-in'], '2018-10-07', 'Osan Air Base', { optional: true }),
    ev('visit', 'planned', ['Mike Pompeo', 'Wang Yi'], '2018-10-08', 'Beijing'),
    ev('meeting', 'planned', ['Mike Pompeo', 'Wang Yi'], '2018-10-08', 'Beijing'),
    ev('meeting', 'planned', ['Stephen Biegun', 'Choe Son Hui'], null, null, { optional: true }),
  ]),

  // ---------------------------------------------------------------- web pages of 2024-2025, as scraped
  a('web-putin-pyongyang-pact', '2024-06-19', `
Skip to main content
World | Asia | Europe | Americas | Business | Opinion | Video
We use cookies to improve your experience. By continuing you agree to our Cookie Policy. Accept all | Manage preferences

Putin and Kim sign mutual defence pact on rare visit to Pyongyang

By Staff writers
Updated 19 June 2024, 14:32
12,408 views

Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a "comprehensive strategic partnership" treaty on Wednesday that includes a pledge of mutual assistance if either country is attacked, in what Kim called the strongest treaty in the history of their relations.

Putin landed in Pyongyang in the early hours of Wednesday and was greeted at the airport by Kim, who accompanied him to the Kumsusan state guesthouse. After a welcoming ceremony on Kim Il Sung Square, the two leaders held talks for about two hours, first one-on-one and then with their delegations.

Russian President Vladimir Putin and North Korean leader Kim Jong Un attend a welcoming ceremony at Kim Il Sung Square in Pyongyang, June 19, 2024. Sputnik/Gavriil Grigorov/Kremlin via REUTERS
Russian President Vladimir Putin and North Korean leader Kim Jong Un attend a welcoming ceremony at Kim Il Sung Square in Pyongyang, June 19, 2024. Sputnik/Gavriil Grigorov/Kremlin via REUTERS

It is Putin's first visit to North Korea in 24 years; he last came in 2000, when he met Kim's father, Kim Jong Il. Kim Jong Un visited Russia in September last year, meeting Putin at the Vostochny Cosmodrome in the Russian Far East.

Washington and Seoul accuse Pyongyang of supplying artillery shells and ballistic missiles to Russia for its war in Ukraine. Both countries deny arms transfers.

It is Putin's first visit to North Korea in 24 years; he last came in 2000, when he met Kim's father, Kim Jong Il. Kim Jong Un visited Russia in September last year, meeting Putin at the Vostochny Cosmodrome in the Russian Far East.

Putin will fly on to Hanoi later on Wednesday for a state visit to Vietnam, where he is expected to hold talks with President To Lam and Communist Party chief Nguyen Phu Trong.

Related: Blinken meets Chinese counterpart Wang Yi in Beijing amid tensions
Related: Zelensky and Biden sign 10-year security pact at G7 summit in Italy

Bonus video:
`, [
    ev('visit', 'occurred', ['Vladimir Putin', 'Kim Jong Un'], '2024-06-19', 'Pyongyang'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Kim Jong Un'], '2024-06-19', 'Pyongyang'),
    ev('signing', 'occurred', ['Vladimir Putin', 'Kim Jong Un'], '2024-06-19', 'Pyongyang'),
    ev('visit', 'occurred', ['Vladimir Putin', 'Kim Jong Il'], '2000', null, { date_true: '2000-07-19' }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Kim Jong Il'], '2000', null, { date_true: '2000-07-19' }),
    ev('visit', 'occurred', ['Kim Jong Un', 'Vladimir Putin'], '2023-09', 'Vostochny', { date_true: '2023-09-13' }),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Vladimir Putin'], '2023-09', 'Vostochny', { date_true: '2023-09-13' }),
    ev('visit', 'planned', ['Vladimir Putin', 'To Lam'], '2024-06-19', 'Hanoi'),
    ev('meeting', 'planned', ['Vladimir Putin', 'To Lam'], '2024-06', 'Hanoi', { date_true: '2024-06-20' }),
    ev('meeting', 'planned', ['Vladimir Putin', 'Nguyen Phu Trong'], '2024-06', 'Hanoi', { date_true: '2024-06-20' }),
  ]),

  a('web-modi-washington-gabbard', '2025-02-13', `
Home | India | World | Business | Sports | Entertainment | Live TV
Sign in | Subscribe
Trending: Delhi CM | Budget 2025 | Champions Trophy

PM Modi lands in Washington, meets Tulsi Gabbard; talks with Trump on Thursday

Updated: Feb 13, 2025 08:12 IST | 3 min read
Follow Us

Prime Minister Narendra Modi landed in Washington on Wednesday evening on a two-day visit to the United States at the invitation of President Donald Trump, his first since Trump began his second term.

Shortly after his arrival, Modi met Director of National Intelligence Tulsi Gabbard at Blair House, the President's guest house, hours after she was sworn in. "Congratulated her on her confirmation. Discussed various aspects of the India-USA friendship," Modi posted on X.

(Photo: PTI) PM Modi with Tulsi Gabbard at Blair House in Washington.

On Thursday, before the White House talks with Trump, Modi is scheduled to meet National Security Adviser Mike Waltz. He may also meet Elon Musk, officials said.

Modi arrived from France, where he co-chaired the AI Action Summit in Paris with President Emmanuel Macron on Tuesday and travelled with him to Marseille on Wednesday to inaugurate India's new consulate. Modi had reached Paris on Monday.

Also Read: Jaishankar meets Rubio, discusses tariffs and immigration
Also Read: Stock market today: Sensex recovers 200 points

Modi and Trump last met in person in February 2020, when Trump visited Ahmedabad for the "Namaste Trump" rally, months after the two leaders addressed the "Howdy Modi" event in Houston in September 2019.

India will host the Quad leaders' summit later this year, for which Trump is expected to travel to New Delhi.

Advertisement
`, [
    ev('visit', 'occurred', ['Narendra Modi', 'Donald Trump'], '2025-02-12', 'Washington'),
    ev('meeting', 'occurred', ['Narendra Modi', 'Tulsi Gabbard'], '2025-02-12', 'Washington'),
    ev('meeting', 'planned', ['Narendra Modi', 'Donald Trump'], '2025-02-13', 'Washington'),
    ev('meeting', 'planned', ['Narendra Modi', 'Mike Waltz'], '2025-02-13', 'Washington'),
    ev('meeting', 'planned', ['Narendra Modi', 'Elon Musk'], '2025-02-13', 'Washington', { optional: true }),
    ev('visit', 'occurred', ['Narendra Modi', 'Emmanuel Macron'], '2025-02-10', 'Paris'),
    ev('summit', 'occurred', [], '2025-02-11', 'Paris', { occasion: 'AI Action Summit' }),
    ev('meeting', 'occurred', ['Narendra Modi', 'Emmanuel Macron'], '2025-02-11', 'Paris', { optional: true }),
    ev('meeting', 'occurred', ['Narendra Modi', 'Emmanuel Macron'], '2025-02-12', 'Marseille'),
    ev('visit', 'occurred', ['Donald Trump', 'Narendra Modi'], '2020-02', 'Ahmedabad', { date_true: '2020-02-24' }),
    ev('meeting', 'occurred', ['Donald Trump', 'Narendra Modi'], '2020-02', 'Ahmedabad', { date_true: '2020-02-24', optional: true }),
    ev('meeting', 'occurred', ['Donald Trump', 'Narendra Modi'], '2019-09', 'Houston', { date_true: '2019-09-22' }),
    ev('summit', 'planned', [], '2025', 'New Delhi', { occasion: 'Quad' }),
    ev('visit', 'planned', ['Donald Trump', 'Narendra Modi'], '2025', 'New Delhi'),
  ]),

  a('web-sco-tianjin-sidelines', '2025-09-01', `
Live TV | Latest | India | World | Videos | Photos
Trending: SCO Summit | Trump tariffs | Asia Cup

Modi, Putin ride together to SCO summit venue as Xi pitches new global governance initiative

Published On: Sep 01, 2025 14:22 IST
Views: 48.2K

Prime Minister Narendra Modi and Russian President Vladimir Putin travelled together in Putin's car to their bilateral meeting in Tianjin on Monday, after the two leaders held hands and shared a laugh with Chinese President Xi Jinping at the Shanghai Cooperation Organisation (SCO) summit venue.

(Photo: PIB) PM Modi with President Putin in Tianjin on Monday.

The two-day SCO summit opened on Sunday evening with a banquet hosted by Xi. On Sunday, Xi held talks with Modi, their first bilateral meeting since Kazan last October, and the two leaders agreed that India and China are "development partners, not rivals".

Modi arrived in Tianjin on Saturday from Tokyo, where he held the annual summit talks with Japanese Prime Minister Shigeru Ishiba on Friday. It is his first visit to China in seven years.

Putin, who arrived in Tianjin on Sunday for a four-day visit to China, also met Turkish President Recep Tayyip Erdogan on Monday on the sidelines. He will hold official talks with Xi in Beijing on Tuesday, and on Wednesday both leaders will attend the military parade in Beijing marking 80 years since the end of World War II. North Korean leader Kim Jong Un is also expected in Beijing for the parade on Wednesday.

Putin is due to travel to India in December for the annual India-Russia summit, the Kremlin said.

Analysts said a revival of the Russia-India-China trilateral format could follow, though no meeting has been scheduled.

Also Read: Trump says India tariffs will stay "until they stop buying Russian oil"
`, [
    ev('summit', 'occurred', [], '2025-08-31', 'Tianjin', { occasion: 'SCO' }),
    ev('meeting', 'occurred', ['Narendra Modi', 'Vladimir Putin'], '2025-09-01', 'Tianjin', { occasion: 'SCO' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Narendra Modi'], '2025-08-31', 'Tianjin', { occasion: 'SCO' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Narendra Modi'], '2024-10', 'Kazan', { date_true: '2024-10-23' }),
    ev('visit', 'occurred', ['Narendra Modi', 'Xi Jinping'], '2025-08-30', 'Tianjin'),
    ev('meeting', 'occurred', ['Narendra Modi', 'Shigeru Ishiba'], '2025-08-29', 'Tokyo'),
    ev('visit', 'occurred', ['Narendra Modi', 'Shigeru Ishiba'], '2025-08', 'Tokyo', { date_true: '2025-08-29', optional: true }),
    ev('visit', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2025-08-31', 'Tianjin'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Recep Tayyip Erdogan'], '2025-09-01', 'Tianjin', { occasion: 'SCO' }),
    ev('meeting', 'planned', ['Vladimir Putin', 'Xi Jinping'], '2025-09-02', 'Beijing'),
    ev('summit', 'planned', [], '2025-09-03', 'Beijing', { occasion: 'Victory Day parade', optional: true }),
    ev('visit', 'planned', ['Kim Jong Un', 'Xi Jinping'], '2025-09-03', 'Beijing'),
    ev('visit', 'planned', ['Vladimir Putin', 'Narendra Modi'], '2025-12', null, { date_true: '2025-12-04' }),
    ev('meeting', 'planned', ['Vladimir Putin', 'Narendra Modi'], '2025-12', null, { date_true: '2025-12-05', optional: true }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Xi Jinping', 'Narendra Modi'], '2025-09-01', 'Tianjin', { optional: true }),
  ]),

  a('kremlin-putin-prabowo-talks', null, `
Russian-Indonesian talks
Vladimir Putin held talks at the Konstantinovsky Palace with President of the Republic of Indonesia Prabowo Subianto, who is in Russia on an official visit and will take part in the St Petersburg International Economic Forum as the main guest.
June 19, 2025 16:40 St Petersburg

Following the talks, the two presidents signed the Joint Declaration on Strategic Partnership between the Russian Federation and the Republic of Indonesia. A number of intergovernmental and commercial documents were also signed in their presence.

Beginning of Russian-Indonesian talks in restricted format

President of Russia Vladimir Putin: Mr President, friends, I am very glad to welcome you to Russia. We met less than a year ago in Moscow, last July, when you came to us as President-elect, and now you are here already as the head of state. This year we mark the 75th anniversary of diplomatic relations between our countries.

Our trade is growing; last year it grew by almost 20 percent. I know that tomorrow you will speak at the plenary session of the forum, and we will continue our discussion there.

President of Indonesia Prabowo Subianto (retranslated): Thank you, Mr President. It is a great honour for me to be here. I want to thank you for Russia's support of Indonesia's accession to BRICS as a full member. Our foreign minister took part in the BRICS summit in Kazan in October, and since January Indonesia is a full member.

I would like to invite you to visit Indonesia at any time convenient to you.

Vladimir Putin: Thank you. We will certainly work on it.
`, [
    ev('meeting', 'occurred', ['Vladimir Putin', 'Prabowo Subianto'], '2025-06-19', 'St Petersburg'),
    ev('visit', 'occurred', ['Prabowo Subianto', 'Vladimir Putin'], '2025-06-19', 'St Petersburg'),
    ev('signing', 'occurred', ['Vladimir Putin', 'Prabowo Subianto'], '2025-06-19', 'St Petersburg'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Prabowo Subianto'], '2024-07', 'Moscow', { date_true: '2024-07-31' }),
    ev('visit', 'occurred', ['Prabowo Subianto', 'Vladimir Putin'], '2024-07', 'Moscow', { date_true: '2024-07-31', optional: true }),
    ev('summit', 'planned', [], '2025-06-20', 'St Petersburg', { occasion: 'St Petersburg International Economic Forum', optional: true }),
    ev('summit', 'occurred', [], '2024-10', 'Kazan', { occasion: 'BRICS', date_true: '2024-10-22' }),
  ]),

  a('web-trump-xi-busan', '2025-10-30', `
This site uses cookies. By continuing to browse, you consent to our use of cookies. OK

Menu | Politics | World | Business | Opinion | Newsletters

Trump says meeting with Xi was "amazing," agrees to cut fentanyl tariffs

BUSAN, South Korea — President Donald Trump and Chinese leader Xi Jinping met on Thursday at Gimhae Air Base in Busan for about 100 minutes, their first face-to-face talks since they met at the G20 summit in Osaka in 2019, and agreed to a one-year truce in their trade war.

Trump said he would cut tariffs on Chinese goods linked to fentanyl to 10 percent, and that China would resume purchases of American soybeans. He told reporters aboard Air Force One that he would visit China in April, and that Xi would come to the United States at some point after that.

President Donald Trump shakes hands with Chinese President Xi Jinping before their meeting in Busan, South Korea, Oct. 30, 2025. (AP Photo/Mark Schiefelbein)

The meeting capped a five-day swing through Asia that began in Kuala Lumpur, where Trump attended the ASEAN summit on Sunday and watched Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet sign an expanded ceasefire agreement. In Tokyo, Trump met Emperor Naruhito on Monday and held talks with new Prime Minister Sanae Takaichi on Tuesday. On Wednesday in Gyeongju he sat down with South Korean President Lee Jae-myung.

Trump flew back to Washington right after the meeting with Xi, skipping the APEC leaders' meeting that opens in Gyeongju on Friday. Xi, who is attending the APEC gathering, is expected to hold talks with Lee on Saturday, during his first visit to South Korea in 11 years.

Most Read
Zelensky to meet European leaders in London as peace push stalls
Hurricane Melissa: death toll rises in Jamaica

Bonus video:

Oct 30, 2025, 09:14 AM ET
`, [
    ev('meeting', 'occurred', ['Donald Trump', 'Xi Jinping'], '2025-10-30', 'Busan'),
    ev('meeting', 'occurred', ['Donald Trump', 'Xi Jinping'], '2019', 'Osaka', { occasion: 'G20', date_true: '2019-06-29' }),
    ev('visit', 'planned', ['Donald Trump', 'Xi Jinping'], '2026-04', null),
    ev('visit', 'planned', ['Xi Jinping', 'Donald Trump'], null, null, { optional: true }),
    ev('summit', 'occurred', [], '2025-10-26', 'Kuala Lumpur', { occasion: 'ASEAN' }),
    ev('signing', 'occurred', ['Anutin Charnvirakul', 'Hun Manet', 'Donald Trump'], '2025-10-26', 'Kuala Lumpur'),
    ev('visit', 'occurred', ['Donald Trump'], '2025-10-26', 'Kuala Lumpur', { optional: true }),
    ev('meeting', 'occurred', ['Donald Trump', 'Naruhito'], '2025-10-27', 'Tokyo'),
    ev('meeting', 'occurred', ['Donald Trump', 'Sanae Takaichi'], '2025-10-28', 'Tokyo'),
    ev('visit', 'occurred', ['Donald Trump', 'Sanae Takaichi'], '2025-10', 'Tokyo', { date_true: '2025-10-27', optional: true }),
    ev('meeting', 'occurred', ['Donald Trump', 'Lee Jae-myung'], '2025-10-29', 'Gyeongju'),
    ev('visit', 'occurred', ['Donald Trump', 'Lee Jae-myung'], '2025-10-29', 'Gyeongju', { optional: true }),
    ev('summit', 'planned', [], '2025-10-31', 'Gyeongju', { occasion: 'APEC' }),
    ev('meeting', 'planned', ['Xi Jinping', 'Lee Jae-myung'], '2025-11-01', 'Gyeongju'),
    ev('visit', 'occurred', ['Xi Jinping', 'Lee Jae-myung'], '2025-10', 'Gyeongju', { date_true: '2025-10-30', optional: true }),
  ]),

  a('web-trump-sharaa-riyadh', null, `
NEWS | MIDDLE EAST | Trump in the Gulf

Trump meets Syria's al-Sharaa in Riyadh after pledging to lift sanctions

Posted: Wednesday, May 14, 2025 - 6:05 PM
Share | Tweet | Email | Print
2,317 views

RIYADH - President Donald Trump met Syria's interim President Ahmed al-Sharaa in Riyadh on Wednesday, the first meeting between the leaders of the two countries in 25 years, a day after he announced he would lift all U.S. sanctions on Syria.

Saudi Crown Prince Mohammed bin Salman hosted the meeting, which lasted about 30 minutes, and Turkish President Recep Tayyip Erdogan joined by phone, the White House said. The last such encounter took place in Geneva in 2000, when President Bill Clinton met al-Sharaa's predecessor Hafez al-Assad.

Trump arrived in Riyadh on Tuesday on the first stop of a four-day tour of the Gulf and was greeted on the tarmac by the crown prince. The two leaders held talks at the Royal Court and signed a strategic economic partnership, part of what the White House said were $600 billion in Saudi investment commitments.

Later on Wednesday Trump attended a summit with leaders of the Gulf Cooperation Council in Riyadh, before he was due to fly to Doha for talks with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani. On Thursday, he will travel to Abu Dhabi to meet United Arab Emirates President Sheikh Mohamed bin Zayed Al Nahyan.

Trump said he might go to Istanbul on Thursday for Russia-Ukraine talks if Russian President Vladimir Putin attended them.

PHOTO: President Donald Trump and Saudi Crown Prince Mohammed bin Salman at the Royal Court in Riyadh. (White House photo)

Related: Qatar offers Trump a luxury jet for Air Force One
Related: Oil prices edge up ahead of U.S.-China trade talks
`, [
    ev('meeting', 'occurred', ['Donald Trump', 'Ahmed al-Sharaa', 'Mohammed bin Salman'], '2025-05-14', 'Riyadh'),
    ev('call', 'occurred', ['Recep Tayyip Erdogan', 'Donald Trump', 'Ahmed al-Sharaa'], '2025-05-14', null, { optional: true }),
    ev('meeting', 'occurred', ['Bill Clinton', 'Hafez al-Assad'], '2000', 'Geneva', { date_true: '2000-03-26' }),
    ev('visit', 'occurred', ['Donald Trump', 'Mohammed bin Salman'], '2025-05-13', 'Riyadh'),
    ev('meeting', 'occurred', ['Donald Trump', 'Mohammed bin Salman'], '2025-05-13', 'Riyadh'),
    ev('signing', 'occurred', ['Donald Trump', 'Mohammed bin Salman'], '2025-05-13', 'Riyadh'),
    ev('summit', 'occurred', [], '2025-05-14', 'Riyadh', { occasion: 'GCC' }),
    ev('visit', 'planned', ['Donald Trump', 'Tamim bin Hamad Al Thani'], '2025-05-14', 'Doha'),
    ev('meeting', 'planned', ['Donald Trump', 'Tamim bin Hamad Al Thani'], '2025-05-14', 'Doha'),
    ev('visit', 'planned', ['Donald Trump', 'Mohamed bin Zayed Al Nahyan'], '2025-05-15', 'Abu Dhabi'),
    ev('meeting', 'planned', ['Donald Trump', 'Mohamed bin Zayed Al Nahyan'], '2025-05-15', 'Abu Dhabi'),
  ]),

  a('web-focac-xi-ramaphosa', '2024-09-03', `
Home › World › Africa
Sign up for our newsletter | Log in

Xi hosts African leaders ahead of FOCAC summit as Ramaphosa pays state visit

September 3, 2024 | 5 min read | 1,024 views

BEIJING - Chinese President Xi Jinping held a flurry of meetings with African leaders on Monday and Tuesday ahead of the Forum on China-Africa Cooperation (FOCAC) summit, which opens in Beijing on Wednesday and is expected to draw more than 50 African heads of state and government.

On Monday, Xi held talks with South African President Cyril Ramaphosa, who is on a state visit to China, at the Great Hall of the People. The two leaders agreed to elevate ties to an "all-round strategic cooperative partnership in the new era" and witnessed the signing of agreements on trade, new energy and infrastructure. Ramaphosa arrived in Beijing on Sunday.

Chinese President Xi Jinping and South African President Cyril Ramaphosa review an honour guard in Beijing on Monday. Photo: Xinhua

On Tuesday, Xi met Nigerian President Bola Tinubu and Kenyan President William Ruto in separate meetings, with infrastructure financing and debt high on the agenda.

Xi and Ramaphosa last met in August last year, when Xi paid a state visit to South Africa and attended the BRICS summit in Johannesburg.

On Wednesday evening Xi and his wife Peng Liyuan will host a welcome banquet for the visiting leaders. The summit's opening ceremony is scheduled for Thursday.

Some analysts said China could announce a new round of debt relief at the summit, though Beijing has not confirmed it.

Related: Kenya's Ruto signs deal with U.S. firm over Nairobi expressway

© 2024 All rights reserved
`, [
    ev('meeting', 'occurred', ['Xi Jinping', 'Cyril Ramaphosa'], '2024-09-02', 'Beijing'),
    ev('visit', 'occurred', ['Cyril Ramaphosa', 'Xi Jinping'], '2024-09-01', 'Beijing'),
    ev('signing', 'occurred', ['Xi Jinping', 'Cyril Ramaphosa'], '2024-09-02', 'Beijing'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Bola Tinubu'], '2024-09-03', 'Beijing'),
    ev('meeting', 'occurred', ['Xi Jinping', 'William Ruto'], '2024-09-03', 'Beijing'),
    ev('summit', 'planned', [], '2024-09-04', 'Beijing', { occasion: 'FOCAC' }),
    ev('visit', 'occurred', ['Xi Jinping', 'Cyril Ramaphosa'], '2023-08', null, { date_true: '2023-08-21' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Cyril Ramaphosa'], '2023-08', null, { date_true: '2023-08-22' }),
    ev('summit', 'occurred', [], '2023-08', 'Johannesburg', { occasion: 'BRICS', date_true: '2023-08-22' }),
  ]),

  a('web-g20-rio-lula-biden-xi', '2024-11-18', `
Menu | Search | World | Americas | Climate | Business
We value your privacy. We and our partners use cookies to personalize content. Accept | Reject

Lula opens G20 summit in Rio with global alliance against hunger

November 18, 2024
By Reporters

RIO DE JANEIRO - Brazilian President Luiz Inácio Lula da Silva opened the Group of 20 summit in Rio de Janeiro on Monday by launching a global alliance against hunger and poverty, as leaders gathered amid uncertainty over the return of Donald Trump to the White House.

U.S. President Joe Biden, attending his last G20 summit, arrived in Rio on Sunday night from Manaus, where he became the first sitting U.S. president to visit the Amazon rainforest. Before that he was in Lima for the Asia-Pacific Economic Cooperation (APEC) summit, where he held what was likely his last meeting as president with Chinese President Xi Jinping on Saturday.

Biden and Xi had met twice before as presidents, in Bali in November 2022 and at an estate in Woodside, California, in November 2023.

On the sidelines of the summit on Monday, British Prime Minister Keir Starmer held talks with Xi, the first meeting between the leaders of the two countries since 2018. Starmer also met Indian Prime Minister Narendra Modi and announced the relaunch of free trade talks.

U.S. President Joe Biden, attending his last G20 summit, arrived in Rio on Sunday night from Manaus, where he became the first sitting U.S. president to visit the Amazon rainforest.

After the summit, Xi will travel to Brasilia for a state visit, with talks with Lula at the Alvorada Palace scheduled for Wednesday.

Russian President Vladimir Putin, who faces an international arrest warrant, skipped the summit; Foreign Minister Sergey Lavrov led Russia's delegation.

Photo: Leaders pose for the family photo at the Museum of Modern Art in Rio de Janeiro. REUTERS/Ricardo Moraes
`, [
    ev('summit', 'occurred', [], '2024-11-18', 'Rio de Janeiro', { occasion: 'G20' }),
    ev('meeting', 'occurred', ['Keir Starmer', 'Xi Jinping'], '2024-11-18', 'Rio de Janeiro', { occasion: 'G20' }),
    ev('meeting', 'occurred', ['Keir Starmer', 'Narendra Modi'], '2024-11-18', 'Rio de Janeiro', { occasion: 'G20' }),
    ev('meeting', 'occurred', ['Joe Biden', 'Xi Jinping'], '2024-11-16', 'Lima', { occasion: 'APEC' }),
    ev('summit', 'occurred', [], '2024-11', 'Lima', { occasion: 'APEC', date_true: '2024-11-15' }),
    ev('meeting', 'occurred', ['Joe Biden', 'Xi Jinping'], '2022-11', 'Bali', { date_true: '2022-11-14' }),
    ev('meeting', 'occurred', ['Joe Biden', 'Xi Jinping'], '2023-11', 'Woodside', { date_true: '2023-11-15' }),
    ev('visit', 'occurred', ['Joe Biden'], '2024-11', 'Manaus', { date_true: '2024-11-17' }),
    ev('visit', 'occurred', ['Joe Biden'], '2024-11-17', 'Rio de Janeiro', { optional: true }),
    ev('visit', 'planned', ['Xi Jinping', 'Luiz Inacio Lula da Silva'], '2024-11', 'Brasilia', { date_true: '2024-11-19' }),
    ev('meeting', 'planned', ['Xi Jinping', 'Luiz Inacio Lula da Silva'], '2024-11-20', 'Brasilia'),
    ev('visit', 'occurred', ['Joe Biden'], '2024-11', 'Lima', { optional: true }),
  ]),
];
