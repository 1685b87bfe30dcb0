// A fifth set of hand-written articles ("blind"), written blind to the rules of the events stage after the four
// other sets (generalization, held-out, fresh, unseen) had all been used for tuning: its author read neither the
// stage's source nor its output before the keys were final, so its score is an honest estimate of event extraction
// on articles nobody has tuned for. Same three source styles as the evaluation set: Reuters copy of 2016-2018 (some
// with quotation marks and apostrophes stripped, as in the research corpus); web pages of 2024-2026 as scraped, with
// menus, "Related:" lines, cookie banners, photo captions and counters; foreign-ministry, TASS and Xinhua style
// copies with translation slips and a trailing timestamp that is the publication date (no metadata date). Actors,
// country pairs and stories were chosen to appear in none of the other four sets. Keys follow the answer-key
// conventions of the evaluation README and its cases: participants are canonical person names of the knowledge base
// (country codes where no person is named); a visit lists the visitor and the named host; a visit and the talks
// held during it are both keyed; background events keep the date the text gives (a month for "last month" or
// "in January", a year for "in 2012" or "later this year"); summits have no participants and a location only when
// the text names the city; `date_true` is the real date where the key's date is coarser; `optional` marks
// borderline items (a trip implied by attending something, a vague plan with no date). Its failures were read for
// debugging once the seventh (sealed) set had been written; it is a regression set now.
import { articleOfText, keyedEvent, type Aliases, type EventArticle } from './event-scoring.js';

/** Other spellings the keys accept for the names, places and gatherings used here, as a key's `aliases` would. */
export const BLIND_ALIASES: Aliases = {
  'Abdel Fattah al-Sisi': ['Abdel Fattah el-Sisi', 'Abdel-Fattah al-Sisi'],
  'Omar al-Bashir': ['Omar Hassan al-Bashir', 'Omar Bashir'],
  'Aung San Suu Kyi': ['Suu Kyi'],
  'Teodoro Obiang Nguema Mbasogo': ['Teodoro Obiang Nguema', 'Teodoro Obiang'],
  'Ali Bongo Ondimba': ['Ali Bongo'],
  'Mishal al-Ahmad al-Jaber al-Sabah': ['Sheikh Mishal al-Ahmad al-Jaber al-Sabah', 'Mishal al-Ahmad al-Jaber Al-Sabah', 'Sheikh Mishal'],
  'Hamad bin Isa Al Khalifa': ['King Hamad bin Isa Al Khalifa', 'Hamad bin Isa Al-Khalifa'],
  'Hassanal Bolkiah': ['Sultan Hassanal Bolkiah', 'Haji Hassanal Bolkiah'],
  'Kestutis Budrys': ['Kęstutis Budrys'],
  'Espen Barth Eide': ['Espen Barth-Eide'],
  'Mohamed al-Menfi': ['Mohamed Menfi', 'Mohammed al-Menfi'],
  'Abdul Hamid Dbeibah': ['Abdulhamid Dbeibah', 'Abdul Hamid Dbeibeh'],
  'Andres Manuel Lopez Obrador': ['Lopez Obrador'],
  'Luvsannamsrain Oyun-Erdene': ['Oyun-Erdene Luvsannamsrai'],
  'Naypyitaw': ['Nay Pyi Taw', 'Naypyidaw', 'Nay Pyi Daw'],
  'Danang': ['Da Nang'],
  'Port-au-Prince': ['Port au Prince'],
  'Santo Domingo': [],
  'The Hague': ['Den Haag', 'Hague'],
  'Bandar Seri Begawan': [],
  "N'Djamena": ['Ndjamena', 'N Djamena'],
  'St. Petersburg': ['Saint Petersburg', 'St Petersburg', 'Saint-Petersburg'],
  'Kyiv': ['Kiev'],
  'Asuncion': ['Asunción'],
  'Washington': ['Washington, D.C.', 'Washington DC'],
  'AU': ['African Union'],
  'SADC': ['Southern African Development Community'],
  'World Economic Forum': ['WEF'],
  'Kabul Process': ['Kabul Process conference'],
  'Visegrad Group': ['Visegrad', 'V4'],
  'Summit of the Americas': [],
  'APEC': ['Asia-Pacific Economic Cooperation'],
  'East Asia Summit': ['EAS'],
  'ASEAN Regional Forum': ['ARF'],
  'Arab League': ['League of Arab States'],
  'CEMAC': ['Central African Economic and Monetary Community'],
  'ECCAS': ['Economic Community of Central African States'],
  'UN General Assembly': ['United Nations General Assembly', 'UNGA', 'General Assembly'],
  'European Political Community': ['EPC'],
  'Moldova Partnership Platform': [],
  'EU': ['European Union', 'European Council'],
  'ASEAN': ['Association of Southeast Asian Nations'],
  'Gas Exporting Countries Forum': ['GECF'],
  'BIMSTEC': ['Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation'],
  'FOCAC': ['Forum on China-Africa Cooperation'],
  'BRICS': ['BRICS Parliamentary Forum'],
  'NATO': ['North Atlantic Treaty Organization'],
  'Ukraine Recovery Conference': ['URC'],
};

const a = articleOfText;
const ev = keyedEvent;

