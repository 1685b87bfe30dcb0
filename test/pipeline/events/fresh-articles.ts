// A third set of hand-written articles, written after the events stage had been tuned while watching the
// generalization and held-out sets: nobody has tuned on this one, so its score is the honest estimate. Same three
// source styles as the other sets (Reuters copy of 2016-2017 with quotation marks and apostrophes stripped, web
// pages of 2024-2026 with menus, "Related:" lines, cookie banners and photo captions, and China-Russia style copies
// from foreign ministries, TASS and Xinhua with translation slips and timestamps). Its actors and country pairs
// appear neither in the evaluation set nor in the two other sets. Keys follow the answer-key conventions of the
// evaluation README: participants are canonical person names (country codes where no person is named), dates the
// most specific the text supports, location the city named or plainly given (else null), `optional` for borderline
// items (an implied trip, speculation, a vague plan). It was later used for debugging, as the note said it might be,
// and the fourth and fifth sets (unseen, blind) were written after it.
import type { Aliases, EventArticle } from './event-scoring.js';

/** Other spellings the keys accept for the names used here, as a key's `aliases` would. */
export const FRESH_ALIASES: Aliases = {
  'Abdulaziz Komilov': ['Abdulaziz Kamilov'],
  'Giorgos Gerapetritis': ['George Gerapetritis'],
  'Melanie Joly': ['Mélanie Joly'],
  'Juan Ramon de la Fuente': ['Juan Ramón de la Fuente'],
  'Viktor Orban': ['Viktor Orbán'],
  'Aleksandar Vucic': ['Aleksandar Vučić'],
  'Peter Szijjarto': ['Péter Szijjártó'],
  'Marko Djuric': ['Marko Đurić'],
  'Antonio Guterres': ['António Guterres'],
  'Sadyr Japarov': ['Sadyr Zhaparov'],
  'New York': ['New York City'],
  'Saint Petersburg': ['St. Petersburg', 'St.-Petersburg'],
  Puglia: ['Apulia'],
  UNGA: ['United Nations General Assembly', 'UN General Assembly', 'U.N. General Assembly', 'General Assembly'],
  NATO: ['North Atlantic Treaty Organization'],
  ARF: ['ASEAN Regional Forum'],
  APEC: ['Asia-Pacific Economic Cooperation'],
  SCO: ['Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation'],
  CIS: ['Commonwealth of Independent States'],
  G7: ['Group of Seven', 'G-7'],
  Commonwealth: ['Commonwealth Heads of Government Meeting', 'CHOGM'],
};

