// A sixth set of hand-written articles ("final"), written blind to the rules of the events stage after the five other
// sets (generalization, held-out, fresh, unseen, blind) had all been used for tuning or checking: its author read
// neither the stage's source nor its output before the keys were final, so its score is an honest estimate of event
// extraction on articles nobody has tuned for. Same three source styles as the evaluation set, in roughly its
// proportions: Reuters copy of 2016-2018 (some with quotation marks and apostrophes stripped, as in the research
// corpus); web pages of 2024-2026 as scraped, with menus, "Related:" lines, cookie banners, photo captions and
// counters; foreign-ministry, Kremlin, TASS and Xinhua style copies with translation slips, a dateline and often a
// trailing timestamp that is the publication date (no metadata date). Actors, country pairs and stories were chosen
// to appear in none of the other five sets as their main story. Keys follow the answer-key conventions of the
// evaluation README and its cases: participants are canonical person names of the knowledge base (country codes
// where no person is named); a visit is keyed when the text reports a trip (arrived, visited, trip, state visit) and
// lists the visitor and the named host; the talks held during a visit are keyed as well; background events keep the
// date the text gives (a month for "last month" or "in May", a year for "last year"); summits have no participants
// and a location only when the text names the city; `date_true` is the real date where the key's date is coarser;
// `optional` marks borderline items (a vague plan with no date, a gathering named only as an occasion). Its failures
// were read for debugging once the seventh (sealed) set had been written; it is a regression set now.
import { articleOfText, keyedEvent, type Aliases, type EventArticle } from './event-scoring.js';

/** Other spellings the keys accept for the names, places and gatherings used here, as a key's `aliases` would. */
export const FINAL_ALIASES: Aliases = {
  'Rodrigo Duterte': ['Rodrigo Roa Duterte'],
  'Sher Bahadur Deuba': [],
  'Pushpa Kamal Dahal': ['Prachanda', 'Pushpa Kamal Dahal Prachanda'],
  'KP Sharma Oli': ['K.P. Sharma Oli', 'K P Sharma Oli', 'Khadga Prasad Sharma Oli'],
  'Mohamed bin Zayed Al Nahyan': ['Sheikh Mohamed bin Zayed Al Nahyan', 'Mohamed bin Zayed', 'Sheikh Mohamed bin Zayed'],
  'Mohammed bin Salman': ['Crown Prince Mohammed bin Salman'],
  'Toshimitsu Motegi': ['MOTEGI Toshimitsu', 'Motegi Toshimitsu'],
  'Subrahmanyam Jaishankar': ['S. Jaishankar', 'S Jaishankar'],
  'Ferdinand Marcos Jr.': ['Ferdinand Marcos Jr', 'Ferdinand R. Marcos Jr.', 'Ferdinand Marcos'],
  'Sergei Shoigu': ['Sergey Shoigu'],
  'Volodymyr Zelensky': ['Volodymyr Zelenskyy'],
  'Mikhail Mishustin': [],
  'Luvsannamsrain Oyun-Erdene': ['Oyun-Erdene Luvsannamsrai'],
  'Ukhnaagiin Khurelsukh': ['Ukhnaa Khurelsukh'],
  'Khaltmaagiin Battulga': ['Khaltmaa Battulga'],
  'William Ruto': ['William Samoei Ruto'],
  'Shigeru Ishiba': ['ISHIBA Shigeru'],
  'Assimi Goita': ['Assimi Goïta'],
  'Charles III': ['King Charles III', 'King Charles'],
  'New Delhi': ['Delhi'],
  'Washington': ['Washington, D.C.', 'Washington DC'],
  'Vatican City': ['Vatican', 'the Vatican'],
  'Ulaanbaatar': ['Ulan Bator'],
  'Danang': ['Da Nang'],
  'Kyiv': ['Kiev'],
  'Bogota': ['Bogotá'],
  'Bengaluru': ['Bangalore'],
  'Bodh Gaya': ['Bodhgaya'],
  'ASEAN': ['Association of Southeast Asian Nations', 'ASEAN-India Summit'],
  'APEC': ['Asia-Pacific Economic Cooperation'],
  'G20': ['Group of 20', 'G-20', 'Group of Twenty'],
  'UN General Assembly': ['United Nations General Assembly', 'UNGA', 'General Assembly'],
  'AU-EU summit': ['African Union-European Union summit', 'EU-AU summit', 'AU-EU', 'African Union-European Union'],
  'AU': ['African Union'],
  'CHOGM': ['Commonwealth Heads of Government Meeting', 'Commonwealth'],
  'TICAD': ['Tokyo International Conference on African Development', 'TICAD 9'],
  'BRICS': [],
  'GCC': ['Gulf Cooperation Council'],
  'NATO': ['North Atlantic Treaty Organization'],
  'Economic Cooperation Organization': ['ECO'],
  'Confederation of Sahel States': ['Alliance of Sahel States', 'AES'],
  'SCO': ['Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation'],
};

const a = articleOfText;
const ev = keyedEvent;

