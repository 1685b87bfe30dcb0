// A tenth set of hand-written articles ("tenth"), written blind to the events stage as a DEBUGGING set: the team
// will read its misses and fix the general reading errors they show, so after its first scoring it is no longer a
// measure (when a measure is needed, write another set). Its author read neither the stage's source, nor the
// pipeline's output on these articles before the keys were final, nor the articles of the other sets (only the first
// lines of the eighth set's file were read, to copy its format). Sixteen articles about the diplomacy of Asia and
// the Pacific, the former Soviet space and the United States, with real people, places and dates as best known: five
// Reuters copies of 2016-2018 (three with quotation marks and apostrophes stripped as in the research corpus: "Abe
// s", double spaces where quotes stood, each in one paragraph as that corpus has them); two Kremlin pages (menus,
// "retranslated" remarks, publication lines), two Xinhua and two TASS copies (datelines, editor lines, "Read also"
// and "Related" headlines), a KCNA report (Juche-year trailer), a Chinese foreign ministry briefing with its
// questions and answers, and three scraped web pages of 2023-2025 (menus, a cookie banner, photo captions with
// credits, a view counter, "Related:", "Most read" and "Bonus video:" lines, a duplicated paragraph). Seven come
// without a metadata date: their date is in a header, a "Posted" or publication line, a dateline, or only in the
// text (the KCNA copy dates itself by "Juche114" and "six years after January 2019"; the TASS copy of a premier's
// visit gives no year at all, so its keys take the year from world knowledge, as the evaluation README allows).
// Several China-Russia stories (SCO, BRICS, state visits, a video call, a premier's visit), anniversaries of
// diplomatic relations and of wars, multi-leg tours, multi-party signings and briefings.
//
// Keys follow the answer-key conventions of the evaluation README and its cases: participants are canonical person
// names of the knowledge base (country codes where no person is named); a visit is keyed with the visitor and the
// host the text names (the visitor alone where the text names no host), at the city of arrival, dated by the arrival
// day the text gives, else by the month with `date_true`; the talks held during a visit are keyed as well, one
// meeting per day of talks the text narrates; background events keep the date the text gives (a month for "last
// month" or "in May", a year for "in 2019"); summits have no participants and a location only when the text names
// the city, dated by their first day where the text allows; signings have the signers (or the leaders who oversaw
// them) as participants. Not keyed: a meeting called off, a leader "welcome at any time", "no meeting materialised",
// "no such plans", a question the spokesperson does not answer, and the headlines of other stories ("Related:",
// "Most read", "Read also"). `optional` marks borderline items: invitations, accepted or not, dated or not, a plan
// only reported by others ("reports say"), a domestic leg, a lunch or a hockey match during a visit, a visit only
// implied by a meeting abroad, the summit around a background meeting, "first visit since 2005".
import { articleOfText, keyedEvent, GROUPING_ALIASES, type Aliases, type EventArticle } from './event-scoring.js';

/** Other spellings the keys accept for the names, places and gatherings used here, as a key's `aliases` would. */
export const TENTH_ALIASES: Aliases = {
  ...GROUPING_ALIASES,
  'Sergey Lavrov': ['Sergei Lavrov'],
  'Kim Jong Un': ['Kim Jong-un', 'Kim Jong-Un'],
  'Serdar Berdimuhamedow': ['Serdar Berdimuhamedov', 'Serdar Berdymukhamedov'],
  'Subrahmanyam Jaishankar': ['S. Jaishankar', 'S Jaishankar'],
  'Ukhnaagiin Khurelsukh': ['Khurelsukh Ukhnaa', 'Ukhnaa Khurelsukh'],
  "Chen Min'er": ['Chen Miner'],
  'Antonio Guterres': ['António Guterres'],
  'Washington': ['Washington, D.C.', 'Washington DC', 'White House'],
  'Busan': ['Gimhae', 'Pusan'],
  'Ulaanbaatar': ['Ulan Bator'],
  'Da Nang': ['Danang'],
  "Xi'an": ['Xian'],
  'Panmunjom': ['Panmunjeom'],
  'Gyeongju': ['Kyongju'],
  'Pyeongchang': ['PyeongChang'],
  'Belt and Road Forum': ['Belt and Road Forum for International Cooperation', 'BRF'],
  'Eastern Economic Forum': ['EEF'],
  'China-Central Asia Summit': ['China-Central Asia summit', 'China–Central Asia Summit'],
  'Pacific Islands Forum': ['PIF'],
  'Special Representatives': ['Special Representatives of China and India', 'boundary question'],
  'military parade': ['parade', 'commemoration', 'celebrations'],
};

const a = articleOfText;
const ev = keyedEvent;