const reuters: EventArticle[] = [
  {
    name: 'reuters-canada-mexico-ministers',
    published: '2017-03-10',
    text: `Canada, Mexico vow to stand together on NAFTA as Freeland hosts Videgaray

TORONTO (Reuters) - Canadian Foreign Minister Chrystia Freeland and her Mexican counterpart Luis Videgaray pledged on Thursday to work together to protect the North American Free Trade Agreement, as both countries brace for a renegotiation demanded by Washington. The two ministers met for about two hours in Toronto, Freeland s home town, before a working dinner. We are not going to negotiate against each other,  Freeland told reporters after the talks. Videgaray, who also spoke with Freeland by telephone last month, said Mexico and Canada shared an interest in keeping the deal trilateral. Mexican President Enrique Pena Nieto is expected to visit Ottawa later this year, Mexican officials said, though no date has been set. Videgaray also met executives of Canadian mining companies in Toronto on Friday morning.`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Chrystia Freeland', 'Luis Videgaray'], date: '2017-03-09', location: 'Toronto' },
      { kind: 'visit', status: 'occurred', participants: ['Luis Videgaray', 'Chrystia Freeland'], date: '2017-03-09', location: 'Toronto', optional: true },
      { kind: 'call', status: 'occurred', participants: ['Luis Videgaray', 'Chrystia Freeland'], date: '2017-02', location: null },
      { kind: 'visit', status: 'planned', participants: ['Enrique Pena Nieto'], date: '2017', location: 'Ottawa' },
    ],
  },
  {
    name: 'reuters-ghana-nigeria-trade-row',
    published: '2017-10-11',
    text: `Ghana s Akufo-Addo, Nigeria s Buhari seek to end traders  dispute

ABUJA (Reuters) - Ghanaian President Nana Akufo-Addo held talks with Nigerian President Muhammadu Buhari in Abuja on Tuesday, seeking to defuse a row over the treatment of Nigerian shopkeepers in Ghana. Akufo-Addo arrived in the Nigerian capital on Monday evening for a two-day working visit, his second trip to Nigeria since taking office in January. After the talks, ministers from the two countries signed a memorandum of understanding on trade facilitation. Our brothers in Ghana are not our competitors,  Buhari told a joint news conference. Buhari, who spent more than three months in London this year receiving medical treatment, has cut back on foreign travel. Nigerian Foreign Minister Geoffrey Onyeama said a joint commission of the two countries would meet in Accra before the end of the year.`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Nana Akufo-Addo', 'Muhammadu Buhari'], date: '2017-10-10', location: 'Abuja' },
      { kind: 'visit', status: 'occurred', participants: ['Nana Akufo-Addo', 'Muhammadu Buhari'], date: '2017-10-09', location: 'Abuja' },
      { kind: 'signing', status: 'occurred', participants: ['NG', 'GH'], date: '2017-10-10', location: 'Abuja' },
      { kind: 'meeting', status: 'planned', participants: ['NG', 'GH'], date: '2017', location: 'Accra' },
    ],
  },
  {
    name: 'reuters-kazakh-uzbek-border',
    published: '2017-02-21',
    text: `Kazakhstan, Uzbekistan agree to speed up border talks as ties thaw

ASTANA (Reuters) - Kazakhstan and Uzbekistan agreed on Monday to speed up the demarcation of their border, as Uzbekistan s new leadership seeks to mend ties with its Central Asian neighbors. Kazakh Foreign Minister Kairat Abdrakhmanov and his Uzbek counterpart Abdulaziz Kamilov discussed water sharing, transit and border crossings at talks in Astana, the Kazakh foreign ministry said. Kazakh President Nursultan Nazarbayev is expected to host Uzbekistan s new president in Astana next month, a diplomatic source said. Nazarbayev on Monday also met regional governors to discuss preparations for spring floods. The two countries have long quarreled over the use of water from rivers flowing out of the mountains of Kyrgyzstan and Tajikistan.`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Kairat Abdrakhmanov', 'Abdulaziz Komilov'], date: '2017-02-20', location: 'Astana' },
      { kind: 'visit', status: 'occurred', participants: ['Abdulaziz Komilov'], date: '2017-02-20', location: 'Astana', optional: true },
      { kind: 'meeting', status: 'planned', participants: ['Nursultan Nazarbayev', 'UZ'], date: '2017-03', location: 'Astana' },
      { kind: 'visit', status: 'planned', participants: ['UZ', 'Nursultan Nazarbayev'], date: '2017-03', location: 'Astana', optional: true },
    ],
  },
  {
    name: 'reuters-chile-peru-joint-cabinet',
    published: '2017-07-08',
    text: `Chile, Peru leaders sign accords at first joint cabinet meeting

LIMA (Reuters) - Chilean President Michelle Bachelet and her Peruvian counterpart Pedro Pablo Kuczynski signed a dozen agreements on security, trade and the environment on Friday, at the first joint meeting of the two countries  cabinets in Lima. Relations between the Andean neighbors soured after Peru took a maritime border dispute to the International Court of Justice in The Hague, which ruled in 2014. Bachelet, who leaves office in March, flew to the Peruvian capital on Thursday night with 10 of her ministers. This is a page we are turning together,  Kuczynski told reporters. The next binational cabinet is to be held in Chile in 2018. Kuczynski and Bachelet could also meet at the APEC summit in Vietnam in November, a Peruvian official said.`,
    events: [
      { kind: 'signing', status: 'occurred', participants: ['Michelle Bachelet', 'Pedro Pablo Kuczynski'], date: '2017-07-07', location: 'Lima' },
      { kind: 'meeting', status: 'occurred', participants: ['Michelle Bachelet', 'Pedro Pablo Kuczynski'], date: '2017-07-07', location: 'Lima' },
      { kind: 'visit', status: 'occurred', participants: ['Michelle Bachelet', 'Pedro Pablo Kuczynski'], date: '2017-07-06', location: 'Lima' },
      { kind: 'meeting', status: 'planned', participants: ['CL', 'PE'], date: '2018', location: null },
      { kind: 'summit', status: 'planned', participants: [], date: '2017-11', location: null, occasion: 'APEC' },
      { kind: 'meeting', status: 'planned', participants: ['Pedro Pablo Kuczynski', 'Michelle Bachelet'], date: '2017-11', location: null, occasion: 'APEC', optional: true },
    ],
  },
  {
    name: 'reuters-serbia-hungary-railway',
    published: '2017-11-16',
    text: `Serbia s Vucic to visit Budapest as Hungary backs EU bid

BELGRADE (Reuters) - Serbian President Aleksandar Vucic will travel to Budapest next week for talks with Hungarian Prime Minister Viktor Orban, his office said on Thursday, as the two neighbors deepen ties ahead of a planned high-speed railway link. Hungarian Foreign Minister Peter Szijjarto held talks with his Serbian counterpart Ivica Dacic in Belgrade on Monday and said Budapest would keep championing Serbia s bid to join the European Union. Vucic and Orban last met in June. Orban on Wednesday met leaders of his ruling Fidesz party to prepare for next year s parliamentary election. Hungary has been one of the loudest critics of the EU s migration policy.`,
    events: [
      { kind: 'visit', status: 'planned', participants: ['Aleksandar Vucic', 'Viktor Orban'], date: '2017-11', location: 'Budapest' },
      { kind: 'meeting', status: 'planned', participants: ['Aleksandar Vucic', 'Viktor Orban'], date: '2017-11', location: 'Budapest' },
      { kind: 'meeting', status: 'occurred', participants: ['Peter Szijjarto', 'Ivica Dacic'], date: '2017-11-13', location: 'Belgrade' },
      { kind: 'meeting', status: 'occurred', participants: ['Aleksandar Vucic', 'Viktor Orban'], date: '2017-06', location: null },
    ],
  },
  {
    name: 'reuters-guterres-first-assembly',
    published: '2017-09-20',
    text: `Guterres opens first General Assembly with warning of a world in pieces

UNITED NATIONS (Reuters) - Antonio Guterres opened his first U.N. General Assembly as secretary-general on Tuesday with a warning that the world was in pieces, as more than 100 heads of state and government gathered in New York. Guterres met Ghana s President Nana Akufo-Addo on the sidelines on Monday to discuss development financing, a U.N. spokesman said. Nigeria s President Muhammadu Buhari was due to address the assembly later in the week. Guterres plans to travel to West Africa later this year, the spokesman added, without giving details.`,
    events: [
      { kind: 'summit', status: 'occurred', participants: [], date: '2017-09-19', location: 'New York', occasion: 'UNGA' },
      { kind: 'meeting', status: 'occurred', participants: ['Antonio Guterres', 'Nana Akufo-Addo'], date: '2017-09-18', location: 'New York', occasion: 'UNGA' },
      { kind: 'visit', status: 'planned', participants: ['Antonio Guterres'], date: '2017', location: null },
    ],
  },
  {
    name: 'reuters-nigeria-salary-arrears',
    published: '2016-08-04',
    text: `Nigeria s Buhari meets governors over unpaid salaries as crisis deepens

LAGOS (Reuters) - Nigerian President Muhammadu Buhari met state governors in Abuja on Wednesday to discuss ways to pay months of salary arrears, as the country s worst economic crisis in decades deepens. At least 20 of Nigeria s 36 states have failed to pay civil servants on time since oil prices collapsed. Buhari will travel to Lagos next week to open a railway line, his spokesman said. Vice President Yemi Osinbajo met community leaders in the Niger Delta last month to try to halt attacks on oil pipelines. Opposition lawmakers speculated the government might be forced to seek a loan from the International Monetary Fund.`,
    events: [],
  },
];

