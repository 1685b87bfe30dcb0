// An eleventh set of hand-written articles ("eleventh"), written by a team member blind to the events stage, as a
// DEBUGGING set: its author read neither the stage's source, nor its output on these articles before the keys were final, nor the
// articles of the ten other sets (generalization, held-out, fresh, unseen, blind, final, sealed, eighth, ninth,
// tenth; only the format of the eighth set was copied), and no key was changed after the set was first scored. Unlike
// the eighth set it is written for the team to debug on, so it is no longer a measure once it has been used: when a
// blind measure is needed again, write another set.
//
// Sixteen articles on stories of 2016-2018 that are not China-Russia summits (Tillerson, Pence, Mattis and Pompeo
// trips, the Gulf crisis, Brexit talks, North Korea diplomacy, Syria talks in Geneva, Sochi and Astana, tours of
// Africa and Latin America), in four source styles, in roughly the proportions of the evaluation set: Reuters copy of
// 2016-2018, most of it with quotation marks and apostrophes stripped as in the research corpus ("Trump s", double
// spaces where quotes stood); web pages as scraped, with menus, cookie banners, photo captions, view counters,
// "Related:", "Most read" and "Bonus video:" lines and a duplicated paragraph, one of them without a metadata date (its
// date is in a "Posted" line); Kremlin, Xinhua, TASS, KCNA and Chinese foreign ministry copies with translation slips,
// a dateline or header date and sometimes a trailing timestamp or a Juche-year date line, none with a metadata date
// (the TASS copy gives no year at all, so its keys take the year from world knowledge, as the evaluation README
// allows). People, dates and places are those of world history as well as the author knew them.
//
// Keys follow the answer-key conventions of the evaluation README and its cases: participants are canonical person
// names of the knowledge base (country codes where no person is named); a visit is keyed when the text reports a trip
// (arrived, flew in, landed, state visit, "was in", a tour's legs), with the visitor and the host the text names; the
// talks held during a visit are keyed as well, one meeting per day of talks the text narrates, one per counterpart;
// a visit's date is the day the text gives for the arrival or for the visitor's presence, else the month with
// `date_true`; background events keep the date the text gives (a month for "last month" or "in May", a year for an
// anniversary); a visit to a country the text names without a city has no location; summits have no participants and
// a location only when the text names the city; a meeting of three leaders is keyed as a meeting of the three, its
// summit optional. `optional` marks borderline items (a private dinner, a visit only implied by a meeting abroad or
// by a delegation's arrival for UN talks, a postponed slot, a plan with no date, a domestic leg, a ceremony witnessed
// by the leaders). Not keyed: refused or hypothetical meetings ("would be willing to mediate", "no plans to meet",
// "would gladly speak ... as soon as"), invitations with no plan, a trip that was turned back, a warship's port call,
// headlines of other stories ("Related:", "Most read").
import { articleOfText, keyedEvent, type Aliases, type EventArticle } from './event-scoring.js';

/** Other spellings the keys accept for the names, places and gatherings used here, as a key's `aliases` would. */
export const ELEVENTH_ALIASES: Aliases = {
  'Sergey Lavrov': ['Sergei Lavrov'],
  'Kim Jong Un': ['Kim Jong-un', 'Kim Jong-Un'],
  'Kim Yong Chol': ['Kim Yong-chol'],
  'Choe Son Hui': ['Choe Son-hui'],
  'Ri Yong Ho': ['Ri Yong-ho'],
  'Moon Jae-in': ['Moon Jae In'],
  'Jo Myong Rok': ['Jo Myong-rok'],
  'Moussa Faki Mahamat': ['Moussa Faki'],
  'Tamim bin Hamad Al Thani': ['Sheikh Tamim bin Hamad al-Thani', 'Tamim bin Hamad al-Thani', 'Sheikh Tamim'],
  'Sabah al-Ahmad al-Jaber al-Sabah': ['Sheikh Sabah al-Ahmad al-Jaber al-Sabah', 'Sheikh Sabah al-Ahmad al-Sabah', 'Sheikh Sabah'],
  'Mohammed bin Abdulrahman Al Thani': ['Sheikh Mohammed bin Abdulrahman al-Thani'],
  'Mohamed bin Zayed Al Nahyan': ['Sheikh Mohammed bin Zayed al-Nahyan', 'Mohammed bin Zayed'],
  'Abdullah bin Zayed Al Nahyan': ['Sheikh Abdullah bin Zayed'],
  'Khalid bin Ahmed Al Khalifa': ['Sheikh Khalid bin Ahmed al-Khalifa'],
  'King Salman': ['Salman bin Abdulaziz Al Saud'],
  'Abdel Fattah al-Sisi': ['Abdel Fattah el-Sisi'],
  'Abdullah II': ['King Abdullah'],
  'Bashar Jaafari': ['Bashar al-Jaafari'],
  'Recep Tayyip Erdogan': ['Tayyip Erdogan'],
  'Enrique Pena Nieto': ['Enrique Peña Nieto'],
  'Washington': ['Washington, D.C.', 'Washington DC', 'White House'],
  'New York': ['New York City', 'Manhattan'],
  'Panmunjom': ['Panmunjeom'],
  'Mount Paektu': ['Mt. Paektu', 'Mt Paektu', 'Paektu'],
  'Kuwait City': [],
  'Mount Vernon': [],
  'BRICS': [],
  'FOCAC': ['Forum on China-Africa Cooperation'],
  'Summit of the Americas': [],
  'European Council': ['EU summit'],
  'EU': ['European Union'],
  'Astana talks': ['Astana process'],
  'Geneva talks': [],
  'Arab Islamic American Summit': ['Arab-Islamic-American summit'],
  'Syrian National Dialogue Congress': ['Congress of Syrian National Dialogue', 'Syrian Congress on National Dialogue'],
};

const a = articleOfText;
const ev = keyedEvent;