export const FINAL_ARTICLES: EventArticle[] = [
  // ---------------------------------------------------------------- Reuters copy, 2016-2018
  a('r-duterte-xi-beijing', '2016-10-20', `
Duterte aligns Philippines with China, says U.S. has lost

BEIJING (Reuters) - Philippine President Rodrigo Duterte announced his  separation  from the United States on Thursday, declaring he had realigned with China as the two agreed to resolve their South China Sea dispute through talks. Duterte made his comments in Beijing, where he is visiting with at least 200 business people to pave the way for what he calls a new commercial alliance as relations with longtime ally Washington deteriorate.  In this venue, I announce my separation from the United States,  Duterte told Chinese and Philippine business people, to applause, at a forum in the Great Hall of the People attended by Chinese Vice Premier Zhang Gaoli. Earlier on Thursday, Chinese President Xi Jinping hailed a  milestone  in ties as he welcomed Duterte to the Great Hall with a military band and a red carpet. The two leaders held talks for about 90 minutes and agreed that the South China Sea issue was not the sum total of relations, Chinese Vice Foreign Minister Liu Zhenmin told reporters. Officials from the two countries then signed 13 agreements on trade, investment, financing and infrastructure in front of the two presidents, who also met Premier Li Keqiang later in the day. Duterte arrived in Beijing on Tuesday night for a four-day visit, his first to China since taking office on June 30, after a stop in Brunei, where he spoke to the Filipino community. Duterte s tone on his visit has been in stark contrast to the barrage of hostility he has unleashed against the United States, including insulting President Barack Obama. In July an arbitration court in The Hague ruled in favour of Manila in a case over Beijing s claims in the South China Sea, a ruling China refused to recognise. Duterte will fly to Tokyo next Tuesday for a three-day visit and talks with Japanese Prime Minister Shinzo Abe, whose government has been one of Manila s biggest aid donors. The two leaders first met last month on the sidelines of a regional summit in Vientiane, the Laotian capital, where Abe pledged patrol vessels for the Philippine coast guard.  Japan is a friend, a friend closer than a brother,  Duterte said then.
`, [
    ev('visit', 'occurred', ['Rodrigo Duterte', 'Xi Jinping'], '2016-10-18', 'Beijing'),
    ev('meeting', 'occurred', ['Rodrigo Duterte', 'Xi Jinping'], '2016-10-20', 'Beijing'),
    ev('signing', 'occurred', ['PH', 'CN'], '2016-10-20', 'Beijing'),
    ev('meeting', 'occurred', ['Rodrigo Duterte', 'Li Keqiang'], '2016-10-20', 'Beijing'),
    ev('visit', 'occurred', ['Rodrigo Duterte'], '2016-10', null, { date_true: '2016-10-16' }),
    ev('visit', 'planned', ['Rodrigo Duterte', 'Shinzo Abe'], '2016-10-25', 'Tokyo'),
    ev('meeting', 'planned', ['Rodrigo Duterte', 'Shinzo Abe'], '2016-10', 'Tokyo', { date_true: '2016-10-26' }),
    ev('meeting', 'occurred', ['Rodrigo Duterte', 'Shinzo Abe'], '2016-09', 'Vientiane', { occasion: 'ASEAN' }),
    ev('summit', 'occurred', [], '2016-09', 'Vientiane', { occasion: 'ASEAN', date_true: '2016-09-07' }),
  ]),

  a('r-may-abe-tokyo', '2017-08-31', `
Britain's May, Japan's Abe agree to step up security ties as North Korea fires over Japan

TOKYO (Reuters) - British Prime Minister Theresa May and her Japanese counterpart Shinzo Abe agreed on Thursday to increase pressure on North Korea and to deepen security cooperation, two days after Pyongyang fired a missile over the northern Japanese island of Hokkaido.

May, who arrived in Kyoto on Wednesday at the start of a three-day trip, held talks with Abe in Tokyo and attended a meeting of Japan's National Security Council, becoming the first foreign leader to do so. The two leaders signed a joint declaration on security cooperation that covers joint exercises, cyber defence and the development of a new air-to-air missile.

"We are in agreement that North Korea's provocations are an outrageous and grave threat," Abe told a joint news conference. "We must maximise pressure on North Korea."

May said Britain and Japan were "natural partners" and that she wanted a trade deal with Japan after Britain leaves the European Union that would be as ambitious as the one the EU concluded with Tokyo in July.

"I am confident that we can quickly transition to a new arrangement once we leave," she said.

Japanese companies, which employ about 140,000 people in Britain, have pressed London for clarity on Brexit. Car makers Toyota and Nissan have warned about the risk of tariffs.

It was the second time the two leaders had met in four months. Abe visited London in April, when he and May held talks at Downing Street and agreed to start work on the security declaration signed on Thursday.

May's visit comes as her authority at home remains weakened after a June election in which her Conservatives lost their majority. Asked on the flight to Japan whether she would lead the party into the next election, she said she was "not a quitter".

Japanese Foreign Minister Taro Kono told reporters that Britain would send a warship to the region next year.
`, [
    ev('visit', 'occurred', ['Theresa May', 'Shinzo Abe'], '2017-08-30', 'Kyoto'),
    ev('meeting', 'occurred', ['Theresa May', 'Shinzo Abe'], '2017-08-31', 'Tokyo'),
    ev('signing', 'occurred', ['Theresa May', 'Shinzo Abe'], '2017-08-31', 'Tokyo'),
    ev('visit', 'occurred', ['Shinzo Abe', 'Theresa May'], '2017-04', 'London', { date_true: '2017-04-28' }),
    ev('meeting', 'occurred', ['Shinzo Abe', 'Theresa May'], '2017-04', 'London', { date_true: '2017-04-28' }),
  ]),

  a('r-trudeau-li-keqiang-beijing', '2017-12-04', `
Canada, China fail to launch free trade talks during Trudeau visit

BEIJING (Reuters) - Canada and China failed to launch formal free trade negotiations on Monday, with Beijing unhappy at Canadian Prime Minister Justin Trudeau s push to include labour, environment and gender rights in any agreement, sources familiar with the talks said. Trudeau, who arrived in Beijing on Sunday for a four-day visit to China, held talks with Premier Li Keqiang at the Great Hall of the People but the two men did not announce the start of trade negotiations as had been widely expected. Instead they issued a statement saying they would continue exploratory discussions.  We ve always known that this process would take time,  Trudeau told a news conference.  Canada is not going to sign just any deal.  Li said China was willing to work with Canada  to jointly promote the process  and that the two sides had  reached consensus  on many issues, without giving details. Trudeau is due to meet President Xi Jinping on Tuesday before flying to the southern city of Guangzhou, where he will address a business forum on Wednesday. Li visited Ottawa in September last year, when the two leaders agreed to hold annual meetings and to double two-way trade by 2025. That visit came weeks after Trudeau s first official trip to China, which ended with the Group of 20 summit in Hangzhou. China is Canada s second-largest trading partner after the United States. Canadian business groups have pressed Ottawa to move quickly on a trade deal as it renegotiates the North American Free Trade Agreement with the United States and Mexico. Ottawa s insistence on labour and gender chapters, which it calls a progressive trade agenda, has also caused friction in talks on the Trans-Pacific Partnership. A Chinese official said Beijing had no objection in principle to discussing such issues but did not want them to hold up an agreement.  
`, [
    ev('visit', 'occurred', ['Justin Trudeau', 'Li Keqiang'], '2017-12-03', 'Beijing'),
    ev('meeting', 'occurred', ['Justin Trudeau', 'Li Keqiang'], '2017-12-04', 'Beijing'),
    ev('meeting', 'planned', ['Justin Trudeau', 'Xi Jinping'], '2017-12-05', 'Beijing'),
    ev('visit', 'planned', ['Justin Trudeau'], '2017-12', 'Guangzhou', { date_true: '2017-12-05', optional: true }),
    ev('visit', 'occurred', ['Li Keqiang', 'Justin Trudeau'], '2016-09', 'Ottawa', { date_true: '2016-09-21' }),
    ev('meeting', 'occurred', ['Li Keqiang', 'Justin Trudeau'], '2016-09', 'Ottawa', { date_true: '2016-09-22' }),
    ev('visit', 'occurred', ['Justin Trudeau'], '2016', null, { date_true: '2016-08-30', optional: true }),
    ev('summit', 'occurred', [], '2016', 'Hangzhou', { occasion: 'G20', date_true: '2016-09-04' }),
  ]),

  a('r-hariri-paris-macron', '2017-11-18', `
Lebanon's Hariri in Paris, says will return home for independence day

PARIS (Reuters) - Saad al-Hariri arrived in Paris from Riyadh on Saturday and met French President Emmanuel Macron at the Elysee Palace, two weeks after he announced his resignation as Lebanon s prime minister in a televised address from the Saudi capital. Hariri, accompanied by his wife, was greeted by Macron in the courtyard of the palace and the two men then held talks over lunch. Macron invited Hariri and his family to France in an effort to ease a crisis that has raised fears of instability in Lebanon. Speaking to reporters afterwards, Hariri said he would return to Beirut in the coming days and would take part in Independence Day celebrations on Wednesday, when he would make his position known.  As you know, I have resigned, and we will talk about this matter in Lebanon,  he said. Lebanese President Michel Aoun has refused to accept the resignation until Hariri returns, and has accused Saudi Arabia of holding him hostage, a charge Riyadh denies. Hariri is expected to stop in Egypt and Cyprus on his way home, Lebanese officials said. The French initiative followed a surprise stop by Macron in Riyadh last week, where he held talks with Crown Prince Mohammed bin Salman late at night after inaugurating a French military base in Abu Dhabi. French Foreign Minister Jean-Yves Le Drian travelled to Riyadh on Thursday and met the crown prince and Hariri. Saudi Arabia has accused Lebanon s Iran-backed Hezbollah movement, which is part of Hariri s coalition government, of helping Houthi rebels in Yemen.  France wants Lebanon to be stable and not to be the victim of regional tensions,  Macron said on Friday in Sweden.
`, [
    ev('visit', 'occurred', ['Saad Hariri', 'Emmanuel Macron'], '2017-11-18', 'Paris'),
    ev('meeting', 'occurred', ['Saad Hariri', 'Emmanuel Macron'], '2017-11-18', 'Paris'),
    ev('visit', 'occurred', ['Emmanuel Macron', 'Mohammed bin Salman'], '2017-11', 'Riyadh', { date_true: '2017-11-09' }),
    ev('meeting', 'occurred', ['Emmanuel Macron', 'Mohammed bin Salman'], '2017-11', 'Riyadh', { date_true: '2017-11-09' }),
    ev('visit', 'occurred', ['Jean-Yves Le Drian', 'Mohammed bin Salman'], '2017-11-16', 'Riyadh'),
    ev('meeting', 'occurred', ['Jean-Yves Le Drian', 'Mohammed bin Salman', 'Saad Hariri'], '2017-11-16', 'Riyadh'),
    ev('visit', 'planned', ['Saad Hariri'], null, null, { optional: true }),
    ev('visit', 'occurred', ['Emmanuel Macron'], '2017-11', 'Abu Dhabi', { date_true: '2017-11-09', optional: true }),
  ]),

  a('r-najib-trump-white-house', '2017-09-12', `
Malaysia's Najib offers Trump Boeing deal, investment in White House visit

WASHINGTON (Reuters) - Malaysian Prime Minister Najib Razak, whose government is under scrutiny by the U.S. Justice Department over a multibillion-dollar graft scandal, told President Donald Trump on Tuesday that his country would buy more Boeing jets and invest in U.S. infrastructure.

Najib, who arrived in Washington on Monday, met Trump in the Oval Office and later over lunch in the Cabinet Room. He told reporters that Malaysia Airlines would buy at least 25 Boeing 737 MAX planes and possibly eight 787 Dreamliners, a deal he valued at more than $10 billion over five years.

"We come here with a very strong value proposition," Najib said, sitting alongside Trump. "We want to help you in terms of strengthening the U.S. economy."

Trump praised Najib for Malaysia's help in fighting Islamic State and in pressing North Korea. "We do a lot of trade together ... and we're going to do a lot more," Trump said.

The visit drew criticism from Malaysian opposition politicians and U.S. rights groups because the Justice Department is seeking to recover about $1.7 billion in assets it says were bought with money stolen from state fund 1MDB. Najib, who founded the fund, has denied wrongdoing.

Najib has moved closer to Beijing in recent years. He visited Beijing last November and signed deals including Malaysia's first significant defence purchase from China, for four naval vessels.

Trump is due to travel to Asia in November for the Asia-Pacific Economic Cooperation summit in Danang, Vietnam, and a summit of Southeast Asian leaders in Manila, where he could see Najib again.
`, [
    ev('visit', 'occurred', ['Najib Razak', 'Donald Trump'], '2017-09-11', 'Washington'),
    ev('meeting', 'occurred', ['Najib Razak', 'Donald Trump'], '2017-09-12', 'Washington'),
    ev('visit', 'occurred', ['Najib Razak'], '2016-11', 'Beijing', { date_true: '2016-11-01' }),
    ev('signing', 'occurred', ['Najib Razak', 'CN'], '2016-11', 'Beijing', { date_true: '2016-11-01' }),
    ev('summit', 'planned', [], '2017-11', 'Danang', { occasion: 'APEC', date_true: '2017-11-10' }),
    ev('summit', 'planned', [], '2017-11', 'Manila', { occasion: 'ASEAN', date_true: '2017-11-13' }),
    ev('visit', 'planned', ['Donald Trump'], '2017-11', null, { optional: true }),
  ]),

  a('r-deuba-modi-new-delhi', '2017-08-24', `
India, Nepal sign pacts as Deuba seeks to reset ties strained by border blockade

NEW DELHI (Reuters) - Indian Prime Minister Narendra Modi and his Nepali counterpart Sher Bahadur Deuba held talks in New Delhi on Thursday and witnessed the signing of eight agreements, including on flood control and a cross-border railway, as the Himalayan nation seeks to repair ties with its giant neighbour. Deuba arrived in New Delhi on Wednesday on a five-day state visit, his first trip abroad since taking office for a fourth time in June, and called on President Ram Nath Kovind on Wednesday evening.  We had a very fruitful discussion on all aspects of our relations,  Modi said in a joint statement to the media after the talks at Hyderabad House.  Nepal will not allow its territory to be used against India,  Deuba said. Relations between the two countries soured in 2015 when India was seen as backing a months-long blockade of the border by protesters opposed to a new Nepali constitution, causing severe shortages of fuel and medicine. Deuba s predecessor, Pushpa Kamal Dahal, better known as Prachanda, visited New Delhi in September last year and Nepal s president followed in April. India has watched warily as China has stepped up its investments in Nepal. Chinese Vice Premier Wang Yang visited Kathmandu last week and signed agreements on economic assistance. Deuba will travel to the Buddhist pilgrimage town of Bodh Gaya on Saturday before returning home on Sunday. Nepal has been hit by its worst floods in years, which have killed more than 140 people, and Modi offered help with relief and reconstruction, officials said.  
`, [
    ev('visit', 'occurred', ['Sher Bahadur Deuba', 'Narendra Modi'], '2017-08-23', 'New Delhi'),
    ev('meeting', 'occurred', ['Narendra Modi', 'Sher Bahadur Deuba'], '2017-08-24', 'New Delhi'),
    ev('signing', 'occurred', ['Narendra Modi', 'Sher Bahadur Deuba'], '2017-08-24', 'New Delhi'),
    ev('meeting', 'occurred', ['Sher Bahadur Deuba', 'Ram Nath Kovind'], '2017-08-23', 'New Delhi'),
    ev('visit', 'occurred', ['Pushpa Kamal Dahal'], '2016-09', 'New Delhi', { date_true: '2016-09-15' }),
    ev('visit', 'occurred', ['NP'], '2017-04', null, { optional: true }),
    ev('visit', 'occurred', ['Wang Yang'], '2017-08', 'Kathmandu', { date_true: '2017-08-15' }),
    ev('signing', 'occurred', ['Wang Yang', 'NP'], '2017-08', 'Kathmandu', { date_true: '2017-08-15' }),
    ev('visit', 'planned', ['Sher Bahadur Deuba'], '2017-08-26', 'Bodh Gaya'),
  ]),

  a('r-netanyahu-macri-buenos-aires', '2017-09-12', `
Netanyahu, Macri seal security ties on first Israeli leader trip to Latin America

BUENOS AIRES (Reuters) - Israeli Prime Minister Benjamin Netanyahu met Argentine President Mauricio Macri on Tuesday, the first visit to Latin America by a sitting Israeli prime minister, as the two leaders pledged to deepen security cooperation and to keep investigating the 1994 bombing of a Jewish community centre in Buenos Aires. Netanyahu, who landed in Buenos Aires on Monday with a delegation of Israeli business executives, was received by Macri at the Casa Rosada presidential palace. Ministers signed agreements on security, customs and social security.  This is a historic visit. Israel is coming to Latin America,  Netanyahu said in a statement.  Latin America is a very important continent for Israel.  Macri said Argentina would not forget the victims of the attack on the AMIA centre, which killed 85 people, and of the 1992 bombing of the Israeli embassy, which killed 29. Argentine prosecutors have accused Iranian officials of ordering the AMIA attack, which Tehran denies. The Israeli leader, whose trip was cut short by a day because of a corruption investigation at home, will fly on Wednesday to Bogota for talks with Colombian President Juan Manuel Santos and will visit Mexico City on Thursday, where he is due to meet President Enrique Pena Nieto. He will then travel to New York for the United Nations General Assembly next week, where he is expected to meet U.S. President Donald Trump. Relations between Israel and Argentina were strained under Macri s predecessor Cristina Fernandez, who signed a pact with Iran in 2013 to jointly investigate the bombing. 
`, [
    ev('visit', 'occurred', ['Benjamin Netanyahu', 'Mauricio Macri'], '2017-09-11', 'Buenos Aires'),
    ev('meeting', 'occurred', ['Benjamin Netanyahu', 'Mauricio Macri'], '2017-09-12', 'Buenos Aires'),
    ev('signing', 'occurred', ['IL', 'AR'], '2017-09-12', 'Buenos Aires'),
    ev('visit', 'planned', ['Benjamin Netanyahu', 'Juan Manuel Santos'], '2017-09-13', 'Bogota'),
    ev('meeting', 'planned', ['Benjamin Netanyahu', 'Juan Manuel Santos'], '2017-09-13', 'Bogota'),
    ev('visit', 'planned', ['Benjamin Netanyahu', 'Enrique Pena Nieto'], '2017-09-14', 'Mexico City'),
    ev('meeting', 'planned', ['Benjamin Netanyahu', 'Enrique Pena Nieto'], '2017-09-14', 'Mexico City'),
    ev('summit', 'planned', [], '2017-09', 'New York', { occasion: 'UN General Assembly', date_true: '2017-09-19' }),
    ev('visit', 'planned', ['Benjamin Netanyahu'], '2017-09', 'New York', { optional: true }),
    ev('meeting', 'planned', ['Benjamin Netanyahu', 'Donald Trump'], '2017-09', 'New York', { date_true: '2017-09-18' }),
    ev('signing', 'occurred', ['AR', 'IR'], '2013', null, { optional: true }),
  ]),

  a('r-johnson-lavrov-moscow', '2017-12-22', `
UK's Johnson tells Russia's Lavrov: relations cannot be business as usual

MOSCOW (Reuters) - British Foreign Secretary Boris Johnson told Russian Foreign Minister Sergei Lavrov on Friday that relations between their countries could not be  business as usual  because of Moscow s actions in Ukraine and elsewhere, but said the two sides needed to talk. Johnson s trip to Moscow is the first by a British foreign secretary in five years, and comes after Prime Minister Theresa May accused Russia last month of meddling in elections and planting fake stories in the media.  We are in a very difficult period in relations between Britain and Russia,  Johnson told a joint news conference after the talks.  But we share an interest in ensuring that we talk to each other.  Lavrov said relations were at a low point and that Russia was ready to work with Britain.  We are ready to do this and we ve already taken a number of steps,  he said, listing counter-terrorism and preparations for the 2018 soccer World Cup. The two men, who had earlier exchanged barbs, disagreed openly about accusations of Russian interference, with Lavrov saying there was no evidence. Johnson and Lavrov last met in New York in September on the sidelines of the U.N. General Assembly. Johnson said he had invited Lavrov to visit London, without giving a date. Britain expelled Russian diplomats after the murder of former spy Alexander Litvinenko in London in 2006, and relations have been strained since Russia annexed Crimea from Ukraine in 2014. 
`, [
    ev('visit', 'occurred', ['Boris Johnson', 'Sergey Lavrov'], '2017-12-22', 'Moscow'),
    ev('meeting', 'occurred', ['Boris Johnson', 'Sergey Lavrov'], '2017-12-22', 'Moscow'),
    ev('meeting', 'occurred', ['Boris Johnson', 'Sergey Lavrov'], '2017-09', 'New York', { occasion: 'UN General Assembly' }),
    ev('summit', 'occurred', [], '2017-09', 'New York', { occasion: 'UN General Assembly', optional: true }),
    ev('visit', 'planned', ['Sergey Lavrov', 'Boris Johnson'], null, 'London', { optional: true }),
  ]),

  a('r-macron-ouattara-abidjan', '2017-11-29', `
Africa-EU summit opens in Abidjan under shadow of Libya slave auctions

ABIDJAN (Reuters) - European and African leaders gathered in Ivory Coast s commercial capital Abidjan on Wednesday for a two-day summit dominated by outrage over migrants being sold as slaves in Libya and by the search for ways to create jobs for Africa s booming youth population. French President Emmanuel Macron, who arrived in Abidjan on Tuesday night after a visit to Burkina Faso, held talks with Ivorian President Alassane Ouattara on Wednesday morning before the opening of the African Union-European Union summit.  What is happening in Libya is a crime against humanity,  Macron told reporters, calling for emergency action to evacuate migrants from detention camps. On the sidelines of the summit, Macron, German Chancellor Angela Merkel and Libyan Prime Minister Fayez al-Sarraj held an emergency meeting with the leaders of Chad and Niger, the African Union and the United Nations, after which they announced a plan to evacuate migrants trapped in Libya. In Ouagadougou on Tuesday, Macron told students he wanted to write a new chapter in relations between France and Africa, saying there was  no longer a French Africa policy . He will travel on Thursday to Ghana, where he is due to hold talks with President Nana Akufo-Addo in Accra, his first visit to an English-speaking country in Africa. More than 80 heads of state and government are attending the fifth summit between the two blocs. The last one took place in Brussels in April 2014. Ouattara, who hosted the summit, said Africa needed investment rather than aid.  Our youth is our wealth, not a threat,  he said.
`, [
    ev('summit', 'occurred', [], '2017-11-29', 'Abidjan', { occasion: 'AU-EU summit' }),
    ev('visit', 'occurred', ['Emmanuel Macron', 'Alassane Ouattara'], '2017-11-28', 'Abidjan'),
    ev('meeting', 'occurred', ['Emmanuel Macron', 'Alassane Ouattara'], '2017-11-29', 'Abidjan'),
    ev('visit', 'occurred', ['Emmanuel Macron'], '2017-11', 'Ouagadougou', { date_true: '2017-11-27' }),
    ev('meeting', 'occurred', ['Emmanuel Macron', 'Angela Merkel', 'Fayez al-Sarraj', 'TD', 'NE'], '2017-11-29', 'Abidjan', { occasion: 'AU-EU summit' }),
    ev('visit', 'planned', ['Emmanuel Macron', 'Nana Akufo-Addo'], '2017-11-30', 'Accra'),
    ev('meeting', 'planned', ['Emmanuel Macron', 'Nana Akufo-Addo'], '2017-11-30', 'Accra'),
    ev('summit', 'occurred', [], '2014-04', 'Brussels', { occasion: 'AU-EU summit' }),
  ]),

  a('r-moon-xi-beijing', '2017-12-14', `
South Korea's Moon, China's Xi agree no war on Korean peninsula, seek to mend ties

BEIJING (Reuters) - South Korean President Moon Jae-in and Chinese President Xi Jinping agreed on Thursday that they would never allow war to break out on the Korean peninsula and that North Korea s nuclear issue must be resolved through dialogue, as the two countries try to repair ties damaged by a dispute over a U.S. anti-missile system. Moon, who arrived in Beijing on Wednesday for a four-day state visit, held talks with Xi at the Great Hall of the People that lasted more than two hours, South Korea s presidential office said.  We agreed on four principles, including that war must never be allowed on the Korean peninsula,  Moon told reporters. Xi said China and South Korea shared important interests and that relations had  improved  after a period of difficulty.  We should respect each other s core interests,  Xi said, in an apparent reference to the Terminal High Altitude Area Defense (THAAD) system deployed in South Korea. The two leaders first met on the sidelines of the G20 summit in Hamburg in July and met again last month at the Asia-Pacific Economic Cooperation summit in the Vietnamese city of Danang, where they agreed to put the THAAD row behind them. Moon is due to meet Premier Li Keqiang on Friday before travelling to the southwestern city of Chongqing on Saturday, where he will visit the former site of Korea s provisional government in exile. The visit was marred by an incident on Thursday in which Chinese security guards beat two South Korean photographers covering a trade event. South Korea s foreign ministry lodged a complaint.  
`, [
    ev('visit', 'occurred', ['Moon Jae-in', 'Xi Jinping'], '2017-12-13', 'Beijing'),
    ev('meeting', 'occurred', ['Moon Jae-in', 'Xi Jinping'], '2017-12-14', 'Beijing'),
    ev('meeting', 'planned', ['Moon Jae-in', 'Li Keqiang'], '2017-12-15', 'Beijing'),
    ev('visit', 'planned', ['Moon Jae-in'], '2017-12-16', 'Chongqing'),
    ev('meeting', 'occurred', ['Moon Jae-in', 'Xi Jinping'], '2017-07', 'Hamburg', { occasion: 'G20', date_true: '2017-07-06' }),
    ev('meeting', 'occurred', ['Moon Jae-in', 'Xi Jinping'], '2017-11', 'Danang', { occasion: 'APEC', date_true: '2017-11-11' }),
    ev('summit', 'occurred', [], '2017-07', 'Hamburg', { occasion: 'G20', optional: true }),
    ev('summit', 'occurred', [], '2017-11', 'Danang', { occasion: 'APEC', optional: true }),
  ]),

  a('r-barrow-sall-dakar', '2017-03-02', `
Gambia's Barrow thanks Senegal on first official trip abroad

DAKAR (Reuters) - Gambian President Adama Barrow arrived in Senegal on Thursday on his first official foreign visit since taking office, to thank President Macky Sall for backing him during a political crisis that ended with the exit of longtime ruler Yahya Jammeh.

Sall welcomed Barrow at Dakar's airport with a military honour guard before the two leaders held talks at the presidential palace, the Senegalese presidency said. They discussed security, trade and the long-delayed bridge over the Gambia River, which has been blocked for years by disputes between the neighbours.

"Senegal stood by The Gambia when we needed it most," Barrow told reporters after the talks. "We have come to say thank you."

Ministers from the two countries signed agreements on defence and on the movement of goods and people, officials said.

Barrow, a former property developer, was sworn in at the Gambian embassy in Dakar in January while Jammeh refused to step down after losing a December election. Senegalese troops led a West African force that entered The Gambia to pressure Jammeh, who flew into exile in Equatorial Guinea.

Sall attended Barrow's inauguration ceremony in a stadium in Banjul on Feb. 18, alongside several other West African heads of state. Barrow also went to Addis Ababa in late January for the African Union summit.

Senegal almost entirely surrounds The Gambia, and relations between the two were frequently strained under Jammeh.
`, [
    ev('visit', 'occurred', ['Adama Barrow', 'Macky Sall'], '2017-03-02', 'Dakar'),
    ev('meeting', 'occurred', ['Adama Barrow', 'Macky Sall'], '2017-03-02', 'Dakar'),
    ev('signing', 'occurred', ['GM', 'SN'], '2017-03-02', 'Dakar'),
    ev('visit', 'occurred', ['Macky Sall', 'Adama Barrow'], '2017-02-18', 'Banjul'),
    ev('visit', 'occurred', ['Adama Barrow'], '2017-01', 'Addis Ababa', { occasion: 'AU', optional: true }),
    ev('summit', 'occurred', [], '2017-01', 'Addis Ababa', { occasion: 'AU', date_true: '2017-01-30' }),
  ]),

  // ---------------------------------------------------------------- web pages, 2024-2026, as scraped
  a('x-ramaphosa-trump-oval-office', '2025-05-21', `
Ramaphosa meets Trump in tense Oval Office encounter | World News

Skip to main content
World | Africa | US Politics | Business | Opinion
Subscribe now
South African President Cyril Ramaphosa, left, and President Donald Trump in the Oval Office on Wednesday. (AP Photo/Evan Vucci)
WASHINGTON — President Donald Trump confronted South African President Cyril Ramaphosa with a video and printed articles on Wednesday, repeating widely debunked claims of a "genocide" against white farmers, in an Oval Office meeting that the South African leader had hoped would reset strained relations.
Ramaphosa, who arrived in Washington on Monday with a delegation that included ministers, business leaders and two of the country's best-known golfers, kept his composure as Trump dimmed the lights to play the footage.
"I'm sorry I don't have a plane to give you," Ramaphosa said at one point, in a reference to the Qatari jet offered to the U.S. president, drawing a laugh from Trump.
The two leaders later held a working lunch with their delegations in the Cabinet Room, where officials said talks turned to trade, tariffs and critical minerals.
Related: US admits 59 white South Africans as refugees
Related: Trump cuts aid to South Africa over land law
Relations have deteriorated since Trump returned to office in January. Washington expelled South Africa's ambassador in March, and Secretary of State Marco Rubio boycotted a meeting of G20 foreign ministers in Johannesburg in February, saying the agenda was "anti-American."
South Africa holds the rotating presidency of the Group of 20 this year and is due to host the leaders' summit in Johannesburg in November. Trump has suggested he may not attend.
"We want to discuss the relationship with the United States in a way that is going to be beneficial for both countries," Ramaphosa told reporters after the meeting, adding that Trump had accepted the need for further talks between their trade teams.
Ramaphosa said the two men had first spoken by phone soon after the U.S. election in November and had agreed then to meet.
Advertisement
1,204 comments
We use cookies to improve your experience. By continuing, you agree to our Privacy Policy. Accept | Manage
`, [
    ev('visit', 'occurred', ['Cyril Ramaphosa', 'Donald Trump'], '2025-05-19', 'Washington'),
    ev('meeting', 'occurred', ['Donald Trump', 'Cyril Ramaphosa'], '2025-05-21', 'Washington'),
    ev('summit', 'occurred', [], '2025-02', 'Johannesburg', { occasion: 'G20', date_true: '2025-02-20' }),
    ev('summit', 'planned', [], '2025-11', 'Johannesburg', { occasion: 'G20', date_true: '2025-11-22' }),
    ev('call', 'occurred', ['Cyril Ramaphosa', 'Donald Trump'], '2024-11', null),
    ev('meeting', 'planned', ['US', 'ZA'], null, null, { optional: true }),
  ]),

  a('x-marcos-modi-new-delhi', '2025-08-05', `
India, Philippines elevate ties to strategic partnership as Marcos visits Delhi - The Diplomatic Wire

Home / South Asia / Southeast Asia / Defence / Trade
Share on X | Share on Facebook | Share on WhatsApp
Philippine President Ferdinand Marcos Jr. is received by Prime Minister Narendra Modi at Hyderabad House in New Delhi. Photo: PIB
By Staff Reporter
Published: August 5, 2025
NEW DELHI: India and the Philippines on Tuesday elevated their relations to a strategic partnership after talks between Prime Minister Narendra Modi and Philippine President Ferdinand Marcos Jr., who is on a five-day state visit to India.
Marcos arrived in New Delhi on Monday, the first visit by a Philippine head of state in five years. External Affairs Minister S. Jaishankar called on him on Monday evening and discussed maritime cooperation and the implementation of the BrahMos missile deal.
At Hyderabad House, the two leaders held restricted and delegation-level talks, and witnessed the exchange of 13 agreements covering defence, tourism, digital technology and a plan of action for the strategic partnership through 2029.
"India and the Philippines are friends by choice and partners by destiny," Modi said in his press statement.
Marcos said the two countries shared a commitment to freedom of navigation and the rule of law in the Indo-Pacific. "We are two democracies with a common outlook," he said.
ALSO READ: Indian Navy ships in first joint sail with Philippines in South China Sea
ALSO READ: BrahMos second batch delivered to Manila
Earlier on Tuesday Marcos was accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan and called on President Droupadi Murmu.
Modi and Marcos last met in October on the sidelines of the ASEAN-India Summit in Vientiane, where they agreed to step up defence ties.
The Philippine president will travel to Bengaluru on Thursday to meet technology companies before returning to Manila on Friday.
Tags: India Philippines, Marcos, Modi, strategic partnership
Comments (14)
`, [
    ev('visit', 'occurred', ['Ferdinand Marcos Jr.', 'Narendra Modi'], '2025-08-04', 'New Delhi'),
    ev('meeting', 'occurred', ['Narendra Modi', 'Ferdinand Marcos Jr.'], '2025-08-05', 'New Delhi'),
    ev('signing', 'occurred', ['Narendra Modi', 'Ferdinand Marcos Jr.'], '2025-08-05', 'New Delhi'),
    ev('meeting', 'occurred', ['Subrahmanyam Jaishankar', 'Ferdinand Marcos Jr.'], '2025-08-04', 'New Delhi'),
    ev('meeting', 'occurred', ['Ferdinand Marcos Jr.', 'Droupadi Murmu'], '2025-08-05', 'New Delhi'),
    ev('meeting', 'occurred', ['Narendra Modi', 'Ferdinand Marcos Jr.'], '2024-10', 'Vientiane', { occasion: 'ASEAN', date_true: '2024-10-10' }),
    ev('summit', 'occurred', [], '2024-10', 'Vientiane', { occasion: 'ASEAN', optional: true }),
    ev('visit', 'planned', ['Ferdinand Marcos Jr.'], '2025-08-07', 'Bengaluru'),
  ]),

  a('x-meloni-milei-buenos-aires', '2024-11-20', `
Meloni in Buenos Aires: warm welcome from Milei at the Casa Rosada

MENU
Politics Economy World Sports Culture Opinion
Wednesday, November 20, 2024 | Buenos Aires 24°C
Italian Prime Minister Giorgia Meloni and President Javier Milei at the Casa Rosada. Presidency photo
Italian Prime Minister Giorgia Meloni arrived in Buenos Aires on Wednesday, fresh from the G20 summit in Rio de Janeiro, for a brief visit that Javier Milei's government described as a meeting between "two leaders of the new right".
Milei received Meloni at the Casa Rosada with military honours, and the two leaders then held a private meeting in the presidential office followed by a lunch with ministers from both governments. According to the presidential spokesman Manuel Adorni, they discussed trade, energy, the agreement between the European Union and Mercosur and the "cultural battle" against the left.
"Argentina and Italy are united by blood. Half of the Argentines have an Italian grandparent," Meloni said in a statement after the meeting.
YOU MAY ALSO LIKE
- Milei's approval rating holds at 47%
- Dollar falls again in the informal market
- The River-Boca schedule is confirmed
Milei, for his part, thanked Meloni for her support at international forums and said that Italy could become Argentina's "gateway to Europe".
The Argentine president visited Rome in February, when he held talks with Meloni at Palazzo Chigi, a day after meeting Pope Francis at the Vatican. He returned to Italy in June to receive an award in Milan, without meeting the prime minister.
Meloni will fly back to Rome on Thursday morning. In the evening she is expected to attend a dinner at the Italian ambassador's residence with members of the Italian community, the largest in the country.
Cookie settings: We use our own and third-party cookies. ACCEPT
`, [
    ev('visit', 'occurred', ['Giorgia Meloni', 'Javier Milei'], '2024-11-20', 'Buenos Aires'),
    ev('meeting', 'occurred', ['Javier Milei', 'Giorgia Meloni'], '2024-11-20', 'Buenos Aires'),
    ev('summit', 'occurred', [], '2024-11', 'Rio de Janeiro', { occasion: 'G20', date_true: '2024-11-18' }),
    ev('visit', 'occurred', ['Javier Milei', 'Giorgia Meloni'], '2024-02', 'Rome', { date_true: '2024-02-12' }),
    ev('meeting', 'occurred', ['Javier Milei', 'Giorgia Meloni'], '2024-02', 'Rome', { date_true: '2024-02-12' }),
    ev('meeting', 'occurred', ['Javier Milei', 'Pope Francis'], '2024-02', 'Vatican City', { date_true: '2024-02-12' }),
    ev('visit', 'occurred', ['Javier Milei'], '2024-06', 'Milan', { optional: true }),
  ]),

  a('x-albanese-xi-beijing', '2025-07-15', `
Albanese meets Xi in Beijing as trade ties recover - Pacific Times

Breaking | Australia | Asia | Climate | Podcasts
Listen to this article · 4 min
Anthony Albanese and Xi Jinping at the Great Hall of the People on Tuesday. (Supplied)
Prime Minister Anthony Albanese has met Chinese President Xi Jinping in Beijing, telling him Australia wanted "stable" relations while standing up for its interests, as the two countries mark a recovery in trade after years of tension.
The meeting at the Great Hall of the People on Tuesday lasted about an hour. Xi said the relationship had "turned around" and that China was ready to work with Australia to push ties forward "regardless of how the international situation changes".
Albanese began his six-day visit to China in Shanghai on Saturday, where he met business leaders and watched a basketball game featuring Australian players. He is due to hold the annual leaders' meeting with Premier Li Qiang later on Tuesday, and will travel to Chengdu on Wednesday, where he will visit a panda research base.
Related: Beijing lifts last of trade curbs on Australian lobsters
Related: Navy warships spotted off NSW coast, Defence says
The visit is Albanese's second to China as prime minister. Li Qiang visited Australia in June last year, the first visit by a Chinese premier in seven years, and Albanese and Xi last met on the sidelines of the APEC summit in Lima in November.
"We will co-operate where we can, disagree where we must, and engage in our national interest," Albanese told reporters after the meeting.
Foreign Minister Penny Wong did not travel with the prime minister. She met her Chinese counterpart Wang Yi in Kuala Lumpur last week during meetings of ASEAN foreign ministers.
Advertisement
Read more: Opposition says Albanese too soft on Beijing
`, [
    ev('visit', 'occurred', ['Anthony Albanese', 'Xi Jinping'], '2025-07-12', 'Shanghai'),
    ev('meeting', 'occurred', ['Anthony Albanese', 'Xi Jinping'], '2025-07-15', 'Beijing'),
    ev('meeting', 'planned', ['Anthony Albanese', 'Li Qiang'], '2025-07-15', 'Beijing'),
    ev('visit', 'planned', ['Anthony Albanese'], '2025-07-16', 'Chengdu'),
    ev('visit', 'occurred', ['Li Qiang'], '2024-06', null, { date_true: '2024-06-15' }),
    ev('meeting', 'occurred', ['Anthony Albanese', 'Xi Jinping'], '2024-11', 'Lima', { occasion: 'APEC', date_true: '2024-11-16' }),
    ev('summit', 'occurred', [], '2024-11', 'Lima', { occasion: 'APEC', optional: true }),
    ev('meeting', 'occurred', ['Penny Wong', 'Wang Yi'], '2025-07', 'Kuala Lumpur', { occasion: 'ASEAN', date_true: '2025-07-11' }),
    ev('summit', 'occurred', [], '2025-07', 'Kuala Lumpur', { occasion: 'ASEAN', optional: true }),
  ]),

  a('x-merz-starmer-london-treaty', '2025-07-17', `
Starmer and Merz sign first UK-German friendship treaty

Politics live
Sign in | Register
Thu 17 Jul 2025 18.42 BST
Keir Starmer and Friedrich Merz at the Victoria and Albert Museum in London, where they signed the treaty. Photograph: Leon Neal/Getty Images
Keir Starmer and the German chancellor, Friedrich Merz, have signed the first bilateral treaty between the two countries since the second world war, committing them to mutual assistance in the event of a threat to either and to closer cooperation on defence exports, migration and trade.
The so-called Kensington treaty was signed on Thursday at the V&A museum in west London during Merz's first official visit to the UK since becoming chancellor in May. Merz was greeted by Starmer in Downing Street in the morning, and the two leaders then held talks before the signing ceremony.
"This treaty is a reflection of the fact that the UK and Germany are closer than ever," Starmer said at a joint press conference. Merz said it was "an important day for our two countries" and joked that he regretted Brexit "deeply".
Read more: Macron and Starmer agree nuclear coordination deal
The two leaders have met several times since Merz took office. In May they travelled to Kyiv together with Emmanuel Macron and the Polish prime minister, Donald Tusk, for talks with Volodymyr Zelenskyy, and they met again at the Nato summit in The Hague last month.
Starmer had visited Berlin in August last year for talks with Merz's predecessor, Olaf Scholz, at which the two governments agreed to negotiate the treaty.
The German foreign minister, Johann Wadephul, is expected to travel to London in the autumn for the first meeting of a new strategic dialogue with his British counterpart, David Lammy.
Most viewed
`, [
    ev('visit', 'occurred', ['Friedrich Merz', 'Keir Starmer'], '2025-07-17', 'London'),
    ev('meeting', 'occurred', ['Keir Starmer', 'Friedrich Merz'], '2025-07-17', 'London'),
    ev('signing', 'occurred', ['Keir Starmer', 'Friedrich Merz'], '2025-07-17', 'London'),
    ev('visit', 'occurred', ['Keir Starmer', 'Friedrich Merz', 'Emmanuel Macron', 'Donald Tusk'], '2025-05', 'Kyiv', { date_true: '2025-05-10' }),
    ev('meeting', 'occurred', ['Keir Starmer', 'Friedrich Merz', 'Emmanuel Macron', 'Donald Tusk', 'Volodymyr Zelensky'], '2025-05', 'Kyiv', { date_true: '2025-05-10' }),
    ev('meeting', 'occurred', ['Keir Starmer', 'Friedrich Merz'], '2025-06', 'The Hague', { occasion: 'NATO', date_true: '2025-06-24' }),
    ev('summit', 'occurred', [], '2025-06', 'The Hague', { occasion: 'NATO', date_true: '2025-06-24' }),
    ev('visit', 'occurred', ['Keir Starmer', 'Olaf Scholz'], '2024-08', 'Berlin', { date_true: '2024-08-28' }),
    ev('meeting', 'occurred', ['Keir Starmer', 'Olaf Scholz'], '2024-08', 'Berlin', { date_true: '2024-08-28' }),
    ev('visit', 'planned', ['Johann Wadephul'], '2025', 'London', { optional: true }),
    ev('meeting', 'planned', ['Johann Wadephul', 'David Lammy'], '2025', 'London'),
  ]),

  a('x-bukele-trump-white-house', '2025-04-14', `
Bukele says he won't return deported man as he meets Trump at White House

NEWS | POLITICS | WORLD | VIDEO | NEWSLETTERS
Trending: Tariffs · Ukraine · Supreme Court · Measles
By Political Desk · April 14, 2025 · 5 min read
President Donald Trump greets Salvadoran President Nayib Bukele outside the West Wing on Monday. (Getty Images)
Salvadoran President Nayib Bukele said Monday he would not return a man the Trump administration mistakenly deported to El Salvador, as he met President Donald Trump at the White House and praised the partnership under which his country is holding deportees in its mega-prison.
"How can I smuggle a terrorist into the United States? I don't have the power to return him," Bukele told reporters in the Oval Office, seated next to Trump.
Trump called Bukele "a great president" and said the United States wanted to send more people to El Salvador. The two leaders later held a working lunch, according to the White House.
Bukele arrived in Washington on Sunday for his first visit to the White House since Trump returned to office, and was also scheduled to meet with Republican lawmakers.
WATCH: Bukele in the Oval Office (2:41)
The arrangement to house deportees in El Salvador's Terrorism Confinement Center was agreed during Secretary of State Marco Rubio's visit to El Salvador in February, when he met Bukele at the president's lakeside residence. Homeland Security Secretary Kristi Noem toured the prison in March.
Attorney General Pam Bondi and Rubio also attended the Oval Office meeting on Monday.
Sign up for our morning newsletter
Related Coverage
-> Judge orders administration to facilitate man's return
-> El Salvador's murder rate at record low, government says
`, [
    ev('visit', 'occurred', ['Nayib Bukele', 'Donald Trump'], '2025-04-13', 'Washington'),
    ev('meeting', 'occurred', ['Nayib Bukele', 'Donald Trump', 'Marco Rubio', 'Pam Bondi'], '2025-04-14', 'Washington'),
    ev('visit', 'occurred', ['Marco Rubio', 'Nayib Bukele'], '2025-02', null, { date_true: '2025-02-03' }),
    ev('meeting', 'occurred', ['Marco Rubio', 'Nayib Bukele'], '2025-02', null, { date_true: '2025-02-03' }),
    ev('visit', 'occurred', ['Kristi Noem'], '2025-03', null, { date_true: '2025-03-26' }),
  ]),

  a('x-pezeshkian-shehbaz-islamabad', '2025-08-03', `
Iran's Pezeshkian, Shehbaz agree to lift trade to $10 billion during Islamabad visit

Latest | Pakistan | World | Business | Sport | Magazine
Sunday, August 03, 2025
Iranian President Masoud Pezeshkian and Prime Minister Shehbaz Sharif inspect a guard of honour at the PM House on Sunday. — APP
ISLAMABAD: Pakistan and Iran on Sunday agreed to raise bilateral trade to $10 billion a year and signed 12 memorandums of understanding as visiting Iranian President Masoud Pezeshkian held talks with Prime Minister Shehbaz Sharif.
Pezeshkian arrived in Lahore on Saturday on his first official visit to Pakistan, where he was received by the prime minister and offered prayers at the shrine of poet Allama Iqbal before flying to the capital.
At the PM House, the two leaders held one-on-one talks followed by delegation-level talks and then witnessed the signing of the MoUs on trade, science, tourism and culture.
"Iran will never forget the support of the people and government of Pakistan during the war imposed on us by the Zionist regime," Pezeshkian said at a joint press stakeout.
Shehbaz said Pakistan supported Iran's right to peaceful nuclear energy and called for dialogue to settle disputes.
Later, the Iranian president called on President Asif Ali Zardari at the Aiwan-e-Sadr.
Also read: Iran-Pakistan gas pipeline remains in limbo
Also read: Border markets to reopen at Taftan
Shehbaz had visited Tehran in May, weeks after a four-day conflict between Pakistan and India, and met Pezeshkian and Supreme Leader Ayatollah Ali Khamenei. The two leaders also met on the sidelines of the Economic Cooperation Organization summit in the Azerbaijani city of Khankendi in early July.
Foreign Minister Abbas Araghchi accompanied the president.
Comments are closed.
`, [
    ev('visit', 'occurred', ['Masoud Pezeshkian', 'Shehbaz Sharif'], '2025-08-02', 'Lahore'),
    ev('meeting', 'occurred', ['Masoud Pezeshkian', 'Shehbaz Sharif'], '2025-08-03', 'Islamabad'),
    ev('signing', 'occurred', ['Masoud Pezeshkian', 'Shehbaz Sharif'], '2025-08-03', 'Islamabad'),
    ev('meeting', 'occurred', ['Masoud Pezeshkian', 'Asif Ali Zardari'], '2025-08-03', 'Islamabad'),
    ev('visit', 'occurred', ['Shehbaz Sharif', 'Masoud Pezeshkian'], '2025-05', 'Tehran', { date_true: '2025-05-26' }),
    ev('meeting', 'occurred', ['Shehbaz Sharif', 'Masoud Pezeshkian', 'Ali Khamenei'], '2025-05', 'Tehran', { date_true: '2025-05-26' }),
    ev('meeting', 'occurred', ['Shehbaz Sharif', 'Masoud Pezeshkian'], '2025-07', 'Khankendi', { occasion: 'Economic Cooperation Organization', date_true: '2025-07-04' }),
    ev('summit', 'occurred', [], '2025-07', 'Khankendi', { occasion: 'Economic Cooperation Organization', date_true: '2025-07-04' }),
  ]),

  a('x-chogm-apia', '2024-10-25', `
Commonwealth leaders open summit in Samoa as slavery reparations row looms

LIVE | News | Pacific | Climate | Royals
Friday 25 October 2024 10:15am
King Charles III arrives at the opening ceremony of the Commonwealth Heads of Government Meeting in Apia. Photo: Pool/AFP
Commonwealth leaders gathered in Samoa's capital Apia on Friday for the first Commonwealth Heads of Government Meeting held in a Pacific island nation, with calls from Caribbean and African members for Britain to discuss reparations for slavery threatening to overshadow the agenda.
King Charles III, who arrived in Samoa on Wednesday for a state visit after six days in Australia, opened the summit with a speech acknowledging "the most painful aspects of our past".
British Prime Minister Keir Starmer, who flew into Apia on Thursday, said he would not apologise or offer money. On the sidelines of the summit on Friday he held talks with Canadian Prime Minister Justin Trudeau, discussing Ukraine and trade, Downing Street said.
In Australia, the King met Prime Minister Anthony Albanese in Canberra on Monday and was heckled by independent senator Lidia Thorpe in Parliament House.
Related: Who will be the next Commonwealth secretary-general?
Related: Samoa declares public holidays for CHOGM week
The three-day summit is expected to choose a successor to secretary-general Patricia Scotland, with candidates from Ghana, Gambia and Lesotho. The next CHOGM will be held in Antigua and Barbuda in 2026.
Share this story
`, [
    ev('summit', 'occurred', [], '2024-10-25', 'Apia', { occasion: 'CHOGM' }),
    ev('visit', 'occurred', ['Charles III'], '2024-10-23', 'Apia'),
    ev('visit', 'occurred', ['Keir Starmer'], '2024-10-24', 'Apia', { occasion: 'CHOGM' }),
    ev('meeting', 'occurred', ['Keir Starmer', 'Justin Trudeau'], '2024-10-25', 'Apia', { occasion: 'CHOGM' }),
    ev('visit', 'occurred', ['Charles III', 'Anthony Albanese'], '2024-10', null, { date_true: '2024-10-18' }),
    ev('meeting', 'occurred', ['Charles III', 'Anthony Albanese'], '2024-10-21', 'Canberra'),
    ev('summit', 'planned', [], '2026', null, { occasion: 'CHOGM' }),
  ]),

  a('x-mbz-biden-white-house', '2024-09-23', `
Biden names UAE a major defense partner as Sheikh Mohamed visits White House

Politics | Congress | White House | Elections 2024
By White House correspondent
Updated 7:58 PM EDT, Mon September 23, 2024
President Joe Biden meets with UAE President Sheikh Mohamed bin Zayed Al Nahyan in the Oval Office on Monday. (Saul Loeb/AFP via Getty Images)
President Joe Biden on Monday designated the United Arab Emirates a major defense partner, an upgrade reserved until now for India, as he hosted Sheikh Mohamed bin Zayed Al Nahyan at the White House for the first visit by a UAE president.
The two leaders met in the Oval Office for talks that officials said focused on the war in Gaza, Sudan, and cooperation on artificial intelligence. "We are a real partnership," Biden said at the start of the meeting.
Sheikh Mohamed, who arrived in Washington on Sunday, also met with Vice President Kamala Harris on Monday. Harris's office said she raised the humanitarian crisis in Sudan, where the UAE is accused of arming the Rapid Support Forces.
See also: UAE's AI ambitions draw scrutiny in Congress
The two presidents last met in person in July 2022 in Jeddah, at a summit of Gulf Arab leaders hosted by Saudi Arabia, though they have spoken by phone several times since the start of the war in Gaza.
The Emirati leader was expected to leave Washington on Tuesday. He is not attending the U.N. General Assembly in New York this week, where Biden will give his final speech as president on Tuesday.
Advertisement
More from Politics
`, [
    ev('visit', 'occurred', ['Mohamed bin Zayed Al Nahyan', 'Joe Biden'], '2024-09-22', 'Washington'),
    ev('meeting', 'occurred', ['Joe Biden', 'Mohamed bin Zayed Al Nahyan'], '2024-09-23', 'Washington'),
    ev('meeting', 'occurred', ['Kamala Harris', 'Mohamed bin Zayed Al Nahyan'], '2024-09-23', 'Washington'),
    ev('meeting', 'occurred', ['Joe Biden', 'Mohamed bin Zayed Al Nahyan'], '2022-07', 'Jeddah', { date_true: '2022-07-16' }),
    ev('summit', 'occurred', [], '2022-07', 'Jeddah', { occasion: 'GCC', date_true: '2022-07-16' }),
    ev('call', 'occurred', ['Joe Biden', 'Mohamed bin Zayed Al Nahyan'], null, null, { optional: true }),
    ev('summit', 'planned', [], '2024-09-24', 'New York', { occasion: 'UN General Assembly' }),
  ]),

  // ---------------------------------------------------------------- foreign-ministry, Kremlin, TASS and Xinhua copies
  a('xinhua-li-qiang-mishustin-moscow', null, `
Chinese, Russian premiers hold regular meeting, pledge to expand practical cooperation

MOSCOW, Aug. 21 (Xinhua) -- Chinese Premier Li Qiang and Russian Prime Minister Mikhail Mishustin on Wednesday co-chaired the 29th regular meeting between Chinese and Russian heads of government in Moscow.

Li arrived in Moscow on Tuesday afternoon for an official visit to Russia at the invitation of Mishustin.

Noting that this year marks the 75th anniversary of the establishment of China-Russia diplomatic relations, Li said that in May, President Xi Jinping and President Vladimir Putin held talks in Beijing during Putin's state visit to China, drawing up a blueprint for the development of bilateral relations in the new era.

China is willing to work with Russia to implement the important consensus reached by the two heads of state, tap the potential of cooperation in such areas as economy and trade, energy, connectivity, agriculture and science and technology, and strengthen coordination within the frameworks of the Shanghai Cooperation Organization and BRICS, Li said.

Mishustin said that the Russian side highly appreciates the warm reception he received during his visit to China in May last year. The Russia-China relations are at the highest level in history, he said, adding that Russia is ready to work with China to further expand trade in national currencies and to ensure the smooth operation of cross-border logistics.

After the talks, the two heads of government signed a joint communique of the meeting and witnessed the signing of a number of cooperation documents in such fields as customs, energy, and medicine.

Both sides agreed to support Pakistan in hosting the meeting of the Council of Heads of Government of the SCO member states in Islamabad in October.

On the same day, Li met with President Putin. Putin asked Li to convey his cordial greetings to President Xi, saying he is looking forward to welcoming Xi at the BRICS summit in Kazan.

At the invitation of Belarusian Prime Minister Roman Golovchenko, Li will pay an official visit to Belarus from Thursday to Friday.

2024-08-21 23:05:42
`, [
    ev('visit', 'occurred', ['Li Qiang', 'Mikhail Mishustin'], '2024-08-20', 'Moscow'),
    ev('meeting', 'occurred', ['Li Qiang', 'Mikhail Mishustin'], '2024-08-21', 'Moscow'),
    ev('signing', 'occurred', ['Li Qiang', 'Mikhail Mishustin'], '2024-08-21', 'Moscow'),
    ev('meeting', 'occurred', ['Li Qiang', 'Vladimir Putin'], '2024-08-21', 'Moscow'),
    ev('visit', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2024-05', 'Beijing', { date_true: '2024-05-16' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2024-05', 'Beijing', { date_true: '2024-05-16' }),
    ev('visit', 'occurred', ['Mikhail Mishustin'], '2023-05', null, { date_true: '2023-05-23' }),
    ev('summit', 'planned', [], '2024-10', 'Islamabad', { occasion: 'SCO', date_true: '2024-10-15' }),
    ev('summit', 'planned', [], null, 'Kazan', { occasion: 'BRICS', date_true: '2024-10-22' }),
    ev('visit', 'planned', ['Xi Jinping'], null, 'Kazan', { occasion: 'BRICS', optional: true }),
    ev('visit', 'planned', ['Li Qiang', 'Roman Golovchenko'], '2024-08-22', null),
  ]),

  a('kremlin-putin-khurelsukh-ulaanbaatar', null, `
Russian-Mongolian talks

September 3, 2024
14:35
Ulaanbaatar

Vladimir Putin, who arrived in Mongolia on an official visit on the evening of September 2, held talks with President of Mongolia Ukhnaagiin Khurelsukh.

The talks were held first in a restricted format and then with the participation of the delegations. Following the talks, a number of documents were signed in the presence of the two heads of state, including an agreement on the design and reconstruction of the Ulaanbaatar thermal power plant No. 3 and an agreement on the supply of aviation fuel.

Earlier, an official welcome ceremony for the President of Russia took place in Sukhbaatar Square. The two leaders also took part in the celebration of the 85th anniversary of the joint victory of Soviet and Mongolian troops at Khalkhin Gol.

* * *

President of Russia Vladimir Putin: Mr President, friends,

I am sincerely glad to visit hospitable Mongolia again. My previous visit was in September 2019, when we held talks in Ulaanbaatar with then President Khaltmaagiin Battulga and signed the Treaty on Friendly Relations and Comprehensive Strategic Partnership.

We last met with you, Mr Khurelsukh, in Samarkand two years ago, at the trilateral meeting of the heads of state of Russia, China and Mongolia on the sidelines of the SCO summit. I know that you are ready to continue this format.

Trade between our countries has grown by 21 percent last year. We are ready to continue reliable supply of petroleum products and to work on the Power of Siberia 2 gas pipeline through Mongolian territory.

I would like to invite you to visit Russia at any time convenient for you.

President of Mongolia Ukhnaagiin Khurelsukh (retranslated): Esteemed Vladimir Vladimirovich, welcome on Mongolian land. Your visit is coinciding with the glorious anniversary of Khalkhin Gol, which our peoples remember forever.

Later in the day, Vladimir Putin met with Prime Minister of Mongolia Luvsannamsrain Oyun-Erdene.

2024-09-03 17:20
`, [
    ev('visit', 'occurred', ['Vladimir Putin', 'Ukhnaagiin Khurelsukh'], '2024-09-02', 'Ulaanbaatar'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Ukhnaagiin Khurelsukh'], '2024-09-03', 'Ulaanbaatar'),
    ev('signing', 'occurred', ['Vladimir Putin', 'Ukhnaagiin Khurelsukh'], '2024-09-03', 'Ulaanbaatar'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Luvsannamsrain Oyun-Erdene'], '2024-09-03', 'Ulaanbaatar'),
    ev('visit', 'occurred', ['Vladimir Putin', 'Khaltmaagiin Battulga'], '2019-09', 'Ulaanbaatar', { date_true: '2019-09-03' }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Khaltmaagiin Battulga'], '2019-09', 'Ulaanbaatar', { date_true: '2019-09-03' }),
    ev('signing', 'occurred', ['Vladimir Putin', 'Khaltmaagiin Battulga'], '2019-09', 'Ulaanbaatar', { date_true: '2019-09-03' }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Ukhnaagiin Khurelsukh', 'CN'], '2022', 'Samarkand', { occasion: 'SCO', date_true: '2022-09-15' }),
    ev('summit', 'occurred', [], '2022', 'Samarkand', { occasion: 'SCO', date_true: '2022-09-15', optional: true }),
    ev('visit', 'planned', ['Ukhnaagiin Khurelsukh', 'Vladimir Putin'], null, null, { optional: true }),
  ]),

  a('tass-shoigu-wang-yi-beijing', null, `
Shoigu, Wang Yi hold Russian-Chinese consultations on strategic security in Beijing

BEIJING, November 11. /TASS/. Secretary of the Russian Security Council Sergei Shoigu held talks with member of the Political Bureau of the CPC Central Committee, director of the Office of the Central Foreign Affairs Commission, Chinese Foreign Minister Wang Yi within the framework of the 20th round of Russian-Chinese consultations on strategic security issues, a TASS correspondent reports.

Shoigu arrived in the Chinese capital on Monday on a working visit. On the same day he met with Chinese Minister of Public Security Wang Xiaohong, with whom he discussed the fight against terrorism, drug trafficking and cyber crime.

"The relations between Russia and China are at an unprecedentedly high level thanks to the personal efforts of the leaders of our states," Shoigu said at the start of the talks. He recalled that President Vladimir Putin and President Xi Jinping held talks in Beijing in early September, after the summit of the Shanghai Cooperation Organization in Tianjin at the end of August.

Wang Yi for his part noted that the strategic security consultations are an important mechanism of bilateral communication. "China is ready together with Russia to firmly support each other on issues concerning core interests," he said, according to the Chinese side.

Wang Yi and Shoigu last met in Moscow in the spring, when the Chinese minister paid a visit to Russia.

The parties also discussed the preparation of forthcoming contacts at the highest level, the Russian Security Council press service said.

2025-11-11 12:35
`, [
    ev('visit', 'occurred', ['Sergei Shoigu'], '2025-11-10', 'Beijing'),
    ev('meeting', 'occurred', ['Sergei Shoigu', 'Wang Yi'], '2025-11-11', 'Beijing'),
    ev('meeting', 'occurred', ['Sergei Shoigu', 'Wang Xiaohong'], '2025-11-10', 'Beijing'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2025-09', 'Beijing', { date_true: '2025-09-02' }),
    ev('summit', 'occurred', [], '2025-08', 'Tianjin', { occasion: 'SCO', date_true: '2025-08-31' }),
    ev('meeting', 'occurred', ['Wang Yi', 'Sergei Shoigu'], '2025', 'Moscow', { date_true: '2025-04-01' }),
    ev('visit', 'occurred', ['Wang Yi'], '2025', 'Moscow', { date_true: '2025-03-31', optional: true }),
    ev('meeting', 'planned', ['Vladimir Putin', 'Xi Jinping'], null, null, { optional: true }),
  ]),

  a('xinhua-xi-muizzu-beijing', null, `
Xi holds talks with Maldivian president, elevating ties to comprehensive strategic cooperative partnership

BEIJING, Jan. 10 (Xinhua) -- Chinese President Xi Jinping held talks with President of the Maldives Mohamed Muizzu, who is on a state visit to China, at the Great Hall of the People in Beijing on Wednesday.

Before the talks, Xi held a welcome ceremony for Muizzu at the square outside the east gate of the Great Hall of the People. Xi and his wife Peng Liyuan also hosted a welcome banquet for Muizzu and his wife Sajidha Mohamed.

Xi pointed out that China and the Maldives enjoy a long history of friendly exchanges. In 2014, he paid a state visit to the Maldives, and the two sides agreed to build a comprehensive friendly and cooperative partnership. Xi said that the two heads of state announced the elevation of bilateral ties to a comprehensive strategic cooperative partnership, which will open up a new chapter.

Muizzu said he was honored to pay his first state visit to China after taking office. The Maldives firmly adheres to the one-China principle and is willing to join the Global Development Initiative, he said.

After the talks, the two heads of state witnessed the signing of some 20 bilateral cooperation documents on the Belt and Road Initiative, economic and trade cooperation, digital economy, green development and disaster prevention.

Muizzu is paying a state visit to China from Jan. 8 to 12 at the invitation of Xi. Before arriving in Beijing, he attended a business forum in Fuzhou, capital of east China's Fujian Province. Chinese Premier Li Qiang will hold talks with him on Thursday.

2024-01-10 20:13:45
`, [
    ev('visit', 'occurred', ['Mohamed Muizzu', 'Xi Jinping'], '2024-01', null, { date_true: '2024-01-08' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Mohamed Muizzu'], '2024-01-10', 'Beijing'),
    ev('signing', 'occurred', ['Xi Jinping', 'Mohamed Muizzu'], '2024-01-10', 'Beijing'),
    ev('visit', 'occurred', ['Xi Jinping'], '2014', null, { date_true: '2014-09-14' }),
    ev('visit', 'occurred', ['Mohamed Muizzu'], '2024-01', 'Fuzhou', { date_true: '2024-01-08', optional: true }),
    ev('meeting', 'planned', ['Li Qiang', 'Mohamed Muizzu'], '2024-01-11', 'Beijing'),
  ]),

  a('mfa-japan-motegi-mudavadi-nairobi', null, `
Japan-Kenya Foreign Ministers' Meeting

January 14, 2026

On January 14, commencing at 10:30 a.m. (local time; 4:30 p.m. Japan time) for approximately 70 minutes, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs, who is visiting the Republic of Kenya, held the Japan-Kenya Foreign Ministers' Meeting with Hon. Musalia Mudavadi, Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs of Kenya, in Nairobi, followed by a working lunch hosted by Prime Cabinet Secretary Mudavadi. The overview is as follows.

1. At the outset, Minister Motegi expressed his pleasure to visit Kenya and stated that President Ruto's participation in the Ninth Tokyo International Conference on African Development (TICAD 9) held in Yokohama in August last year, and the summit meeting with then Prime Minister ISHIBA Shigeru on that occasion, gave a strong momentum to the bilateral relations. In response, Prime Cabinet Secretary Mudavadi welcomed Minister Motegi's visit and expressed his hope to further strengthen the relations.

2. The two ministers exchanged views on economic cooperation, including the development of Mombasa port and geothermal power generation, and signed the Exchange of Notes concerning the grant aid for the Project for Improvement of the Olkaria geothermal field.

3. The two ministers also exchanged views on regional situations, including Sudan, Somalia and the Great Lakes region, and confirmed to hold the third Japan-Kenya strategic dialogue in Tokyo within this year.

4. Following the meeting, Minister Motegi paid a courtesy call on H.E. Dr. William Samoei Ruto, President of the Republic of Kenya, at State House.
`, [
    ev('visit', 'occurred', ['Toshimitsu Motegi', 'Musalia Mudavadi'], '2026-01', 'Nairobi', { date_true: '2026-01-14' }),
    ev('meeting', 'occurred', ['Toshimitsu Motegi', 'Musalia Mudavadi'], '2026-01-14', 'Nairobi'),
    ev('signing', 'occurred', ['Toshimitsu Motegi', 'Musalia Mudavadi'], '2026-01-14', 'Nairobi'),
    ev('meeting', 'occurred', ['Toshimitsu Motegi', 'William Ruto'], '2026-01-14', 'Nairobi'),
    ev('summit', 'occurred', [], '2025-08', 'Yokohama', { occasion: 'TICAD', date_true: '2025-08-20' }),
    ev('meeting', 'occurred', ['William Ruto', 'Shigeru Ishiba'], '2025-08', 'Yokohama', { occasion: 'TICAD' }),
    ev('visit', 'occurred', ['William Ruto'], '2025-08', 'Yokohama', { occasion: 'TICAD', optional: true }),
    ev('meeting', 'planned', ['JP', 'KE'], '2026', 'Tokyo', { optional: true }),
  ]),

  a('kremlin-putin-goita-moscow', null, `
Talks with President of Mali Assimi Goita

June 23, 2025
15:10
The Kremlin, Moscow

Vladimir Putin held talks in the Kremlin with President of the Republic of Mali Assimi Goita, who is in Russia on an official visit.

Following the Russian-Malian talks, the leaders adopted a joint statement. A package of documents was signed in the presence of the two Presidents, including an intergovernmental agreement on cooperation in the field of the peaceful use of atomic energy and an agreement on the construction of a gold refinery in Bamako.

* * *

President of Russia Vladimir Putin: Mr President, colleagues,

Welcome to Moscow. This is your first official visit to Russia, although we have already talked by telephone, the last time in March, and know each other well.

Relations between our countries are developing well. Our trade is small, but it increased by 35 percent last year. We are ready to support the armed forces of Mali and to assist in the training of specialists.

President of Mali Assimi Goita (retranslated): Mr President, dear brother,

First of all, I want to thank you for the welcome that was given to me and to my delegation since our arrival on yesterday. Mali is engaged on a path of sovereignty, and Russia is a reliable partner, which has always accompanied us in the fight against terrorism.

I wish to inform you that the next summit of the heads of state of the Confederation of Sahel States will be held in Bamako in December, and we count on the support of Russia. I take this occasion to invite you to visit Mali.

Vladimir Putin: Thank you. We will certainly consider it.

2025-06-23 18:44
`, [
    ev('visit', 'occurred', ['Assimi Goita', 'Vladimir Putin'], '2025-06-22', 'Moscow'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Assimi Goita'], '2025-06-23', 'Moscow'),
    ev('signing', 'occurred', ['Vladimir Putin', 'Assimi Goita'], '2025-06-23', 'Moscow'),
    ev('call', 'occurred', ['Vladimir Putin', 'Assimi Goita'], '2025-03', null),
    ev('summit', 'planned', [], '2025-12', 'Bamako', { occasion: 'Confederation of Sahel States' }),
    ev('visit', 'planned', ['Vladimir Putin', 'Assimi Goita'], null, null, { optional: true }),
  ]),

  a('mfa-china-mao-ning-oli-visit', null, `
Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on November 29, 2024

At the invitation of Premier of the State Council Li Qiang, Prime Minister of Nepal K.P. Sharma Oli will pay an official visit to China from December 2 to 5.

CCTV: Could you share more details about Prime Minister Oli's visit? What are China's expectations for it?

Mao Ning: China and Nepal are traditional friendly neighbors. In September last year, then Prime Minister Pushpa Kamal Dahal Prachanda paid an official visit to China, and President Xi Jinping met with him in Hangzhou. During Prime Minister Oli's visit, President Xi Jinping will meet with him, Premier Li Qiang will hold talks with him, and Chairman of the NPC Standing Committee Zhao Leji will also meet with him. Leaders of the two countries will have in-depth exchange of views on bilateral relations and the Belt and Road cooperation. We believe the visit will inject fresh impetus into the China-Nepal strategic partnership of cooperation featuring ever-lasting friendship for development and prosperity.

Bloomberg: President Xi met President Biden in Lima earlier this month. Has the Chinese side been invited to the inauguration of President-elect Trump in January?

Mao Ning: I have no information to share on that. During the meeting in Lima, President Xi made clear the principles China adheres to in its relations with the US.

AFP: China has extended its visa-free policy to nine more countries. Will more countries be added?

Mao Ning: China will continue to expand the unilateral visa-free policy in an orderly manner. We welcome more foreign friends to visit China.
`, [
    ev('visit', 'planned', ['KP Sharma Oli', 'Li Qiang'], '2024-12-02', null),
    ev('meeting', 'planned', ['Xi Jinping', 'KP Sharma Oli'], '2024-12', null, { date_true: '2024-12-03' }),
    ev('meeting', 'planned', ['Li Qiang', 'KP Sharma Oli'], '2024-12', null, { date_true: '2024-12-02' }),
    ev('meeting', 'planned', ['Zhao Leji', 'KP Sharma Oli'], '2024-12', null, { optional: true }),
    ev('visit', 'occurred', ['Pushpa Kamal Dahal', 'Xi Jinping'], '2023-09', null, { date_true: '2023-09-23' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Pushpa Kamal Dahal'], '2023-09', 'Hangzhou', { date_true: '2023-09-23' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Joe Biden'], '2024-11', 'Lima', { date_true: '2024-11-16' }),
  ]),

  a('kremlin-putin-xi-videoconference', null, `
Conversation with President of China Xi Jinping

January 21, 2025
13:45
Novo-Ogaryovo, Moscow Region

Vladimir Putin had a conversation with President of the People's Republic of China Xi Jinping via videoconference.

* * *

President of Russia Vladimir Putin: Dear friend, Mr Chairman,

I am glad to have this opportunity to discuss with you, at the start of the new year, the state of our relations and our plans. We met last in Kazan in October during the BRICS summit, and we had very meaningful conversation there.

Our relations are based on friendship, mutual trust and support, equality and mutual benefit, and they are self-sufficient, independent of internal political factors or the current global situation.

I would like to once again invite you to visit Moscow in May to take part in the celebrations of the 80th anniversary of Victory in the Great Patriotic War. In turn, I will certainly come to China later this year, for the summit of the Shanghai Cooperation Organisation and the events marking the 80th anniversary of victory over militarist Japan.

President of China Xi Jinping (retranslated): Dear President Putin, my old friend, I am very glad to meet with you by video link. Last year we met three times and had four phone conversations.

* * *

Presidential aide Yuri Ushakov told journalists after the conversation that it lasted about an hour and a half. According to him, the two leaders also discussed the prospects of contacts with the new US administration. Xi informed Putin about his telephone conversation with Donald Trump on Friday, Ushakov said.

2025-01-21 17:02
`, [
    ev('call', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2025-01-21', null),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2024-10', 'Kazan', { occasion: 'BRICS', date_true: '2024-10-22' }),
    ev('summit', 'occurred', [], '2024-10', 'Kazan', { occasion: 'BRICS', optional: true }),
    ev('visit', 'planned', ['Xi Jinping', 'Vladimir Putin'], '2025-05', 'Moscow', { date_true: '2025-05-07' }),
    ev('visit', 'planned', ['Vladimir Putin', 'Xi Jinping'], '2025', null, { date_true: '2025-08-31' }),
    ev('summit', 'planned', [], '2025', null, { occasion: 'SCO', date_true: '2025-08-31' }),
    ev('call', 'occurred', ['Xi Jinping', 'Donald Trump'], '2025-01-17', null),
  ]),
];