const web: EventArticle[] = [
  {
    name: 'web-canada-mexico-tariff-call',
    published: '2025-02-05',
    text: `Skip to main content
Canada
World
Politics
Business
Joly, de la Fuente compare notes on U.S. tariff threat
We use cookies to improve your experience. Accept all | Manage preferences
Canada's Foreign Affairs Minister Mélanie Joly spoke by phone with her Mexican counterpart Juan Ramón de la Fuente on Tuesday, a day after both countries won a 30-day reprieve from U.S. tariffs.
The ministers agreed to keep in close contact and to coordinate ahead of next year's review of the Canada-United States-Mexico Agreement, according to a readout from Global Affairs Canada.
Related: Ottawa names fentanyl czar as tariff pause begins
Joly plans to travel to Mexico City later this month to meet de la Fuente and business leaders, her office said.
Mélanie Joly speaks to reporters in Ottawa, Jan. 30, 2025. (The Canadian Press)
Share this article`,
    events: [
      { kind: 'call', status: 'occurred', participants: ['Melanie Joly', 'Juan Ramon de la Fuente'], date: '2025-02-04', location: null },
      { kind: 'meeting', status: 'planned', participants: ['Melanie Joly', 'Juan Ramon de la Fuente'], date: '2025-02', location: 'Mexico City' },
      { kind: 'visit', status: 'planned', participants: ['Melanie Joly', 'Juan Ramon de la Fuente'], date: '2025-02', location: 'Mexico City', optional: true },
    ],
  },
  {
    name: 'web-tinubu-accra-inauguration',
    published: '2025-01-08',
    text: `Home | News | Africa | Politics | Sports
Tinubu joins leaders in Accra as Mahama is sworn in
President Bola Tinubu on Tuesday joined more than 20 heads of state and government in Accra for the inauguration of John Dramani Mahama as Ghana's president.
Tinubu arrived at the Black Star Square venue shortly before noon and was received by outgoing President Nana Akufo-Addo.
After the ceremony, Tinubu and Mahama held a closed-door meeting at Jubilee House, where they discussed regional security and the future of ECOWAS, according to a statement by the presidency.
Mahama told Tinubu he would make Abuja one of his first foreign stops as president.
ALSO READ: Senate confirms new service chiefs
President Bola Tinubu (left) with President John Mahama in Accra on Tuesday. Photo: State House
Advertisement`,
    events: [
      { kind: 'visit', status: 'occurred', participants: ['Bola Tinubu', 'John Mahama'], date: '2025-01-07', location: 'Accra' },
      { kind: 'meeting', status: 'occurred', participants: ['Bola Tinubu', 'John Mahama'], date: '2025-01-07', location: 'Accra' },
      { kind: 'visit', status: 'planned', participants: ['John Mahama'], date: null, location: 'Abuja' },
      { kind: 'meeting', status: 'occurred', participants: ['Bola Tinubu', 'Nana Akufo-Addo'], date: '2025-01-07', location: 'Accra', optional: true },
      { kind: 'summit', status: 'occurred', participants: [], date: '2025-01-07', location: 'Accra', optional: true },
    ],
  },
  {
    name: 'web-greece-turkey-antalya',
    published: '2025-05-16',
    text: `Subscribe | Sign in | Greece | Europe | Opinion
Greek, Turkish foreign ministers meet in Antalya, agree to keep channels open
Greek Foreign Minister George Gerapetritis and his Turkish counterpart Hakan Fidan held a 45-minute meeting on Thursday on the margins of an informal gathering of NATO foreign ministers in the Turkish resort of Antalya.
The two discussed maritime zones in the Aegean and preparations for the next High-Level Cooperation Council, which Greece is due to host in Athens in the coming months, Greek diplomatic sources said.
The two countries' leaders last convened the council in Ankara in May 2024.
Related: Athens unveils plan for marine parks in the Aegean
The NATO meeting, which opened on Wednesday, focused on defence spending ahead of the alliance's summit in The Hague in June.
Fidan is not expected to travel to Athens before the summer, a Turkish official said.
George Gerapetritis arrives for the meeting in Antalya. Photo: AP
© 2025 All rights reserved.`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Giorgos Gerapetritis', 'Hakan Fidan'], date: '2025-05-15', location: 'Antalya', occasion: 'NATO' },
      { kind: 'summit', status: 'occurred', participants: [], date: '2025-05-14', location: 'Antalya', occasion: 'NATO' },
      { kind: 'meeting', status: 'planned', participants: ['GR', 'TR'], date: null, location: 'Athens' },
      { kind: 'meeting', status: 'occurred', participants: ['GR', 'TR'], date: '2024-05', location: 'Ankara' },
      { kind: 'summit', status: 'planned', participants: [], date: '2025-06', location: 'The Hague', occasion: 'NATO' },
    ],
  },
  {
    name: 'web-philippines-vietnam-arf',
    published: '2025-07-12',
    text: `NEWS | NATION | WORLD | OPINION | LIFESTYLE
Lazaro, Vietnam's Son discuss sea code at ASEAN forum
Philippine Foreign Affairs Secretary Theresa Lazaro met Vietnamese Deputy Prime Minister and Foreign Minister Bui Thanh Son on the sidelines of the ASEAN Regional Forum (ARF) in Kuala Lumpur on Friday, the Department of Foreign Affairs said.
It was Lazaro's first face-to-face meeting with Son since she took office on July 1.
The ARF, which groups 27 members including the United States, China and Russia, was chaired by Malaysian Foreign Minister Mohamad Hasan, with whom Lazaro had spoken by phone on Wednesday.
Read more: DFA opens new consular office in Davao
Manila and Hanoi signed a memorandum on coast guard cooperation in January 2024.
Foreign Affairs Secretary Theresa Lazaro (right) with Vietnamese Foreign Minister Bui Thanh Son. DFA photo`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Theresa Lazaro', 'Bui Thanh Son'], date: '2025-07-11', location: 'Kuala Lumpur', occasion: 'ARF' },
      { kind: 'summit', status: 'occurred', participants: [], date: '2025-07-11', location: 'Kuala Lumpur', occasion: 'ARF' },
      { kind: 'call', status: 'occurred', participants: ['Theresa Lazaro', 'Mohamad Hasan'], date: '2025-07-09', location: null },
      { kind: 'signing', status: 'occurred', participants: ['PH', 'VN'], date: '2024-01', location: null },
    ],
  },
  {
    name: 'web-boric-boluarte-apec',
    published: '2024-11-15',
    text: `Accept cookies | Settings
Americas | Politics | Economy
Boric and Boluarte meet in Lima, pledge to manage migration together
LIMA — Chilean President Gabriel Boric and Peruvian President Dina Boluarte held a bilateral meeting on Thursday on the sidelines of the Asia-Pacific Economic Cooperation forum in Lima, Peru's foreign ministry said.
It was their first meeting since relations were strained in 2023 by a migrant crisis on the shared border.
The two leaders agreed to hold a binational cabinet meeting in 2025.
APEC leaders meet on Friday and Saturday at the Lima Convention Center, with the presidents of the United States and China among those attending.
Boric returns to Santiago on Sunday.
Gabriel Boric and Dina Boluarte shake hands at the Lima Convention Center. (Andina)`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Gabriel Boric', 'Dina Boluarte'], date: '2024-11-14', location: 'Lima', occasion: 'APEC' },
      { kind: 'meeting', status: 'planned', participants: ['CL', 'PE'], date: '2025', location: null },
      { kind: 'summit', status: 'planned', participants: [], date: '2024-11-15', location: 'Lima', occasion: 'APEC', optional: true },
      { kind: 'visit', status: 'occurred', participants: ['Gabriel Boric'], date: '2024-11', location: 'Lima', optional: true },
    ],
  },
  {
    name: 'web-orban-belgrade-pipeline',
    published: '2025-03-18',
    text: `Menu | Search | Newsletters
Orbán in Belgrade: Hungary and Serbia sign oil pipeline deal
Hungarian Prime Minister Viktor Orbán arrived in Belgrade on Monday for a one-day visit, during which he and Serbian President Aleksandar Vučić signed an agreement to build an oil pipeline linking the two countries.
"This pipeline is a guarantee of energy security for both our nations," Vučić said at a joint press conference at the Palace of Serbia.
The two leaders also discussed migration and Serbia's stalled EU accession talks.
Foreign ministers Péter Szijjártó and Marko Đurić are due to meet again in Budapest in May to review progress, the Serbian foreign ministry said.
Related: Students continue protests in Novi Sad
Advertisement`,
    events: [
      { kind: 'visit', status: 'occurred', participants: ['Viktor Orban', 'Aleksandar Vucic'], date: '2025-03-17', location: 'Belgrade' },
      { kind: 'signing', status: 'occurred', participants: ['Viktor Orban', 'Aleksandar Vucic'], date: '2025-03-17', location: 'Belgrade' },
      { kind: 'meeting', status: 'occurred', participants: ['Viktor Orban', 'Aleksandar Vucic'], date: '2025-03-17', location: 'Belgrade' },
      { kind: 'meeting', status: 'planned', participants: ['Peter Szijjarto', 'Marko Djuric'], date: '2025-05', location: 'Budapest' },
    ],
  },
  {
    name: 'web-general-assembly-2025',
    published: '2025-09-24',
    text: `LIVE | World | UN General Assembly 2025
UN General Assembly: leaders take the podium as Baerbock opens debate
Annalena Baerbock, the former German foreign minister who now presides over the UN General Assembly, opened the annual high-level debate in New York on Tuesday with a call to defend the UN Charter.
Secretary-General António Guterres met New Zealand Prime Minister Christopher Luxon at UN headquarters on Monday to discuss climate finance for the Pacific, his office said.
Luxon is scheduled to hold talks with Malaysian Prime Minister Anwar Ibrahim on the sidelines on Thursday.
Related: What to watch at this year's UNGA
Dozens of leaders skipped the gathering this year, citing budget cuts.
Photo: Annalena Baerbock at the rostrum of the General Assembly hall. UN Photo`,
    events: [
      { kind: 'summit', status: 'occurred', participants: [], date: '2025-09-23', location: 'New York', occasion: 'UNGA' },
      { kind: 'meeting', status: 'occurred', participants: ['Antonio Guterres', 'Christopher Luxon'], date: '2025-09-22', location: 'New York', occasion: 'UNGA' },
      { kind: 'meeting', status: 'planned', participants: ['Christopher Luxon', 'Anwar Ibrahim'], date: '2025-09-25', location: 'New York', occasion: 'UNGA' },
    ],
  },
  {
    name: 'web-shehbaz-malaysia-visit',
    published: '2025-10-08',
    text: `Home > Pakistan > Latest
PM Shehbaz returns home after Malaysia visit
Prime Minister Shehbaz Sharif returned home on Tuesday after a three-day official visit to Malaysia.
He held talks with his Malaysian counterpart Anwar Ibrahim in Putrajaya on Monday, after which the two leaders witnessed the signing of several memorandums of understanding on halal trade and education.
Anwar accepted an invitation to visit Islamabad next year, the Foreign Office said.
The two prime ministers last met in Riyadh in November 2024 at a joint Arab-Islamic summit.
Both countries will be represented at the Commonwealth Heads of Government Meeting in Antigua and Barbuda next year.
Read more: Rupee gains against dollar in interbank market`,
    events: [
      { kind: 'visit', status: 'occurred', participants: ['Shehbaz Sharif', 'Anwar Ibrahim'], date: '2025-10', date_true: '2025-10-05', location: 'Putrajaya' },
      { kind: 'meeting', status: 'occurred', participants: ['Shehbaz Sharif', 'Anwar Ibrahim'], date: '2025-10-06', location: 'Putrajaya' },
      { kind: 'signing', status: 'occurred', participants: ['Shehbaz Sharif', 'Anwar Ibrahim'], date: '2025-10-06', location: 'Putrajaya' },
      { kind: 'visit', status: 'planned', participants: ['Anwar Ibrahim'], date: '2026', location: 'Islamabad' },
      { kind: 'meeting', status: 'occurred', participants: ['Shehbaz Sharif', 'Anwar Ibrahim'], date: '2024-11', location: 'Riyadh' },
      { kind: 'summit', status: 'occurred', participants: [], date: '2024-11', location: 'Riyadh', optional: true },
      { kind: 'summit', status: 'planned', participants: [], date: '2026', location: null, occasion: 'Commonwealth' },
    ],
  },
  {
    name: 'web-g7-capri',
    published: '2024-04-20',
    text: `World | Europe | Middle East
G7 foreign ministers wrap up Capri talks with warning to Iran
Italian Foreign Minister Antonio Tajani, who hosted the three-day meeting of Group of Seven foreign ministers on the island of Capri, said on Friday that the group would consider new sanctions on Tehran.
On the sidelines, Tajani held talks with Canada's Mélanie Joly on Thursday on support for Ukraine and the situation in Haiti.
Related: Israel strikes Iran in limited retaliation, sources say
The G7 leaders will meet in Puglia in June.
Sign up for our newsletter
Foreign ministers pose for a family photo in Capri. REUTERS/Remo Casilli`,
    events: [
      { kind: 'summit', status: 'occurred', participants: [], date: '2024-04', date_true: '2024-04-17', location: 'Capri', occasion: 'G7' },
      { kind: 'meeting', status: 'occurred', participants: ['Antonio Tajani', 'Melanie Joly'], date: '2024-04-18', location: 'Capri', occasion: 'G7' },
      { kind: 'summit', status: 'planned', participants: [], date: '2024-06', location: 'Puglia', occasion: 'G7' },
    ],
  },
  {
    name: 'web-boric-punta-arenas',
    published: '2025-10-07',
    text: `Chile | Politics | Environment
Boric opens hydrogen plant on visit to Punta Arenas
President Gabriel Boric travelled to Punta Arenas on Monday to open a green hydrogen pilot plant and met the regional governor and local business leaders.
The trip is his third to the Magallanes region this year.
Boric will meet opposition party leaders at La Moneda on Wednesday to discuss the pension reform.
Some analysts speculate that he could travel to Antarctica before leaving office in March.
Cookie settings | Privacy policy`,
    events: [],
  },
];