export const ELEVENTH_ARTICLES: EventArticle[] = [
  // ---------------------------------------------------------------- Reuters copy, 2016-2018
  a('r-tillerson-addis-africa-tour', '2018-03-08', `
Tillerson, on first Africa tour, says U.S. not trying to keep China out

ADDIS ABABA (Reuters) - U.S. Secretary of State Rex Tillerson said on Thursday Washington was not trying to keep Chinese investment out of Africa, but warned African governments to weigh carefully loans that could cost them their sovereignty, on the first full day of his maiden tour of the continent.  We are not in any way attempting to keep Chinese dollars out of Africa. They are badly needed,  Tillerson told a news conference at the headquarters of the African Union, a building paid for by Beijing.  But we think it is important that African countries carefully consider the terms of those agreements.  Tillerson, who flew into the Ethiopian capital late on Wednesday, held talks in the morning with Prime Minister Hailemariam Desalegn and Foreign Minister Workneh Gebeyehu, and later sat down with African Union Commission chairman Moussa Faki at the bloc s headquarters. Hailemariam announced his resignation last month after years of anti-government protests, and Ethiopia s ruling coalition has yet to name a successor. A state of emergency was imposed on Feb. 16. The trip comes two months after President Donald Trump was reported to have used a vulgar word to describe African nations in a meeting with lawmakers, remarks that drew outrage across the continent. Faki said the matter had been raised and was  behind us . Tillerson goes on to Djibouti, the tiny Horn of Africa state that hosts both U.S. and Chinese military bases, on Friday morning, before flying to Kenya. He is due to hold talks with Kenyan President Uhuru Kenyatta in Nairobi on Friday afternoon, the State Department said. The five-nation tour ends early next week with stops in Chad and Nigeria. Russian Foreign Minister Sergei Lavrov was also in Addis Ababa on Thursday, at the end of a tour that has taken him to Angola, Namibia, Mozambique and Zimbabwe this week. Lavrov, who arrived from Zimbabwe on Thursday morning, is due to hold talks with Workneh on Friday. The two top diplomats were staying at the same hotel, but a State Department official said there were no plans for them to meet.  If we bump into each other, I am sure we will say hello,  Tillerson told reporters. Tillerson hosted foreign ministers from 37 African countries at a forum in Washington in November, where he pressed them to cut their ties with North Korea.
`, [
    ev('visit', 'occurred', ['Rex Tillerson', 'Hailemariam Desalegn'], '2018-03-07', 'Addis Ababa'),
    ev('meeting', 'occurred', ['Rex Tillerson', 'Hailemariam Desalegn', 'Workneh Gebeyehu'], '2018-03-08', 'Addis Ababa'),
    ev('meeting', 'occurred', ['Rex Tillerson', 'Moussa Faki Mahamat'], '2018-03-08', 'Addis Ababa'),
    ev('visit', 'planned', ['Rex Tillerson'], '2018-03-09', null),
    ev('visit', 'planned', ['Rex Tillerson', 'Uhuru Kenyatta'], '2018-03-09', 'Nairobi'),
    ev('meeting', 'planned', ['Rex Tillerson', 'Uhuru Kenyatta'], '2018-03-09', 'Nairobi'),
    ev('visit', 'planned', ['Rex Tillerson'], '2018-03', null, { date_true: '2018-03-12' }),
    ev('visit', 'planned', ['Rex Tillerson'], '2018-03', null, { date_true: '2018-03-12' }),
    ev('visit', 'occurred', ['Sergey Lavrov', 'Workneh Gebeyehu'], '2018-03-08', 'Addis Ababa'),
    ev('meeting', 'planned', ['Sergey Lavrov', 'Workneh Gebeyehu'], '2018-03-09', 'Addis Ababa'),
    ev('visit', 'occurred', ['Sergey Lavrov'], '2018-03', null),
    ev('visit', 'occurred', ['Sergey Lavrov'], '2018-03', null),
    ev('visit', 'occurred', ['Sergey Lavrov'], '2018-03', null),
    ev('visit', 'occurred', ['Sergey Lavrov'], '2018-03', null),
    ev('summit', 'occurred', [], '2017-11', 'Washington', { date_true: '2017-11-17', optional: true }),
  ]),

  a('r-tillerson-jeddah-qatar-row', '2017-07-12', `
Tillerson meets Saudi-led bloc in Jeddah as Qatar row drags on

JEDDAH, Saudi Arabia (Reuters) - U.S. Secretary of State Rex Tillerson met the foreign ministers of Saudi Arabia, the United Arab Emirates, Egypt and Bahrain in Jeddah on Wednesday, a day after signing an agreement with Qatar on fighting terrorism financing that the four Arab states said fell short of their demands. Tillerson flew to the Red Sea city from Doha in the morning and sat down with Saudi Foreign Minister Adel al-Jubeir, the UAE s Sheikh Abdullah bin Zayed, Egypt s Sameh Shoukry and Bahrain s Sheikh Khalid bin Ahmed al-Khalifa. He was also received by King Salman and Crown Prince Mohammed bin Salman at the royal palace. The four states cut diplomatic and transport ties with Qatar on June 5, accusing it of supporting terrorism and cozying up to Iran, charges Doha denies. In a joint statement issued after Tillerson signed the memorandum, they called the step  insufficient  and said their measures would stay in place until Doha met all 13 of their demands. Tillerson arrived in the region on Monday, when he held talks in Kuwait City with Kuwait s emir, Sheikh Sabah al-Ahmad al-Jaber al-Sabah, who has been mediating in the dispute. On Tuesday he flew to Doha, where he met Qatar s emir, Sheikh Tamim bin Hamad al-Thani, and signed the memorandum of understanding with Foreign Minister Sheikh Mohammed bin Abdulrahman al-Thani.  I think Qatar has been quite clear in its positions, and I think very reasonable,  Tillerson told reporters in Doha. The top U.S. diplomat is due to fly back to Kuwait City on Thursday to brief the emir, a State Department official said, and could stop in Doha again before returning to Washington. Tillerson s trip follows visits to the region by other Western ministers. German Foreign Minister Sigmar Gabriel toured the Gulf last week, and French Foreign Minister Jean-Yves Le Drian is expected in Doha and Riyadh at the weekend. The crisis has exposed differences between Tillerson and President Donald Trump, who sided with the Saudi-led bloc two weeks after he visited Riyadh in May and attended a summit of Arab and Muslim leaders there.
`, [
    ev('meeting', 'occurred', ['Rex Tillerson', 'Adel al-Jubeir', 'Abdullah bin Zayed Al Nahyan', 'Sameh Shoukry', 'Khalid bin Ahmed Al Khalifa'], '2017-07-12', 'Jeddah'),
    ev('meeting', 'occurred', ['Rex Tillerson', 'King Salman', 'Mohammed bin Salman'], '2017-07-12', 'Jeddah'),
    ev('visit', 'occurred', ['Rex Tillerson', 'King Salman'], '2017-07-12', 'Jeddah'),
    ev('visit', 'occurred', ['Rex Tillerson', 'Sabah al-Ahmad al-Jaber al-Sabah'], '2017-07-10', 'Kuwait City'),
    ev('meeting', 'occurred', ['Rex Tillerson', 'Sabah al-Ahmad al-Jaber al-Sabah'], '2017-07-10', 'Kuwait City'),
    ev('visit', 'occurred', ['Rex Tillerson', 'Tamim bin Hamad Al Thani'], '2017-07-11', 'Doha'),
    ev('meeting', 'occurred', ['Rex Tillerson', 'Tamim bin Hamad Al Thani'], '2017-07-11', 'Doha'),
    ev('signing', 'occurred', ['Rex Tillerson', 'Mohammed bin Abdulrahman Al Thani'], '2017-07-11', 'Doha'),
    ev('visit', 'planned', ['Rex Tillerson', 'Sabah al-Ahmad al-Jaber al-Sabah'], '2017-07-13', 'Kuwait City'),
    ev('meeting', 'planned', ['Rex Tillerson', 'Sabah al-Ahmad al-Jaber al-Sabah'], '2017-07-13', 'Kuwait City'),
    ev('visit', 'planned', ['Rex Tillerson'], '2017-07', 'Doha', { optional: true }),
    ev('visit', 'occurred', ['Sigmar Gabriel'], '2017-07', null, { optional: true }),
    ev('visit', 'planned', ['Jean-Yves Le Drian'], '2017-07', 'Doha', { date_true: '2017-07-15' }),
    ev('visit', 'planned', ['Jean-Yves Le Drian'], '2017-07', 'Riyadh', { date_true: '2017-07-15' }),
    ev('visit', 'occurred', ['Donald Trump'], '2017-05', 'Riyadh', { date_true: '2017-05-20' }),
    ev('summit', 'occurred', [], '2017-05', 'Riyadh', { date_true: '2017-05-21', occasion: 'Arab Islamic American Summit' }),
  ]),

  a('r-pence-cartagena-venezuela', '2017-08-13', `
Pence says U.S. will not stand by as Venezuela collapses

CARTAGENA, Colombia (Reuters) - U.S. Vice President Mike Pence said on Sunday that the United States would not stand by while Venezuela “collapses into dictatorship,” but stressed that Washington wanted a peaceful solution, two days after President Donald Trump said he would not rule out a military option.

Pence, who landed in the Caribbean port city on Sunday morning at the start of a week-long tour of Latin America, held talks with Colombian President Juan Manuel Santos at the colonial-era Casa de Huespedes Ilustres.

“A failed state in Venezuela threatens the security and prosperity of our entire hemisphere,” Pence told a joint news conference with Santos.

Santos, whose government has been sharply critical of Venezuelan President Nicolas Maduro, said he had told Pence that a military intervention should not even be considered. “America is a continent of peace. Let us preserve it,” Santos said.

Santos visited the White House in May, when he and Trump discussed the peace deal with FARC rebels and a surge in coca cultivation.

Pence flies to Buenos Aires on Monday and is due to meet Argentine President Mauricio Macri the next day, before traveling on to Santiago, where he will see Chilean President Michelle Bachelet on Wednesday. He wraps up the trip in Panama, where he is expected to meet President Juan Carlos Varela and tour the expanded canal.

Foreign ministers from 17 countries in the region met in Lima last week and condemned what they called the rupture of democratic order in Venezuela.

Maduro has asked to speak with Trump by phone, but the White House said on Friday that Trump would gladly speak with the leader of Venezuela “as soon as democracy is restored in that country.”

Venezuela’s defense minister, Vladimir Padrino, called Trump’s remark “an act of craziness.”
`, [
    ev('visit', 'occurred', ['Mike Pence', 'Juan Manuel Santos'], '2017-08-13', 'Cartagena'),
    ev('meeting', 'occurred', ['Mike Pence', 'Juan Manuel Santos'], '2017-08-13', 'Cartagena'),
    ev('visit', 'occurred', ['Juan Manuel Santos', 'Donald Trump'], '2017-05', 'Washington', { date_true: '2017-05-18' }),
    ev('meeting', 'occurred', ['Donald Trump', 'Juan Manuel Santos'], '2017-05', 'Washington', { date_true: '2017-05-18' }),
    ev('visit', 'planned', ['Mike Pence', 'Mauricio Macri'], '2017-08-14', 'Buenos Aires'),
    ev('meeting', 'planned', ['Mike Pence', 'Mauricio Macri'], '2017-08-15', 'Buenos Aires'),
    ev('visit', 'planned', ['Mike Pence', 'Michelle Bachelet'], '2017-08-16', 'Santiago'),
    ev('meeting', 'planned', ['Mike Pence', 'Michelle Bachelet'], '2017-08-16', 'Santiago'),
    ev('visit', 'planned', ['Mike Pence', 'Juan Carlos Varela'], '2017-08', null, { date_true: '2017-08-17' }),
    ev('meeting', 'planned', ['Mike Pence', 'Juan Carlos Varela'], '2017-08', null, { date_true: '2017-08-17' }),
    ev('summit', 'occurred', [], '2017-08', 'Lima', { date_true: '2017-08-08' }),
  ]),

  a('r-pompeo-kim-yong-chol-new-york', '2018-05-31', `
Pompeo says real progress in talks with North Korean envoy, summit still uncertain

NEW YORK (Reuters) - U.S. Secretary of State Mike Pompeo said on Thursday he had made real progress in talks in New York with a senior North Korean official toward setting up a summit between President Donald Trump and North Korean leader Kim Jong Un, but said Pyongyang would have to make a strategic shift.  We have made real progress toward that in the last 72 hours,  Pompeo told a news conference after meeting Kim Yong Chol, a former spy chief and vice chairman of the ruling Workers  Party central committee. Kim Yong Chol, the most senior North Korean official to visit the United States in 18 years, flew into New York on Wednesday afternoon from Beijing. He and Pompeo had dinner on Wednesday evening at the Manhattan residence of the U.S. deputy ambassador to the United Nations, and held more than two hours of talks there on Thursday morning. Kim will travel to Washington on Friday to deliver a letter from Kim Jong Un to Trump at the White House, Trump told reporters. Trump called off the planned June 12 summit in Singapore last week, citing North Korea s  open hostility , but later said it could still go ahead on that date. Pompeo said he could not say whether it would. Parallel talks have been taking place on the Korean peninsula. A U.S. delegation led by Sung Kim, the U.S. ambassador to the Philippines and a former envoy to Seoul, met North Korean Vice Foreign Minister Choe Son Hui on the northern side of the border village of Panmunjom on Sunday and again on Wednesday, while a White House advance team was in Singapore this week to discuss logistics. South Korean President Moon Jae-in held a surprise second summit with Kim Jong Un at Panmunjom on Saturday, a month after their first meeting there on April 27. Pompeo has met Kim Jong Un twice in Pyongyang, first during a secret trip at the start of April, when he was still CIA director, and again on May 9, when he brought home three American detainees. The last North Korean official of comparable rank to visit Washington, Vice Marshal Jo Myong Rok, met President Bill Clinton at the White House in October 2000.
`, [
    ev('visit', 'occurred', ['Kim Yong Chol', 'Mike Pompeo'], '2018-05-30', 'New York'),
    ev('meeting', 'occurred', ['Mike Pompeo', 'Kim Yong Chol'], '2018-05-30', 'New York'),
    ev('meeting', 'occurred', ['Mike Pompeo', 'Kim Yong Chol'], '2018-05-31', 'New York'),
    ev('visit', 'planned', ['Kim Yong Chol', 'Donald Trump'], '2018-06-01', 'Washington'),
    ev('meeting', 'planned', ['Donald Trump', 'Kim Yong Chol'], '2018-06-01', 'Washington'),
    ev('meeting', 'planned', ['Donald Trump', 'Kim Jong Un'], '2018-06-12', 'Singapore', { optional: true }),
    ev('meeting', 'occurred', ['Sung Kim', 'Choe Son Hui'], '2018-05-27', 'Panmunjom'),
    ev('meeting', 'occurred', ['Sung Kim', 'Choe Son Hui'], '2018-05-30', 'Panmunjom'),
    ev('visit', 'occurred', ['US'], '2018-05', 'Singapore', { optional: true }),
    ev('meeting', 'occurred', ['Moon Jae-in', 'Kim Jong Un'], '2018-05-26', 'Panmunjom'),
    ev('meeting', 'occurred', ['Moon Jae-in', 'Kim Jong Un'], '2018-04-27', 'Panmunjom'),
    ev('visit', 'occurred', ['Mike Pompeo', 'Kim Jong Un'], '2018-04', 'Pyongyang'),
    ev('meeting', 'occurred', ['Mike Pompeo', 'Kim Jong Un'], '2018-04', 'Pyongyang', { date_true: '2018-04-01' }),
    ev('meeting', 'occurred', ['Mike Pompeo', 'Kim Jong Un'], '2018-05-09', 'Pyongyang'),
    ev('visit', 'occurred', ['Mike Pompeo', 'Kim Jong Un'], '2018-05-09', 'Pyongyang', { optional: true }),
    ev('visit', 'occurred', ['Jo Myong Rok', 'Bill Clinton'], '2000-10', 'Washington', { date_true: '2000-10-09' }),
    ev('meeting', 'occurred', ['Jo Myong Rok', 'Bill Clinton'], '2000-10', 'Washington', { date_true: '2000-10-10' }),
  ]),

  a('r-saudi-qatar-phone-call', '2017-09-09', `
Saudi Arabia suspends dialogue with Qatar hours after leaders  phone call

RIYADH/DUBAI (Reuters) - Saudi Arabia suspended any dialogue with Qatar on Saturday, accusing it of  distorting facts , just hours after a phone call between the Qatari emir and the Saudi crown prince had raised hopes of a breakthrough in the three-month-old Gulf crisis. Qatar s emir, Sheikh Tamim bin Hamad al-Thani, and Saudi Crown Prince Mohammed bin Salman spoke by telephone on Friday evening, the first contact between the two leaders since Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Doha on June 5. The call followed separate telephone conversations that U.S. President Donald Trump held earlier on Friday with Sheikh Tamim, Prince Mohammed and Abu Dhabi Crown Prince Sheikh Mohammed bin Zayed al-Nahyan, in which he urged them to settle the dispute and stay united against Iran, the White House said. Qatar s state news agency QNA said the emir had welcomed a proposal to appoint two envoys to resolve the disputed issues. But the Saudi state news agency SPA said Riyadh was suspending any dialogue because the Qatari report did not reflect what had been agreed in the call. Kuwait s ruler, Sheikh Sabah al-Ahmad al-Jaber al-Sabah, who has led mediation efforts, met Trump at the White House on Thursday. At a joint news conference, Trump offered to act as a mediator and predicted a deal could come  very quickly .  If I can help mediate between Qatar and, in particular, the UAE and Saudi Arabia, I would be willing to do so,  Trump said. Sheikh Sabah, 88, flew to Jeddah on June 6, a day after the boycott was imposed, to meet King Salman, and has since shuttled between the Gulf capitals. Trump, who met Sheikh Tamim on the sidelines of a summit of Arab and Muslim leaders in Riyadh in May, initially sided with the Saudi-led bloc. The four states accuse Qatar of funding militant groups and of being too close to their arch-rival Iran, charges Doha denies.
`, [
    ev('call', 'occurred', ['Tamim bin Hamad Al Thani', 'Mohammed bin Salman'], '2017-09-08', null),
    ev('call', 'occurred', ['Donald Trump', 'Tamim bin Hamad Al Thani'], '2017-09-08', null),
    ev('call', 'occurred', ['Donald Trump', 'Mohammed bin Salman'], '2017-09-08', null),
    ev('call', 'occurred', ['Donald Trump', 'Mohamed bin Zayed Al Nahyan'], '2017-09-08', null),
    ev('meeting', 'occurred', ['Sabah al-Ahmad al-Jaber al-Sabah', 'Donald Trump'], '2017-09-07', 'Washington'),
    ev('visit', 'occurred', ['Sabah al-Ahmad al-Jaber al-Sabah', 'Donald Trump'], '2017-09', 'Washington', { date_true: '2017-09-07', optional: true }),
    ev('visit', 'occurred', ['Sabah al-Ahmad al-Jaber al-Sabah', 'King Salman'], '2017-06-06', 'Jeddah'),
    ev('meeting', 'occurred', ['Sabah al-Ahmad al-Jaber al-Sabah', 'King Salman'], '2017-06-06', 'Jeddah'),
    ev('meeting', 'occurred', ['Donald Trump', 'Tamim bin Hamad Al Thani'], '2017-05', 'Riyadh', { date_true: '2017-05-21', occasion: 'Arab Islamic American Summit' }),
    ev('summit', 'occurred', [], '2017-05', 'Riyadh', { date_true: '2017-05-21', occasion: 'Arab Islamic American Summit', optional: true }),
  ]),

  a('r-syria-geneva-round-delegation-late', '2017-11-29', `
Syrian government team arrives in Geneva a day late as peace talks resume

GENEVA (Reuters) - The Syrian government delegation arrived in Geneva on Wednesday, a day after the eighth round of U.N.-led peace talks opened, and held its first meeting with U.N. mediator Staffan de Mistura in the afternoon, a U.N. spokeswoman said. The delegation, led by Syria s U.N. ambassador Bashar al-Jaafari, had delayed its departure from Damascus in protest at a statement by the opposition rejecting any role for President Bashar al-Assad in a political transition. De Mistura met the opposition delegation, headed by Nasr al-Hariri, on Tuesday, and said he intended to keep the two sides in Geneva until Dec. 15, shuttling between them in separate rooms.  We will be working very hard, and we hope both sides will engage seriously,  he told reporters. The opposition for the first time sent a single delegation, formed at a conference in Riyadh last week under Saudi pressure that also brought in groups favored by Moscow and Cairo. Russia, whose air power turned the war in Assad s favor, has stepped up its own diplomacy. President Vladimir Putin hosted Assad in the Black Sea resort of Sochi on Nov. 20, and two days later held a summit there with the presidents of Turkey and Iran, which back opposing sides in the conflict. Moscow also wants to convene a congress of Syrian government and opposition figures in Sochi, though no date has been set. The next round of talks in the Kazakh capital Astana, sponsored by Russia, Iran and Turkey, is due on Dec. 21-22. Western diplomats say the Geneva process remains the only forum the United Nations recognizes for a political settlement.
`, [
    ev('visit', 'occurred', ['Bashar Jaafari'], '2017-11-29', 'Geneva', { optional: true }),
    ev('meeting', 'occurred', ['Staffan de Mistura', 'Bashar Jaafari'], '2017-11-29', 'Geneva', { occasion: 'Geneva talks' }),
    ev('meeting', 'occurred', ['Staffan de Mistura', 'Nasr al-Hariri'], '2017-11-28', 'Geneva', { occasion: 'Geneva talks' }),
    ev('summit', 'occurred', [], '2017-11-28', 'Geneva', { occasion: 'Geneva talks', optional: true }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Bashar al-Assad'], '2017-11-20', 'Sochi'),
    ev('visit', 'occurred', ['Bashar al-Assad', 'Vladimir Putin'], '2017-11-20', 'Sochi', { optional: true }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'TR', 'IR'], '2017-11-22', 'Sochi'),
    ev('summit', 'occurred', [], '2017-11-22', 'Sochi', { optional: true }),
    ev('summit', 'occurred', [], '2017-11', 'Riyadh', { date_true: '2017-11-22', optional: true }),
    ev('summit', 'planned', [], null, 'Sochi', { occasion: 'Syrian National Dialogue Congress', optional: true }),
    ev('summit', 'planned', [], '2017-12-21', 'Astana', { occasion: 'Astana talks' }),
  ]),

  a('r-mattis-jakarta-hanoi', '2018-01-23', `
Mattis says U.S. weighing renewed ties with Indonesian special forces

JAKARTA (Reuters) - U.S. Defense Secretary Jim Mattis said on Tuesday Washington was looking at ways to restore ties with Indonesia s special forces unit, Kopassus, which were cut two decades ago over human rights abuses. Mattis, who arrived in Jakarta on Monday evening on his first trip to Southeast Asia s largest country as defense secretary, held talks with his Indonesian counterpart, Ryamizard Ryacudu, on Tuesday morning and was then received by President Joko Widodo at the Merdeka palace.  Indonesia is the fulcrum of the Indo-Pacific,  Mattis told reporters, adding that the two militaries could do more together at sea. Ryamizard said he and Mattis had discussed the South China Sea and the threat posed by Islamic State fighters returning to the region from Syria and Iraq, after militants laid siege to the Philippine city of Marawi last year. The visit comes three months after Indonesia s military chief, General Gatot Nurmantyo, was turned back as he was about to board a flight to Washington, where he had been due to attend a conference, an incident for which the U.S. embassy later apologized. Mattis flies to Hanoi on Wednesday and is due to hold talks with Vietnamese Defence Minister Ngo Xuan Lich on Thursday. Lich visited Washington in August, when the two men agreed to expand defense cooperation. U.S. officials have said an American aircraft carrier will make a port call in Vietnam in March, the first since the end of the Vietnam War, under an agreement reached when Trump visited Hanoi in November.
`, [
    ev('visit', 'occurred', ['Jim Mattis', 'Ryamizard Ryacudu'], '2018-01-22', 'Jakarta'),
    ev('meeting', 'occurred', ['Jim Mattis', 'Ryamizard Ryacudu'], '2018-01-23', 'Jakarta'),
    ev('meeting', 'occurred', ['Jim Mattis', 'Joko Widodo'], '2018-01-23', 'Jakarta'),
    ev('visit', 'planned', ['Jim Mattis', 'Ngo Xuan Lich'], '2018-01-24', 'Hanoi'),
    ev('meeting', 'planned', ['Jim Mattis', 'Ngo Xuan Lich'], '2018-01-25', 'Hanoi'),
    ev('visit', 'occurred', ['Ngo Xuan Lich', 'Jim Mattis'], '2017-08', 'Washington', { date_true: '2017-08-08' }),
    ev('meeting', 'occurred', ['Jim Mattis', 'Ngo Xuan Lich'], '2017-08', 'Washington', { date_true: '2017-08-08', optional: true }),
    ev('visit', 'occurred', ['Donald Trump'], '2017-11', 'Hanoi', { date_true: '2017-11-11' }),
  ]),

  a('r-pence-amman-king-abdullah', '2018-01-21', `
Pence tells Jordan’s king U.S. committed to two states if both sides agree

AMMAN (Reuters) - U.S. Vice President Mike Pence told Jordan’s King Abdullah on Sunday that Washington remained committed to a two-state solution to the Israeli-Palestinian conflict if both sides agreed to it, after the king warned that the U.S. decision to recognize Jerusalem as Israel’s capital had fueled anger across the region.

Pence, who flew in from Cairo on Sunday morning on the second leg of a Middle East tour, held talks with the king at the royal palace in Amman.

“We agreed to disagree,” Pence told reporters after the meeting, referring to the Jerusalem decision. “But what I told him is that we’re committed to restarting the peace process.”

A day earlier in Cairo, Pence met Egyptian President Abdel Fattah al-Sisi, who told him Egypt wanted Jerusalem’s status settled through negotiations.

The trip, originally planned for December, was postponed after President Donald Trump’s Dec. 6 announcement on Jerusalem stirred protests and Palestinian leaders said Pence was not welcome.

Palestinian President Mahmoud Abbas has refused to meet the vice president and will instead be in Brussels on Monday for talks with European Union foreign ministers.

Pence flies to Israel later on Sunday. On Monday he is due to meet Prime Minister Benjamin Netanyahu in Jerusalem and address the Knesset, and on Tuesday he will call on President Reuven Rivlin at his residence in the city before visiting the Western Wall.

The tour went ahead even as a U.S. government shutdown entered its second day.
`, [
    ev('visit', 'occurred', ['Mike Pence', 'Abdullah II'], '2018-01-21', 'Amman'),
    ev('meeting', 'occurred', ['Mike Pence', 'Abdullah II'], '2018-01-21', 'Amman'),
    ev('visit', 'occurred', ['Mike Pence', 'Abdel Fattah al-Sisi'], '2018-01-20', 'Cairo'),
    ev('meeting', 'occurred', ['Mike Pence', 'Abdel Fattah al-Sisi'], '2018-01-20', 'Cairo'),
    ev('visit', 'planned', ['Mike Pence', 'Benjamin Netanyahu'], '2018-01-21', null),
    ev('meeting', 'planned', ['Mike Pence', 'Benjamin Netanyahu'], '2018-01-22', 'Jerusalem'),
    ev('meeting', 'planned', ['Mike Pence', 'Reuven Rivlin'], '2018-01-23', 'Jerusalem'),
    ev('visit', 'planned', ['Mike Pence'], '2017-12', null, { optional: true }),
    ev('meeting', 'planned', ['Mahmoud Abbas'], '2018-01-22', 'Brussels', { occasion: 'EU' }),
    ev('visit', 'planned', ['Mahmoud Abbas'], '2018-01-22', 'Brussels', { optional: true }),
  ]),

  a('r-tillerson-mexico-latin-tour', '2018-02-02', `
Tillerson defends NAFTA rewrite in Mexico at start of Latin America tour

MEXICO CITY (Reuters) - U.S. Secretary of State Rex Tillerson on Friday defended the Trump administration s push to rewrite the North American Free Trade Agreement as he met his Mexican and Canadian counterparts on the first stop of a Latin American tour overshadowed by disputes over trade and immigration. Tillerson, who flew into Mexico City on Thursday night after a speech at the University of Texas in Austin, held a trilateral meeting on Friday with Mexican Foreign Minister Luis Videgaray and Canadian Foreign Minister Chrystia Freeland, before being received by President Enrique Pena Nieto at the Los Pinos presidential residence.  NAFTA has been good for all three countries, but it is 24 years old and it needs to be modernized,  Tillerson told a joint news conference. In Austin on Thursday, Tillerson warned that China was using its economic clout to pull the region into its orbit and described Beijing as a new imperial power. Tillerson s six-day, five-country trip takes him next to the Argentine ski resort of Bariloche, where he will meet Foreign Minister Jorge Faurie on Saturday, and to Buenos Aires on Sunday for talks with President Mauricio Macri. He then goes on to Peru and Colombia, before ending the trip in Jamaica on Wednesday. Venezuela s crisis is expected to dominate the talks at every stop. Peru is due to host the Summit of the Americas in Lima in April, which President Donald Trump is expected to attend. Videgaray said Mexico would not accept any agreement that hurt its farmers, and Freeland said Canada would not be rushed.
`, [
    ev('visit', 'occurred', ['Rex Tillerson', 'Enrique Pena Nieto'], '2018-02-01', 'Mexico City'),
    ev('meeting', 'occurred', ['Rex Tillerson', 'Luis Videgaray', 'Chrystia Freeland'], '2018-02-02', 'Mexico City'),
    ev('meeting', 'occurred', ['Rex Tillerson', 'Enrique Pena Nieto'], '2018-02-02', 'Mexico City'),
    ev('visit', 'planned', ['Rex Tillerson', 'Jorge Faurie'], '2018-02-03', 'Bariloche'),
    ev('meeting', 'planned', ['Rex Tillerson', 'Jorge Faurie'], '2018-02-03', 'Bariloche'),
    ev('meeting', 'planned', ['Rex Tillerson', 'Mauricio Macri'], '2018-02-04', 'Buenos Aires'),
    ev('visit', 'planned', ['Rex Tillerson', 'Mauricio Macri'], '2018-02-04', 'Buenos Aires', { optional: true }),
    ev('visit', 'planned', ['Rex Tillerson'], '2018-02', null, { date_true: '2018-02-05' }),
    ev('visit', 'planned', ['Rex Tillerson'], '2018-02', null, { date_true: '2018-02-06' }),
    ev('visit', 'planned', ['Rex Tillerson'], '2018-02-07', null),
    ev('summit', 'planned', [], '2018-04', 'Lima', { date_true: '2018-04-13', occasion: 'Summit of the Americas' }),
    ev('visit', 'planned', ['Donald Trump'], '2018-04', 'Lima', { date_true: '2018-04-13' }),
  ]),

  // ---------------------------------------------------------------- web pages as scraped
  a('w-macron-state-visit-washington', '2018-04-24', `
Skip to main content
NEWS | POLITICS | WORLD | BUSINESS | ENTERTAINMENT | SPORTS | VIDEO | WEATHER
This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies. Find out more. ACCEPT

Trump, Macron show off 'special' bond, but split over Iran deal remains

By Associated Press
April 24, 2018 | 1,284 views | 17 comments

President Donald Trump and French President Emmanuel Macron shake hands during a State Arrival Ceremony on the South Lawn of the White House in Washington, Tuesday, April 24, 2018. (AP Photo/Susan Walsh)

WASHINGTON (AP) — President Donald Trump and French President Emmanuel Macron showered each other with praise and handshakes on Tuesday, but their talks in the Oval Office did little to close the gap between them on the Iran nuclear deal, which Trump has threatened to walk away from by May 12.

Macron arrived in Washington on Monday for a three-day state visit, the first of Trump's presidency. The two couples flew by helicopter to Mount Vernon, George Washington's estate in Virginia, for a private dinner on Monday evening.

Related: Melania Trump's first state dinner: cherry blossoms, nectarine tart and a guest list without Democrats
Related: Trump says he will meet Kim Jong Un 'very soon' and calls him 'very honorable'

On Tuesday, after a welcome ceremony with a 21-gun salute, the two leaders held talks in the Oval Office and then faced reporters in the East Room. Trump called the Iran agreement "insane" and "ridiculous", while Macron said he wanted to work on "a new deal" that would also cover Iran's ballistic missiles and its role in the region.

"We have a very special relationship. In fact, I'll brush that little piece of dandruff off," Trump said, flicking something from Macron's lapel.

On Tuesday, after a welcome ceremony with a 21-gun salute, the two leaders held talks in the Oval Office and then faced reporters in the East Room. Trump called the Iran agreement "insane" and "ridiculous", while Macron said he wanted to work on "a new deal" that would also cover Iran's ballistic missiles and its role in the region.

Macron will address a joint meeting of Congress on Wednesday. German Chancellor Angela Merkel is due at the White House on Friday for a shorter working visit and talks with Trump, and is expected to press the same case on Iran and on steel tariffs.

Trump was Macron's guest in Paris last July, when he watched the Bastille Day military parade on the Champs-Elysees.

Bonus video:
Tags: Emmanuel Macron, Donald Trump, France, Iran
Copyright 2018 The Associated Press. All rights reserved.
`, [
    ev('visit', 'occurred', ['Emmanuel Macron', 'Donald Trump'], '2018-04-23', 'Washington'),
    ev('meeting', 'occurred', ['Donald Trump', 'Emmanuel Macron'], '2018-04-24', 'Washington'),
    ev('meeting', 'occurred', ['Donald Trump', 'Melania Trump', 'Emmanuel Macron', 'Brigitte Macron'], '2018-04-23', 'Mount Vernon', { optional: true }),
    ev('visit', 'planned', ['Angela Merkel', 'Donald Trump'], '2018-04-27', 'Washington'),
    ev('meeting', 'planned', ['Donald Trump', 'Angela Merkel'], '2018-04-27', 'Washington'),
    ev('visit', 'occurred', ['Donald Trump', 'Emmanuel Macron'], '2017-07', 'Paris', { date_true: '2017-07-13' }),
    ev('meeting', 'occurred', ['Donald Trump', 'Emmanuel Macron'], '2017-07', 'Paris', { date_true: '2017-07-13', optional: true }),
  ]),

  a('w-brexit-may-juncker-breakfast', null, `
Menu   Search
News   Politics   Brexit   World   Business   Opinion   Sport   Lifestyle
We and our partners use cookies to personalise content and ads and to analyse our traffic. Manage preferences | I AGREE

BREXIT
Brexit breakthrough: May and Juncker seal deal to move talks on to trade
Posted: Friday 8 December 2017 08:47 GMT | Updated: 09:30 GMT

Theresa May and Jean-Claude Juncker shake hands at the European Commission in Brussels (Photo: EPA)

THERESA MAY dashed to Brussels before dawn on Friday to seal a deal on the terms of Britain's divorce from the European Union, opening the way for talks on a future trade relationship.

The Prime Minister, who flew out of RAF Northolt shortly after 5am accompanied by Brexit Secretary David Davis, sat down with European Commission President Jean-Claude Juncker and the EU's chief negotiator Michel Barnier over breakfast at the Berlaymont building.

At a joint press conference, Mr Juncker said the Commission had concluded that "sufficient progress" had been made on citizens' rights, the Irish border and the financial settlement.

It came four days after Monday's lunch between the two leaders in Brussels ended without agreement, when DUP leader Arlene Foster, whose party props up Mrs May's minority government, telephoned the Prime Minister to object to the wording on the Irish border.

Irish Taoiseach Leo Varadkar, who spoke to Mrs May by phone late on Thursday night, said he was "very pleased" with the outcome and that there would be no hard border on the island of Ireland.

It came four days after Monday's lunch between the two leaders in Brussels ended without agreement, when DUP leader Arlene Foster, whose party props up Mrs May's minority government, telephoned the Prime Minister to object to the wording on the Irish border.

European Council President Donald Tusk said the hardest challenge was still ahead. EU leaders are expected to approve the move to the second phase at their summit in Brussels next Thursday and Friday.

"We all know that breaking up is hard, but breaking up and building a new relationship is much harder," Mr Tusk said.

MOST READ
Trump's Jerusalem move sparks protests across the Middle East
Putin to run for fourth term in March election
Comments (342)
`, [
    ev('meeting', 'occurred', ['Theresa May', 'Jean-Claude Juncker', 'David Davis', 'Michel Barnier'], '2017-12-08', 'Brussels'),
    ev('visit', 'occurred', ['Theresa May'], '2017-12-08', 'Brussels', { optional: true }),
    ev('meeting', 'occurred', ['Theresa May', 'Jean-Claude Juncker'], '2017-12-04', 'Brussels'),
    ev('call', 'occurred', ['Arlene Foster', 'Theresa May'], '2017-12-04', null),
    ev('call', 'occurred', ['Leo Varadkar', 'Theresa May'], '2017-12-07', null),
    ev('summit', 'planned', [], '2017-12-14', 'Brussels', { occasion: 'European Council' }),
  ]),

  // ---------------------------------------------------------------- state media and foreign ministry copies
  a('kremlin-sochi-russia-iran-turkey', null, `
Meeting with President of Iran Hassan Rouhani and President of Turkey Recep Tayyip Erdogan
November 22, 2017 17:15 Sochi

Vladimir Putin, President of Iran Hassan Rouhani and President of Turkey Recep Tayyip Erdogan held a trilateral meeting on promoting Syrian settlement.

With President of Iran Hassan Rouhani and President of Turkey Recep Tayyip Erdogan.

Before the trilateral talks, the President of Russia had separate meetings with the Iranian and Turkish presidents.

Following the meeting, the three heads of state adopted a joint statement.

* * *

Statements for the press following the trilateral meeting

President of Russia Vladimir Putin: Mr President, Mr President, ladies and gentlemen,

Today's meeting of the heads of state of Russia, Iran and Turkey, the guarantor countries of the Astana process, was held in a constructive and businesslike atmosphere.

I informed my colleagues in detail about my conversation with President of Syria Bashar al-Assad, who came to Sochi on a working visit on November 20. The Syrian leader confirmed the commitment to the political process and to holding constitutional reform and elections under UN supervision.

Yesterday I had also telephone conversations on Syria with President of the United States Donald Trump, King of Saudi Arabia Salman bin Abdulaziz Al Saud, Emir of Qatar Tamim bin Hamad Al Thani and President of Egypt Abdel Fattah el-Sisi.

Our foreign ministers met in Antalya on November 19 and thoroughly prepared today's meeting, as did the chiefs of the General Staffs.

The Presidents of Iran and Turkey supported the initiative to convene the Congress of Syrian National Dialogue in Sochi. We agreed to hold it at the appropriate level and to ensure the participation of the broadest spectrum of Syrian society.

President of Iran Hassan Rouhani (retranslated): Mr President, I thank you for the hospitality. The terrorists in Syria have been defeated in the main, and now it is the time of the political process.

President of Turkey Recep Tayyip Erdogan (retranslated): Dear friends, the decisions that we took today are important. I would like to invite my colleagues to hold our next meeting in Turkey.

Publication date: November 22, 2017, 20:40
`, [
    ev('meeting', 'occurred', ['Vladimir Putin', 'Hassan Rouhani', 'Recep Tayyip Erdogan'], '2017-11-22', 'Sochi'),
    ev('summit', 'occurred', [], '2017-11-22', 'Sochi', { optional: true }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Hassan Rouhani'], '2017-11-22', 'Sochi'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Recep Tayyip Erdogan'], '2017-11-22', 'Sochi'),
    ev('visit', 'occurred', ['Hassan Rouhani', 'Vladimir Putin'], '2017-11-22', 'Sochi', { optional: true }),
    ev('visit', 'occurred', ['Recep Tayyip Erdogan', 'Vladimir Putin'], '2017-11-22', 'Sochi', { optional: true }),
    ev('visit', 'occurred', ['Bashar al-Assad', 'Vladimir Putin'], '2017-11-20', 'Sochi'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Bashar al-Assad'], '2017-11-20', 'Sochi'),
    ev('call', 'occurred', ['Vladimir Putin', 'Donald Trump'], '2017-11-21', null),
    ev('call', 'occurred', ['Vladimir Putin', 'King Salman'], '2017-11-21', null),
    ev('call', 'occurred', ['Vladimir Putin', 'Tamim bin Hamad Al Thani'], '2017-11-21', null),
    ev('call', 'occurred', ['Vladimir Putin', 'Abdel Fattah al-Sisi'], '2017-11-21', null),
    ev('meeting', 'occurred', ['RU', 'IR', 'TR'], '2017-11-19', 'Antalya'),
    ev('meeting', 'occurred', ['RU', 'IR', 'TR'], null, null, { optional: true }),
    ev('summit', 'planned', [], null, 'Sochi', { occasion: 'Syrian National Dialogue Congress', optional: true }),
  ]),

  a('xinhua-xi-arrives-dakar', null, `
Xi arrives in Dakar for state visit to Senegal
Source: Xinhua| 2018-07-22 03:14:27|Editor: Li Xia
Video PlayerClose

DAKAR, July 21 (Xinhua) -- Chinese President Xi Jinping arrived here Saturday afternoon for a state visit to Senegal, the first leg of his four-nation tour to Africa.

Upon arrival at the airport, Xi and his wife Peng Liyuan were warmly greeted by Senegalese President Macky Sall and his wife Marieme Faye Sall, and by the young people waving national flags of the two countries.

In a written speech delivered at the airport, Xi said that Senegal is the first West African country he visits as Chinese president, and that since the two countries resumed diplomatic ties in 2005, the China-Senegal relations have achieved leapfrog development.

During his stay in Dakar, Xi will hold talks with Sall, and the two heads of state will jointly attend the signing ceremony of cooperation documents in fields including infrastructure, agriculture and the Belt and Road construction.

Xi came to Senegal from Abu Dhabi, where he paid a state visit to the United Arab Emirates from Thursday.

After Senegal, Xi will pay state visits to Rwanda and South Africa, attend the 10th BRICS summit in Johannesburg from July 25 to 27, and pay a friendly visit to Mauritius during a stopover on his way home.

The tour takes place ahead of the summit of the Forum on China-Africa Cooperation (FOCAC) to be held in Beijing in September. This is the fourth time Xi goes to Africa since he became the Chinese president in 2013.

Xi is accompanied by Ding Xuexiang, Yang Jiechi and Wang Yi, among others.
[Editor: Li Xia]
`, [
    ev('visit', 'occurred', ['Xi Jinping', 'Macky Sall'], '2018-07-21', 'Dakar'),
    ev('meeting', 'planned', ['Xi Jinping', 'Macky Sall'], '2018-07', 'Dakar'),
    ev('signing', 'planned', ['Xi Jinping', 'Macky Sall'], '2018-07', 'Dakar', { optional: true }),
    ev('visit', 'occurred', ['Xi Jinping'], '2018-07-19', 'Abu Dhabi'),
    ev('visit', 'planned', ['Xi Jinping'], '2018-07', null, { date_true: '2018-07-22' }),
    ev('visit', 'planned', ['Xi Jinping'], '2018-07', null, { date_true: '2018-07-24' }),
    ev('summit', 'planned', [], '2018-07-25', 'Johannesburg', { occasion: 'BRICS' }),
    ev('visit', 'planned', ['Xi Jinping'], '2018-07', null, { date_true: '2018-07-27' }),
    ev('summit', 'planned', [], '2018-09', 'Beijing', { date_true: '2018-09-03', occasion: 'FOCAC' }),
  ]),

  a('tass-lavrov-kim-pyongyang', null, `
Lavrov meets with Kim Jong-un in Pyongyang

PYONGYANG, May 31. /TASS/. Russian Foreign Minister Sergei Lavrov, who is in Pyongyang on an official visit, was received by Chairman of the State Affairs Commission of the DPRK Kim Jong-un on Thursday, a TASS correspondent reports.

"We are very glad to welcome you," Kim Jong-un told the Russian minister at the start of the meeting. Lavrov conveyed to him the warmest wishes from Russian President Vladimir Putin.

The Russian top diplomat arrived in the North Korean capital on Thursday morning. Earlier in the day, he held talks with his North Korean counterpart Ri Yong-ho, which the sides described as substantive and confidential.

Lavrov handed over to Kim Jong-un an invitation of the Russian President to visit Russia. "Come to Russia, we will be very glad to see you," the minister said. Kremlin spokesman Dmitry Peskov said earlier that such a meeting was possible, but no concrete dates were discussed.

Ri Yong-ho paid a visit to Moscow on April 9-11, during which he held talks with Lavrov.

Kim Jong-un is expected to hold a summit with US President Donald Trump in Singapore on June 12. Earlier this year he had two summits with South Korean President Moon Jae-in, on April 27 and May 26, and met twice with Chinese President Xi Jinping, in Beijing in March and in Dalian in May.
`, [
    ev('visit', 'occurred', ['Sergey Lavrov', 'Ri Yong Ho'], '2018-05-31', 'Pyongyang'),
    ev('meeting', 'occurred', ['Sergey Lavrov', 'Kim Jong Un'], '2018-05-31', 'Pyongyang'),
    ev('meeting', 'occurred', ['Sergey Lavrov', 'Ri Yong Ho'], '2018-05-31', 'Pyongyang'),
    ev('visit', 'occurred', ['Ri Yong Ho', 'Sergey Lavrov'], '2018-04-09', 'Moscow'),
    ev('meeting', 'occurred', ['Ri Yong Ho', 'Sergey Lavrov'], '2018-04', 'Moscow', { date_true: '2018-04-10' }),
    ev('meeting', 'planned', ['Kim Jong Un', 'Donald Trump'], '2018-06-12', 'Singapore'),
    ev('meeting', 'occurred', ['Moon Jae-in', 'Kim Jong Un'], '2018-04-27', null),
    ev('meeting', 'occurred', ['Moon Jae-in', 'Kim Jong Un'], '2018-05-26', null),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Xi Jinping'], '2018-03', 'Beijing', { date_true: '2018-03-26' }),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Xi Jinping'], '2018-05', 'Dalian', { date_true: '2018-05-08' }),
  ]),

  a('kcna-kim-moon-pyongyang-talks', null, `
Supreme Leader Kim Jong Un Holds Talks with President Moon Jae In

Pyongyang, September 19 (KCNA) -- Kim Jong Un, chairman of the Workers' Party of Korea and chairman of the State Affairs Commission of the DPRK, had talks with Moon Jae In, president of south Korea, at the Paekhwawon State Guest House on Wednesday.

The talks continued those held at the office building of the C.C., WPK on Tuesday afternoon, after Moon Jae In and his party arrived in Pyongyang by plane in the morning. Kim Jong Un and his wife Ri Sol Ju warmly greeted Moon Jae In and his wife Kim Jung Suk at the Pyongyang International Airport, where tens of thousands of citizens welcomed them with bouquets.

At the talks the top leaders of the north and the south reviewed the implementation of the historic Panmunjom Declaration, adopted at their first talks at Panmunjom on April 27, and of the agreements of their talks held there on May 26, and had a candid and open-hearted exchange of views on the issues of the denuclearization and of removing the danger of war.

After the talks Kim Jong Un and Moon Jae In signed the September Pyongyang Joint Declaration. Also signed was an agreement in the military field by the defence chiefs of the north and the south in the presence of the top leaders.

Kim Jong Un agreed to visit Seoul at an early date at the invitation of Moon Jae In.

Kim Jong Un hosted a grand banquet in honor of Moon Jae In and his party at the Mokran House on Tuesday evening. Moon Jae In will tour Mt. Paektu together with Kim Jong Un on Thursday before returning to Seoul.

Juche107(2018).9.19.
`, [
    ev('visit', 'occurred', ['Moon Jae-in', 'Kim Jong Un'], '2018-09-18', 'Pyongyang'),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Moon Jae-in'], '2018-09-18', 'Pyongyang'),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Moon Jae-in'], '2018-09-19', 'Pyongyang'),
    ev('signing', 'occurred', ['Kim Jong Un', 'Moon Jae-in'], '2018-09-19', 'Pyongyang'),
    ev('signing', 'occurred', ['KP', 'KR'], '2018-09-19', 'Pyongyang', { optional: true }),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Moon Jae-in'], '2018-04-27', 'Panmunjom'),
    ev('signing', 'occurred', ['Kim Jong Un', 'Moon Jae-in'], '2018-04-27', 'Panmunjom'),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Moon Jae-in'], '2018-05-26', 'Panmunjom'),
    ev('visit', 'planned', ['Kim Jong Un', 'Moon Jae-in'], null, 'Seoul', { optional: true }),
    ev('visit', 'planned', ['Moon Jae-in', 'Kim Jong Un'], '2018-09-20', 'Mount Paektu', { optional: true }),
  ]),

  a('mfa-wang-yi-tillerson-beijing', null, `
Wang Yi Holds Talks with US Secretary of State Rex Tillerson
2017/03/18

On March 18, 2017, Foreign Minister Wang Yi held talks with US Secretary of State Rex Tillerson, who is on an official visit to China, at the Diaoyutai State Guesthouse in Beijing.

Wang Yi expressed that President Xi Jinping and President Donald Trump had a phone conversation on February 10, reaching important consensus on the development of China-US relations in the new period. Both sides should follow the consensus of the two heads of state, well prepare for the meeting between the two heads of state and for the exchanges at all levels, and push forward the China-US relations to develop in a healthy and stable way.

Wang Yi noted that this year marks the 45th anniversary of the visit to China by President Richard Nixon, during which the two sides issued the Shanghai Communique. Over the past 45 years, the China-US relations have gone through ups and downs but always moved forward.

Rex Tillerson stated that he came to China after visiting Japan and the Republic of Korea, and that the US side is willing to develop relations with China based on the principle of non-conflict, non-confrontation, mutual respect and win-win cooperation.

The two sides also exchanged views on the Korean Peninsula nuclear issue. Wang Yi stressed that dialogue and negotiation is the only right way out.

On the same day, State Councilor Yang Jiechi met with Rex Tillerson. Tillerson is scheduled to be received by President Xi Jinping on March 19.
`, [
    ev('meeting', 'occurred', ['Wang Yi', 'Rex Tillerson'], '2017-03-18', 'Beijing'),
    ev('visit', 'occurred', ['Rex Tillerson', 'Wang Yi'], '2017-03-18', 'Beijing'),
    ev('meeting', 'occurred', ['Yang Jiechi', 'Rex Tillerson'], '2017-03-18', 'Beijing'),
    ev('meeting', 'planned', ['Xi Jinping', 'Rex Tillerson'], '2017-03-19', 'Beijing'),
    ev('call', 'occurred', ['Xi Jinping', 'Donald Trump'], '2017-02-10', null),
    ev('visit', 'occurred', ['Rex Tillerson'], '2017-03', null, { date_true: '2017-03-15' }),
    ev('visit', 'occurred', ['Rex Tillerson'], '2017-03', null, { date_true: '2017-03-17' }),
    ev('meeting', 'planned', ['Xi Jinping', 'Donald Trump'], null, null, { optional: true }),
    ev('visit', 'occurred', ['Richard Nixon'], '1972', null, { date_true: '1972-02-21' }),
    ev('signing', 'occurred', ['CN', 'US'], '1972', null, { date_true: '1972-02-28', optional: true }),
  ]),
];