export const TENTH_ARTICLES: EventArticle[] = [
  // ---------------------------------------------------------------- Reuters copy, 2016-2018
  a('r-putin-nagato-abe', '2016-12-15', `
Putin arrives late for Japan talks as Abe seeks islands breakthrough

NAGATO, Japan (Reuters) - Russian President Vladimir Putin arrived in Japan on Thursday nearly three hours behind schedule for two days of talks with Prime Minister Shinzo Abe, who hopes his personal rapport with the Kremlin leader can help end a territorial row that has kept the two countries from signing a treaty formally ending World War Two. Putin s plane landed in Yamaguchi prefecture in the late afternoon and he was driven to a traditional hot spring inn in Abe s home town of Nagato, where the two leaders sat down for talks that were to continue over dinner. It is Putin s first visit to Japan since 2005.  Abe has met Putin more than a dozen times and traveled to the Black Sea resort of Sochi in May to present an eight-point economic cooperation plan. The two men held talks again in Vladivostok in September and on the sidelines of the Asia-Pacific Economic Cooperation summit in Lima last month.  Japan wants the return of four islands off Hokkaido, called the Northern Territories in Japan and the Southern Kuriles in Russia, which Soviet troops seized at the end of the war.  I want to put an end to this abnormal situation,  Abe told reporters in Tokyo before leaving for Nagato. Kremlin aide Yuri Ushakov said on Wednesday that no breakthrough on a peace treaty should be expected, and Putin told Japanese media before the trip that Russia had no territorial problem with Japan.  We think that we have no territorial problem at all. It is Japan that thinks it has a territorial problem with Russia,  Putin told the Yomiuri newspaper and Nippon Television. On Friday the two leaders will move to Tokyo for a second round of talks and a meeting with Japanese business executives, and officials said dozens of commercial agreements were expected to be signed there. Foreign Minister Fumio Kishida, who held talks with his Russian counterpart Sergei Lavrov in Moscow earlier this month to prepare the summit, said Tokyo would not accept joint economic activity on the islands if it undermined Japan s legal position. Any peace treaty would have to be ratified by both parliaments, and analysts said a deal on the islands would face fierce opposition from nationalists in both countries. Abe has said he would like to visit Russia again next year.  The fact that he is coming at all is a signal, but the gap on sovereignty is as wide as ever,  said a Japanese government source, who declined to be identified. Kremlin spokesman Dmitry Peskov said the talks in Nagato would last several hours. 
`, [
    ev('visit', 'occurred', ['Vladimir Putin', 'Shinzo Abe'], '2016-12-15', 'Nagato'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Shinzo Abe'], '2016-12-15', 'Nagato'),
    ev('visit', 'occurred', ['Vladimir Putin'], '2005', null, { date_true: '2005-11-20', optional: true }),
    ev('visit', 'occurred', ['Shinzo Abe', 'Vladimir Putin'], '2016-05', 'Sochi', { date_true: '2016-05-06' }),
    ev('meeting', 'occurred', ['Shinzo Abe', 'Vladimir Putin'], '2016-05', 'Sochi', { date_true: '2016-05-06', optional: true }),
    ev('meeting', 'occurred', ['Shinzo Abe', 'Vladimir Putin'], '2016-09', 'Vladivostok', { date_true: '2016-09-02' }),
    ev('meeting', 'occurred', ['Shinzo Abe', 'Vladimir Putin'], '2016-11', 'Lima', { date_true: '2016-11-19', occasion: 'APEC' }),
    ev('summit', 'occurred', [], '2016-11', 'Lima', { date_true: '2016-11-19', occasion: 'APEC', optional: true }),
    ev('meeting', 'planned', ['Vladimir Putin', 'Shinzo Abe'], '2016-12-16', 'Tokyo'),
    ev('signing', 'planned', ['Vladimir Putin', 'Shinzo Abe'], '2016-12-16', 'Tokyo', { optional: true }),
    ev('meeting', 'occurred', ['Fumio Kishida', 'Sergey Lavrov'], '2016-12', 'Moscow', { date_true: '2016-12-03' }),
    ev('visit', 'planned', ['Shinzo Abe'], '2017', null, { optional: true }),
  ]),

  a('r-duterte-beijing-xi', '2016-10-20', `
Duterte aligns Philippines with China, says U.S. has lost

BEIJING (Reuters) - Philippine President Rodrigo Duterte announced his  separation  from the United States on Thursday, declaring he had realigned with China as the two countries agreed to resolve their South China Sea dispute through talks. Duterte made the comments in Beijing, where he is visiting with more than 200 business people to pave the way for what he calls a new commercial alliance as ties with longtime ally Washington deteriorate.  In this venue, I announce my separation from the United States,  Duterte told a business forum in the Great Hall of the People, to applause.  Duterte, who arrived in Beijing on Tuesday for a four-day state visit, held talks with President Xi Jinping earlier on Thursday. Xi told him the two countries were brothers and could  appropriately handle disputes , calling the visit a milestone in the relationship. The two leaders then oversaw the signing of 13 agreements on trade, investment, financing and infrastructure, and Trade Secretary Ramon Lopez said deals worth $13.5 billion had been struck. Duterte was due to meet Premier Li Keqiang later on Thursday. The rapprochement comes three months after an arbitration court in The Hague ruled that China had no historic rights to most of the South China Sea, a ruling Beijing refuses to recognize. Former president Fidel Ramos, Duterte s special envoy, broke the ice in August when he met Fu Ying, the head of the foreign affairs committee of China s parliament, in Hong Kong. Duterte s anti-American outbursts have alarmed Washington. In September, U.S. President Barack Obama called off a meeting with him on the sidelines of a regional summit in Laos after Duterte called him a  son of a whore . A U.S. State Department spokesman said on Thursday Washington had not been told of any plan to change the alliance.  Duterte will visit Japan next week, where he is expected to meet Prime Minister Shinzo Abe, a close U.S. ally who has offered the Philippines patrol boats. Asked whether he would invite Xi to Manila, Duterte said the Chinese leader would be welcome at any time.  We will not be talking about arms, we will be talking about business,  Foreign Secretary Perfecto Yasay told reporters. 
`, [
    ev('visit', 'occurred', ['Rodrigo Duterte', 'Xi Jinping'], '2016-10-18', 'Beijing'),
    ev('meeting', 'occurred', ['Rodrigo Duterte', 'Xi Jinping'], '2016-10-20', 'Beijing'),
    ev('signing', 'occurred', ['Rodrigo Duterte', 'Xi Jinping'], '2016-10-20', 'Beijing'),
    ev('meeting', 'planned', ['Rodrigo Duterte', 'Li Keqiang'], '2016-10-20', 'Beijing'),
    ev('meeting', 'occurred', ['Fidel Ramos', 'Fu Ying'], '2016-08', 'Hong Kong', { date_true: '2016-08-10' }),
    ev('summit', 'occurred', [], '2016-09', null, { date_true: '2016-09-06', occasion: 'ASEAN', optional: true }),
    ev('visit', 'planned', ['Rodrigo Duterte', 'Shinzo Abe'], '2016-10', null, { date_true: '2016-10-25' }),
    ev('meeting', 'planned', ['Rodrigo Duterte', 'Shinzo Abe'], '2016-10', null, { date_true: '2016-10-26' }),
  ]),

  a('r-moon-beijing-xi', '2017-12-14', `
China's Xi tells South Korea's Moon to 'properly handle' THAAD as ties thaw

BEIJING (Reuters) - Chinese President Xi Jinping told South Korean President Moon Jae-in on Thursday that he hoped Seoul would continue to "properly handle" the deployment of a U.S. anti-missile system, as the two leaders sought to put a year-long dispute behind them.
Moon, who arrived in Beijing on Wednesday for a four-day state visit, sat down with Xi at the Great Hall of the People for talks that ran well over the scheduled time, South Korean officials said.
The two leaders agreed on four principles for the Korean peninsula: that war must never be allowed, that the peninsula should be denuclearized, that problems should be resolved through dialogue and that improved inter-Korean ties would help, Moon's spokesman told reporters.
"The momentary setback in our relations has given us an opportunity to understand each other more deeply," Moon told Xi at the start of the talks.
China was infuriated by the deployment of the Terminal High Altitude Area Defense (THAAD) system, saying its powerful radar could see deep into Chinese territory, and South Korean firms have suffered from an informal boycott in China.
Moon's visit was overshadowed earlier on Thursday when Chinese security guards beat up two South Korean photographers covering a trade event he attended.
Xi and Moon first met in Berlin in July, on the eve of a Group of 20 summit in Hamburg, and again on the sidelines of the Asia-Pacific Economic Cooperation summit in the Vietnamese city of Da Nang last month. Their foreign ministers, Kang Kyung-wha and Wang Yi, met in Beijing in November to prepare this week's trip.
U.S. President Donald Trump visited both Seoul and Beijing last month on his first Asian tour, pressing China to do more to rein in North Korea.
On Friday, Moon is due to meet Premier Li Keqiang before flying to the southwestern city of Chongqing, where on Saturday he will meet the city's Communist Party chief, Chen Min'er, seen as a rising star close to Xi.
Moon also invited Xi to attend the Winter Olympics in the South Korean resort of Pyeongchang in February, the Blue House said, without saying whether Xi had accepted.
"China and South Korea are neighbors that cannot move away from each other," Xi said, according to state broadcaster CCTV.
`, [
    ev('visit', 'occurred', ['Moon Jae-in', 'Xi Jinping'], '2017-12-13', 'Beijing'),
    ev('meeting', 'occurred', ['Moon Jae-in', 'Xi Jinping'], '2017-12-14', 'Beijing'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Moon Jae-in'], '2017-07', 'Berlin', { date_true: '2017-07-06' }),
    ev('summit', 'occurred', [], '2017-07', 'Hamburg', { date_true: '2017-07-07', occasion: 'G20' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Moon Jae-in'], '2017-11', 'Da Nang', { date_true: '2017-11-11', occasion: 'APEC' }),
    ev('summit', 'occurred', [], '2017-11', 'Da Nang', { date_true: '2017-11-10', occasion: 'APEC', optional: true }),
    ev('meeting', 'occurred', ['Kang Kyung-wha', 'Wang Yi'], '2017-11', 'Beijing', { date_true: '2017-11-22' }),
    ev('visit', 'occurred', ['Donald Trump'], '2017-11', 'Seoul', { date_true: '2017-11-07' }),
    ev('visit', 'occurred', ['Donald Trump'], '2017-11', 'Beijing', { date_true: '2017-11-08' }),
    ev('meeting', 'planned', ['Moon Jae-in', 'Li Keqiang'], '2017-12-15', 'Beijing'),
    ev('visit', 'planned', ['Moon Jae-in'], '2017-12-15', 'Chongqing', { optional: true }),
    ev('meeting', 'planned', ['Moon Jae-in', "Chen Min'er"], '2017-12-16', 'Chongqing'),
    ev('visit', 'planned', ['Xi Jinping'], '2018-02', 'Pyeongchang', { optional: true }),
  ]),

  a('r-kim-beijing-unofficial', '2018-03-28', `
China s Xi says Kim Jong Un committed to denuclearization after secret Beijing trip

BEIJING (Reuters) - North Korean leader Kim Jong Un pledged his commitment to denuclearization and to meeting U.S. officials, China said on Wednesday after what it called an unofficial visit to Beijing, Kim s first known trip abroad since he took power in 2011. Kim traveled to Beijing on an armored train and made the visit from Sunday to Wednesday, China s official Xinhua news agency said, confirming days of speculation that began when a green train similar to one used by his father pulled into the capital under heavy security. Xi and Kim held talks at the Great Hall of the People on Monday, and Xi and his wife Peng Liyuan hosted Kim and his wife Ri Sol Ju at a banquet that evening. On Tuesday, Xi treated the couple to lunch at the Diaoyutai state guesthouse before they left.  The issue of denuclearization on the Korean peninsula can be resolved, if South Korea and the United States respond to our efforts with goodwill,  Xinhua quoted Kim as saying. The visit came ahead of a planned summit between Kim and South Korean President Moon Jae-in at the end of April in the border truce village of Panmunjom, and a meeting with U.S. President Donald Trump by the end of May. Earlier this month, a South Korean delegation led by national security adviser Chung Eui-yong met Kim in Pyongyang. Chung then flew to Washington to brief Trump, who accepted an invitation to meet Kim. China s top diplomat, Yang Jiechi, will visit Seoul on Thursday to brief South Korean officials on the outcome of Kim s visit, South Korea s presidential Blue House said. The White House said Beijing had briefed it on the trip, including a personal message from Xi to Trump. Xinhua said Xi had accepted an invitation to visit North Korea at a convenient time. Kim s father, Kim Jong Il, last visited China in 2011, months before his death.  We welcome the new developments,  Chinese Foreign Ministry spokesman Lu Kang told a daily news briefing, adding that China hoped the two Koreas and the United States would keep up the momentum. Analysts said the trip showed Beijing wanted to secure its role in any deal.  China does not want to be sidelined,  said one Beijing-based diplomat. 
`, [
    ev('visit', 'occurred', ['Kim Jong Un', 'Xi Jinping'], '2018-03-25', 'Beijing'),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Xi Jinping'], '2018-03-26', 'Beijing'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Kim Jong Un'], '2018-03-27', 'Beijing', { optional: true }),
    ev('meeting', 'planned', ['Kim Jong Un', 'Moon Jae-in'], '2018-04', 'Panmunjom', { date_true: '2018-04-27' }),
    ev('meeting', 'planned', ['Kim Jong Un', 'Donald Trump'], '2018-05', null),
    ev('meeting', 'occurred', ['Chung Eui-yong', 'Kim Jong Un'], '2018-03', 'Pyongyang', { date_true: '2018-03-05' }),
    ev('meeting', 'occurred', ['Chung Eui-yong', 'Donald Trump'], '2018-03', 'Washington', { date_true: '2018-03-08' }),
    ev('visit', 'occurred', ['Chung Eui-yong'], '2018-03', 'Washington', { date_true: '2018-03-08', optional: true }),
    ev('visit', 'planned', ['Yang Jiechi'], '2018-03-29', 'Seoul'),
    ev('visit', 'planned', ['Xi Jinping'], null, null, { optional: true }),
    ev('visit', 'occurred', ['Kim Jong Il'], '2011', null, { optional: true }),
  ]),

  a('r-putin-xi-medal-qingdao', '2018-06-08', `
China's Xi gives Putin friendship medal, calls him 'best friend'

BEIJING (Reuters) - Chinese President Xi Jinping bestowed China's first friendship medal on Russian President Vladimir Putin on Friday, calling him his "best, most intimate friend", as the two leaders presented a united front ahead of a regional summit and amid rising tensions with the United States.
Putin, who began a fourth term as president last month, flew into Beijing on Friday morning for a state visit. The two leaders held talks in the Great Hall of the People and oversaw the signing of agreements on nuclear energy, trade and investment, before Xi hung the medal around Putin's neck at a ceremony broadcast live on state television.
"President Putin is my best, most intimate friend," Xi said. "I highly treasure our deep friendship."
Putin said relations were at "an unprecedentedly high level" and thanked Xi for the award.
Later in the day the pair rode a high-speed train to the nearby port city of Tianjin to watch an ice hockey match between Chinese and Russian youth teams.
On Saturday and Sunday, both leaders will attend the annual summit of the Shanghai Cooperation Organisation (SCO) in the eastern port city of Qingdao, the first since India and Pakistan joined the bloc last year.
Indian Prime Minister Narendra Modi, who held an informal summit with Xi in the central city of Wuhan in April, is expected in Qingdao, as is Iranian President Hassan Rouhani, whom Putin will meet on Saturday, the Kremlin said.
The show of unity came as U.S. President Donald Trump arrived in Canada for a Group of Seven summit on Friday, saying Russia should be readmitted to the group it was expelled from after annexing Crimea in 2014.
Xi and Putin also voiced support for the summit between Trump and North Korean leader Kim Jong Un, due to take place in Singapore on June 12.
Putin last visited China in September, for a summit of the BRICS group of emerging economies in the southeastern city of Xiamen.
`, [
    ev('visit', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2018-06-08', 'Beijing'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2018-06-08', 'Beijing'),
    ev('signing', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2018-06-08', 'Beijing'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2018-06-08', 'Tianjin', { optional: true }),
    ev('summit', 'planned', [], '2018-06-09', 'Qingdao', { occasion: 'SCO' }),
    ev('meeting', 'occurred', ['Narendra Modi', 'Xi Jinping'], '2018-04', 'Wuhan', { date_true: '2018-04-27' }),
    ev('visit', 'planned', ['Narendra Modi'], '2018-06', 'Qingdao', { date_true: '2018-06-09', occasion: 'SCO', optional: true }),
    ev('visit', 'planned', ['Hassan Rouhani'], '2018-06', 'Qingdao', { date_true: '2018-06-09', occasion: 'SCO', optional: true }),
    ev('meeting', 'planned', ['Vladimir Putin', 'Hassan Rouhani'], '2018-06-09', 'Qingdao', { occasion: 'SCO' }),
    ev('summit', 'occurred', [], '2018-06-08', null, { occasion: 'G7' }),
    ev('visit', 'occurred', ['Donald Trump'], '2018-06-08', null, { occasion: 'G7', optional: true }),
    ev('meeting', 'planned', ['Donald Trump', 'Kim Jong Un'], '2018-06-12', 'Singapore'),
    ev('visit', 'occurred', ['Vladimir Putin'], '2017-09', 'Xiamen', { date_true: '2017-09-03', occasion: 'BRICS' }),
    ev('summit', 'occurred', [], '2017-09', 'Xiamen', { date_true: '2017-09-03', occasion: 'BRICS', optional: true }),
  ]),

  // ---------------------------------------------------------------- Kremlin, Xinhua, KCNA, TASS, MFA copies, 2023-2025
  a('k-putin-ulaanbaatar-talks', null, `
President of Russia
Events
President
Press releases
Transcripts
Trips
Russian-Mongolian talks
Vladimir Putin, who is in Mongolia on an official visit, held talks in Ulaanbaatar with President of Mongolia Ukhnaagiin Khurelsukh.
September 3, 2024
13:10
Ulaanbaatar
With President of Mongolia Ukhnaagiin Khurelsukh at the official welcome ceremony.
Russian-Mongolian talks in restricted format.
The President of Russia arrived in Ulaanbaatar late in the evening of September 2.
The official welcome ceremony took place today on Chinggis Khaan Square in front of the Government Palace. The talks were held first in restricted format and then with participation of the two delegations.
Following the talks, the leaders witnessed the signing of a package of interstate, intergovernmental and interdepartmental documents, among them an agreement on the design and construction of the reconstruction of Ulaanbaatar Thermal Power Plant No. 3 and documents on supplies of aviation fuel.
* * *
Beginning of Russian-Mongolian talks in restricted format
President of Russia Vladimir Putin: Mr President, friends,
I am sincerely glad to be again in hospitable Mongolian land. I well remember my previous visit in 2019, when we celebrated together the 80th anniversary of the joint victory of Soviet and Mongolian troops at Khalkhin Gol river.
This year we mark the 85th anniversary of this victory, and this evening we will together take part in the solemn events devoted to this date. It is the page of our common history which we hold sacred, and we are grateful to Mongolian friends for the careful attitude to memory of our soldiers.
Russia is consistently the main supplier of petroleum products to Mongolia, and the trade turnover last year grew by 21 percent. We are interested in developing cooperation in energy, transport, agriculture. The Ulaanbaatar Railway, our joint enterprise, will celebrate its 75th anniversary next year.
President of Mongolia Ukhnaagiin Khurelsukh (retranslated): Esteemed Mr President, esteemed Vladimir Vladimirovich,
Welcome to Mongolia. Your visit takes place in the year of the 85th anniversary of the Khalkhin Gol victory and is of great importance for deepening our comprehensive strategic partnership.
We would be glad to see you in Mongolia more often, and our doors are always open for Russian friends.
* * *
From Ulaanbaatar the President of Russia will travel to Vladivostok, where the Eastern Economic Forum opened today; Vladimir Putin will speak at the plenary session of the Forum on September 5.
Topics
Foreign policy
Publication status
Published in sections: News, Transcripts
Publication date: September 3, 2024, 13:10
Text version
`, [
    ev('visit', 'occurred', ['Vladimir Putin', 'Ukhnaagiin Khurelsukh'], '2024-09-02', 'Ulaanbaatar'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Ukhnaagiin Khurelsukh'], '2024-09-03', 'Ulaanbaatar'),
    ev('signing', 'occurred', ['Vladimir Putin', 'Ukhnaagiin Khurelsukh'], '2024-09-03', 'Ulaanbaatar'),
    ev('visit', 'occurred', ['Vladimir Putin'], '2019', null, { date_true: '2019-09-03' }),
    ev('summit', 'occurred', [], '2024-09-03', 'Vladivostok', { occasion: 'Eastern Economic Forum' }),
  ]),

  a('x-xi-hanoi-state-visit', '2025-04-14', `
Xi arrives in Hanoi for state visit to Vietnam
Source: Xinhua
Editor: Huaxia
2025-04-14 18:36:05

HANOI, April 14 (Xinhua) -- Chinese President Xi Jinping arrived here Monday afternoon for a state visit to Vietnam, the first stop of his Southeast Asia tour that will also take him to Malaysia and Cambodia.
Xi, also general secretary of the Communist Party of China (CPC) Central Committee, is paying the visit at the invitation of To Lam, general secretary of the Communist Party of Vietnam (CPV) Central Committee, and Vietnamese President Luong Cuong.
Chinese President Xi Jinping is greeted upon his arrival at Noi Bai International Airport in Hanoi, Vietnam, April 14, 2025. (Xinhua/Ju Peng)
Later on Monday, Xi held talks with To Lam in Hanoi. The two leaders agreed to continue to deepen the China-Vietnam comprehensive strategic cooperative partnership and build a China-Vietnam community with a shared future that carries strategic significance.
Xi said that this year marks the 75th anniversary of the establishment of China-Vietnam diplomatic ties, and the two parties and two countries should stay true to their original aspiration. He noted that it is his second visit to Vietnam in less than one and half years, following his state visit in December 2023.
To Lam said that the Vietnamese side warmly welcomes Xi's visit, and recalled his own state visit to China in August last year, which was the first foreign visit after he took the office of general secretary.
After the talks, the two leaders witnessed the signing of 45 cooperation documents covering areas including railway connectivity, artificial intelligence, customs inspection and quarantine, and media.
Chinese President Xi Jinping is greeted upon his arrival at Noi Bai International Airport in Hanoi, Vietnam, April 14, 2025. (Xinhua/Ju Peng)
On Tuesday, Xi is scheduled to meet separately with Vietnamese Prime Minister Pham Minh Chinh and Chairman of the National Assembly Tran Thanh Man before leaving Hanoi.
At the invitation of Malaysian King Sultan Ibrahim, Xi will pay a state visit to Malaysia from April 15 to 17, and then, at the invitation of Cambodian King Norodom Sihamoni, a state visit to Cambodia from April 17 to 18.
Related:
Full text of Xi's signed article in Vietnamese newspaper
China, Vietnam launch Year of People-to-People Exchanges
`, [
    ev('visit', 'occurred', ['Xi Jinping', 'To Lam', 'Luong Cuong'], '2025-04-14', 'Hanoi'),
    ev('meeting', 'occurred', ['Xi Jinping', 'To Lam'], '2025-04-14', 'Hanoi'),
    ev('signing', 'occurred', ['Xi Jinping', 'To Lam'], '2025-04-14', 'Hanoi'),
    ev('visit', 'occurred', ['Xi Jinping'], '2023-12', null, { date_true: '2023-12-12' }),
    ev('visit', 'occurred', ['To Lam'], '2024-08', null, { date_true: '2024-08-18' }),
    ev('meeting', 'planned', ['Xi Jinping', 'Pham Minh Chinh'], '2025-04-15', 'Hanoi'),
    ev('meeting', 'planned', ['Xi Jinping', 'Tran Thanh Man'], '2025-04-15', 'Hanoi'),
    ev('visit', 'planned', ['Xi Jinping', 'Sultan Ibrahim'], '2025-04-15', null),
    ev('visit', 'planned', ['Xi Jinping', 'Norodom Sihamoni'], '2025-04-17', null),
  ]),

  a('kcna-kim-xi-talks-beijing', null, `
Respected Comrade Kim Jong Un Holds Talks with Xi Jinping
Pyongyang, September 5 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the Democratic People's Republic of Korea, had talks with Xi Jinping, general secretary of the Central Committee of the Communist Party of China and president of the People's Republic of China, at the Great Hall of the People in Beijing on September 4.
Kim Jong Un arrived in Beijing by his special train on September 2 to take part in the celebrations for the 80th anniversary of the victory in the Chinese People's War of Resistance against Japanese Aggression and the World Anti-Fascist War, at the invitation of Xi Jinping. He was accompanied by Choe Son Hui, member of the Political Bureau of the WPK Central Committee and minister of Foreign Affairs, and other officials.
On September 3 he watched the grand military parade from the Tian'anmen rostrum together with Xi Jinping and Vladimir Putin, president of the Russian Federation, and leaders of many countries.
After the parade Kim Jong Un had talks with Vladimir Putin at the Diaoyutai State Guesthouse. Kim Jong Un said that helping the Russian brothers is the fraternal duty, and Vladimir Putin expressed gratitude to the soldiers of the Korean People's Army who fought in Kursk region. Vladimir Putin invited Kim Jong Un to visit Russia, and the invitation was accepted with pleasure.
At the talks on September 4, Xi Jinping warmly welcomed the visit of Kim Jong Un and said that the China-DPRK friendship forged by the elder generations of leaders is a valuable treasure common to the two parties and two countries, which will not change whatever the international situation may be.
Kim Jong Un noted with pleasure that he visited Beijing again six years after his visit in January 2019, and recalled that Xi Jinping paid a state visit to Pyongyang in June of that year. He said that the DPRK-China friendship will remain unchanged and the two parties and countries will strengthen the strategic communication.
The talks proceeded in a comradely and friendly atmosphere. After the talks Xi Jinping and his wife Peng Liyuan arranged a grand banquet in honor of Kim Jong Un.
Kim Jong Un left Beijing on the evening of September 4 and returned to Pyongyang on September 5, being seen off at the Beijing railway station by Cai Qi, member of the Standing Committee of the Political Bureau of the CPC Central Committee.
www.kcna.kp (Juche114.9.5.)
`, [
    ev('meeting', 'occurred', ['Kim Jong Un', 'Xi Jinping'], '2025-09-04', 'Beijing'),
    ev('visit', 'occurred', ['Kim Jong Un', 'Xi Jinping'], '2025-09-02', 'Beijing'),
    ev('summit', 'occurred', [], '2025-09-03', 'Beijing', { occasion: 'military parade', optional: true }),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Vladimir Putin'], '2025-09-03', 'Beijing'),
    ev('visit', 'planned', ['Kim Jong Un'], null, null, { optional: true }),
    ev('visit', 'occurred', ['Kim Jong Un'], '2019-01', 'Beijing', { date_true: '2019-01-08' }),
    ev('visit', 'occurred', ['Xi Jinping', 'Kim Jong Un'], '2019-06', 'Pyongyang', { date_true: '2019-06-20' }),
  ]),

  a('tass-mishustin-xi-beijing', null, `
Xi Jinping receives Russian Prime Minister Mishustin in Beijing
BEIJING, December 20. /TASS/. Chinese President Xi Jinping has met with Russian Prime Minister Mikhail Mishustin, who is in China on an official visit, a TASS correspondent reports.
The meeting took place in the Great Hall of the People in the center of the Chinese capital. At the beginning of the meeting Mishustin passed to the Chinese leader warm greetings from Russian President Vladimir Putin.
"Russian-Chinese relations are at the highest level in their history. In October, President Putin came to Beijing for the third Belt and Road Forum and held talks with you, and we are implementing the agreements reached then," Mishustin said.
Xi Jinping, for his part, noted that China and Russia should deepen the strategic coordination and expand cooperation in energy, agriculture and connectivity.
The Russian head of government arrived in Beijing on Tuesday. On the same day he held talks with Chinese Premier Li Qiang in the framework of the 28th regular meeting of the heads of government of the two countries. Following the talks, Mishustin and Li Qiang signed a joint communique, and a package of intergovernmental and interdepartmental documents was signed in their presence.
This is Mishustin's second trip to China this year: in May he visited Shanghai, then Beijing, where he also met with Xi Jinping.
According to Mishustin, trade between Russia and China this year will exceed $200 billion, a target the leaders of the two countries had set for 2024.
The next, 29th regular meeting of the heads of government will be held in Russia, the sides agreed.
Read also
Russia, China to expand settlements in national currencies - Mishustin
Putin says ties with China not directed against third countries
Tags
Russia-China relations
`, [
    ev('meeting', 'occurred', ['Xi Jinping', 'Mikhail Mishustin'], '2023-12-20', 'Beijing'),
    ev('visit', 'occurred', ['Mikhail Mishustin', 'Li Qiang'], '2023-12-19', 'Beijing'),
    ev('meeting', 'occurred', ['Mikhail Mishustin', 'Li Qiang'], '2023-12-19', 'Beijing'),
    ev('signing', 'occurred', ['Mikhail Mishustin', 'Li Qiang'], '2023-12-19', 'Beijing'),
    ev('visit', 'occurred', ['Vladimir Putin'], '2023-10', 'Beijing', { date_true: '2023-10-17', occasion: 'Belt and Road Forum' }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2023-10', 'Beijing', { date_true: '2023-10-18', occasion: 'Belt and Road Forum' }),
    ev('summit', 'occurred', [], '2023-10', 'Beijing', { date_true: '2023-10-17', occasion: 'Belt and Road Forum', optional: true }),
    ev('visit', 'occurred', ['Mikhail Mishustin'], '2023-05', 'Shanghai', { date_true: '2023-05-23' }),
    ev('meeting', 'occurred', ['Mikhail Mishustin', 'Xi Jinping'], '2023-05', 'Beijing', { date_true: '2023-05-24' }),
    ev('meeting', 'planned', ['RU', 'CN'], null, null, { optional: true }),
  ]),

  a('mfa-briefing-wang-yi-india', null, `
Home > Spokesperson's Remarks
Foreign Ministry Spokesperson Guo Jiakun's Regular Press Conference on August 15, 2025
2025-08-15 19:20
Guo Jiakun: At the invitation of Indian National Security Adviser Ajit Doval, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi will visit India from August 18 to 20 and hold the 24th round of talks between the Special Representatives of China and India on the boundary question.
Press Trust of India: Will Foreign Minister Wang Yi also meet Prime Minister Modi and External Affairs Minister Jaishankar during the visit?
Guo Jiakun: During the visit, Wang Yi will hold talks with External Affairs Minister S. Jaishankar. As for other arrangements, we will release information in due course. China and India are important neighbors, and China stands ready to work with India to follow through on the important common understandings reached by the two leaders during their meeting in Kazan at last October.
Bloomberg: Reports say Wang Yi will also travel to Kabul next week for a trilateral meeting with the foreign ministers of Afghanistan and Pakistan. Can you confirm?
Guo Jiakun: We will release information in due course. China supports Afghanistan and Pakistan in improving relations.
CCTV: Prime Minister Modi is expected to come to Tianjin for the SCO summit on August 31 and September 1. What is China's comment?
Guo Jiakun: China welcomes Prime Minister Modi to China for the SCO Tianjin Summit. We believe with concerted efforts from all parties, the Tianjin Summit will be a gathering of solidarity, friendship and fruitful results.
Reuters: The Russian and US presidents will meet in Anchorage, Alaska, on Friday local time. Last Friday President Xi Jinping spoke with President Putin by phone. What is China's position on the meeting?
Guo Jiakun: President Xi Jinping had a phone call with President Vladimir Putin on August 8 at the latter's request. China is glad to see Russia and the US maintain contact, improve relations and advance the political settlement of the Ukraine crisis.
AFP: Will President Xi meet President Trump at the APEC meeting in Gyeongju in October?
Guo Jiakun: I have no information to release at the moment.
Nikkei: Japan will hold a memorial ceremony today for the war dead. What is your comment?
Guo Jiakun: This year marks the 80th anniversary of the victory of the Chinese People's War of Resistance Against Japanese Aggression. We urge Japan to face squarely its history of aggression.
Print
【Close】
`, [
    ev('visit', 'planned', ['Wang Yi', 'Ajit Doval'], '2025-08-18', null),
    ev('meeting', 'planned', ['Wang Yi', 'Ajit Doval'], '2025-08', null, { date_true: '2025-08-19', occasion: 'Special Representatives' }),
    ev('meeting', 'planned', ['Wang Yi', 'Subrahmanyam Jaishankar'], '2025-08', null, { date_true: '2025-08-18' }),
    ev('meeting', 'occurred', ['Narendra Modi', 'Xi Jinping'], '2024-10', 'Kazan', { date_true: '2024-10-23', optional: true }),
    ev('visit', 'planned', ['Wang Yi'], null, 'Kabul', { date_true: '2025-08-20', optional: true }),
    ev('meeting', 'planned', ['Wang Yi', 'AF', 'PK'], null, 'Kabul', { date_true: '2025-08-20', optional: true }),
    ev('summit', 'planned', [], '2025-08-31', 'Tianjin', { occasion: 'SCO' }),
    ev('visit', 'planned', ['Narendra Modi'], '2025-08-31', 'Tianjin', { occasion: 'SCO', optional: true }),
    ev('meeting', 'planned', ['Vladimir Putin', 'Donald Trump'], '2025-08-15', 'Anchorage'),
    ev('call', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2025-08-08', null),
    ev('summit', 'planned', [], '2025-10', 'Gyeongju', { occasion: 'APEC', optional: true }),
  ]),

  // ---------------------------------------------------------------- web pages, 2023-2025, as scraped
  a('w-albanese-xi-beijing', null, `
Skip to main content
ABC News Homepage
Just In
For You
Politics
World
Business
Analysis
We use cookies and similar technologies to improve your experience. By continuing to browse you agree to our use of cookies. Accept Manage settings
Anthony Albanese hails 'very positive' meeting with Xi Jinping in Beijing
By political reporter
Posted Mon 6 Nov 2023 at 9:41pm
Anthony Albanese and Xi Jinping shake hands at the Great Hall of the People. (AAP: Lukas Coch)
Prime Minister Anthony Albanese has met Chinese President Xi Jinping in Beijing, the first visit to China by an Australian leader in seven years.
The two leaders spoke for more than an hour at the Great Hall of the People on Monday, in a meeting Mr Albanese described as "very positive".
"Australia and China have benefited from a strong economic relationship. We will cooperate where we can, disagree where we must," Mr Albanese told reporters afterwards.
Mr Xi said the relationship had "embarked on the right path of improvement and development", according to Chinese state media.
The two leaders spoke for more than an hour at the Great Hall of the People on Monday, in a meeting Mr Albanese described as "very positive".
Mr Albanese arrived in Shanghai on Saturday, where he toured the China International Import Expo on Sunday before flying to Beijing.
Earlier on Monday he walked through the Temple of Heaven, recreating a famous photo of Gough Whitlam, who 50 years ago became the first Australian prime minister to visit China.
Whitlam met Chairman Mao Zedong during that 1973 trip, a year after establishing diplomatic relations with Beijing.
Mr Albanese and Mr Xi last met on the sidelines of the G20 summit in Bali in November last year, the first leader-level talks between the two countries in six years.
On Tuesday he will hold the annual leaders' meeting with Premier Li Qiang, and he said he had invited Mr Li to visit Australia next year.
Foreign Minister Penny Wong, who travelled to Beijing last December for talks with her counterpart Wang Yi, is accompanying the Prime Minister.
Mr Albanese will fly from Beijing to the Cook Islands on Tuesday night to join the Pacific Islands Forum leaders' meeting, which began in Rarotonga on Monday.
Related:
Australian wine tariffs could be lifted within months
Analysis: What China wants from Australia
Pacific leaders gather in Rarotonga as climate tops agenda
Topics: government-and-politics, foreign-affairs, china, australia
`, [
    ev('meeting', 'occurred', ['Anthony Albanese', 'Xi Jinping'], '2023-11-06', 'Beijing'),
    ev('visit', 'occurred', ['Anthony Albanese', 'Xi Jinping'], '2023-11-04', 'Shanghai'),
    ev('visit', 'occurred', ['Anthony Albanese'], '2023-11-05', 'Beijing', { optional: true }),
    ev('visit', 'occurred', ['Gough Whitlam'], '1973', null, { date_true: '1973-11-01' }),
    ev('meeting', 'occurred', ['Gough Whitlam', 'Mao Zedong'], '1973', null, { date_true: '1973-11-02', optional: true }),
    ev('meeting', 'occurred', ['Anthony Albanese', 'Xi Jinping'], '2022-11', 'Bali', { date_true: '2022-11-15', occasion: 'G20' }),
    ev('summit', 'occurred', [], '2022-11', 'Bali', { date_true: '2022-11-15', occasion: 'G20', optional: true }),
    ev('meeting', 'planned', ['Anthony Albanese', 'Li Qiang'], '2023-11-07', 'Beijing'),
    ev('visit', 'planned', ['Li Qiang'], '2024', null, { optional: true }),
    ev('visit', 'occurred', ['Penny Wong'], '2022-12', 'Beijing', { date_true: '2022-12-20' }),
    ev('meeting', 'occurred', ['Penny Wong', 'Wang Yi'], '2022-12', 'Beijing', { date_true: '2022-12-21' }),
    ev('visit', 'planned', ['Anthony Albanese'], '2023-11', 'Rarotonga', { date_true: '2023-11-08', occasion: 'Pacific Islands Forum' }),
    ev('summit', 'occurred', [], '2023-11-06', 'Rarotonga', { occasion: 'Pacific Islands Forum' }),
  ]),

  a('w-blinken-xi-beijing', '2023-06-19', `
Blinken meets Xi in Beijing, both sides say ties must be stabilized | World News
Menu
Sections
Sign in
Subscribe
Advertisement
Secretary of State Antony Blinken shakes hands with Chinese President Xi Jinping at the Great Hall of the People in Beijing, Monday, June 19, 2023. (Leah Millis/Pool Photo via AP)
2,418 views
BEIJING — Chinese President Xi Jinping and U.S. Secretary of State Antony Blinken agreed Monday to stabilize the badly deteriorated relationship between their countries, but failed to make any breakthrough on the most pressing disputes.
Xi received Blinken for about 35 minutes in the Great Hall of the People, hours after the top U.S. diplomat held three hours of talks with Wang Yi, China's most senior foreign policy official.
"The two sides have also made progress and reached agreement on some specific issues. This is very good," Xi told Blinken, according to a Chinese readout.
On Sunday, Blinken spent more than seven hours with Foreign Minister Qin Gang at the Diaoyutai State Guesthouse, in talks both sides described as candid and constructive. Qin accepted an invitation to visit Washington at a mutually convenient time, the State Department said.
Blinken, the most senior U.S. official to visit China since President Joe Biden took office, landed in Beijing on Sunday morning. He had been due to make the trip in February, but postponed it after a Chinese surveillance balloon was spotted over the United States.
Xi received Blinken for about 35 minutes in the Great Hall of the People, hours after the top U.S. diplomat held three hours of talks with Wang Yi, China's most senior foreign policy official.
Biden and Xi met on the sidelines of the G20 summit in Bali, Indonesia, last November and agreed to restore communication channels. Biden's national security adviser Jake Sullivan also met Wang in Vienna in May.
U.S. officials hope the visit will pave the way for more contacts, including a possible meeting between Biden and Xi at the Asia-Pacific Economic Cooperation summit that the United States hosts in San Francisco in November.
Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo could also travel to China in the coming months, officials said.
Related: Modi arrives in New York ahead of state visit to Washington
Related: Taiwan says Chinese warplanes crossed median line again
Bonus video: Blinken lands in Beijing for high-stakes visit
Copyright 2023 The Associated Press. All rights reserved.
`, [
    ev('meeting', 'occurred', ['Antony Blinken', 'Xi Jinping'], '2023-06-19', 'Beijing'),
    ev('meeting', 'occurred', ['Antony Blinken', 'Wang Yi'], '2023-06-19', 'Beijing'),
    ev('meeting', 'occurred', ['Antony Blinken', 'Qin Gang'], '2023-06-18', 'Beijing'),
    ev('visit', 'occurred', ['Antony Blinken'], '2023-06-18', 'Beijing'),
    ev('visit', 'planned', ['Antony Blinken'], '2023-02', null, { optional: true }),
    ev('visit', 'planned', ['Qin Gang'], null, 'Washington', { optional: true }),
    ev('meeting', 'occurred', ['Joe Biden', 'Xi Jinping'], '2022-11', 'Bali', { date_true: '2022-11-14', occasion: 'G20' }),
    ev('summit', 'occurred', [], '2022-11', 'Bali', { date_true: '2022-11-15', occasion: 'G20', optional: true }),
    ev('meeting', 'occurred', ['Jake Sullivan', 'Wang Yi'], '2023-05', 'Vienna', { date_true: '2023-05-10' }),
    ev('summit', 'planned', [], '2023-11', 'San Francisco', { occasion: 'APEC' }),
    ev('meeting', 'planned', ['Joe Biden', 'Xi Jinping'], '2023-11', 'San Francisco', { occasion: 'APEC', optional: true }),
    ev('visit', 'planned', ['Janet Yellen'], null, null, { optional: true }),
    ev('visit', 'planned', ['Gina Raimondo'], null, null, { optional: true }),
  ]),

  a('w-trump-xi-busan-truce', '2025-10-30', `
Trump and Xi strike trade truce in Busan; Trump says he will visit China in April
Cookie settings: We and our partners use cookies to personalise content and ads. Accept all | Reject all
World | Asia | US-China
U.S. President Donald Trump and Chinese President Xi Jinping shake hands before their bilateral meeting at Gimhae International Airport in Busan, South Korea, October 30, 2025. REUTERS/Evelyn Hockstein
Updated 30 Oct 2025
BUSAN, South Korea — U.S. President Donald Trump and Chinese President Xi Jinping agreed on Thursday to pause a damaging escalation of their trade war, with Washington cutting tariffs on Chinese goods and Beijing suspending its new curbs on rare earth exports for a year.
The two leaders met for about an hour and 40 minutes at an air base next to Busan's airport, their first face-to-face talks since they met at the G20 summit in Osaka, Japan, in June 2019.
"I would say on a scale from zero to 10, with 10 being the best, I would say the meeting was a 12," Trump told reporters aboard Air Force One as he flew back to Washington.
Trump said he would travel to China in April and that Xi would come to the United States "some time after that".
The framework was hammered out last weekend in Kuala Lumpur by Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng.
Trump opened his Asia tour in the Malaysian capital on Sunday, attending the ASEAN summit, where he witnessed Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet sign an expanded ceasefire deal.
He then flew to Tokyo, where he sat down with Japan's new Prime Minister Sanae Takaichi on Tuesday and the two signed a framework on critical minerals and rare earths.
Trump arrived in the South Korean city of Gyeongju on Wednesday and held talks with President Lee Jae-myung, who presented him with a replica of a golden crown from the ancient Silla kingdom.
The framework was hammered out last weekend in Kuala Lumpur by Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng.
Xi, who landed in Busan on Thursday morning for his first trip to South Korea since 2014, will stay on for the Asia-Pacific Economic Cooperation leaders' meeting, which opens in Gyeongju on Friday, and is due to hold a summit with Lee there on Saturday.
Trump had said he would love to meet North Korean leader Kim Jong Un during the trip, but no meeting materialised.
MOST READ
1. Hurricane Melissa leaves trail of destruction across Jamaica
2. Trump orders Pentagon to resume nuclear testing
3. Nvidia becomes first $5 trillion company
Related: Putin says Russia tested nuclear-powered Poseidon torpedo
12.4k views
`, [
    ev('meeting', 'occurred', ['Donald Trump', 'Xi Jinping'], '2025-10-30', 'Busan'),
    ev('meeting', 'occurred', ['Donald Trump', 'Xi Jinping'], '2019-06', 'Osaka', { date_true: '2019-06-29', occasion: 'G20' }),
    ev('summit', 'occurred', [], '2019-06', 'Osaka', { date_true: '2019-06-28', occasion: 'G20', optional: true }),
    ev('visit', 'planned', ['Donald Trump', 'Xi Jinping'], '2026-04', null),
    ev('visit', 'planned', ['Xi Jinping', 'Donald Trump'], null, null, { optional: true }),
    ev('meeting', 'occurred', ['Scott Bessent', 'He Lifeng'], '2025-10', 'Kuala Lumpur', { date_true: '2025-10-25' }),
    ev('visit', 'occurred', ['Donald Trump'], '2025-10-26', 'Kuala Lumpur', { occasion: 'ASEAN' }),
    ev('summit', 'occurred', [], '2025-10-26', 'Kuala Lumpur', { occasion: 'ASEAN' }),
    ev('signing', 'occurred', ['Anutin Charnvirakul', 'Hun Manet', 'Donald Trump'], '2025-10-26', 'Kuala Lumpur'),
    ev('visit', 'occurred', ['Donald Trump'], '2025-10', 'Tokyo', { date_true: '2025-10-27', optional: true }),
    ev('meeting', 'occurred', ['Donald Trump', 'Sanae Takaichi'], '2025-10-28', 'Tokyo'),
    ev('signing', 'occurred', ['Donald Trump', 'Sanae Takaichi'], '2025-10-28', 'Tokyo'),
    ev('visit', 'occurred', ['Donald Trump', 'Lee Jae-myung'], '2025-10-29', 'Gyeongju'),
    ev('meeting', 'occurred', ['Donald Trump', 'Lee Jae-myung'], '2025-10-29', 'Gyeongju'),
    ev('visit', 'occurred', ['Xi Jinping', 'Lee Jae-myung'], '2025-10-30', 'Busan'),
    ev('visit', 'occurred', ['Xi Jinping'], '2014', null, { date_true: '2014-07-03', optional: true }),
    ev('summit', 'planned', [], '2025-10-31', 'Gyeongju', { occasion: 'APEC' }),
    ev('meeting', 'planned', ['Xi Jinping', 'Lee Jae-myung'], '2025-11-01', 'Gyeongju'),
  ]),

  a('k-putin-xi-videoconference', null, `
President of Russia
News
Conversation with President of China Xi Jinping
Vladimir Putin had a conversation, via videoconference, with President of the People's Republic of China Xi Jinping.
January 21, 2025
15:40
The Kremlin, Moscow
Videoconference with President of China Xi Jinping.
Beginning of conversation with President of China Xi Jinping
President of Russia Vladimir Putin: Dear Mr Chairman, dear friend,
I am glad to see you, even if on a screen, at the beginning of the new year. Let me congratulate you and all the friendly Chinese people on the coming Spring Festival, the New Year by the lunar calendar.
The past year was very eventful for our relations. In May I paid a state visit to China, in July we met in Astana at the SCO summit, and in October in Kazan, where you took part in the BRICS summit. We had an opportunity to discuss practically all the issues of the bilateral agenda and international affairs.
This year we will celebrate together the 80th anniversary of the Victory in the Second World War. I would like to once again invite you to come to Moscow for the celebrations of the Victory Day on May 9. And I thank you for the invitation to visit China in autumn for the SCO summit in Tianjin and the events marking the end of the war in the Pacific.
President of China Xi Jinping (retranslated): Esteemed President Putin, my dear old friend,
It is a pleasure for me to hold this videoconference with you at the beginning of the new year. Last year, the two countries celebrated the 75th anniversary of the diplomatic relations and we met three times, which gave strong impetus to the development of our relations.
Facing the changes and chaos of the world, China and Russia should continue to support each other and safeguard the legitimate interests of the two countries.
* * *
Presidential aide Yuri Ushakov told journalists that the conversation lasted about an hour and a half and that the leaders also exchanged opinions on contacts with the new US administration. Any Russian-US summit would require careful preparation, he added; no dates have been discussed.
Publication status
Published in sections: News, Transcripts
Publication date: January 21, 2025, 15:40
`, [
    ev('call', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2025-01-21', null),
    ev('visit', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2024-05', null, { date_true: '2024-05-16' }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2024-07', 'Astana', { date_true: '2024-07-03', occasion: 'SCO' }),
    ev('summit', 'occurred', [], '2024-07', 'Astana', { date_true: '2024-07-03', occasion: 'SCO', optional: true }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2024-10', 'Kazan', { date_true: '2024-10-22', occasion: 'BRICS' }),
    ev('summit', 'occurred', [], '2024-10', 'Kazan', { date_true: '2024-10-22', occasion: 'BRICS', optional: true }),
    ev('visit', 'planned', ['Xi Jinping', 'Vladimir Putin'], '2025-05-09', 'Moscow', { optional: true }),
    ev('visit', 'planned', ['Vladimir Putin', 'Xi Jinping'], '2025', 'Tianjin', { optional: true }),
    ev('summit', 'planned', [], '2025', 'Tianjin', { occasion: 'SCO' }),
    ev('meeting', 'planned', ['RU', 'US'], null, null, { optional: true }),
  ]),

  a('x-china-central-asia-astana', null, `
Xi, Central Asian leaders sign treaty on permanent good-neighborliness at Astana summit
Source: Xinhua| 2025-06-17 21:48:12|Editor: huaxia
ASTANA, June 17 (Xinhua) -- Chinese President Xi Jinping and the presidents of the five Central Asian countries on Tuesday signed the Treaty on Permanent Good-Neighborliness, Friendship and Cooperation at the second China-Central Asia Summit held in the Kazakh capital.
Kazakh President Kassym-Jomart Tokayev, Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon, Turkmen President Serdar Berdimuhamedov and Uzbek President Shavkat Mirziyoyev attended the summit, which was chaired by Tokayev.
In his keynote speech, Xi said that the "China-Central Asia spirit" of mutual respect, mutual trust, mutual benefit and mutual assistance should be carried forward, and announced that China will provide 1.5 billion yuan in grant assistance to Central Asian countries this year.
The leaders agreed that the third China-Central Asia Summit will be held in China in 2027.
Xi arrived in Astana on Monday for the summit and a state visit to Kazakhstan. On Monday afternoon he held talks with Tokayev at the Akorda presidential palace, and the two heads of state witnessed the signing of more than ten cooperation documents.
Later on Monday Xi met separately with Japarov and Rahmon.
On the sidelines of the summit on Tuesday, Xi also met with Mirziyoyev and with Berdimuhamedov.
The first China-Central Asia Summit was held in the Chinese city of Xi'an in May 2023, when the six countries decided to set up the summit mechanism. Xi's previous state visit to Kazakhstan took place in July last year, when he attended the SCO summit in Astana.
Photo taken on June 17, 2025 shows the second China-Central Asia Summit in Astana, Kazakhstan. (Xinhua/Xie Huanchi)
Xi, Central Asian leaders sign treaty on permanent good-neighborliness at Astana summit
Related:
Xi meets Tajik president in Astana
Xi meets Kyrgyz president in Astana
`, [
    ev('summit', 'occurred', [], '2025-06-17', 'Astana', { occasion: 'China-Central Asia Summit' }),
    ev('signing', 'occurred', ['Xi Jinping', 'Kassym-Jomart Tokayev', 'Sadyr Japarov', 'Emomali Rahmon', 'Serdar Berdimuhamedow', 'Shavkat Mirziyoyev'], '2025-06-17', 'Astana', { occasion: 'China-Central Asia Summit' }),
    ev('summit', 'planned', [], '2027', null, { occasion: 'China-Central Asia Summit' }),
    ev('visit', 'occurred', ['Xi Jinping', 'Kassym-Jomart Tokayev'], '2025-06-16', 'Astana'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Kassym-Jomart Tokayev'], '2025-06-16', 'Astana'),
    ev('signing', 'occurred', ['Xi Jinping', 'Kassym-Jomart Tokayev'], '2025-06-16', 'Astana'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Sadyr Japarov'], '2025-06-16', 'Astana'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Emomali Rahmon'], '2025-06-16', 'Astana'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Shavkat Mirziyoyev'], '2025-06-17', 'Astana', { occasion: 'China-Central Asia Summit' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Serdar Berdimuhamedow'], '2025-06-17', 'Astana', { occasion: 'China-Central Asia Summit' }),
    ev('summit', 'occurred', [], '2023-05', "Xi'an", { date_true: '2023-05-18', occasion: 'China-Central Asia Summit' }),
    ev('visit', 'occurred', ['Xi Jinping'], '2024-07', 'Astana', { date_true: '2024-07-02', occasion: 'SCO' }),
    ev('summit', 'occurred', [], '2024-07', 'Astana', { date_true: '2024-07-03', occasion: 'SCO', optional: true }),
  ]),

  a('tass-putin-xi-kazan-brics', '2024-10-22', `
Putin, Xi hold talks on sidelines of BRICS summit in Kazan
KAZAN, October 22. /TASS/. Russian President Vladimir Putin held talks with Chinese President Xi Jinping, who arrived in Kazan earlier on Tuesday to take part in the BRICS summit, a TASS correspondent reported.
Putin greeted the Chinese leader as "dear friend" and noted that Russia and China are coordinating closely in BRICS, which Russia chairs in 2024. "Russian-Chinese cooperation in world affairs is one of the main stabilizing factors in the international arena," Putin said.
Xi, for his part, said that the world is undergoing profound changes unseen in a century and that China and Russia have found the right way for neighbouring major countries to get along.
This is the third meeting of the two leaders this year: in May Putin paid a state visit to China, and in July they held talks in Astana on the sidelines of the SCO summit.
Earlier on Tuesday, Putin held talks with Indian Prime Minister Narendra Modi, who also arrived in Kazan for the summit. Modi said that India supports the peaceful resolution of the conflict in Ukraine.
The summit opened on Tuesday with an informal dinner for the heads of delegations; its main sessions will be held on October 23, and on October 24 a meeting in the BRICS Plus/Outreach format is scheduled.
On Wednesday, Putin is due to meet Iranian President Masoud Pezeshkian, and on Thursday UN Secretary-General Antonio Guterres, Kremlin aide Yuri Ushakov said.
Xi and Modi are also expected to hold bilateral talks in Kazan on Wednesday, Indian Foreign Secretary Vikram Misri told reporters, the first formal meeting of the two leaders in five years.
Asked whether Putin might meet any representatives of Ukraine in Kazan, Kremlin spokesman Dmitry Peskov said there were no such plans.
Read also
BRICS summit in Kazan: what is known
Lavrov, Wang Yi discuss preparations for BRICS summit
Tags
BRICS
Russia-China relations
`, [
    ev('meeting', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2024-10-22', 'Kazan', { occasion: 'BRICS' }),
    ev('visit', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2024-10-22', 'Kazan', { occasion: 'BRICS' }),
    ev('summit', 'occurred', [], '2024-10-22', 'Kazan', { occasion: 'BRICS' }),
    ev('visit', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2024-05', null, { date_true: '2024-05-16' }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Xi Jinping'], '2024-07', 'Astana', { date_true: '2024-07-03', occasion: 'SCO' }),
    ev('summit', 'occurred', [], '2024-07', 'Astana', { date_true: '2024-07-03', occasion: 'SCO', optional: true }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Narendra Modi'], '2024-10-22', 'Kazan', { occasion: 'BRICS' }),
    ev('visit', 'occurred', ['Narendra Modi'], '2024-10-22', 'Kazan', { occasion: 'BRICS', optional: true }),
    ev('meeting', 'planned', ['Vladimir Putin', 'Masoud Pezeshkian'], '2024-10-23', 'Kazan', { occasion: 'BRICS' }),
    ev('meeting', 'planned', ['Vladimir Putin', 'Antonio Guterres'], '2024-10-24', 'Kazan', { occasion: 'BRICS' }),
    ev('meeting', 'planned', ['Xi Jinping', 'Narendra Modi'], '2024-10-23', 'Kazan', { occasion: 'BRICS' }),
  ]),
];