const chinaRussia: EventArticle[] = [
  {
    name: 'xinhua-sco-defence-qingdao',
    published: '2025-06-25',
    text: `QINGDAO, June 25 (Xinhua) -- Chinese Defense Minister Dong Jun met with Russian Defense Minister Andrei Belousov in Qingdao, east China's Shandong Province, on Wednesday on the sidelines of the Shanghai Cooperation Organization (SCO) Defense Ministers' Meeting.
Dong said that under the strategic guidance of the two heads of state, the military relations between China and Russia has kept developing at high level.
Belousov said the Russian side is willing to work together with the Chinese side to deepen the practical cooperation in all fields.
The SCO Defense Ministers' Meeting is held in Qingdao from June 25 to 26.
On Thursday, Dong will also hold talks with Indian Defence Minister Rajnath Singh, according to the ministry.
Enditem`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Dong Jun', 'Andrei Belousov'], date: '2025-06-25', location: 'Qingdao', occasion: 'SCO' },
      { kind: 'summit', status: 'occurred', participants: [], date: '2025-06-25', location: 'Qingdao', occasion: 'SCO' },
      { kind: 'meeting', status: 'planned', participants: ['Dong Jun', 'Rajnath Singh'], date: '2025-06-26', location: 'Qingdao', occasion: 'SCO' },
      { kind: 'visit', status: 'occurred', participants: ['Andrei Belousov'], date: '2025-06-25', location: 'Qingdao', occasion: 'SCO', optional: true },
    ],
  },
  {
    name: 'tass-overchuk-nurtleu',
    published: null,
    text: `Russia, Kazakhstan discuss preparation of intergovernmental commission

MOSCOW, March 5. /TASS/. Russian Deputy Prime Minister Alexei Overchuk held talks with Deputy Prime Minister - Minister of Foreign Affairs of Kazakhstan Murat Nurtleu in Moscow on Tuesday, the Russian government press service reported.
The sides discussed the preparation of the meeting of the intergovernmental commission on cooperation, which is scheduled to be held in Astana in the autumn, and the realization of joint projects in energy and transport sphere.
"Kazakhstan is our closest ally and strategic partner, and our trade turnover grows steadily," Overchuk noted.
A day earlier Nurtleu held consultations at the Russian Foreign Ministry.

March 5, 2024 16:27`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Alexei Overchuk', 'Murat Nurtleu'], date: '2024-03-05', location: 'Moscow' },
      { kind: 'visit', status: 'occurred', participants: ['Murat Nurtleu'], date: '2024-03', location: 'Moscow', optional: true },
      { kind: 'meeting', status: 'planned', participants: ['RU', 'KZ'], date: '2024', location: 'Astana' },
      { kind: 'meeting', status: 'occurred', participants: ['Murat Nurtleu', 'RU'], date: '2024-03-04', location: 'Moscow' },
    ],
  },
  {
    name: 'mfa-russia-galuzin-saidov',
    published: '2024-11-15',
    text: `About the talks of Deputy Minister of Foreign Affairs of Russia M.Yu.Galuzin with Minister of Foreign Affairs of Uzbekistan B.Saidov

On November 14, Deputy Minister of Foreign Affairs of the Russian Federation Mikhail Galuzin held talks with Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov, who is in Moscow on a working visit.
The interlocutors exchanged views on the topical issues of bilateral agenda, as well as the schedule of upcoming contacts at the highest and high levels.
Special attention was paid to the preparation of the next meeting of the Council of Foreign Ministers of the CIS.
The conversation passed in the traditionally friendly and trustful atmosphere.`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Mikhail Galuzin', 'Bakhtiyor Saidov'], date: '2024-11-14', location: 'Moscow' },
      { kind: 'visit', status: 'occurred', participants: ['Bakhtiyor Saidov'], date: '2024-11', location: 'Moscow', optional: true },
      { kind: 'summit', status: 'planned', participants: [], date: null, location: null, occasion: 'CIS', optional: true },
    ],
  },
  {
    name: 'mfa-china-ma-zhaoxu-ryzhenkov',
    published: null,
    text: `Ma Zhaoxu Meets with Belarusian Foreign Minister Maxim Ryzhenkov
2024-06-18 21:30
On June 18, 2024, Executive Vice Foreign Minister Ma Zhaoxu met with Belarusian Foreign Minister Maxim Ryzhenkov in Beijing.
Ma Zhaoxu said that China and Belarus are all-weather comprehensive strategic partners, and China is willing to work with Belarus to implement the important consensus reached by the two heads of state.
Maxim Ryzhenkov said that the Belarusian side stands ready to further deepen the cooperation, recalling that President Alexander Lukashenko paid a state visit to China in March 2023.
The two sides also exchanged views on the preparation of the SCO summit in Astana next month, where Belarus will be admitted as a full member.`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Ma Zhaoxu', 'Maxim Ryzhenkov'], date: '2024-06-18', location: 'Beijing' },
      { kind: 'visit', status: 'occurred', participants: ['Maxim Ryzhenkov'], date: '2024-06-18', location: 'Beijing', optional: true },
      { kind: 'visit', status: 'occurred', participants: ['Alexander Lukashenko', 'CN'], date: '2023-03', location: null },
      { kind: 'summit', status: 'planned', participants: [], date: '2024-07', location: 'Astana', occasion: 'SCO' },
    ],
  },
  {
    name: 'mfa-china-press-conference-anwar',
    published: '2025-08-26',
    text: `Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on August 26, 2025

Mao Ning: At the invitation of the Chinese side, Prime Minister of Malaysia Anwar Ibrahim will attend the SCO Plus meeting in Tianjin from August 31 to September 1 and pay a visit to China.
Reuters: There are reports that Chinese and Philippine officials held secret talks over the Second Thomas Shoal last week. Can you confirm?
Mao Ning: I have no information to offer on that. China's position on the South China Sea is consistent and clear.
AFP: Will the Chinese leader meet the Malaysian Prime Minister?
Mao Ning: We will release information in due course.`,
    events: [
      { kind: 'summit', status: 'planned', participants: [], date: '2025-08-31', location: 'Tianjin', occasion: 'SCO' },
      { kind: 'visit', status: 'planned', participants: ['Anwar Ibrahim'], date: '2025-08-31', location: 'Tianjin' },
      { kind: 'meeting', status: 'occurred', participants: ['CN', 'PH'], date: null, location: null, optional: true },
      { kind: 'meeting', status: 'planned', participants: ['CN', 'Anwar Ibrahim'], date: null, location: null, optional: true },
    ],
  },
  {
    name: 'xinhua-china-philippines-bcm',
    published: '2024-01-18',
    text: `SHANGHAI, Jan. 17 (Xinhua) -- China and the Philippines held the 22nd meeting of the Bilateral Consultation Mechanism on the South China Sea (BCM) in Shanghai on Wednesday.
Chinese Vice Foreign Minister Sun Weidong and Philippine Undersecretary of Foreign Affairs Theresa Lazaro co-chaired the meeting, which was held in a frank and constructive atmosphere.
The two sides agreed that the maritime issues are not the entirety of China-Philippines relations, and agreed to properly manage the differences through friendly consultation.
The two sides agreed to hold the next BCM meeting in the Philippines in the second half of this year.`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Sun Weidong', 'Theresa Lazaro'], date: '2024-01-17', location: 'Shanghai' },
      { kind: 'meeting', status: 'planned', participants: ['CN', 'PH'], date: '2024', location: null },
    ],
  },
  {
    name: 'tass-brics-ministers-rio',
    published: '2025-04-22',
    text: `MOSCOW, April 22. /TASS/. The meeting of BRICS foreign ministers will take place in Rio de Janeiro on April 28-29, Russian Foreign Ministry spokeswoman Maria Zakharova said at a briefing.
According to her, the ministers will exchange opinions on the reform of global governance and situation in the Middle East.
Brazil, which chairs BRICS this year, will host the summit of the association in Rio de Janeiro on July 6-7.
Earlier Brazilian Foreign Minister Mauro Vieira and Minister of International Relations of South Africa Ronald Lamola discussed by phone the coordination within BRICS and G20.
Zakharova also said that Moscow expects the Brazilian chairmanship to keep the association's agenda free of politicization.`,
    events: [
      { kind: 'summit', status: 'planned', participants: [], date: '2025-04-28', location: 'Rio de Janeiro', occasion: 'BRICS' },
      { kind: 'summit', status: 'planned', participants: [], date: '2025-07-06', location: 'Rio de Janeiro', occasion: 'BRICS' },
      { kind: 'call', status: 'occurred', participants: ['Mauro Vieira', 'Ronald Lamola'], date: null, location: null },
    ],
  },
  {
    name: 'tass-japarov-belarus-visit',
    published: '2025-04-07',
    text: `MINSK, April 7. /TASS/. President of Kyrgyzstan Sadyr Zhaparov will pay an official visit to Belarus on April 9-10, the press service of Belarusian leader Alexander Lukashenko said on Monday.
The heads of state will hold negotiations in narrow and expanded formats on April 10. Following the talks, a package of documents is expected to be signed.
Lukashenko and Zhaparov last met in St. Petersburg in December 2024 on the sidelines of the informal CIS summit.
Trade turnover between two countries has increased by 15 percent last year, the press service noted.`,
    events: [
      { kind: 'visit', status: 'planned', participants: ['Sadyr Japarov', 'Alexander Lukashenko'], date: '2025-04-09', location: null },
      { kind: 'meeting', status: 'planned', participants: ['Sadyr Japarov', 'Alexander Lukashenko'], date: '2025-04-10', location: null },
      { kind: 'signing', status: 'planned', participants: ['Sadyr Japarov', 'Alexander Lukashenko'], date: '2025-04-10', location: null, optional: true },
      { kind: 'meeting', status: 'occurred', participants: ['Alexander Lukashenko', 'Sadyr Japarov'], date: '2024-12', location: 'Saint Petersburg', occasion: 'CIS' },
      { kind: 'summit', status: 'occurred', participants: [], date: '2024-12', location: 'Saint Petersburg', occasion: 'CIS' },
    ],
  },
];

/** The fresh set: 25 articles in the three source styles, keyed by the evaluation README's conventions. */
export const FRESH_ARTICLES: EventArticle[] = [...reuters, ...web, ...chinaRussia];