export const BLIND_ARTICLES: EventArticle[] = [
  // ---------------------------------------------------------------- Reuters copy, 2016-2018
  a('r-zimbabwe-namibia-windhoek', '2018-01-10', `
Zimbabwe s Mnangagwa seeks Namibian help to revive economy

WINDHOEK (Reuters) - Zimbabwean President Emmerson Mnangagwa held talks with his Namibian counterpart Hage Geingob in Windhoek on Wednesday, seeking support from a neighbour as he tries to revive an economy wrecked under his predecessor Robert Mugabe. Mnangagwa, on a one-day visit, was received at State House by Geingob, who called him a  comrade from the liberation struggle  and said Namibia stood ready to help Zimbabwe rebuild.  Zimbabwe is open for business, and we want our brothers in the region to be the first to come in,  Mnangagwa told reporters after the meeting. He said the two sides had discussed trade, energy and money owed by Zimbabwean state firms to Namibian suppliers. Ministers from the two countries signed agreements on trade and on the use of the port of Walvis Bay by Zimbabwean importers, a Namibian government statement said. Mnangagwa, 75, took power in November after the army intervened and Mugabe resigned following 37 years in charge. Last month he travelled to Pretoria for talks with South African President Jacob Zuma, who chairs the Southern African Development Community (SADC), on his first trip abroad as head of state. Geingob, who will take over the rotating chairmanship of SADC when the bloc s leaders gather in Windhoek in August, said the region wanted Zimbabwe to hold credible elections this year.  We want to see a Zimbabwe that is stable and prosperous. That is good for all of us,  Geingob said. Namibia lent Zimbabwe 500 million Namibian dollars in 2016 to help it pay for imports, but most of the money has not been repaid, according to Namibian officials. Mnangagwa is expected to travel to the World Economic Forum in Davos, Switzerland, later this month, where he hopes to persuade foreign investors that the country has changed. Zimbabwe s economy has been hobbled by a shortage of dollars, which has led to long queues at banks and a parallel market for cash. Mnangagwa has not yet met Western leaders, but British officials have said London is ready to help Zimbabwe if the elections are free and fair. The new government has promised to compensate white farmers whose land was seized under Mugabe and to relax rules requiring foreign-owned firms to cede majority stakes to black Zimbabweans.
`, [
    ev('visit', 'occurred', ['Emmerson Mnangagwa', 'Hage Geingob'], '2018-01-10', 'Windhoek'),
    ev('meeting', 'occurred', ['Emmerson Mnangagwa', 'Hage Geingob'], '2018-01-10', 'Windhoek'),
    ev('signing', 'occurred', ['ZW', 'NA'], '2018-01-10', 'Windhoek'),
    ev('visit', 'occurred', ['Emmerson Mnangagwa', 'Jacob Zuma'], '2017-12', 'Pretoria'),
    ev('meeting', 'occurred', ['Emmerson Mnangagwa', 'Jacob Zuma'], '2017-12', 'Pretoria'),
    ev('summit', 'planned', [], '2018-08', 'Windhoek', { occasion: 'SADC' }),
    ev('visit', 'planned', ['Emmerson Mnangagwa'], '2018-01', 'Davos', { occasion: 'World Economic Forum', optional: true }),
    ev('summit', 'planned', [], '2018-01', 'Davos', { occasion: 'World Economic Forum', date_true: '2018-01-23', optional: true }),
  ]),

  a('r-sudan-egypt-cairo', '2018-03-19', `
Sudan's Bashir in Cairo for talks with Sisi as tensions ease

CAIRO (Reuters) - Sudanese President Omar al-Bashir arrived in Cairo on Monday for talks with Egyptian President Abdel Fattah al-Sisi, the latest sign of a thaw between the neighbours after months of tension over a border dispute and a giant Ethiopian dam on the Nile.

Sisi received Bashir at Cairo airport and the two men then held talks at the Ittihadiya presidential palace, Egypt's presidency said in a statement. They discussed ways to boost trade, link their electricity grids and coordinate their positions on the Nile, the statement said.

"We agreed that what binds Egypt and Sudan is bigger than any disagreement," Bashir told a joint news conference. "Sudan will never be a source of harm to Egypt."

Sisi said the two countries were "one people in two states" and that he had agreed with Bashir to step up cooperation between their security services.

Sudan recalled its ambassador from Cairo in January without giving a reason, amid a war of words in the media of both countries. The envoy returned to his post this month.

Relations began to improve after Sisi and Bashir met on the sidelines of an African Union summit in Addis Ababa in January and agreed to form a committee to resolve outstanding issues. The foreign ministers and intelligence chiefs of the two countries then met in Cairo last month, in the first meeting of its kind.

Egypt fears the Grand Ethiopian Renaissance Dam will reduce its share of the Nile's waters, on which it depends for almost all its fresh water. Sudan, which stands to benefit from cheaper electricity, has been seen in Cairo as leaning towards Ethiopia's position.

The two countries also dispute sovereignty over the Halayeb triangle on the Red Sea coast, which Egypt controls.

Sisi accepted an invitation to visit Khartoum later this year, where he and Bashir will chair a meeting of the two countries' joint higher committee, the Egyptian statement said.

Sudan is also seeking Egyptian support for its efforts to be removed from a U.S. list of state sponsors of terrorism. Washington lifted a 20-year trade embargo on Sudan in October.
`, [
    ev('visit', 'occurred', ['Omar al-Bashir', 'Abdel Fattah al-Sisi'], '2018-03-19', 'Cairo'),
    ev('meeting', 'occurred', ['Abdel Fattah al-Sisi', 'Omar al-Bashir'], '2018-03-19', 'Cairo'),
    ev('meeting', 'occurred', ['Abdel Fattah al-Sisi', 'Omar al-Bashir'], '2018-01', 'Addis Ababa', { occasion: 'AU' }),
    ev('summit', 'occurred', [], '2018-01', 'Addis Ababa', { occasion: 'AU' }),
    ev('meeting', 'occurred', ['EG', 'SD'], '2018-02', 'Cairo'),
    ev('visit', 'planned', ['Abdel Fattah al-Sisi', 'Omar al-Bashir'], '2018', 'Khartoum'),
    ev('meeting', 'planned', ['Abdel Fattah al-Sisi', 'Omar al-Bashir'], '2018', 'Khartoum'),
  ]),

  a('r-pakistan-afghanistan-kabul', '2018-04-06', `
Pakistan PM visits Kabul in bid to mend strained ties

KABUL (Reuters) - Pakistani Prime Minister Shahid Khaqan Abbasi made a one-day visit to Kabul on Friday and met President Ashraf Ghani, as the neighbours try to repair relations soured by years of mutual accusations of harbouring militants. Abbasi, who was accompanied by his foreign and interior ministers, was welcomed by Ghani at the presidential palace, where the two leaders held talks over lunch on security, trade and the return of Afghan refugees, officials from both sides said.  The prime minister s visit is an opportunity to turn a new page in our relations,  Ghani s spokesman Shah Hussain Murtazawi said. Abbasi also held separate talks with Chief Executive Abdullah Abdullah, who shares power with Ghani in a national unity government, Abdullah s office said. Afghan officials have long accused Pakistan of sheltering the Taliban and the Haqqani network, a charge Islamabad denies. Pakistan says Afghanistan gives refuge to militants who attack it across the long and porous border.  We have agreed that neither country will allow its soil to be used against the other,  Abbasi told reporters before flying back to Islamabad. The visit followed a telephone call last month in which Ghani invited Abbasi to Kabul. In February, at a conference in Kabul on the so-called Kabul Process, Ghani offered to recognise the Taliban as a legitimate political group if it agreed to a ceasefire, and he repeated the offer at an international conference on Afghanistan in Tashkent last month. The Taliban have not formally responded. Pakistani officials said Ghani had accepted an invitation to visit Islamabad, though no date has been set. Washington has stepped up pressure on Pakistan since President Donald Trump accused it in January of  lies and deceit  and suspended security aid worth about $2 billion. Abbasi s visit was the first by a Pakistani prime minister since his predecessor Nawaz Sharif travelled to Kabul in May 2015, shortly after Ghani took office promising to improve ties with Islamabad. That rapprochement collapsed within months after a series of deadly bombings in Kabul that Afghan officials blamed on militants based in Pakistan. The two countries have since clashed repeatedly on the border, and Pakistan has begun fencing the 2,400-km (1,500-mile) frontier, known as the Durand Line, which Afghanistan has never formally recognised. Trade between the neighbours has fallen by more than half in the past three years, and Afghan traders increasingly use Iran s Chabahar port, developed with Indian help, to avoid Pakistani routes. Afghan officials said the two sides agreed on Friday to set up working groups on counter-terrorism, refugees and trade, under a framework known as the Afghanistan-Pakistan Action Plan for Peace and Solidarity.
`, [
    ev('visit', 'occurred', ['Shahid Khaqan Abbasi', 'Ashraf Ghani'], '2018-04-06', 'Kabul'),
    ev('meeting', 'occurred', ['Shahid Khaqan Abbasi', 'Ashraf Ghani'], '2018-04-06', 'Kabul'),
    ev('meeting', 'occurred', ['Shahid Khaqan Abbasi', 'Abdullah Abdullah'], '2018-04-06', 'Kabul'),
    ev('call', 'occurred', ['Ashraf Ghani', 'Shahid Khaqan Abbasi'], '2018-03', null),
    ev('summit', 'occurred', [], '2018-02', 'Kabul', { occasion: 'Kabul Process', date_true: '2018-02-28' }),
    ev('summit', 'occurred', [], '2018-03', 'Tashkent', { date_true: '2018-03-27' }),
    ev('visit', 'planned', ['Ashraf Ghani'], null, 'Islamabad', { optional: true }),
    ev('visit', 'occurred', ['Nawaz Sharif'], '2015-05', 'Kabul', { date_true: '2015-05-12' }),
  ]),

  a('r-indonesia-myanmar-rohingya', '2017-09-04', `
Indonesian minister presses Myanmar's Suu Kyi, army chief over Rohingya violence

YANGON (Reuters) - Indonesia's foreign minister urged Myanmar leader Aung San Suu Kyi on Monday to halt the violence in the western state of Rakhine, where fighting has driven nearly 90,000 Rohingya Muslims into Bangladesh in just over a week.

Foreign Minister Retno Marsudi flew to the capital Naypyitaw on Monday morning and met Suu Kyi, then held separate talks with the army's commander-in-chief, Senior General Min Aung Hlaing.

"Security authorities need to immediately stop all forms of violence there and provide humanitarian assistance," Retno told reporters after the meetings. She said she had handed Suu Kyi a five-point proposal from Indonesia that included protecting all people in Rakhine regardless of their religion.

Indonesia, the world's most populous Muslim-majority country, has seen protests outside Myanmar's embassy in Jakarta, and President Joko Widodo said on Sunday he had sent Retno to Myanmar to press for an end to the bloodshed.

Retno said she would fly to Dhaka on Tuesday to meet Bangladeshi Foreign Minister Abul Hassan Mahmood Ali and discuss help for the refugees crowding into camps near Cox's Bazar.

The latest violence began on Aug. 25, when Rohingya insurgents attacked police posts and an army base. Myanmar's military says it is conducting clearance operations against "extremist terrorists", while refugees say soldiers and Buddhist vigilantes have burned villages.

Retno last visited Myanmar in December, when she met Suu Kyi in Naypyitaw after an earlier wave of violence in northern Rakhine. Indonesia has since funded schools and a hospital in the state.

Suu Kyi, who has no control over the military under the constitution drafted by the former junta, has come under mounting international criticism for failing to speak out for the Rohingya, who are denied citizenship in Myanmar.

A spokesman for Suu Kyi's office did not answer calls seeking comment on the meeting.
`, [
    ev('visit', 'occurred', ['Retno Marsudi'], '2017-09-04', 'Naypyitaw'),
    ev('meeting', 'occurred', ['Retno Marsudi', 'Aung San Suu Kyi'], '2017-09-04', 'Naypyitaw'),
    ev('meeting', 'occurred', ['Retno Marsudi', 'Min Aung Hlaing'], '2017-09-04', 'Naypyitaw'),
    ev('visit', 'planned', ['Retno Marsudi'], '2017-09-05', 'Dhaka'),
    ev('meeting', 'planned', ['Retno Marsudi', 'Abul Hassan Mahmood Ali'], '2017-09-05', 'Dhaka'),
    ev('meeting', 'occurred', ['Retno Marsudi', 'Aung San Suu Kyi'], '2016-12', 'Naypyitaw'),
    ev('visit', 'occurred', ['Retno Marsudi'], '2016-12', 'Naypyitaw', { optional: true }),
  ]),

  a('r-czech-austria-vienna', '2018-01-30', `
Czech PM Babis, Austria's Kurz agree to differ on nuclear power

VIENNA (Reuters) - Czech Prime Minister Andrej Babis and Austrian Chancellor Sebastian Kurz pledged on Tuesday to work together on migration and the next EU budget but remained at odds over Czech nuclear power plants near their shared border. Babis, on his first visit to Vienna since becoming prime minister in December, held talks with Kurz at the Federal Chancellery before the two men addressed reporters.  We have different views on nuclear energy, that is no secret,  Kurz told the news conference.  But we are neighbours and we will keep talking.  Babis said the Czech Republic would not give up nuclear power and planned to build new units at its Dukovany plant.  For us it is a question of energy security,  he said. Austria, which has no nuclear plants of its own, has long campaigned against the Temelin and Dukovany stations, both within 100 km of its border. The two leaders, who took office within days of each other last month, first spoke by phone in December and agreed to meet early in the new year. Both are critical of the European Commission s plan to distribute asylum seekers among member states through mandatory quotas. Babis attended a meeting of Visegrad Group leaders in Budapest on Friday, where the four central European states restated their opposition to quotas, and Kurz has signalled sympathy for the group s position while saying Austria would not join it. Babis said Kurz would visit Prague in March. The Czech leader, a billionaire businessman, faces a confidence vote in parliament on his minority government and a police investigation into alleged fraud involving EU subsidies, which he denies.
`, [
    ev('visit', 'occurred', ['Andrej Babis', 'Sebastian Kurz'], '2018-01-30', 'Vienna'),
    ev('meeting', 'occurred', ['Andrej Babis', 'Sebastian Kurz'], '2018-01-30', 'Vienna'),
    ev('call', 'occurred', ['Sebastian Kurz', 'Andrej Babis'], '2017-12', null),
    ev('summit', 'occurred', [], '2018-01-26', 'Budapest', { occasion: 'Visegrad Group' }),
    ev('visit', 'planned', ['Sebastian Kurz', 'Andrej Babis'], '2018-03', 'Prague'),
  ]),

  a('r-peru-bolivia-cochabamba', '2018-09-01', `
Peru, Bolivia presidents sign accords on Lake Titicaca clean-up, rail link

COCHABAMBA, Bolivia (Reuters) - Peruvian President Martin Vizcarra and Bolivian President Evo Morales signed agreements on Saturday to clean up polluted Lake Titicaca and to study a railway linking Bolivia to Peru's Pacific port of Ilo, at a joint meeting of their cabinets in the Bolivian city of Cochabamba.

Vizcarra, making his first trip to Bolivia since taking office in March, was greeted by Morales at the airport before the two presidents and more than 20 ministers from each side sat down for the talks, the fourth such binational cabinet the neighbours have held.

"Peru and Bolivia share a lake, a culture and a future," Morales said in a speech. "Today we are turning agreements into works."

Vizcarra said Peru would support Bolivia's plan to route more of its foreign trade through Ilo instead of Chilean ports. "We want Ilo to be Bolivia's port too," he said.

Landlocked Bolivia is awaiting a ruling by the International Court of Justice in The Hague, due on Oct. 1, on its demand that Chile negotiate sovereign access to the Pacific Ocean. Peru has said it will respect the court's decision.

The two presidents last met in Lima in April on the sidelines of the Summit of the Americas, which Vizcarra hosted just weeks after replacing Pedro Pablo Kuczynski, who resigned amid a vote-buying scandal.

Lake Titicaca, the highest navigable lake in the world, is fouled by untreated sewage and mining waste from towns on both shores. Under Saturday's accords the two governments will build water treatment plants and set up a joint authority to monitor the lake.

Vizcarra said the next binational cabinet would be held in Peru next year.
`, [
    ev('visit', 'occurred', ['Martin Vizcarra', 'Evo Morales'], '2018-09-01', 'Cochabamba'),
    ev('meeting', 'occurred', ['Martin Vizcarra', 'Evo Morales'], '2018-09-01', 'Cochabamba'),
    ev('signing', 'occurred', ['Martin Vizcarra', 'Evo Morales'], '2018-09-01', 'Cochabamba'),
    ev('meeting', 'occurred', ['Martin Vizcarra', 'Evo Morales'], '2018-04', 'Lima', { occasion: 'Summit of the Americas' }),
    ev('summit', 'occurred', [], '2018-04', 'Lima', { occasion: 'Summit of the Americas', date_true: '2018-04-13' }),
    ev('meeting', 'planned', ['Martin Vizcarra', 'Evo Morales'], '2019', null, { optional: true }),
  ]),

  a('r-us-mexico-pompeo', '2018-07-13', `
Pompeo meets Mexico's president-elect, seeks fresh start after Trump feud

MEXICO CITY (Reuters) - U.S. Secretary of State Mike Pompeo met Mexican President-elect Andres Manuel Lopez Obrador on Friday, the highest-level contact yet between the Trump administration and the leftist who won a landslide election victory this month.

Pompeo, who arrived in Mexico City on Friday morning with Treasury Secretary Steven Mnuchin, first met outgoing President Enrique Pena Nieto at the Los Pinos presidential residence. The two U.S. officials then drove to Lopez Obrador's transition office, where they held talks with the president-elect and his team for about an hour.

"We are determined to find a path forward on trade, on security and on migration," Pompeo told reporters after the meetings. "The president-elect and I share a desire to make this relationship stronger."

Marcelo Ebrard, Lopez Obrador's pick for foreign minister, said the meeting had been "respectful and cordial" and that Lopez Obrador had handed Pompeo a letter for President Donald Trump proposing a development plan for Central America to curb migration.

Trump and Lopez Obrador spoke by phone on July 2, a day after the election, and both men later described the call as positive. Trump said they had discussed border security and the North American Free Trade Agreement.

Relations between the two countries have been strained by Trump's demands that Mexico pay for a wall on the border and by tariffs on Mexican steel and aluminum. Pena Nieto called off a planned trip to Washington in January last year after Trump said on Twitter that the meeting should be cancelled if Mexico would not pay for the wall, and the two leaders have met only once since, on the sidelines of the Group of 20 summit in Hamburg in July last year.

Lopez Obrador, a former Mexico City mayor who has promised to fight corruption and poverty, has struck a more conciliatory tone toward Trump since the election than during the campaign, when he vowed to put the U.S. president "in his place." On Friday he told reporters he wanted a relationship "of friendship and cooperation, based on respect."

U.S. officials are keen to secure the incoming government's cooperation on stemming the flow of Central American migrants through Mexico and on fighting drug cartels, whose violence pushed Mexico's murder rate to a record last year.

Mexico, the United States and Canada have been renegotiating NAFTA since August last year, and Lopez Obrador has said he wants the talks to continue under Pena Nieto's team until he takes office on Dec. 1.

Ebrard said he would travel to Washington later this month to follow up on the proposals in the letter.
`, [
    ev('visit', 'occurred', ['Mike Pompeo', 'Steven Mnuchin'], '2018-07-13', 'Mexico City'),
    ev('meeting', 'occurred', ['Mike Pompeo', 'Steven Mnuchin', 'Enrique Pena Nieto'], '2018-07-13', 'Mexico City'),
    ev('meeting', 'occurred', ['Mike Pompeo', 'Steven Mnuchin', 'Andres Manuel Lopez Obrador'], '2018-07-13', 'Mexico City'),
    ev('call', 'occurred', ['Donald Trump', 'Andres Manuel Lopez Obrador'], '2018-07-02', null),
    ev('meeting', 'occurred', ['Enrique Pena Nieto', 'Donald Trump'], '2017-07', 'Hamburg', { occasion: 'G20', date_true: '2017-07-07' }),
    ev('summit', 'occurred', [], '2017-07', 'Hamburg', { occasion: 'G20', date_true: '2017-07-07' }),
    ev('visit', 'planned', ['Marcelo Ebrard'], '2018-07', 'Washington'),
  ]),

  a('r-new-zealand-australia-sydney', '2017-11-05', `
NZ's Ardern renews offer to take Australia's offshore refugees after Turnbull talks

SYDNEY (Reuters) - New Zealand Prime Minister Jacinda Ardern said on Sunday she had renewed an offer to resettle 150 refugees held in Australia s offshore detention centres, after her first meeting with Australian Prime Minister Malcolm Turnbull. Ardern, on her first overseas trip since being sworn in late last month, met Turnbull in Sydney as a standoff continued at a closed detention centre on Papua New Guinea s Manus Island, where about 600 men have refused to leave despite the water and power being cut off.  I don t think anyone can look at that situation and not see the human face of it,  Ardern told reporters after the talks.  The offer stands.  Turnbull thanked New Zealand for the offer but said Australia was focused on a deal under which the United States would take up to 1,250 refugees from Manus and Nauru.  We are not taking up the offer at this time,  Turnbull said. Australia has refused to allow asylum seekers who try to reach it by boat to settle in the country, and critics say the offshore camps are harsh and illegal. The two leaders spoke by phone last month after Ardern formed a coalition government, and both said on Sunday that the relationship between the close allies remained strong despite a row in August over a New Zealand Labour lawmaker s questions about the citizenship of an Australian minister. Ardern and Turnbull will both attend the Asia-Pacific Economic Cooperation (APEC) summit in the Vietnamese city of Danang later this week, before travelling on to the East Asia Summit in Manila. Trade is also on the agenda, with New Zealand seeking changes to the Trans-Pacific Partnership trade pact, which the remaining 11 members are trying to salvage after the United States withdrew.
`, [
    ev('visit', 'occurred', ['Jacinda Ardern', 'Malcolm Turnbull'], '2017-11-05', 'Sydney'),
    ev('meeting', 'occurred', ['Jacinda Ardern', 'Malcolm Turnbull'], '2017-11-05', 'Sydney'),
    ev('call', 'occurred', ['Malcolm Turnbull', 'Jacinda Ardern'], '2017-10', null),
    ev('summit', 'planned', [], '2017-11', 'Danang', { occasion: 'APEC', date_true: '2017-11-10' }),
    ev('summit', 'planned', [], '2017-11', 'Manila', { occasion: 'East Asia Summit', date_true: '2017-11-14' }),
  ]),

  a('r-koreas-manila-forum', '2017-08-07', `
South Korea's Kang has brief encounter with North Korean minister in Manila

MANILA (Reuters) - South Korean Foreign Minister Kang Kyung-wha had a brief conversation with her North Korean counterpart Ri Yong Ho at a gala dinner in Manila on Sunday night, her ministry said, in the first contact between the two rivals  top diplomats since Seoul s new government took office. Kang urged Ri to accept South Korea s offers of military talks and of reunions of families separated by the 1950-53 Korean War, a ministry official told reporters. Ri replied that such proposals lacked sincerity while Seoul cooperated with Washington to pressure the North, the official said. The encounter took place on the eve of the ASEAN Regional Forum, an annual security meeting hosted by the Association of Southeast Asian Nations, which opened in Manila on Monday. The forum brings together 27 countries including the United States, China, Russia and both Koreas. Addressing the forum on Monday, Ri said Pyongyang would never put its nuclear weapons on the negotiating table as long as the United States maintained its hostile policy. He also held talks with Philippine Foreign Secretary Alan Peter Cayetano, the host, on Monday. Cayetano said he had told Ri that the region wanted North Korea to stop its missile tests.  I told him that we are all worried,  Cayetano said. Kang, for her part, met Vietnamese Foreign Minister Pham Binh Minh on Monday to discuss trade and the North Korean threat, her ministry said. The U.N. Security Council on Saturday unanimously approved new sanctions on North Korea that could slash its $3 billion annual export revenue by a third, after the North tested two intercontinental ballistic missiles in July. China and Russia backed the resolution.
`, [
    ev('meeting', 'occurred', ['Kang Kyung-wha', 'Ri Yong Ho'], '2017-08-06', 'Manila', { occasion: 'ASEAN Regional Forum' }),
    ev('summit', 'occurred', [], '2017-08-07', 'Manila', { occasion: 'ASEAN Regional Forum' }),
    ev('meeting', 'occurred', ['Ri Yong Ho', 'Alan Peter Cayetano'], '2017-08-07', 'Manila'),
    ev('meeting', 'occurred', ['Kang Kyung-wha', 'Pham Binh Minh'], '2017-08-07', 'Manila'),
  ]),

  a('r-lebanon-egypt-aoun-cairo', '2017-02-13', `
Lebanon's Aoun holds talks with Sisi on first official visit to Egypt

CAIRO (Reuters) - Lebanese President Michel Aoun held talks with Egyptian President Abdel Fattah al-Sisi in Cairo on Monday, on his first official visit to Egypt since he was elected in October, ending a two-and-a-half year vacuum in Lebanon's highest office.

Sisi told Aoun that Egypt supported Lebanon's stability and its army, and the two leaders discussed the war in neighbouring Syria and the more than one million Syrian refugees in Lebanon, the Egyptian presidency said.

"Egypt has always stood by Lebanon, and Lebanon will not forget it," Aoun said in a statement issued by his office after the meeting. He also met the Grand Imam of al-Azhar, Egypt's highest Sunni Muslim authority.

Aoun, a Maronite Christian and a political ally of the Iran-backed Hezbollah movement, chose Saudi Arabia and Qatar for his first trips abroad as president last month, visiting Riyadh and Doha in an effort to repair Lebanon's ties with Gulf Arab states.

Saudi Arabia froze $3 billion in aid to the Lebanese army last year over what it said were Lebanese positions influenced by Hezbollah.

In an interview with Egyptian television broadcast on Sunday, Aoun defended Hezbollah's weapons as necessary to resist Israel, remarks that drew criticism from some of his political rivals in Beirut.

Aoun will travel on to Jordan on Tuesday, a source at the Lebanese presidency said. He is also expected to attend an Arab League summit to be held in Jordan next month.
`, [
    ev('visit', 'occurred', ['Michel Aoun', 'Abdel Fattah al-Sisi'], '2017-02-13', 'Cairo'),
    ev('meeting', 'occurred', ['Michel Aoun', 'Abdel Fattah al-Sisi'], '2017-02-13', 'Cairo'),
    ev('meeting', 'occurred', ['Michel Aoun', 'EG'], '2017-02-13', 'Cairo', { optional: true }),
    ev('visit', 'occurred', ['Michel Aoun'], '2017-01', 'Riyadh', { date_true: '2017-01-09' }),
    ev('visit', 'occurred', ['Michel Aoun'], '2017-01', 'Doha', { date_true: '2017-01-10' }),
    ev('visit', 'planned', ['Michel Aoun'], '2017-02-14', null),
    ev('summit', 'planned', [], '2017-03', null, { occasion: 'Arab League', date_true: '2017-03-29' }),
    ev('visit', 'planned', ['Michel Aoun'], '2017-03', null, { occasion: 'Arab League', optional: true }),
  ]),

  a('r-cemac-yaounde', '2016-12-23', `
Central African leaders hold crisis summit as oil slump bites

YAOUNDE (Reuters) - Leaders of the six-nation Central African Economic and Monetary Community (CEMAC) gathered in Yaounde on Friday for an emergency summit on the region's economic crisis, as the head of the International Monetary Fund urged them to act fast to restore public finances battered by low oil prices.

Cameroon's President Paul Biya hosted the talks, which were attended by Chad's Idriss Deby, Congo Republic's Denis Sassou Nguesso, Equatorial Guinea's Teodoro Obiang Nguema, Gabon's Ali Bongo and Central African Republic President Faustin-Archange Touadera.

IMF Managing Director Christine Lagarde, who flew into Yaounde on Thursday, met Biya that evening and addressed the leaders at the opening of the summit.

"The situation is serious, but it is manageable if the right decisions are taken now and taken together," Lagarde told the leaders. She said the IMF stood ready to support programmes with the countries of the region.

In a final communique, the leaders said a devaluation of the CFA franc, the currency the six states share and which is pegged to the euro, was not on the table. They agreed to cut spending and to open talks with the IMF on financial assistance.

Foreign currency reserves of the Bank of Central African States have fallen sharply since the oil price collapse of 2014, and economists have warned that the peg could come under pressure.

Deby, who holds the rotating presidency of CEMAC, said the leaders would meet again in N'Djamena next year to review progress.

Oil accounts for the bulk of exports from five of the six CEMAC states, and growth in the region slowed to about 1 percent this year from more than 5 percent in 2014, according to IMF estimates. Chad and Congo Republic have fallen behind on debt payments, and Equatorial Guinea's economy is expected to contract for a third straight year.

Lagarde said any IMF support would depend on the governments taking "strong and credible" measures, including cutting spending on infrastructure projects and improving tax collection. Diplomats said France, which guarantees the convertibility of the CFA franc through its treasury, had pressed the leaders to reach a deal with the fund before the end of the year.

Biya, 83, rarely hosts regional gatherings. He last received his counterparts in Yaounde in February 2015, for a summit of the Economic Community of Central African States (ECCAS) on the fight against Boko Haram militants.
`, [
    ev('summit', 'occurred', [], '2016-12-23', 'Yaounde', { occasion: 'CEMAC' }),
    ev('visit', 'occurred', ['Christine Lagarde'], '2016-12-22', 'Yaounde'),
    ev('meeting', 'occurred', ['Christine Lagarde', 'Paul Biya'], '2016-12-22', 'Yaounde'),
    ev('summit', 'planned', [], '2017', "N'Djamena", { occasion: 'CEMAC' }),
    ev('summit', 'occurred', [], '2015-02', 'Yaounde', { occasion: 'ECCAS', date_true: '2015-02-16' }),
  ]),

  // ---------------------------------------------------------------- web pages, 2024-2026
  a('x-blinken-haiti-santo-domingo', '2024-09-06', `
Blinken pledges more support for Haiti mission, meets Dominican leader | World News

Skip to main content
World  U.S.  Politics  Sports  Entertainment  Business  Science  Oddities
Sign in   Subscribe

Secretary of State Antony Blinken, left, shakes hands with Dominican Republic President Luis Abinader at the National Palace in Santo Domingo, Dominican Republic, Friday, Sept. 6, 2024. (AP Photo/Martin Mejia, Pool)

SANTO DOMINGO, Dominican Republic (AP) — U.S. Secretary of State Antony Blinken met Dominican President Luis Abinader on Friday, a day after a brief visit to neighboring Haiti, where a Kenyan-led police mission is struggling to rein in powerful gangs.

Blinken flew into Port-au-Prince on Thursday under heavy security and met Haiti's interim prime minister and members of the transitional presidential council, as well as Kenyan police officers deployed with the mission. He was the first U.S. secretary of state to set foot in Haiti since John Kerry in 2015.

"We are determined to see this mission succeed, and we will keep providing the support it needs," Blinken said in Port-au-Prince, announcing an additional $45 million in humanitarian aid.

Related: UN Security Council extends mandate of Haiti mission for another year

In Santo Domingo, Blinken and Abinader discussed the Haiti crisis, migration and cooperation against drug trafficking, according to a statement from the Dominican presidency. Abinader, who began his second term last month, has deported tens of thousands of Haitians and says his country cannot absorb more.

"The Dominican Republic cannot be the solution to Haiti's problems," Abinader told reporters after the meeting. "The international community must do much more, and faster."

Blinken said the United States would convene a ministerial meeting on Haiti on the sidelines of the U.N. General Assembly in New York later this month, and would push for the mission to be turned into a formal U.N. peacekeeping operation.

The mission has about 400 Kenyan officers on the ground, far short of the 2,500 pledged by several countries.

Copyright 2024 The Associated Press. All Rights Reserved.

Most read
1 Man charged in school shooting appears in court
2 Hurricane season: what to know

We use cookies to personalize content and ads. By clicking "Accept all", you agree to the use of cookies. Accept all  Manage preferences
`, [
    ev('visit', 'occurred', ['Antony Blinken'], '2024-09-05', 'Port-au-Prince'),
    ev('meeting', 'occurred', ['Antony Blinken', 'HT'], '2024-09-05', 'Port-au-Prince'),
    ev('visit', 'occurred', ['Antony Blinken', 'Luis Abinader'], '2024-09-06', 'Santo Domingo'),
    ev('meeting', 'occurred', ['Antony Blinken', 'Luis Abinader'], '2024-09-06', 'Santo Domingo'),
    ev('visit', 'occurred', ['John Kerry'], '2015', null, { date_true: '2015-10-06' }),
    ev('summit', 'planned', [], '2024-09', 'New York', { occasion: 'UN General Assembly' }),
    ev('meeting', 'planned', ['Antony Blinken'], '2024-09', 'New York', { occasion: 'UN General Assembly', optional: true }),
  ]),

  a('x-paraguay-taiwan-taipei', '2024-05-21', `
President Lai meets Paraguay's Pena, hails "steadfast" ally - Focus Taiwan

Home > Politics
05/21/2024 05:42 PM
Font size: A A A  |  Print  |  Share

Taipei, May 21 (CNA) President Lai Ching-te (賴清德) met Paraguayan President Santiago Peña at the Presidential Office in Taipei on Tuesday, a day after Lai was sworn in as Taiwan's new president.

Peña, who arrived in Taipei on Sunday at the head of a delegation of officials and business leaders to attend the inauguration, was one of eight heads of state and government from Taiwan's diplomatic allies at Monday's ceremony.

Paraguay is Taiwan's only remaining diplomatic ally in South America, and Lai thanked Peña for "standing with Taiwan without hesitation" despite pressure from Beijing.

"Paraguay has been a steadfast friend for 67 years, and under President Peña this friendship has become even stronger," Lai said at the start of the meeting, which was open to the media.

Peña said Paraguay's relations with Taiwan were "based on shared values, not on convenience," and invited Taiwanese companies to invest in Paraguay's agriculture and green hydrogen projects.

The two leaders last met in Asunción in August last year, when Lai, then vice president, attended Peña's inauguration and held talks with him, a trip that drew protests from China because Lai transited through the United States.

Peña said he hoped to welcome Lai to Paraguay again, though no date has been discussed, according to the Presidential Office.

(By Teng Pei-ju and Joseph Yeh)
Enditem/AW

Related News
May 20 Lai sworn in as Taiwan's president, urges China to stop intimidation
May 19 Foreign dignitaries arrive for inauguration

Read more: Paraguay | diplomatic allies | Lai Ching-te
`, [
    ev('visit', 'occurred', ['Santiago Pena', 'Lai Ching-te'], '2024-05-19', 'Taipei'),
    ev('meeting', 'occurred', ['Lai Ching-te', 'Santiago Pena'], '2024-05-21', 'Taipei'),
    ev('visit', 'occurred', ['Lai Ching-te', 'Santiago Pena'], '2023-08', 'Asuncion', { date_true: '2023-08-15' }),
    ev('meeting', 'occurred', ['Lai Ching-te', 'Santiago Pena'], '2023-08', 'Asuncion', { date_true: '2023-08-15' }),
    ev('visit', 'planned', ['Lai Ching-te'], null, null, { optional: true }),
  ]),

  a('x-botswana-zambia-lusaka', null, `
Boko, HH sign pact to set up bi-national commission | Zambia News

HOME  NEWS  BUSINESS  SPORTS  OPINION  VIDEOS
Thursday, March 13, 2025

By Staff Reporter  |  2 min read  |  1,204 views

Presidents Hakainde Hichilema and Duma Boko during official talks at State House in Lusaka. PICTURE: STATE HOUSE

PRESIDENT Hakainde Hichilema and his Botswana counterpart Duma Boko today held official talks at State House in Lusaka, where the two leaders signed a memorandum of understanding establishing a Bi-National Commission between Zambia and Botswana.

President Boko arrived in Lusaka yesterday for a two-day state visit, his first to Zambia since he was sworn in as Botswana's president in November last year. He was received at Kenneth Kaunda International Airport by President Hichilema and cabinet ministers before being treated to a traditional dance performance.

Speaking after the talks, President Hichilema said the two countries, which share the Kazungula bridge over the Zambezi River, would work to cut the time trucks spend at the border.

"Botswana is not just a neighbour, it is family. We want goods and people to move between our countries without unnecessary barriers," Mr Hichilema said.

Dr Boko said Botswana wanted to diversify its economy away from diamonds and saw opportunities in Zambian agriculture and energy.

"We came here to listen and to learn, and we are leaving with concrete commitments," he said.

The two leaders last met on the sidelines of the African Union summit in Addis Ababa last month, where they agreed on the state visit.

President Hichilema is expected to pay a return visit to Gaborone later this year.

ALSO READ:  Govt to clear fuel arrears by June  |  Kwacha gains against dollar

Comments (14)
This site uses cookies to improve your experience. OK
`, [
    ev('visit', 'occurred', ['Duma Boko', 'Hakainde Hichilema'], '2025-03-12', 'Lusaka'),
    ev('meeting', 'occurred', ['Duma Boko', 'Hakainde Hichilema'], '2025-03-13', 'Lusaka'),
    ev('signing', 'occurred', ['Duma Boko', 'Hakainde Hichilema'], '2025-03-13', 'Lusaka'),
    ev('meeting', 'occurred', ['Duma Boko', 'Hakainde Hichilema'], '2025-02', 'Addis Ababa', { occasion: 'AU' }),
    ev('summit', 'occurred', [], '2025-02', 'Addis Ababa', { occasion: 'AU', date_true: '2025-02-15' }),
    ev('visit', 'planned', ['Hakainde Hichilema', 'Duma Boko'], '2025', 'Gaborone'),
  ]),

  a('x-germany-moldova-chisinau', '2024-08-21', `
Scholz in Moldova: Germany backs Chisinau's EU path ahead of referendum

News  >  World  >  Europe
Updated 21.08.2024 – 16:37
Listen to article (3 min)

German Chancellor Olaf Scholz (left) is welcomed by Moldovan President Maia Sandu in Chisinau on Wednesday. Photo: picture alliance/dpa

German Chancellor Olaf Scholz promised Moldova continued support on its path to membership of the European Union during a visit to the capital Chisinau on Wednesday, two months before the country votes on enshrining the EU goal in its constitution.

After talks with President Maia Sandu, Scholz told reporters that Moldova's future "lies in the European Union" and that Germany would help the country of 2.5 million people withstand Russian attempts at destabilisation.

"Moldova is not alone," Scholz said. "We are on your side."

Sandu thanked Germany for its help in getting through last winter's energy crisis, when Moldova lost access to Russian gas. "Without Germany we would not have made it," she said.

Scholz later met Prime Minister Dorin Recean to discuss energy links and German investment.

It was the first visit by a German chancellor to Moldova since Angela Merkel travelled to Chisinau in 2012. Scholz and Sandu last met in England in July, on the sidelines of the European Political Community summit.

Germany will host the next meeting of the Moldova Partnership Platform, a group of donor countries set up in 2022, in Chisinau in September, Scholz announced.

Germany is one of Moldova's largest donors and has supported the country with more than 300 million euros since 2022, including for the reconstruction of its energy grid and the integration of Ukrainian refugees. German companies employ about 20,000 people in Moldova, many in the automotive supply sector.

Moldova, one of Europe's poorest countries, was granted EU candidate status in June 2022 together with Ukraine. The breakaway region of Transnistria, where Russia keeps about 1,500 troops, remains one of the main obstacles.

Moldova holds a presidential election and a referendum on EU membership on October 20. Sandu, who is seeking a second term, accuses Moscow of spending millions to buy votes.

Also interesting:
» Ukraine: drones hit Moscow region overnight
» Opinion: What Scholz's trip means for Berlin's eastern policy

Comments are closed for this article.
`, [
    ev('visit', 'occurred', ['Olaf Scholz', 'Maia Sandu'], '2024-08-21', 'Chisinau'),
    ev('meeting', 'occurred', ['Olaf Scholz', 'Maia Sandu'], '2024-08-21', 'Chisinau'),
    ev('meeting', 'occurred', ['Olaf Scholz', 'Dorin Recean'], '2024-08-21', 'Chisinau'),
    ev('visit', 'occurred', ['Angela Merkel'], '2012', 'Chisinau', { date_true: '2012-08-22' }),
    ev('meeting', 'occurred', ['Olaf Scholz', 'Maia Sandu'], '2024-07', null, { occasion: 'European Political Community', date_true: '2024-07-18' }),
    ev('summit', 'occurred', [], '2024-07', null, { occasion: 'European Political Community', date_true: '2024-07-18' }),
    ev('summit', 'planned', [], '2024-09', 'Chisinau', { occasion: 'Moldova Partnership Platform' }),
  ]),

  a('x-belgium-netherlands-hague', '2025-02-12', `
De Wever kiest Den Haag voor eerste buitenlandse bezoek / De Wever picks The Hague for first trip abroad

Politics | Benelux
12 February 2025, 18:05 • Reading time 3 minutes

Belgian Prime Minister Bart De Wever chose the Netherlands for his first official trip abroad on Wednesday, holding talks in The Hague with his Dutch counterpart Dick Schoof on migration, energy and the defence of the port of Antwerp-Bruges and Rotterdam.

De Wever, who was sworn in as head of a five-party coalition last week after eight months of negotiations, was received by Schoof at the Catshuis, the prime minister's official residence.

"The Netherlands is our closest partner. We think alike on migration and on keeping Europe competitive," De Wever said at a joint press conference. Schoof said the two governments would "join forces in Brussels" on tightening EU asylum rules.

Schoof had called De Wever on Monday last week to congratulate him on the day he took office. Both leaders attended an informal retreat of EU leaders in Brussels later the same day, focused on European defence.

Sponsored: Compare energy contracts and save up to €400

The two men are expected to coordinate positions ahead of the EU summit in Brussels next month, where leaders will discuss defence spending and competitiveness.

De Wever is due in Luxembourg on Monday for talks with his counterpart there, completing a tour of the Benelux capitals.

Read also: Belgian government agrees budget path; unions announce strike

Share  Tweet  Mail
This website uses cookies. Read our privacy statement. [Accept] [Refuse]
`, [
    ev('visit', 'occurred', ['Bart De Wever', 'Dick Schoof'], '2025-02-12', 'The Hague'),
    ev('meeting', 'occurred', ['Bart De Wever', 'Dick Schoof'], '2025-02-12', 'The Hague'),
    ev('call', 'occurred', ['Dick Schoof', 'Bart De Wever'], '2025-02-03', null),
    ev('summit', 'occurred', [], '2025-02-03', 'Brussels', { occasion: 'EU' }),
    ev('summit', 'planned', [], '2025-03', 'Brussels', { occasion: 'EU', date_true: '2025-03-20' }),
    ev('visit', 'planned', ['Bart De Wever'], '2025-02-17', 'Luxembourg'),
    ev('meeting', 'planned', ['Bart De Wever', 'LU'], '2025-02-17', 'Luxembourg'),
  ]),

  a('x-singapore-brunei-bandar-seri-begawan', '2024-06-04', `
PM Wong makes introductory visit to Brunei, calls on Sultan - CNA

Singapore  Asia  Commentary  Sustainability  Insider  Interactive
Advertisement

Prime Minister Lawrence Wong is welcomed by Sultan Hassanal Bolkiah at Istana Nurul Iman in Bandar Seri Begawan on Jun 4, 2024. (Photo: MCI)

BANDAR SERI BEGAWAN: Prime Minister Lawrence Wong called on Brunei's Sultan Hassanal Bolkiah on Tuesday (Jun 4), on his first overseas visit since taking office last month.

Mr Wong, who arrived in Bandar Seri Begawan on Tuesday morning, was received at Istana Nurul Iman with a ceremonial welcome before the two leaders held a meeting and a working lunch.

They reaffirmed the "special and longstanding" ties between the two countries, including the Currency Interchangeability Agreement that has been in place since 1967, said Singapore's Ministry of Foreign Affairs.

"Brunei is a very close friend, and it is fitting that my first visit as Prime Minister is here," Mr Wong told Singapore media at the end of the visit.

The Sultan congratulated Mr Wong on his appointment and thanked Singapore for its support for Brunei's training of its armed forces, the ministry said.

The two countries hold an annual Leaders' Retreat. The last one was held in Singapore last year, when Mr Wong's predecessor Lee Hsien Loong hosted the Sultan.

Mr Wong will make an introductory visit to Malaysia next week, according to the Prime Minister's Office. He is also expected to attend the ASEAN Summit in Vientiane in October.

RELATED:
PM Wong unveils new Cabinet line-up
Commentary: What Lawrence Wong's first trips say about his foreign policy

Source: CNA/fk
Advertisement
Get the CNA app
`, [
    ev('visit', 'occurred', ['Lawrence Wong', 'Hassanal Bolkiah'], '2024-06-04', 'Bandar Seri Begawan'),
    ev('meeting', 'occurred', ['Lawrence Wong', 'Hassanal Bolkiah'], '2024-06-04', 'Bandar Seri Begawan'),
    ev('meeting', 'occurred', ['Lee Hsien Loong', 'Hassanal Bolkiah'], '2023', 'Singapore'),
    ev('visit', 'occurred', ['Hassanal Bolkiah', 'Lee Hsien Loong'], '2023', 'Singapore', { optional: true }),
    ev('visit', 'planned', ['Lawrence Wong'], '2024-10', 'Vientiane', { occasion: 'ASEAN', optional: true }),
    ev('visit', 'planned', ['Lawrence Wong'], '2024-06', null, { date_true: '2024-06-11' }),
    ev('summit', 'planned', [], '2024-10', 'Vientiane', { occasion: 'ASEAN', date_true: '2024-10-08' }),
  ]),

  a('x-kuwait-bahrain-manama', '2024-02-13', `
Kuwait Emir arrives in Bahrain on Gulf tour | Gulf News

UAE  Gulf  World  Business  Sport  Opinion
Last updated: February 13, 2024 | 19:20

Share  |  Facebook  X  WhatsApp

His Highness Sheikh Mishal Al Ahmad Al Jaber Al Sabah, the Emir of Kuwait, is received by King Hamad bin Isa Al Khalifa at Sakhir Palace. Photo: BNA

Manama: Kuwait's Emir Sheikh Mishal Al Ahmad Al Jaber Al Sabah arrived in Manama on Tuesday on an official visit to Bahrain, the latest stop on his first tour of the Gulf since acceding to the throne in December.

The Emir was received at Sakhir Air Base by King Hamad bin Isa Al Khalifa, and the two leaders later held talks at Sakhir Palace on bilateral relations and regional developments, including the war in Gaza and attacks on shipping in the Red Sea, the Bahrain News Agency (BNA) reported.

King Hamad said the visit reflected "the deep-rooted brotherly relations" between the two countries and peoples, BNA said. Sheikh Mishal expressed his thanks for the warm welcome and said Kuwait and Bahrain shared "one destiny."

King Hamad had called Sheikh Mishal in December to offer condolences on the death of the late Emir Sheikh Nawaf and to congratulate him on assuming power.

Sheikh Mishal chose Saudi Arabia for his first trip abroad as Emir, holding talks in Riyadh late last month. His tour is expected to take him to Qatar and the UAE later this month, Kuwaiti media reported.

Also Read
- Bahrain, UK sign security and prosperity pact
- Gulf stocks mixed as oil prices ease

Most Popular
1. Weather: rain expected across the region this week
2. New visa rules for GCC residents explained

We use cookies to offer you a better browsing experience. Learn more  |  Got it
`, [
    ev('visit', 'occurred', ['Mishal al-Ahmad al-Jaber al-Sabah', 'Hamad bin Isa Al Khalifa'], '2024-02-13', 'Manama'),
    ev('meeting', 'occurred', ['Mishal al-Ahmad al-Jaber al-Sabah', 'Hamad bin Isa Al Khalifa'], '2024-02-13', 'Manama'),
    ev('call', 'occurred', ['Hamad bin Isa Al Khalifa', 'Mishal al-Ahmad al-Jaber al-Sabah'], '2023-12', null),
    ev('visit', 'occurred', ['Mishal al-Ahmad al-Jaber al-Sabah'], '2024-01', 'Riyadh', { date_true: '2024-01-30' }),
    ev('meeting', 'occurred', ['Mishal al-Ahmad al-Jaber al-Sabah', 'SA'], '2024-01', 'Riyadh', { date_true: '2024-01-30', optional: true }),
    ev('visit', 'planned', ['Mishal al-Ahmad al-Jaber al-Sabah'], '2024-02', null),
    ev('visit', 'planned', ['Mishal al-Ahmad al-Jaber al-Sabah'], '2024-02', null),
  ]),

  a('x-maghreb-trilateral-tunis', '2024-04-23', `
Tunisia, Algeria, Libya leaders hold first three-way meeting in Tunis - Middle East Eye

News  Opinion  Video  Explainers  Discover
Published date: 23 April 2024 10:12 BST

Algerian President Abdelmadjid Tebboune (L), Tunisian President Kais Saied (C) and Libyan Presidential Council head Mohamed al-Menfi pose at Carthage Palace on 22 April 2024 (Tunisian presidency/AFP)

The leaders of Tunisia, Algeria and Libya held their first consultative meeting in Tunis on Monday, pledging to work together on border security, migration and joint investment projects, in what critics described as an attempt to sideline Morocco.

Tunisian President Kais Saied hosted Algerian President Abdelmadjid Tebboune and Mohamed al-Menfi, head of Libya's Presidential Council, at Carthage Palace, the presidency said.

Tebboune arrived in Tunis on Monday morning and was welcomed at the airport by Saied. Menfi had landed late on Sunday.

In a joint statement, the three leaders agreed to set up joint teams to secure their shared borders against "the dangers of irregular migration" and to launch projects on water, grain and electricity.

"This meeting is not directed against anyone," Saied said in a video released by his office. "It is an answer to the challenges that our peoples face together."

The three leaders agreed to meet regularly when they met on the sidelines of the Gas Exporting Countries Forum summit in Algiers on 2 March.

The next meeting will be held in Tripoli, the statement said, without giving a date.

Morocco, which is locked in a dispute with Algeria over Western Sahara, and Mauritania were not invited.

Read more: Tunisia: Saied's crackdown on critics widens as election nears

Middle East Eye delivers independent coverage and analysis of the Middle East, North Africa and beyond.
Sign up for our newsletter
`, [
    ev('meeting', 'occurred', ['Kais Saied', 'Abdelmadjid Tebboune', 'Mohamed al-Menfi'], '2024-04-22', 'Tunis'),
    ev('summit', 'occurred', [], '2024-04-22', 'Tunis', { optional: true }),
    ev('visit', 'occurred', ['Abdelmadjid Tebboune', 'Kais Saied'], '2024-04-22', 'Tunis'),
    ev('visit', 'occurred', ['Mohamed al-Menfi', 'Kais Saied'], '2024-04-21', 'Tunis', { optional: true }),
    ev('meeting', 'occurred', ['Abdelmadjid Tebboune', 'Kais Saied', 'Mohamed al-Menfi'], '2024-03-02', 'Algiers', { occasion: 'Gas Exporting Countries Forum' }),
    ev('summit', 'occurred', [], '2024-03-02', 'Algiers', { occasion: 'Gas Exporting Countries Forum' }),
    ev('meeting', 'planned', ['Abdelmadjid Tebboune', 'Kais Saied', 'Mohamed al-Menfi'], null, 'Tripoli'),
  ]),

  a('x-congo-inauguration-kinshasa', '2024-01-21', `
DRC: Tshisekedi meets Burundian, Central African leaders after swearing-in | Africanews

Live  Business  Sport  Culture  Science
By Africanews with AFP
Last updated: 21/01 - 17:45

Felix Tshisekedi holds talks with Evariste Ndayishimiye in Kinshasa, Sunday. Credit: Presidency DRC

Democratic Republic of Congo President Felix Tshisekedi held talks on Sunday with his Burundian counterpart Evariste Ndayishimiye and Central African Republic President Faustin-Archange Touadera, a day after he was sworn in for a second five-year term.

Tshisekedi met the two leaders separately at the Palais de la Nation in Kinshasa, his office said. With Ndayishimiye, whose troops are fighting alongside Congolese forces against rebels in South Kivu, he discussed "the security situation in the east and joint efforts against armed groups," the presidency said on X.

"Burundi and the DRC are bound by history and by a common destiny," Ndayishimiye told reporters after the meeting.

The talks with Touadera focused on the security of the long border between the two countries and on river transport on the Ubangi.

About 18 heads of state attended Saturday's ceremony at the Stade des Martyrs in Kinshasa, where Tshisekedi promised to create jobs and to bring peace to the east, where the M23 rebellion has displaced more than a million people.

Ndayishimiye and Tshisekedi were last together in Bujumbura in May last year for a regional summit on the Great Lakes.

Tshisekedi is expected in Addis Ababa next month for the African Union summit.

Bonus video:
More on this topic
» DRC opposition rejects election results
» Burundi closes border with Rwanda

0 Comments
`, [
    ev('meeting', 'occurred', ['Felix Tshisekedi', 'Evariste Ndayishimiye'], '2024-01-21', 'Kinshasa'),
    ev('meeting', 'occurred', ['Felix Tshisekedi', 'Faustin-Archange Touadera'], '2024-01-21', 'Kinshasa'),
    ev('visit', 'occurred', ['Evariste Ndayishimiye'], '2024-01', 'Kinshasa', { optional: true }),
    ev('visit', 'occurred', ['Faustin-Archange Touadera'], '2024-01', 'Kinshasa', { optional: true }),
    ev('summit', 'occurred', [], '2023-05', 'Bujumbura', { date_true: '2023-05-06' }),
    ev('meeting', 'occurred', ['Felix Tshisekedi', 'Evariste Ndayishimiye'], '2023-05', 'Bujumbura', { optional: true }),
    ev('visit', 'planned', ['Felix Tshisekedi'], '2024-02', 'Addis Ababa', { occasion: 'AU', optional: true }),
    ev('summit', 'planned', [], '2024-02', 'Addis Ababa', { occasion: 'AU', date_true: '2024-02-17' }),
  ]),

  a('x-bimstec-bangkok', '2025-04-04', `
Yunus meets Thai PM, Myanmar junta chief on BIMSTEC sidelines | The Daily Star

Home  Bangladesh  Politics  Business  World  Sports  Opinion  Star Multimedia
Diplomatic Correspondent | Fri Apr 4, 2025 06:48 PM   Last update on: Fri Apr 4, 2025 09:10 PM

Chief Adviser Prof Muhammad Yunus with Thai Prime Minister Paetongtarn Shinawatra at Shangri-La Hotel in Bangkok. Photo: CA Press Wing

Chief Adviser Prof Muhammad Yunus today held a bilateral meeting with Thai Prime Minister Paetongtarn Shinawatra in Bangkok on the sidelines of the sixth BIMSTEC summit.

During the meeting, the two leaders discussed trade, tourism and direct flights, and the chief adviser thanked Thailand for hosting the summit, his press secretary Shafiqul Alam told reporters.

Prof Yunus also met Myanmar's military government chief Senior General Min Aung Hlaing and urged him to create conditions for the safe return of the Rohingya, more than a million of whom live in camps in Cox's Bazar.

"We want them to go back home with dignity and safety," the chief adviser said.

Leaders of the seven-member Bay of Bengal grouping adopted the Bangkok Vision 2030 at the summit and handed the chairmanship to Bangladesh, which will host the next summit in Dhaka.

The chief adviser returned from a four-day visit to Beijing last week, where he sought Chinese investment and support for the Rohingya repatriation.

Also read: Dhaka seeks Thai investment in agro-processing
Also read: BIMSTEC leaders adopt Bangkok Vision 2030

Comments
`, [
    ev('summit', 'occurred', [], '2025-04-04', 'Bangkok', { occasion: 'BIMSTEC' }),
    ev('meeting', 'occurred', ['Muhammad Yunus', 'Paetongtarn Shinawatra'], '2025-04-04', 'Bangkok', { occasion: 'BIMSTEC' }),
    ev('meeting', 'occurred', ['Muhammad Yunus', 'Min Aung Hlaing'], '2025-04-04', 'Bangkok', { occasion: 'BIMSTEC' }),
    ev('visit', 'occurred', ['Muhammad Yunus'], '2025-03', 'Beijing', { date_true: '2025-03-26' }),
    ev('visit', 'occurred', ['Muhammad Yunus'], '2025-04', 'Bangkok', { occasion: 'BIMSTEC', optional: true }),
    ev('summit', 'planned', [], null, 'Dhaka', { occasion: 'BIMSTEC' }),
  ]),

  a('x-bolivia-inauguration-la-paz', null, `
Rodrigo Paz meets Noboa, Peña after taking office in Bolivia | Latin America

MercoPress | Sunday, November 9th 2025 - 08:31 UTC
Full article

New Bolivian President Rodrigo Paz with Ecuador's Daniel Noboa at the Casa Grande del Pueblo. (Photo: ABI)

Bolivia's new President Rodrigo Paz held his first bilateral meetings with foreign leaders on Saturday, hours after he was sworn in, receiving Ecuador's President Daniel Noboa and Paraguay's President Santiago Peña at the Casa Grande del Pueblo in La Paz.

Paz, a centrist senator who won an October run-off, has promised to end two decades of rule by the Movement Toward Socialism and to restore relations with the United States, broken off in 2008.

In the meeting with Noboa, the two presidents discussed security cooperation against drug trafficking and trade within the Andean Community, according to the Bolivian presidency. Noboa, who travelled to La Paz for the inauguration, invited Paz to visit Quito.

"Bolivia is back in the region and back in the world," Paz said after the talks.

With Peña, Paz discussed the use of the Paraguay-Paraná waterway for Bolivian exports and gas supplies.

Paz travelled to Washington last month, shortly after his election victory, to meet officials of the Trump administration and international lenders as Bolivia struggles with a shortage of dollars and fuel.

Several other leaders and delegations attended Saturday's ceremony in the Legislative Assembly.

Related
Bolivia: Paz sworn in, pledges "capitalism for all"
Ecuador's Noboa tightens security after referendum defeat

We use cookies. By continuing to browse you agree to our use of cookies.
`, [
    ev('meeting', 'occurred', ['Rodrigo Paz', 'Daniel Noboa'], '2025-11-08', 'La Paz'),
    ev('meeting', 'occurred', ['Rodrigo Paz', 'Santiago Pena'], '2025-11-08', 'La Paz'),
    ev('visit', 'occurred', ['Daniel Noboa'], '2025-11', 'La Paz', { optional: true }),
    ev('visit', 'occurred', ['Santiago Pena'], '2025-11', 'La Paz', { optional: true }),
    ev('visit', 'occurred', ['Rodrigo Paz'], '2025-10', 'Washington'),
    ev('visit', 'planned', ['Rodrigo Paz'], null, 'Quito', { optional: true }),
  ]),

  // ---------------------------------------------------------------- foreign-ministry, TASS and Xinhua copies
  a('xinhua-li-xi-vientiane', null, `
Lao top leader meets senior CPC official

VIENTIANE, Sept. 10 (Xinhua) -- Thongloun Sisoulith, general secretary of the Lao People's Revolutionary Party (LPRP) Central Committee and Lao president, met here on Tuesday with Li Xi, a member of the Standing Committee of the Political Bureau of the Communist Party of China (CPC) Central Committee and secretary of the CPC Central Commission for Discipline Inspection.

Li is paying an official goodwill visit to Laos from Monday to Wednesday at the invitation of the LPRP Central Committee.

Li conveyed the cordial greetings of Chinese President Xi Jinping, general secretary of the CPC Central Committee, to Thongloun. He said that under the strategic guidance of the two general secretaries, the building of the China-Laos community with a shared future has been continuously deepened and the China-Laos Railway has become a golden road benefiting the two peoples.

Li said the CPC is willing to work with the LPRP to implement the important consensus reached by the two general secretaries during their meeting in Beijing in October last year, strengthen exchange of experience on party governance, and deepen cooperation in the fight against corruption.

Thongloun asked Li to convey his sincere greetings to Xi. He said Laos firmly adheres to the one-China policy, and is ready to learn from the experience of the CPC in strict party self-governance and to push for new progress in the Laos-China comprehensive strategic cooperative partnership.

Lao side appreciates the valuable support China provided for Laos chairing the ASEAN this year, Thongloun said.

During the visit, Li also held talks with leaders of the LPRP Central Inspection Committee and visited the Vientiane station of the China-Laos Railway. ■

2024-09-10 22:31:08
`, [
    ev('meeting', 'occurred', ['Thongloun Sisoulith', 'Li Xi'], '2024-09-10', 'Vientiane'),
    ev('visit', 'occurred', ['Li Xi', 'Thongloun Sisoulith'], '2024-09-09', 'Vientiane'),
    ev('meeting', 'occurred', ['Li Xi', 'LA'], '2024-09', 'Vientiane', { optional: true }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Thongloun Sisoulith'], '2023-10', 'Beijing'),
  ]),

  a('mfa-china-mao-ning-zhang-guoqing-trip', null, `
Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on November 18, 2024

At the invitation of the Government of the Republic of Equatorial Guinea and the Government of the Republic of Cameroon, Vice Premier of the State Council Zhang Guoqing will visit Equatorial Guinea and Cameroon from November 20 to 26.

CCTV: Can you share more information on the purpose of the Vice Premier's visit and China's expectation?

Mao Ning: Equatorial Guinea and Cameroon are both China's good friends and good partners in Central Africa. In September, President Xi Jinping held talks with President Teodoro Obiang Nguema Mbasogo of Equatorial Guinea in Beijing during the Summit of the Forum on China-Africa Cooperation (FOCAC), and the two heads of state elevated bilateral ties to a comprehensive strategic cooperative partnership. This visit by Vice Premier Zhang Guoqing is an important step to implement the outcomes of the FOCAC Summit and the important common understandings reached by the heads of state. During the visit, Vice Premier Zhang Guoqing will meet with leaders of the two countries and exchange views on bilateral relations and practical cooperation in various fields. We believe the visit will further deepen friendship and bring China-Africa cooperation to a new level.

AFP: The Philippines said on Sunday that a Chinese coast guard vessel fired water cannon at a government ship near Scarborough Shoal. What's your comment?

Mao Ning: Huangyan Dao is China's territory. The China Coast Guard took necessary measures in accordance with law to expel the Philippine vessel that intruded into the waters. The operation was professional and legitimate. We urge the Philippines to stop infringement and provocation.

Reuters: Will Chinese leaders meet the U.S. president-elect's team before inauguration?

Mao Ning: I have no information to offer on that.

2024/11/18
`, [
    ev('visit', 'planned', ['Zhang Guoqing'], '2024-11', null),
    ev('visit', 'planned', ['Zhang Guoqing'], '2024-11', null),
    ev('meeting', 'occurred', ['Xi Jinping', 'Teodoro Obiang Nguema Mbasogo'], '2024-09', 'Beijing', { occasion: 'FOCAC' }),
    ev('summit', 'occurred', [], '2024-09', 'Beijing', { occasion: 'FOCAC', date_true: '2024-09-05' }),
    ev('meeting', 'planned', ['Zhang Guoqing', 'GQ'], '2024-11', null, { optional: true }),
    ev('meeting', 'planned', ['Zhang Guoqing', 'CM'], '2024-11', null, { optional: true }),
  ]),

  a('xinhua-zhang-guoqing-malabo', null, `
Equatorial Guinea's president meets Chinese vice premier

MALABO, Nov. 21 (Xinhua) -- Equatorial Guinea's President Teodoro Obiang Nguema Mbasogo met with visiting Chinese Vice Premier Zhang Guoqing here on Thursday, with both sides pledging to deepen the comprehensive strategic cooperative partnership between the two countries.

Zhang, who arrived in Malabo on Wednesday for an official visit, conveyed the cordial greetings of Chinese President Xi Jinping to Obiang. He said that China is willing to work with Equatorial Guinea to implement the important consensus reached by the two heads of state, and to enhance cooperation in such areas as infrastructure, energy, agriculture and human resources training.

Obiang said Equatorial Guinea highly values its relations with China and thanks China for its long-term and selfless assistance. He said the results of the FOCAC Beijing Summit had brought new opportunities for Africa's development and that his country firmly supports the one-China principle.

After the meeting, the two sides signed several cooperation documents covering economy and trade, health and digital economy.

During his stay, Zhang also held talks with the country's vice president and visited Chinese-built projects including the Malabo Power Station expansion.

Equatorial Guinea is the first stop of Zhang's two-nation trip, which will also take him to Cameroon. ■

2024-11-22 07:15:42
`, [
    ev('meeting', 'occurred', ['Teodoro Obiang Nguema Mbasogo', 'Zhang Guoqing'], '2024-11-21', 'Malabo'),
    ev('visit', 'occurred', ['Zhang Guoqing', 'Teodoro Obiang Nguema Mbasogo'], '2024-11-20', 'Malabo'),
    ev('signing', 'occurred', ['GQ', 'CN'], '2024-11-21', 'Malabo', { optional: true }),
    ev('meeting', 'occurred', ['Zhang Guoqing', 'GQ'], '2024-11', 'Malabo'),
    ev('visit', 'planned', ['Zhang Guoqing'], '2024-11', null),
  ]),

  a('mfa-armenia-mirzoyan-barrot-paris', null, `
Foreign Minister Ararat Mirzoyan met with Minister for Europe and Foreign Affairs of France Jean-Noël Barrot

17 February, 2025

On February 17, Minister of Foreign Affairs of the Republic of Armenia Ararat Mirzoyan, who is in Paris on a working visit, had a meeting with Minister for Europe and Foreign Affairs of the French Republic Jean-Noël Barrot.

The Ministers discussed a wide range of issues of the Armenian-French bilateral agenda. Highlighting the special character of relations between Armenia and France, the interlocutors expressed satisfaction with the high dynamics of political dialogue and the implementation of agreements reached at the level of the leaders of the two countries.

The sides welcomed the results of the first session of the Armenia-France strategic dialogue, held in Yerevan in October last year, and exchanged views on the next steps in the cooperation in the fields of defence, energy and education.

Minister Mirzoyan presented to the counterpart the latest developments in the process of normalization of relations between Armenia and Azerbaijan, the agreement on the text of which is being negotiated, as well as Armenia's "Crossroads of Peace" initiative. Ararat Mirzoyan attached importance to the consistent position of France on the respect of the territorial integrity and sovereignty of the states.

Interlocutors also touched upon the Armenia-EU agenda, including the visa liberalization dialogue.

Minister Mirzoyan invited his French counterpart to pay a visit to Armenia. The invitation was accepted with gratitude.

17.02.2025, 19:42
`, [
    ev('visit', 'occurred', ['Ararat Mirzoyan', 'Jean-Noel Barrot'], '2025-02-17', 'Paris'),
    ev('meeting', 'occurred', ['Ararat Mirzoyan', 'Jean-Noel Barrot'], '2025-02-17', 'Paris'),
    ev('meeting', 'occurred', ['AM', 'FR'], '2024-10', 'Yerevan'),
    ev('visit', 'planned', ['Jean-Noel Barrot'], null, null, { optional: true }),
  ]),

  a('tass-bogdanov-tripoli', null, `
Russian deputy foreign minister discusses bilateral cooperation with Libyan leaders

TRIPOLI, March 5. /TASS/. Russian Deputy Foreign Minister and Presidential Special Envoy for the Middle East and Africa Mikhail Bogdanov, who is in Tripoli on a working visit, held talks on Tuesday with Prime Minister of the Government of National Unity of Libya Abdul Hamid Dbeibah, the Russian Foreign Ministry said.

"During the conversation, a detailed exchange of opinions took place on the development of the situation in Libya with an emphasis on the tasks of overcoming the protracted crisis in the country through an inclusive inter-Libyan dialogue," the ministry said in a statement.

The sides also discussed the prospects of the trade and economic cooperation, including the resumption of work of Russian companies in the Libyan energy sector and the full-scale reopening of the Russian embassy in Tripoli, the statement said.

On the same day Bogdanov was received by Chairman of the Presidential Council of Libya Mohamed al-Menfi. The interlocutors confirmed the mutual intention to further strengthen the traditionally friendly Russian-Libyan relations.

In January, Bogdanov received in Moscow a delegation of the Libyan Government of National Unity, with whom he discussed the preparations for the next session of the intergovernmental commission on trade and economic cooperation.

The sides agreed to hold that session in Moscow, but the date has not been announced.

Russia reopened its embassy in Libya in 2023 after a ten-year break.

05.03.2024, 18:27
`, [
    ev('visit', 'occurred', ['Mikhail Bogdanov', 'Abdul Hamid Dbeibah'], '2024-03-05', 'Tripoli'),
    ev('meeting', 'occurred', ['Mikhail Bogdanov', 'Abdul Hamid Dbeibah'], '2024-03-05', 'Tripoli'),
    ev('meeting', 'occurred', ['Mikhail Bogdanov', 'Mohamed al-Menfi'], '2024-03-05', 'Tripoli'),
    ev('meeting', 'occurred', ['Mikhail Bogdanov', 'LY'], '2024-01', 'Moscow'),
    ev('meeting', 'planned', ['RU', 'LY'], null, 'Moscow', { optional: true }),
  ]),

  a('tass-volodin-ghalibaf-st-petersburg', null, `
Volodin, Iranian parliament speaker discuss inter-parliamentary cooperation

ST. PETERSBURG, July 11. /TASS/. Russian State Duma Chairman Vyacheslav Volodin met on Thursday with Speaker of the Islamic Consultative Assembly (Majlis) of Iran Mohammad Bagher Ghalibaf on the sidelines of the 10th BRICS Parliamentary Forum, which opened in St. Petersburg the same day.

"Relations between our countries are developing very actively. We are interested in our parliaments contributing to the implementation of the agreements reached at the highest level," Volodin said at the beginning of the meeting.

According to him, the trade turnover between Russia and Iran is growing, and the parliaments should work for removing barriers, including in the field of mutual settlements in national currencies.

Ghalibaf, for his part, thanked the Russian side for the invitation and for organization of the forum. He said Iran, which became full member of BRICS this year, is intending to play active role in the association. "Our cooperation with Russia is of strategic character," the speaker said.

The two parliament chiefs also discussed the preparation of the comprehensive strategic partnership treaty between Russia and Iran, and the forthcoming BRICS summit in Kazan in October.

Volodin accepted the invitation to visit Tehran. The dates will be agreed through diplomatic channels.

The BRICS Parliamentary Forum is held on July 11-12 with the participation of delegations from more than ten countries.

11.07.2024, 14:05
`, [
    ev('meeting', 'occurred', ['Vyacheslav Volodin', 'Mohammad Bagher Ghalibaf'], '2024-07-11', 'St. Petersburg', { occasion: 'BRICS' }),
    ev('summit', 'occurred', [], '2024-07-11', 'St. Petersburg', { occasion: 'BRICS' }),
    ev('visit', 'occurred', ['Mohammad Bagher Ghalibaf'], '2024-07', 'St. Petersburg', { optional: true }),
    ev('summit', 'planned', [], '2024-10', 'Kazan', { occasion: 'BRICS', date_true: '2024-10-22' }),
    ev('visit', 'planned', ['Vyacheslav Volodin'], null, 'Tehran', { optional: true }),
  ]),

  a('mfa-ukraine-sybiha-budrys-kyiv', null, `
Andrii Sybiha met with Minister of Foreign Affairs of Lithuania Kęstutis Budrys

20 January, 2025 - 15:10

Minister for Foreign Affairs of Ukraine Andrii Sybiha held a meeting in Kyiv with Minister of Foreign Affairs of the Republic of Lithuania Kęstutis Budrys, who arrived in Ukraine on his first visit since taking office.

Andrii Sybiha thanked Lithuania for its unwavering support of Ukraine since the first days of the full-scale Russian aggression and for the decision to allocate 0.25% of GDP annually for military assistance to Ukraine.

The Ministers discussed the strengthening of Ukraine's air defence, the increase of pressure on the aggressor state through new sanctions packages, in particular against the shadow fleet, and the use of frozen Russian assets for the benefit of Ukraine.

"Lithuania was, is and will be with Ukraine. Your fight is our fight," Kęstutis Budrys said.

The parties also coordinated positions on Ukraine's progress on the path to the EU membership, with the aim of opening the first negotiation clusters in the first half of this year.

The Ministers recalled their telephone conversation in December, when they agreed on the priorities of the bilateral cooperation for this year.

Andrii Sybiha invited his Lithuanian colleague to take part in the Ukraine Recovery Conference that will be held in Rome in July.
`, [
    ev('visit', 'occurred', ['Kestutis Budrys', 'Andrii Sybiha'], '2025-01-20', 'Kyiv'),
    ev('meeting', 'occurred', ['Andrii Sybiha', 'Kestutis Budrys'], '2025-01-20', 'Kyiv'),
    ev('call', 'occurred', ['Andrii Sybiha', 'Kestutis Budrys'], '2024-12', null),
    ev('summit', 'planned', [], '2025-07', 'Rome', { occasion: 'Ukraine Recovery Conference', date_true: '2025-07-10' }),
  ]),

  a('mfa-czech-lipavsky-eide-prague', null, `
Minister Lipavský received Norwegian Foreign Minister Espen Barth Eide in Prague

Prague, 15 April 2024

Minister of Foreign Affairs Jan Lipavský today received in Prague the Minister of Foreign Affairs of the Kingdom of Norway Espen Barth Eide, who arrives to the Czech Republic on official visit. The ministers discussed the bilateral relations, support for Ukraine, energy security and the situation in the Middle East.

"Norway is for the Czech Republic a reliable partner and ally. We appreciate very much the Norwegian contribution to the Czech initiative for the supply of artillery ammunition to Ukraine," said Minister Lipavský after the meeting.

After the talks, the ministers signed a memorandum of understanding on the cooperation in the field of the energy transition and the carbon capture and storage.

Minister Barth Eide emphasised that the Nordic and Central European states share the same view on the Russian threat. "Our security is indivisible," he said.

Minister Lipavský visited Oslo last year, where he discussed with his counterpart the Czech-Norwegian cooperation in the area of research and the EEA and Norway Grants.

Both ministers will meet again at the informal meeting of NATO foreign ministers which the Czech Republic hosts in Prague at the end of May.

Press department
Last updated: 15.04.2024
`, [
    ev('visit', 'occurred', ['Espen Barth Eide', 'Jan Lipavsky'], '2024-04-15', 'Prague'),
    ev('meeting', 'occurred', ['Jan Lipavsky', 'Espen Barth Eide'], '2024-04-15', 'Prague'),
    ev('signing', 'occurred', ['Jan Lipavsky', 'Espen Barth Eide'], '2024-04-15', 'Prague'),
    ev('visit', 'occurred', ['Jan Lipavsky'], '2023', 'Oslo'),
    ev('meeting', 'occurred', ['Jan Lipavsky', 'NO'], '2023', 'Oslo'),
    ev('summit', 'planned', [], '2024-05', 'Prague', { occasion: 'NATO', date_true: '2024-05-30' }),
    ev('meeting', 'planned', ['Jan Lipavsky', 'Espen Barth Eide'], '2024-05', 'Prague', { occasion: 'NATO', optional: true }),
  ]),
];
