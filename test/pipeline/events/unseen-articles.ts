// A fourth set of hand-written articles ("unseen"), written blind to the rules of the events stage after the three
// other sets (generalization, held-out, fresh) had all been used for tuning: its author read neither the stage's
// source nor its output before the keys were final, so its score is the honest estimate of event extraction on
// articles nobody has tuned for. Same three source styles as the evaluation set (Reuters copy of 2016-2018 with
// quotation marks and apostrophes sometimes stripped; web pages of 2024-2026 with menus, "Related:" lines, cookie
// banners, photo captions and view counters; foreign-ministry, TASS, Xinhua and KCNA style copies with translation
// slips and a trailing timestamp that is the real publication date). Its actors, country pairs and stories appear
// neither in the evaluation set nor in the three other sets. Keys follow the answer-key conventions of the
// evaluation README: participants are canonical person names of the knowledge base (country codes where no person
// is named), dates the most specific the text supports with the publication date, `date_true` the real date where
// the key's date is coarser, location the city named or plainly given (else null), `optional` for borderline items
// (a joint ceremony, an implied trip, a vague plan with no date). It has since been used for debugging (see
// unseen.test.ts); the blind set is the measure now. Originally: do not tune on it: when it is used for debugging,
// write another set.
import type { Aliases, EventArticle } from './event-scoring.js';

/** Other spellings the keys accept for the names used here, as a key's `aliases` would. */
export const UNSEEN_ALIASES: Aliases = {
  'Prayut Chan-o-cha': ['Prayuth Chan-ocha', 'Prayuth Chan-o-cha', 'Prayuth'],
  'Abdullah II': ['King Abdullah', 'King Abdullah II', 'Abdullah II of Jordan', 'Abdullah II bin Al-Hussein'],
  'Moussa Faki Mahamat': ['Moussa Faki'],
  'Ibrahim al-Jaafari': ['Ibrahim al-Jafari'],
  'Sergey Lavrov': ['Sergei Lavrov'],
  'Kim Jong Un': ['Kim Jong-un'],
  'Yoon Suk Yeol': ['Yoon Suk-yeol'],
  'Anura Kumara Dissanayake': ['Anura Kumara Disanayaka'],
  'Subrahmanyam Jaishankar': ['S. Jaishankar', 'S Jaishankar'],
  'Recep Tayyip Erdogan': ['Tayyip Erdogan'],
  'Ahmed al-Sharaa': ['Ahmad al-Sharaa'],
  'Mohammed bin Salman': ['Mohammed bin Salman Al Saud'],
  'Valentina Matviyenko': ['Valentina Matvienko'],
  'Mohamed Ould Ghazouani': ['Mohamed Ould Cheikh El Ghazouani', 'Mohamed Ould El-Ghazouani'],
  'Luiz Inacio Lula da Silva': ['Lula'],
  'Saint Petersburg': ['St. Petersburg', 'St Petersburg', 'St.-Petersburg'],
  Bogota: ['Bogotá'],
  'Port Vila': ['Port-Vila'],
  Zanzibar: ['Zanzibar City'],
  Washington: ['Washington, D.C.', 'Washington DC'],
  NATO: ['North Atlantic Treaty Organization'],
  EU: ['European Union', 'European Council'],
  Mercosur: ['Southern Common Market'],
  'Arab League': ['League of Arab States', 'Council of the League of Arab States'],
  'African Union': ['AU'],
  COP22: ['UN climate conference', 'U.N. climate conference', 'United Nations Climate Change Conference'],
  COP29: ['Conference of the Parties'],
  ASEAN: ['Association of Southeast Asian Nations'],
  'Pacific Islands Forum': ['PIF'],
  'IPA CIS': ['Inter-Parliamentary Assembly', 'CIS Inter-Parliamentary Assembly', 'Inter-Parliamentary Assembly of the CIS'],
  'Russia-Africa': ['Russia-Africa Summit'],
  'high representatives for security issues': ['international meeting of high representatives in charge of security issues'],
};

const reuters: EventArticle[] = [
  {
    name: 'r-colombia-ecuador-pasto',
    published: '2017-12-15',
    text: `Colombia, Ecuador pledge joint fight against border crime

PASTO, Colombia (Reuters) - Colombian President Juan Manuel Santos and his Ecuadorean counterpart Lenin Moreno agreed on Thursday to reinforce security along their 586-km (364-mile) border, where dissident former FARC rebels and cocaine traffickers have stepped up their operations since the guerrilla group disarmed this year.  The two leaders met for about three hours in the southern Colombian city of Pasto at the sixth annual binational cabinet, a gathering of ministers from both governments. Moreno, who took office in May, arrived in Pasto on Wednesday evening with Foreign Minister Maria Fernanda Espinosa and eight other cabinet members.  We have a common enemy, which is organized crime, and we will confront it together,  Santos told a joint news conference. Moreno said Ecuador would continue to host peace talks between Santos  government and the National Liberation Army (ELN) rebels in Quito. A new round of those talks is due to start on Jan. 9, Colombian negotiators said. The two presidents last met in Bogota in September, when Santos hosted Moreno for a one-day working visit, and they discussed the border situation by telephone in November. Ministers from both countries signed 13 agreements on trade, energy and environmental protection at the close of Thursday s cabinet meeting. Ecuador will host the next binational cabinet in 2018, Espinosa said, without giving a date or a venue. Colombia is Ecuador s second-largest trading partner after the United States, with bilateral trade of about $1.8 billion last year. Ecuador has taken in more than 60,000 Colombian refugees fleeing five decades of conflict, according to the United Nations refugee agency. Santos, whose term ends in August, has made the consolidation of last year s peace deal with the Revolutionary Armed Forces of Colombia (FARC) the centerpiece of his final months in office. Moreno, a former vice president, has distanced himself from his predecessor Rafael Correa since taking office, but has kept Ecuador s role as a guarantor of the ELN talks. `,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Juan Manuel Santos', 'Lenin Moreno'], date: '2017-12-14', location: 'Pasto' },
      { kind: 'visit', status: 'occurred', participants: ['Lenin Moreno', 'Juan Manuel Santos'], date: '2017-12-13', location: 'Pasto' },
      { kind: 'signing', status: 'occurred', participants: ['CO', 'EC'], date: '2017-12-14', location: 'Pasto' },
      { kind: 'meeting', status: 'occurred', participants: ['Juan Manuel Santos', 'Lenin Moreno'], date: '2017-09', location: 'Bogota' },
      { kind: 'visit', status: 'occurred', participants: ['Lenin Moreno', 'Juan Manuel Santos'], date: '2017-09', location: 'Bogota' },
      { kind: 'call', status: 'occurred', participants: ['Juan Manuel Santos', 'Lenin Moreno'], date: '2017-11', location: null },
      { kind: 'meeting', status: 'planned', participants: ['EC', 'CO'], date: '2018', location: null },
      { kind: 'meeting', status: 'planned', participants: ['CO'], date: '2018-01-09', location: 'Quito', optional: true },
    ],
  },
  {
    name: 'r-germany-france-ministers-berlin',
    published: '2017-05-22',
    text: `Germany s Gabriel hails  window of opportunity  as new French minister visits Berlin

BERLIN (Reuters) - German Foreign Minister Sigmar Gabriel welcomed his new French counterpart Jean-Yves Le Drian to Berlin on Monday, saying Emmanuel Macron s election as French president had opened a window for deeper European cooperation that Germany should not let close. Le Drian, who served as defence minister for five years under Francois Hollande and was named foreign minister last Wednesday, chose Berlin for his first trip abroad in his new post. The two men discussed eastern Ukraine, Libya and the fight against Islamic State over lunch at the foreign ministry, officials said.  France and Germany have to lead, otherwise nobody will,  Gabriel told reporters after the talks, adding that he had already spoken to Le Drian by telephone on Thursday, the day after his appointment. Le Drian said Paris wanted to revive the so-called Normandy format talks on Ukraine with Russia and Germany as soon as possible, but gave no timetable. Macron himself travelled to Berlin a week ago, a day after his inauguration, for talks with Chancellor Angela Merkel, who said she was open to changing the European Union s treaties if that was needed to reform the euro zone. The two leaders agreed to draw up a joint road map for the bloc. German and French ministers will hold a joint cabinet meeting in Paris in July, a German government spokesman said on Monday. Gabriel, a Social Democrat who is campaigning for his party ahead of September s federal election, is due in Washington on Wednesday for talks with U.S. Secretary of State Rex Tillerson on NATO spending and trade. Le Drian travels on to Brussels on Tuesday. The French minister, a close ally of Macron who switched from the Socialists to back his centrist campaign, is the only member of Hollande s government to keep a seat in the new cabinet.  He knows the dossiers and he knows the people,  a German diplomat said. (Reporting by Andrea Shalal and Paul Carrel; Editing by Richard Balmforth)`,
    events: [
      { kind: 'visit', status: 'occurred', participants: ['Jean-Yves Le Drian', 'Sigmar Gabriel'], date: '2017-05-22', location: 'Berlin' },
      { kind: 'meeting', status: 'occurred', participants: ['Sigmar Gabriel', 'Jean-Yves Le Drian'], date: '2017-05-22', location: 'Berlin' },
      { kind: 'call', status: 'occurred', participants: ['Sigmar Gabriel', 'Jean-Yves Le Drian'], date: '2017-05-18', location: null },
      { kind: 'visit', status: 'occurred', participants: ['Emmanuel Macron', 'Angela Merkel'], date: '2017-05-15', location: 'Berlin' },
      { kind: 'meeting', status: 'occurred', participants: ['Emmanuel Macron', 'Angela Merkel'], date: '2017-05-15', location: 'Berlin' },
      { kind: 'meeting', status: 'planned', participants: ['DE', 'FR'], date: '2017-07', location: 'Paris' },
      { kind: 'visit', status: 'planned', participants: ['Sigmar Gabriel', 'Rex Tillerson'], date: '2017-05-24', location: 'Washington' },
      { kind: 'meeting', status: 'planned', participants: ['Sigmar Gabriel', 'Rex Tillerson'], date: '2017-05-24', location: 'Washington' },
      { kind: 'visit', status: 'planned', participants: ['Jean-Yves Le Drian'], date: '2017-05-23', location: 'Brussels' },
      { kind: 'meeting', status: 'planned', participants: ['FR', 'DE', 'RU', 'UA'], date: null, location: null, optional: true },
    ],
  },
  {
    name: 'r-tanzania-uganda-pipeline',
    published: '2017-08-05',
    text: `Uganda, Tanzania leaders lay first stone of $3.5 bln crude pipeline

TANGA, Tanzania (Reuters) - Tanzanian President John Magufuli and Ugandan President Yoweri Museveni laid the foundation stone on Saturday for a 1,445-km (900-mile) heated pipeline that will carry crude oil from Uganda s Lake Albert fields to the Indian Ocean port of Tanga. Museveni arrived in Tanga on Friday afternoon and held talks with Magufuli at the town s state lodge in the evening, Tanzania s presidential office said in a statement.  This pipeline will open a new chapter in the history of East Africa,  Magufuli told thousands of people gathered at Chongoleani, on the outskirts of Tanga, where the pipeline s export terminal will be built. Museveni said the project, which is expected to create about 15,000 jobs during construction, showed that Africans could plan and build their own infrastructure.  Nobody will come to do it for us,  he said. The two governments signed an intergovernmental agreement on the project in Kampala in May after nearly a year of negotiations. The pipeline is being developed by France s Total, China s CNOOC and Britain s Tullow Oil together with the state oil companies of both countries. Kenya had lobbied to have the pipeline routed through its territory to the port of Lamu, but Uganda opted for the Tanzanian route last year, citing lower costs and security concerns in northern Kenya. Magufuli accepted an invitation to visit Uganda next year to inspect the oil fields at Hoima, Museveni s spokesman said. Uganda discovered commercial oil reserves near its border with Democratic Republic of Congo in 2006, but production has repeatedly been delayed by disputes over taxes and infrastructure. The pipeline is expected to be completed in 2020, when Uganda hopes to start pumping about 60,000 barrels per day. Environmental groups say the route crosses sensitive wetlands and wildlife habitats and have called for an independent review.`,
    events: [
      { kind: 'visit', status: 'occurred', participants: ['Yoweri Museveni', 'John Magufuli'], date: '2017-08-04', location: 'Tanga' },
      { kind: 'meeting', status: 'occurred', participants: ['John Magufuli', 'Yoweri Museveni'], date: '2017-08-04', location: 'Tanga' },
      { kind: 'meeting', status: 'occurred', participants: ['John Magufuli', 'Yoweri Museveni'], date: '2017-08-05', location: 'Tanga', optional: true },
      { kind: 'signing', status: 'occurred', participants: ['TZ', 'UG'], date: '2017-05', location: 'Kampala' },
      { kind: 'visit', status: 'planned', participants: ['John Magufuli'], date: '2018', location: 'Hoima' },
    ],
  },
  {
    name: 'r-argentina-brazil-ministers',
    published: '2017-07-18',
    text: `Argentina, Brazil seek Mercosur unity on Venezuela before Mendoza summit

BUENOS AIRES (Reuters) - Argentine Foreign Minister Jorge Faurie and his Brazilian counterpart Aloysio Nunes agreed on Monday to push for a joint Mercosur statement on Venezuela s political crisis when the South American trade bloc s presidents meet in the western Argentine city of Mendoza on Friday. Nunes flew into Buenos Aires on Monday morning for his first meeting with Faurie, a career diplomat who replaced Susana Malcorra as foreign minister last month. The two spoke for about two hours at the San Martin Palace, the foreign ministry said.  We cannot remain silent while Venezuelans are dying in the streets,  Nunes told reporters after the meeting. Venezuela was suspended from Mercosur in December for failing to meet the bloc s trade and human rights commitments. More than 90 people have died in protests against President Nicolas Maduro since April. Mercosur foreign ministers will gather in Mendoza on Thursday to prepare the summit, which is also expected to review the state of free trade negotiations with the European Union. Brazilian President Michel Temer, who is fighting a corruption charge at home, is expected to attend, his office said. Nunes last visited Buenos Aires in April, when he held talks with Malcorra on trade and the fight against drug trafficking along the two countries  border. Argentina will hand the bloc s rotating presidency to Brazil at the end of the summit. Uruguay and Paraguay, the bloc s other full members, have been more cautious on Venezuela, diplomats said, and a joint statement could be watered down.  There is a consensus on the diagnosis, not yet on the remedy,  an Argentine diplomat said.`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Jorge Faurie', 'Aloysio Nunes'], date: '2017-07-17', location: 'Buenos Aires' },
      { kind: 'visit', status: 'occurred', participants: ['Aloysio Nunes', 'Jorge Faurie'], date: '2017-07-17', location: 'Buenos Aires' },
      { kind: 'summit', status: 'planned', participants: [], date: '2017-07-21', location: 'Mendoza', occasion: 'Mercosur' },
      { kind: 'meeting', status: 'planned', participants: ['AR', 'BR', 'PY', 'UY'], date: '2017-07-20', location: 'Mendoza', occasion: 'Mercosur', optional: true },
      { kind: 'visit', status: 'planned', participants: ['Michel Temer'], date: '2017-07-21', location: 'Mendoza', occasion: 'Mercosur', optional: true },
      { kind: 'visit', status: 'occurred', participants: ['Aloysio Nunes', 'Susana Malcorra'], date: '2017-04', location: 'Buenos Aires' },
      { kind: 'meeting', status: 'occurred', participants: ['Aloysio Nunes', 'Susana Malcorra'], date: '2017-04', location: 'Buenos Aires' },
    ],
  },
  {
    name: 'r-iraq-jordan-border',
    published: '2017-02-16',
    text: `Iraq s Abadi, Jordan s king discuss reopening of key border crossing

AMMAN (Reuters) - Iraqi Prime Minister Haider al-Abadi held talks with Jordan s King Abdullah in Amman on Thursday on reopening the Trebil border crossing, the main trade route between the two countries, which has been closed since Islamic State militants overran large parts of western Iraq in 2015. Abadi arrived in the Jordanian capital on Thursday morning for a one-day visit, his first since Iraqi forces launched a U.S.-backed offensive to retake Mosul in October, the royal court said. The king reiterated Jordan s support for Iraq s efforts to defeat terrorism and preserve its unity, the court said in a statement. Jordanian exporters have lost hundreds of millions of dollars since the closure of the desert highway through Anbar province, once a lifeline for Jordan s economy.  The reopening of the road is a priority for both of us,  Abadi told Jordanian state television. Jordan s new Foreign Minister Ayman Safadi, who took office last month, travelled to Baghdad in late January and held talks with his Iraqi counterpart Ibrahim al-Jaafari on the border and on a planned oil pipeline from Basra to the Jordanian port of Aqaba. A joint technical committee will meet in Baghdad next month to finalise security arrangements for the crossing, an Iraqi government spokesman said. Jordan will host the annual Arab League summit at the Dead Sea at the end of March, and Abadi is expected to attend, officials said. Jordan is a member of the U.S.-led coalition fighting Islamic State and has been hit by a series of militant attacks, including one on a Crusader castle in the southern town of Karak in December that killed 10 people.`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Haider al-Abadi', 'Abdullah II'], date: '2017-02-16', location: 'Amman' },
      { kind: 'visit', status: 'occurred', participants: ['Haider al-Abadi', 'Abdullah II'], date: '2017-02-16', location: 'Amman' },
      { kind: 'visit', status: 'occurred', participants: ['Ayman Safadi', 'Ibrahim al-Jaafari'], date: '2017-01', location: 'Baghdad' },
      { kind: 'meeting', status: 'occurred', participants: ['Ayman Safadi', 'Ibrahim al-Jaafari'], date: '2017-01', location: 'Baghdad' },
      { kind: 'meeting', status: 'planned', participants: ['IQ', 'JO'], date: '2017-03', location: 'Baghdad' },
      { kind: 'summit', status: 'planned', participants: [], date: '2017-03', date_true: '2017-03-29', location: null, occasion: 'Arab League' },
      { kind: 'visit', status: 'planned', participants: ['Haider al-Abadi'], date: '2017-03', location: null, occasion: 'Arab League', optional: true },
    ],
  },
  {
    name: 'r-thailand-cambodia-phnom-penh',
    published: '2016-12-19',
    text: `Thailand, Cambodia aim to double trade as junta leader visits Phnom Penh

PHNOM PENH (Reuters) - Thai Prime Minister Prayuth Chan-ocha held talks with his Cambodian counterpart Hun Sen in Phnom Penh on Monday, and the two agreed to double bilateral trade to $15 billion by 2020 and to open a new border crossing, officials said. Prayuth, the former army chief who seized power in a 2014 coup, was greeted by Hun Sen with a 21-gun salute at the Peace Palace at the start of a two-day official visit, his first to Cambodia as head of government. Foreign ministers Don Pramudwinai and Prak Sokhonn later signed five agreements on tourism, energy, transport and the prevention of human trafficking, watched by the two prime ministers.  Our two countries are like brothers. We have had our problems, but they are behind us,  Hun Sen told reporters. Relations between the neighbours were strained between 2008 and 2011 by deadly clashes over the 11th-century Preah Vihear temple on the border, but have improved markedly since the coup. Hun Sen travelled to Bangkok in October to pay his respects to the late King Bhumibol Adulyadej, who died on Oct. 13 after 70 years on the throne. Prayuth is scheduled to be received by King Norodom Sihamoni at the Royal Palace on Tuesday before returning home. The Thai-Cambodian joint commission will meet in the Cambodian town of Siem Reap next year, Don told reporters, without giving a date. About 1.5 million Cambodians work in Thailand, many of them illegally, and both governments have promised to make it easier for migrants to obtain work permits. Rights groups criticised the visit, saying both leaders had used the courts to silence opponents.`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Prayut Chan-o-cha', 'Hun Sen'], date: '2016-12-19', location: 'Phnom Penh' },
      { kind: 'visit', status: 'occurred', participants: ['Prayut Chan-o-cha', 'Hun Sen'], date: '2016-12-19', location: 'Phnom Penh' },
      { kind: 'signing', status: 'occurred', participants: ['Don Pramudwinai', 'Prak Sokhonn'], date: '2016-12-19', location: 'Phnom Penh' },
      { kind: 'visit', status: 'occurred', participants: ['Hun Sen'], date: '2016-10', location: 'Bangkok' },
      { kind: 'meeting', status: 'planned', participants: ['Prayut Chan-o-cha', 'Norodom Sihamoni'], date: '2016-12-20', location: 'Phnom Penh' },
      { kind: 'meeting', status: 'planned', participants: ['TH', 'KH'], date: '2017', location: 'Siem Reap' },
    ],
  },
  {
    name: 'r-belgium-ireland-dublin',
    published: '2017-09-12',
    text: `Belgium s Michel backs Ireland on Brexit border during Dublin visit

DUBLIN (Reuters) - Belgian Prime Minister Charles Michel said on Tuesday that avoiding a hard border on the island of Ireland must be settled before Brexit talks can move on to trade, after meeting Irish Prime Minister Leo Varadkar in Dublin. Michel, on a one-day visit, is the latest in a series of European leaders to travel to Dublin since Varadkar took office in June, as Ireland seeks allies for its position in the negotiations between Britain and the remaining 27 EU members.  Ireland is not alone. The border is a European problem, not just an Irish one,  Michel told a joint news conference at Government Buildings. Varadkar said he had spoken by phone with British Prime Minister Theresa May on Sunday and told her Dublin wanted more detail from London on how it planned to keep the border open after Britain leaves the customs union. The two prime ministers will see each other again in Tallinn at the end of the month, where EU heads of government are holding an informal summit on digital policy. EU leaders will decide at a summit in Brussels next month whether sufficient progress has been made in the divorce talks to open discussions on a future trade relationship, something Britain has pushed for. Belgium, home to the ports of Antwerp and Zeebrugge, is among the EU economies most exposed to Brexit after Ireland and the Netherlands, according to a study by the International Monetary Fund. Michel also met executives of Irish food exporters before flying home in the evening.  We are small countries with big exposure,  he said.`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Leo Varadkar', 'Charles Michel'], date: '2017-09-12', location: 'Dublin' },
      { kind: 'visit', status: 'occurred', participants: ['Charles Michel', 'Leo Varadkar'], date: '2017-09-12', location: 'Dublin' },
      { kind: 'call', status: 'occurred', participants: ['Leo Varadkar', 'Theresa May'], date: '2017-09-10', location: null },
      { kind: 'meeting', status: 'planned', participants: ['Leo Varadkar', 'Charles Michel'], date: '2017-09', date_true: '2017-09-29', location: 'Tallinn', occasion: 'EU', optional: true },
      { kind: 'summit', status: 'planned', participants: [], date: '2017-09', date_true: '2017-09-29', location: 'Tallinn', occasion: 'EU' },
      { kind: 'summit', status: 'planned', participants: [], date: '2017-10', date_true: '2017-10-19', location: 'Brussels', occasion: 'EU' },
    ],
  },
  {
    name: 'r-haley-juba',
    published: '2017-10-25',
    text: `U.S. envoy Haley tells South Sudan s Kiir patience is running out

JUBA (Reuters) - U.S. Ambassador to the United Nations Nikki Haley told South Sudan s President Salva Kiir on Wednesday that Washington was losing patience with his government over the civil war and the obstruction of aid deliveries, a U.S. official said. Haley, the most senior member of President Donald Trump s administration to visit Africa, met Kiir for about an hour at the presidential palace in Juba after flying in from neighbouring Ethiopia in the morning. She held talks in Addis Ababa on Tuesday with African Union Commission chairman Moussa Faki on peacekeeping and the conflicts in South Sudan and Somalia.  The United States is not going to keep writing checks for a government that does not care about its own people,  Haley told reporters after the meeting. The State Department has said Washington is reviewing its aid to South Sudan, which gained independence from Sudan in 2011 with strong U.S. backing and slid into civil war two years later. Earlier on Wednesday, Haley visited a U.N. camp for displaced people in Juba, where residents told her of killings and rapes by soldiers. Kiir s spokesman said the president had assured Haley that aid workers would have free access to all parts of the country. Haley flies to Kinshasa on Thursday and is due to meet Democratic Republic of Congo President Joseph Kabila on Friday to press him to hold elections that were due last year. Kabila s refusal to step down when his mandate expired in December has triggered protests in which dozens of people have been killed. About 4 million South Sudanese, a third of the population, have fled their homes since the war began, the United Nations says.`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Nikki Haley', 'Salva Kiir'], date: '2017-10-25', location: 'Juba' },
      { kind: 'visit', status: 'occurred', participants: ['Nikki Haley', 'Salva Kiir'], date: '2017-10-25', location: 'Juba' },
      { kind: 'meeting', status: 'occurred', participants: ['Nikki Haley', 'Moussa Faki Mahamat'], date: '2017-10-24', location: 'Addis Ababa' },
      { kind: 'visit', status: 'occurred', participants: ['Nikki Haley'], date: '2017-10', date_true: '2017-10-24', location: 'Addis Ababa' },
      { kind: 'visit', status: 'planned', participants: ['Nikki Haley', 'Joseph Kabila'], date: '2017-10-26', location: 'Kinshasa' },
      { kind: 'meeting', status: 'planned', participants: ['Nikki Haley', 'Joseph Kabila'], date: '2017-10-27', location: 'Kinshasa' },
    ],
  },
  {
    name: 'r-morocco-rwanda-kigali',
    published: '2016-10-19',
    text: `Morocco s king courts Rwanda s Kagame in push to rejoin African Union

KIGALI (Reuters) - Morocco s King Mohammed VI held talks with Rwandan President Paul Kagame in Kigali on Wednesday, the first stop of an East African tour aimed at winning support for his country s bid to rejoin the African Union after more than three decades. The king, who arrived in the Rwandan capital on Tuesday evening, is the first Moroccan monarch to visit the country. Following the talks, ministers of the two countries signed 19 agreements on air transport, agriculture, tourism and investment in the presence of the two heads of state, Rwanda s foreign ministry said. Morocco left the Organisation of African Unity, the AU s predecessor, in 1984 in protest at the admission of the Polisario Front s self-declared Sahrawi republic, which claims the Western Sahara territory that Rabat considers its own. Rabat submitted its request to rejoin in September, and Moroccan officials hope member states will approve it at the AU summit in Addis Ababa in January.  Africa is Morocco s future and Morocco wants to be part of Africa s institutions,  a Moroccan official travelling with the king said. The king travels on to Dar es Salaam on Sunday and is expected to hold talks with Tanzanian President John Magufuli on Monday, Moroccan officials said. Tanzania has long supported the Polisario, and Rabat hopes the visit will soften its position. Kagame, whose government has pushed to reform the AU s finances, is expected to attend the U.N. climate conference in Marrakesh next month, Rwandan officials said. Moroccan banks and telecoms companies have expanded rapidly across West Africa in the past decade, and Rabat is now seeking a bigger foothold in the east of the continent.`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Mohammed VI', 'Paul Kagame'], date: '2016-10-19', location: 'Kigali' },
      { kind: 'visit', status: 'occurred', participants: ['Mohammed VI', 'Paul Kagame'], date: '2016-10-18', location: 'Kigali' },
      { kind: 'signing', status: 'occurred', participants: ['Mohammed VI', 'Paul Kagame'], date: '2016-10-19', location: 'Kigali' },
      { kind: 'summit', status: 'planned', participants: [], date: '2017-01', date_true: '2017-01-30', location: 'Addis Ababa', occasion: 'African Union' },
      { kind: 'visit', status: 'planned', participants: ['Mohammed VI', 'John Magufuli'], date: '2016-10-23', location: 'Dar es Salaam' },
      { kind: 'meeting', status: 'planned', participants: ['Mohammed VI', 'John Magufuli'], date: '2016-10-24', location: 'Dar es Salaam' },
      { kind: 'summit', status: 'planned', participants: [], date: '2016-11', date_true: '2016-11-07', location: 'Marrakesh', occasion: 'COP22' },
      { kind: 'visit', status: 'planned', participants: ['Paul Kagame'], date: '2016-11', location: 'Marrakesh', occasion: 'COP22', optional: true },
    ],
  },
  {
    name: 'r-ethiopia-eritrea-asmara',
    published: '2018-07-09',
    text: `Ethiopia, Eritrea declare end to war as Abiy visits Asmara

ASMARA (Reuters) - Ethiopia and Eritrea declared an end to two decades of hostility on Monday, as their leaders signed a joint declaration of peace and friendship a day after Ethiopian Prime Minister Abiy Ahmed arrived in Asmara on a historic visit. “The state of war that existed between the two countries has come to an end. A new era of peace and friendship has been ushered in,” Eritrea’s information minister said on Twitter. Abiy and Eritrean President Isaias Afwerki signed the declaration at the presidential palace after a second round of talks on Monday morning. Isaias greeted Abiy at the airport on Sunday with a long embrace, and the two leaders held talks over dinner that evening, the first meeting between leaders of the two neighbours in almost 20 years. Tens of thousands of Eritreans lined the streets of the capital, waving flags of both countries. Under the agreement the two countries will reopen embassies, restore telephone links and flights and allow landlocked Ethiopia to use Eritrea’s Red Sea ports. About 80,000 people died in the 1998-2000 border war, and a U.N.-backed boundary ruling in 2002 was never implemented. Abiy, who took office in April, surprised Ethiopians in June by saying he would fully accept the ruling, which awarded the disputed town of Badme to Eritrea. Last month an Eritrean delegation, the first in two decades, visited Addis Ababa and held talks with Abiy. Isaias will travel to Addis Ababa later this month for a reciprocal visit, an Ethiopian government official said. U.N. Secretary-General Antonio Guterres welcomed the declaration, saying it showed that “a wind of hope” was blowing across the Horn of Africa. Analysts said the rapprochement could also ease tensions in neighbouring Djibouti and Somalia.`,
    events: [
      { kind: 'visit', status: 'occurred', participants: ['Abiy Ahmed', 'Isaias Afwerki'], date: '2018-07-08', location: 'Asmara' },
      { kind: 'meeting', status: 'occurred', participants: ['Abiy Ahmed', 'Isaias Afwerki'], date: '2018-07-08', location: 'Asmara' },
      { kind: 'meeting', status: 'occurred', participants: ['Abiy Ahmed', 'Isaias Afwerki'], date: '2018-07-09', location: 'Asmara', optional: true },
      { kind: 'signing', status: 'occurred', participants: ['Abiy Ahmed', 'Isaias Afwerki'], date: '2018-07-09', location: 'Asmara' },
      { kind: 'visit', status: 'occurred', participants: ['ER', 'Abiy Ahmed'], date: '2018-06', location: 'Addis Ababa' },
      { kind: 'meeting', status: 'occurred', participants: ['ER', 'Abiy Ahmed'], date: '2018-06', location: 'Addis Ababa' },
      { kind: 'visit', status: 'planned', participants: ['Isaias Afwerki', 'Abiy Ahmed'], date: '2018-07', location: 'Addis Ababa' },
    ],
  },
];

const web: EventArticle[] = [
  {
    name: 'x-tanzania-mozambique-dar',
    published: '2025-05-20',
    text: `Home | News | National | Business | Sports | Oped | Magazines | Podcasts
Subscribe | Sign in
Samia, Chapo sign deals on gas, border security as Mozambican leader visits
Tuesday, May 20, 2025
By Citizen Reporter
[Photo] President Samia Suluhu Hassan welcomes her Mozambican counterpart Daniel Chapo at State House in Dar es Salaam on Monday. PHOTO | STATE HOUSE
Dar es Salaam. Tanzania and Mozambique have signed five memorandums of understanding covering energy, border security, fisheries, health and transport after talks between President Samia Suluhu Hassan and her Mozambican counterpart, Daniel Chapo, at State House in Dar es Salaam on Monday, May 19.
The agreements were signed by ministers of the two countries in the presence of the two heads of state.
President Chapo arrived in the country on Sunday for a three-day state visit, his first to Tanzania since he was sworn in as Mozambique's president in January after a disputed election.
"We share a border, a history and a future. The security of Cabo Delgado is the security of Mtwara," said President Samia, referring to the insurgency in northern Mozambique that has spilled over the Ruvuma River in the past.
President Chapo thanked Tanzania for deploying troops under the SADC mission and said his government would speed up the construction of the Unity Bridge II.
Samia was among the regional leaders who attended Chapo's inauguration at the Independence Square in Maputo on January 15.
The two leaders also agreed that the Joint Permanent Commission for Cooperation, which last met in 2019, will meet in Maputo in September.
Chapo is expected to travel to Zanzibar on Wednesday, where he will visit the Zanzibar port and tour the Stone Town before flying home.
Trade between the two countries stood at about $300 million last year, according to the Bank of Tanzania.
Related:
 Samia to attend SADC summit in Madagascar
 Ruto, Museveni hold talks on EAC trade disputes
Advertisement
2,481 views
We use cookies to give you the best experience. By continuing you agree to our Privacy Policy. ACCEPT`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Samia Suluhu Hassan', 'Daniel Chapo'], date: '2025-05-19', location: 'Dar es Salaam' },
      { kind: 'visit', status: 'occurred', participants: ['Daniel Chapo', 'Samia Suluhu Hassan'], date: '2025-05-18', location: 'Dar es Salaam' },
      { kind: 'signing', status: 'occurred', participants: ['Samia Suluhu Hassan', 'Daniel Chapo'], date: '2025-05-19', location: 'Dar es Salaam' },
      { kind: 'visit', status: 'occurred', participants: ['Samia Suluhu Hassan', 'Daniel Chapo'], date: '2025-01-15', location: 'Maputo' },
      { kind: 'meeting', status: 'planned', participants: ['TZ', 'MZ'], date: '2025-09', location: 'Maputo' },
      { kind: 'visit', status: 'planned', participants: ['Daniel Chapo'], date: '2025-05-21', location: 'Zanzibar' },
    ],
  },
  {
    name: 'x-uruguay-argentina-casa-rosada',
    published: '2025-03-12',
    text: `Buenos Aires Times
SUBSCRIBE | LOG IN
Politics | Economy | Society | World | Opinion | Latin America
ARGENTINA-URUGUAY
Orsi meets Milei at Casa Rosada on first trip abroad as president
Uruguay's new head of state, sworn in on March 1, discussed Mercosur, dredging of the Río de la Plata and energy with his Argentine counterpart.
12-03-2025 09:14
[caption] President Javier Milei receives Yamandú Orsi at the Casa Rosada on Tuesday. Photo: Presidencia
Uruguayan President Yamandú Orsi met his Argentine counterpart Javier Milei at the Casa Rosada on Tuesday, on his first trip abroad since taking office less than two weeks ago.
The meeting lasted about an hour and a half and was also attended by the two countries' foreign ministers and chiefs of staff, according to the Argentine Presidency. The leaders discussed the dredging of the Martín García canal, energy interconnection and Milei's push for Mercosur to allow its members to negotiate trade deals on their own.
"We have differences, but we are neighbours and we will always be neighbours," Orsi told reporters outside the government house. "Argentina is Uruguay's brother country."
The left-leaning Orsi and the libertarian Milei make an unlikely pair. Milei did not attend Orsi's swearing-in in Montevideo on March 1; Argentina was represented by Vice-President Victoria Villarruel.
The two presidents first spoke by phone in late November, days after Orsi won the run-off against the ruling coalition's candidate.
Milei accepted an invitation to visit Uruguay, though no date has been set, a spokesman said.
Argentina holds the rotating presidency of Mercosur until July, when it will host the bloc's summit in Buenos Aires.
Read more:
 Lula and Orsi to meet in Brasília next week
 Milei heads to the US for conservative conference
👁 3,107
We use cookies to improve your experience on our site. By continuing to browse you accept our cookie policy. Accept | Settings
© 2025 Perfil Network`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Javier Milei', 'Yamandu Orsi'], date: '2025-03-11', location: 'Buenos Aires' },
      { kind: 'visit', status: 'occurred', participants: ['Yamandu Orsi', 'Javier Milei'], date: '2025-03-11', location: 'Buenos Aires' },
      { kind: 'call', status: 'occurred', participants: ['Javier Milei', 'Yamandu Orsi'], date: '2024-11', location: null },
      { kind: 'visit', status: 'occurred', participants: ['Victoria Villarruel', 'Yamandu Orsi'], date: '2025-03-01', location: 'Montevideo' },
      { kind: 'visit', status: 'planned', participants: ['Javier Milei', 'Yamandu Orsi'], date: null, location: null, optional: true },
      { kind: 'summit', status: 'planned', participants: [], date: '2025-07', location: 'Buenos Aires', occasion: 'Mercosur' },
    ],
  },
  {
    name: 'x-lithuania-poland-vilnius-grid',
    published: '2025-02-10',
    text: `LRT English
News | Lithuania | Politics | Business | Opinion | Culture | Video
Baltics celebrate synchronisation with European grid as leaders gather in Vilnius
LRT.lt 2025.02.10 08:40
Views 2,318
[caption] Gitanas Nausėda, Ursula von der Leyen and Donald Tusk at the ceremony in Vilnius on Sunday / Office of the President photo
European Commission President Ursula von der Leyen, Polish Prime Minister Donald Tusk and the presidents of Latvia and Estonia joined Lithuanian President Gitanas Nausėda in Vilnius on Sunday to mark the Baltic states' switch to the continental European electricity grid.
On Saturday, Lithuania, Latvia and Estonia disconnected from the Soviet-era BRELL system that tied them to the Russian and Belarusian grids, and on Sunday they joined the European network through Poland.
"Today we are finally free. We have removed the last lever that could be used to blackmail us," Nausėda said at the ceremony on Daukantas Square.
Ahead of the ceremony, Nausėda held bilateral talks with Tusk at the Presidential Palace, focusing on the Via Baltica road link, military mobility and the security of the Suwałki gap.
Tusk said Poland would protect the new power link "as if it were our own border". He said he had spoken by phone with Latvian Prime Minister Evika Siliņa on Thursday about protecting undersea infrastructure, after a fibre-optic cable between Latvia and Sweden was damaged in late January.
Nausėda will travel to Warsaw in March for talks with Polish President Andrzej Duda, the Lithuanian president's office said.
Related:
 Lithuania and Poland sign deal on military mobility corridor
 Finland's Stubb visits Vilnius, discusses Baltic Sea security
Listen to this article | Share | Comments (14)
This website uses cookies. Agree | Manage cookies`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Gitanas Nauseda', 'Donald Tusk'], date: '2025-02-09', location: 'Vilnius' },
      { kind: 'visit', status: 'occurred', participants: ['Donald Tusk', 'Gitanas Nauseda'], date: '2025-02-09', location: 'Vilnius' },
      { kind: 'visit', status: 'occurred', participants: ['Ursula von der Leyen', 'Gitanas Nauseda'], date: '2025-02-09', location: 'Vilnius', optional: true },
      { kind: 'summit', status: 'occurred', participants: [], date: '2025-02-09', location: 'Vilnius', optional: true },
      { kind: 'call', status: 'occurred', participants: ['Donald Tusk', 'Evika Silina'], date: '2025-02-06', location: null },
      { kind: 'visit', status: 'planned', participants: ['Gitanas Nauseda', 'Andrzej Duda'], date: '2025-03', location: 'Warsaw' },
      { kind: 'meeting', status: 'planned', participants: ['Gitanas Nauseda', 'Andrzej Duda'], date: '2025-03', location: 'Warsaw' },
    ],
  },
  {
    name: 'x-korea-czech-prague',
    published: '2024-09-20',
    text: `YONHAP NEWS AGENCY
National | North Korea | Economy | Market | Business & Tech | Culture | Sports | Photos | Videos
(LEAD) Yoon, Czech president agree to expand nuclear energy cooperation
All News 22:31 September 20, 2024
PRAGUE, Sept. 20 (Yonhap) -- President Yoon Suk Yeol held summit talks with Czech President Petr Pavel on Friday and agreed to expand cooperation in nuclear power, as Korea Hydro & Nuclear Power (KHNP) seeks to finalize a deal to build two reactors at the Dukovany plant.
Yoon arrived in Prague on Thursday for a four-day state visit, the first by a South Korean president in 10 years.
The two leaders met at Prague Castle for about 90 minutes, with Yoon calling the Czech Republic "an optimal partner" for the "renaissance of nuclear power" in Europe, according to the presidential office.
"Our two countries have the technology, the industrial base and the political will," Yoon said at a joint press conference.
Pavel said the partnership would go beyond nuclear energy to include batteries, hydrogen and high-speed rail.
After the talks, the two governments exchanged memorandums of understanding on nuclear energy, science and the defense industry in the presence of the two presidents.
Yoon and Pavel last met on the sidelines of the NATO summit in Washington in July.
On Saturday, Yoon is scheduled to hold talks with Prime Minister Petr Fiala before traveling to Plzen, home to Doosan Skoda Power, an affiliate of Doosan Enerbility.
(END)
Keywords #Yoon #Czech #nuclear
Related Articles
 Yoon to visit Czech Republic for nuclear cooperation
 First lady attends Korean-Czech cultural event
Most Viewed
 1 BTS' Jin to hold fan meeting in ...
Copyright (c) YONHAP NEWS AGENCY. All rights reserved.`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Yoon Suk Yeol', 'Petr Pavel'], date: '2024-09-20', location: 'Prague' },
      { kind: 'visit', status: 'occurred', participants: ['Yoon Suk Yeol', 'Petr Pavel'], date: '2024-09-19', location: 'Prague' },
      { kind: 'signing', status: 'occurred', participants: ['Yoon Suk Yeol', 'Petr Pavel'], date: '2024-09-20', location: 'Prague' },
      { kind: 'meeting', status: 'planned', participants: ['Yoon Suk Yeol', 'Petr Fiala'], date: '2024-09-21', location: 'Prague' },
      { kind: 'meeting', status: 'occurred', participants: ['Yoon Suk Yeol', 'Petr Pavel'], date: '2024-07', location: 'Washington', occasion: 'NATO' },
      { kind: 'summit', status: 'occurred', participants: [], date: '2024-07', date_true: '2024-07-09', location: 'Washington', occasion: 'NATO', optional: true },
    ],
  },
  {
    name: 'x-senegal-mauritania-nouakchott',
    published: null,
    text: `africanews.
Home | Africa | Business | Politics | Sport | Culture | Videos | Live
Mauritania
Senegal's president Faye chooses Mauritania for first foreign trip
By Africanews with AFP
Last updated: 18/04 - 17:42
[caption] Mauritanian President Mohamed Ould Ghazouani (R) welcomes Senegalese President Bassirou Diomaye Faye at Nouakchott airport
Senegal's newly elected president Bassirou Diomaye Faye on Thursday arrived in Nouakchott, the capital of neighbouring Mauritania, on his first trip abroad since being sworn in on April 2.
He was welcomed at the airport by President Mohamed Ould Ghazouani, before the two men held talks at the presidential palace on the Greater Tortue Ahmeyim offshore gas project the two countries share, fishing licences and the security situation in the Sahel.
"I came to Mauritania first because our destinies are linked," Faye told journalists after the talks.
The 44-year-old former tax inspector, who was released from prison ten days before the March 24 election, won in the first round on a promise of sovereignty and a renegotiation of oil and gas contracts.
Ghazouani, who currently holds the rotating chairmanship of the African Union, was one of the first leaders to call Faye to congratulate him, the day after the election.
Faye is expected in Banjul on Saturday for talks with Gambian President Adama Barrow, his office announced.
Gas production at Greater Tortue Ahmeyim, operated by BP and Kosmos Energy, is expected to start later this year.
More on this topic
 Senegal: new government named
 Mali junta suspends political parties
Copyright © africanews 18/04/2024
Cookies policy | Terms and conditions`,
    events: [
      { kind: 'visit', status: 'occurred', participants: ['Bassirou Diomaye Faye', 'Mohamed Ould Ghazouani'], date: '2024-04-18', location: 'Nouakchott' },
      { kind: 'meeting', status: 'occurred', participants: ['Bassirou Diomaye Faye', 'Mohamed Ould Ghazouani'], date: '2024-04-18', location: 'Nouakchott' },
      { kind: 'visit', status: 'planned', participants: ['Bassirou Diomaye Faye', 'Adama Barrow'], date: '2024-04-20', location: 'Banjul' },
      { kind: 'meeting', status: 'planned', participants: ['Bassirou Diomaye Faye', 'Adama Barrow'], date: '2024-04-20', location: 'Banjul' },
      { kind: 'call', status: 'occurred', participants: ['Mohamed Ould Ghazouani', 'Bassirou Diomaye Faye'], date: '2024-03-25', location: null },
    ],
  },
  {
    name: 'x-guatemala-panama-visit',
    published: '2025-03-07',
    text: `Newsroom Panama
Home » Politics » Region
Arévalo and Mulino sign migration and security agreements
March 7, 2025 | by Newsroom | 👁 512
[Photo: Presidency of Panama] Presidents Bernardo Arévalo and José Raúl Mulino at the Palacio de las Garzas.
Guatemalan President Bernardo Arévalo arrived in Panama City on Thursday on an official visit and was received by President José Raúl Mulino at the Palacio de las Garzas, where the two leaders discussed migration, security and trade.
During the visit, the foreign ministers of the two countries signed an agreement on the exchange of migration information and a memorandum on cooperation against drug trafficking and organized crime.
"Central America and Panama cannot face the migration crisis each on its own," said Mulino at a press conference after the meeting. Arévalo said the region had to "stop exporting its young people".
The two presidents had spoken by telephone last month about the flights of deported migrants from the United States, several of which have landed in Panama with citizens of third countries.
Mulino accepted an invitation to visit Guatemala later this year, the Guatemalan presidency said.
Arévalo returns to Guatemala on Friday after meeting business leaders of the Colón Free Zone.
Related news
 US Secretary of State visits Panama Canal, meets Mulino
 Canal authority reports record revenue
Comments are closed.
This site uses cookies. Accept Read more`,
    events: [
      { kind: 'visit', status: 'occurred', participants: ['Bernardo Arevalo', 'Jose Raul Mulino'], date: '2025-03-06', location: 'Panama City' },
      { kind: 'meeting', status: 'occurred', participants: ['Bernardo Arevalo', 'Jose Raul Mulino'], date: '2025-03-06', location: 'Panama City' },
      { kind: 'signing', status: 'occurred', participants: ['GT', 'PA'], date: '2025-03', date_true: '2025-03-06', location: 'Panama City' },
      { kind: 'call', status: 'occurred', participants: ['Jose Raul Mulino', 'Bernardo Arevalo'], date: '2025-02', location: null },
      { kind: 'visit', status: 'planned', participants: ['Jose Raul Mulino', 'Bernardo Arevalo'], date: '2025', location: null },
    ],
  },
  {
    name: 'x-cyprus-eu-beirut',
    published: '2024-05-02',
    text: `L'Orient Today
Lebanon | Middle East | Economy | Opinion | Culture
LEBANON-EU
Von der Leyen and Christodoulides announce €1 billion package for Lebanon
The EU aid, spread over four years, aims to curb the departure of Syrian refugees by boat to Cyprus.
By L'Orient Today staff, 02 May 2024 17:25
[Caption] Caretaker Prime Minister Najib Mikati receiving European Commission President Ursula von der Leyen and Cypriot President Nikos Christodoulides at the Grand Serail, May 2, 2024. (Credit: Dalati & Nohra)
BEIRUT — European Commission President Ursula von der Leyen and Cypriot President Nikos Christodoulides met caretaker Prime Minister Najib Mikati in Beirut on Thursday and announced a €1 billion EU package for Lebanon, most of it for the army, border control and basic services.
"We want to help Lebanon shoulder the burden of hosting Syrian refugees, and we also count on good cooperation on preventing illegal migration," von der Leyen said at a press conference at the Grand Serail.
The two leaders, who flew in together from Larnaca in the morning, were then received by Parliament Speaker Nabih Berri at Ain al-Tineh.
Christodoulides was last in Beirut on April 8, when he held talks with Mikati on the sharp rise in the number of boats carrying Syrians to Cyprus.
Mikati said he would raise the issue of safe zones in Syria at the Brussels conference on the future of Syria, to be held on May 27.
Hezbollah-affiliated lawmakers criticised the package as "a bribe" to keep refugees in Lebanon.
Read also
 Cyprus suspends processing of Syrian asylum requests
 Mikati: We will not be a border guard for Europe
Most read
 1. Israeli strikes on south Lebanon kill three
Newsletter: Subscribe to our daily newsletter
Cookies: we use cookies to improve your experience. OK`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Ursula von der Leyen', 'Nikos Christodoulides', 'Najib Mikati'], date: '2024-05-02', location: 'Beirut' },
      { kind: 'visit', status: 'occurred', participants: ['Ursula von der Leyen', 'Nikos Christodoulides', 'Najib Mikati'], date: '2024-05-02', location: 'Beirut' },
      { kind: 'meeting', status: 'occurred', participants: ['Ursula von der Leyen', 'Nikos Christodoulides', 'Nabih Berri'], date: '2024-05-02', location: 'Beirut' },
      { kind: 'visit', status: 'occurred', participants: ['Nikos Christodoulides', 'Najib Mikati'], date: '2024-04-08', location: 'Beirut' },
      { kind: 'meeting', status: 'occurred', participants: ['Nikos Christodoulides', 'Najib Mikati'], date: '2024-04-08', location: 'Beirut' },
      { kind: 'summit', status: 'planned', participants: [], date: '2024-05-27', location: 'Brussels', occasion: 'Brussels conference on Syria' },
    ],
  },
  {
    name: 'x-thailand-cambodia-bangkok',
    published: '2024-02-07',
    text: `Bangkok Post
NEWS | BUSINESS | OPINION | LIFE | TRAVEL | AUTO | PROPERTY
General
Srettha, Hun Manet agree to open border checkpoints, fight online scams
PUBLISHED : 7 Feb 2024 at 13:05 | 4,102 viewed | 12 comments
WRITER: Online Reporters
[Photo] Prime Minister Srettha Thavisin (right) welcomes Cambodian Prime Minister Hun Manet at Government House on Wednesday. (Photo: Government House)
Prime Minister Srettha Thavisin and his Cambodian counterpart Hun Manet agreed on Wednesday to open two new permanent border checkpoints and to step up joint action against call-centre gangs operating scams from Cambodian territory.
Hun Manet is on a one-day official visit to Thailand, his first since he succeeded his father Hun Sen as prime minister in August. He was welcomed with a ceremony at Government House in the morning before the talks.
The two leaders then witnessed the signing of memorandums of understanding on road safety, electricity trading and cooperation between the two countries' anti-corruption agencies.
Mr Srettha said both sides had also agreed to speed up negotiations on the disputed maritime area in the Gulf of Thailand, which is believed to hold large gas reserves.
Hun Manet is scheduled to be granted an audience with His Majesty King Maha Vajiralongkorn at the Amphorn Sathan Residential Hall this evening before flying home.
Mr Srettha visited Phnom Penh in September, shortly after taking office, and held talks with Hun Manet there.
The two leaders agreed to meet again on the sidelines of the Asean summit in Vientiane in October.
RELATED
 Thai-Cambodian trade tops 300 billion baht
 Thaksin granted parole, to be released this month
We use cookies to personalise content and ads. By using this site you agree. ACCEPT`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Srettha Thavisin', 'Hun Manet'], date: '2024-02-07', location: 'Bangkok' },
      { kind: 'visit', status: 'occurred', participants: ['Hun Manet', 'Srettha Thavisin'], date: '2024-02-07', location: 'Bangkok' },
      { kind: 'signing', status: 'occurred', participants: ['Srettha Thavisin', 'Hun Manet'], date: '2024-02-07', location: 'Bangkok' },
      { kind: 'meeting', status: 'planned', participants: ['Hun Manet', 'Maha Vajiralongkorn'], date: '2024-02-07', location: 'Bangkok' },
      { kind: 'visit', status: 'occurred', participants: ['Srettha Thavisin', 'Hun Manet'], date: '2023-09', date_true: '2023-09-28', location: 'Phnom Penh' },
      { kind: 'meeting', status: 'occurred', participants: ['Srettha Thavisin', 'Hun Manet'], date: '2023-09', date_true: '2023-09-28', location: 'Phnom Penh' },
      { kind: 'meeting', status: 'planned', participants: ['Srettha Thavisin', 'Hun Manet'], date: '2024-10', location: 'Vientiane', occasion: 'ASEAN' },
      { kind: 'summit', status: 'planned', participants: [], date: '2024-10', date_true: '2024-10-08', location: 'Vientiane', occasion: 'ASEAN' },
    ],
  },
  {
    name: 'x-nz-png-port-moresby',
    published: '2024-06-12',
    text: `RNZ
Home | New Zealand | World | Politics | Pacific | Te Ao Māori | Business | Country | Sport
Pacific
Peters meets Marape on Port Moresby leg of Pacific tour
12 June 2024 5:16pm
Share this | Facebook | X (Twitter) | Email
[caption] Foreign Minister Winston Peters with Prime Minister James Marape in Port Moresby. Photo: Supplied / MFAT
Foreign Minister Winston Peters has met Papua New Guinea Prime Minister James Marape in Port Moresby, where the two discussed security cooperation, climate finance and the fallout from the deadly landslide in Enga province last month.
Peters arrived in the PNG capital on Tuesday from Honiara, where he had talks on Monday with Solomon Islands Prime Minister Jeremiah Manele, his first meeting with Manele since he took office in May.
The meeting with Marape on Wednesday lasted about an hour, a spokesperson for Peters said. New Zealand announced an extra $2 million for landslide recovery.
"Papua New Guinea is the largest country in our region and it matters enormously to us," Peters told RNZ Pacific after the meeting.
Marape said he had asked New Zealand to support PNG's bid for more seasonal-worker places.
Peters travels to Port Vila on Thursday for the final leg of the trip before returning to Wellington at the weekend.
Pacific Islands Forum leaders will meet in Tonga in August, where security and the regional policing initiative are expected to dominate.
Related stories
 Luxon to lead trade delegation to Japan
 Solomon Islands PM Manele names cabinet
Get the RNZ app for ad-free news and current affairs
© Copyright Radio New Zealand 2024`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Winston Peters', 'James Marape'], date: '2024-06-12', location: 'Port Moresby' },
      { kind: 'visit', status: 'occurred', participants: ['Winston Peters', 'James Marape'], date: '2024-06-11', location: 'Port Moresby' },
      { kind: 'visit', status: 'occurred', participants: ['Winston Peters', 'Jeremiah Manele'], date: '2024-06', date_true: '2024-06-10', location: 'Honiara' },
      { kind: 'meeting', status: 'occurred', participants: ['Winston Peters', 'Jeremiah Manele'], date: '2024-06-10', location: 'Honiara' },
      { kind: 'visit', status: 'planned', participants: ['Winston Peters'], date: '2024-06-13', location: 'Port Vila' },
      { kind: 'summit', status: 'planned', participants: [], date: '2024-08', date_true: '2024-08-26', location: null, occasion: 'Pacific Islands Forum' },
    ],
  },
  {
    name: 'x-syria-jordan-amman',
    published: '2025-02-26',
    text: `Jordan Times
Home | Local | Region | World | Business | Opinion | Sports
King receives Syrian president in Amman
By JT - Feb 26,2025 - Last updated at Feb 26,2025
[Photo] His Majesty King Abdullah receives Syrian President Ahmed Al Sharaa at Al Husseiniya Palace on Wednesday (Photo courtesy of the Royal Hashemite Court)
AMMAN — His Majesty King Abdullah on Wednesday received Syrian President Ahmed Al Sharaa at Al Husseiniya Palace, in the first visit to Jordan by the Syrian leader since the fall of the Assad regime in December.
The talks, which were attended by Crown Prince Hussein, focused on border security, the fight against drug smuggling, water and the return of Syrian refugees, according to a Royal Court statement.
His Majesty reaffirmed Jordan's support for the Syrian people in rebuilding their state "in a manner that preserves Syria's unity, stability and sovereignty".
Sharaa arrived in Amman earlier in the day. Foreign Minister Ayman Safadi, who met Sharaa in Damascus on December 23 in the first visit by an Arab foreign minister after the change of power, received him at the airport.
Sharaa's first trip abroad as president was to Saudi Arabia at the beginning of this month, where he held talks with Crown Prince Mohammed bin Salman in Riyadh, followed by a visit to Turkey on February 4, where he met President Recep Tayyip Erdogan in Ankara.
The Syrian president is expected to attend the emergency Arab summit on Gaza to be held in Cairo on March 4.
Jordan hosts about 1.3 million Syrians, according to government figures, of whom around 600,000 are registered as refugees with the UN.
You might also like
 Safadi, Turkish counterpart discuss regional developments
 Jordan, Iraq sign electricity interconnection deal
Copyright © 2025 Jordan Times. All Rights Reserved.`,
    events: [
      { kind: 'visit', status: 'occurred', participants: ['Ahmed al-Sharaa', 'Abdullah II'], date: '2025-02-26', location: 'Amman' },
      { kind: 'meeting', status: 'occurred', participants: ['Abdullah II', 'Ahmed al-Sharaa'], date: '2025-02-26', location: 'Amman' },
      { kind: 'visit', status: 'occurred', participants: ['Ayman Safadi', 'Ahmed al-Sharaa'], date: '2024-12-23', location: 'Damascus' },
      { kind: 'meeting', status: 'occurred', participants: ['Ayman Safadi', 'Ahmed al-Sharaa'], date: '2024-12-23', location: 'Damascus' },
      { kind: 'visit', status: 'occurred', participants: ['Ahmed al-Sharaa', 'Mohammed bin Salman'], date: '2025-02', date_true: '2025-02-02', location: 'Riyadh' },
      { kind: 'meeting', status: 'occurred', participants: ['Ahmed al-Sharaa', 'Mohammed bin Salman'], date: '2025-02', date_true: '2025-02-02', location: 'Riyadh' },
      { kind: 'visit', status: 'occurred', participants: ['Ahmed al-Sharaa', 'Recep Tayyip Erdogan'], date: '2025-02-04', location: 'Ankara' },
      { kind: 'meeting', status: 'occurred', participants: ['Ahmed al-Sharaa', 'Recep Tayyip Erdogan'], date: '2025-02-04', location: 'Ankara' },
      { kind: 'summit', status: 'planned', participants: [], date: '2025-03-04', location: 'Cairo', occasion: 'Arab League' },
      { kind: 'visit', status: 'planned', participants: ['Ahmed al-Sharaa'], date: '2025-03-04', location: 'Cairo', optional: true },
    ],
  },
  {
    name: 'x-helsinki-baltic-sea-summit',
    published: '2025-01-14',
    text: `Yle News
News | Finland | Politics | Business | Culture | All Points North
NATO to launch "Baltic Sentry" after Helsinki summit on undersea cables
Leaders of the Baltic Sea NATO countries met in Helsinki after a string of incidents involving damaged power and data cables.
14.1.2025 19:02 | updated 14.1.2025 19:40
[Image] President Alexander Stubb and Estonian Prime Minister Kristen Michal welcomed leaders to the House of the Estates. Image: Emmi Korhonen / Lehtikuva
President Alexander Stubb and Estonian Prime Minister Kristen Michal hosted leaders of the NATO countries around the Baltic Sea in Helsinki on Tuesday, where NATO Secretary General Mark Rutte announced a new mission, "Baltic Sentry", to patrol the sea with frigates, patrol aircraft and naval drones.
"Any attack on our critical infrastructure will be met with a determined response," Rutte told a press conference.
Stubb and Michal agreed to organise the meeting when they spoke by phone on December 26, the day after the Eagle S tanker dragged its anchor across the Estlink 2 power cable between the two countries.
On the sidelines of the summit, Prime Minister Petteri Orpo held talks with Swedish Prime Minister Ulf Kristersson on joint surveillance of the northern Baltic.
Danish Prime Minister Mette Frederiksen, whose government has been dealing with US President Donald Trump's remarks on Greenland, will travel to Berlin and Paris later this month for talks on European security, her office said.
The next NATO summit will be held in The Hague in June.
Read more:
 Eagle S: Police suspect crew of aggravated sabotage
 Stubb, Trump talk by phone about Ukraine
Yle uses cookies. Read more about cookies. OK`,
    events: [
      { kind: 'summit', status: 'occurred', participants: [], date: '2025-01-14', location: 'Helsinki', occasion: 'NATO' },
      { kind: 'meeting', status: 'occurred', participants: ['Petteri Orpo', 'Ulf Kristersson'], date: '2025-01-14', location: 'Helsinki', occasion: 'NATO' },
      { kind: 'call', status: 'occurred', participants: ['Alexander Stubb', 'Kristen Michal'], date: '2024-12-26', location: null },
      { kind: 'visit', status: 'planned', participants: ['Mette Frederiksen'], date: '2025-01', date_true: '2025-01-28', location: 'Berlin' },
      { kind: 'visit', status: 'planned', participants: ['Mette Frederiksen'], date: '2025-01', date_true: '2025-01-28', location: 'Paris' },
      { kind: 'summit', status: 'planned', participants: [], date: '2025-06', date_true: '2025-06-24', location: 'The Hague', occasion: 'NATO' },
      { kind: 'visit', status: 'occurred', participants: ['Mark Rutte'], date: '2025-01-14', location: 'Helsinki', optional: true },
      { kind: 'visit', status: 'occurred', participants: ['Ulf Kristersson'], date: '2025-01-14', location: 'Helsinki', optional: true },
    ],
  },
  {
    name: 'x-japan-domestic-negatives',
    published: '2025-01-11',
    text: `Japan Today
National | Politics | Business | Tech | Crime | Entertainment | Sports
Ishiba visits quake-hit Noto, promises faster rebuilding
TOKYO
[Photo] Prime Minister Shigeru Ishiba speaks with evacuees at a temporary housing site in Wajima, Ishikawa Prefecture, on Saturday. Image: Kyodo
Prime Minister Shigeru Ishiba visited the Noto Peninsula on Saturday, a year after the New Year's Day earthquake that killed more than 500 people, and promised to speed up the reconstruction of roads, ports and housing.
Ishiba met the Ishikawa governor and mayors of Wajima and Suzu and spoke with evacuees still living in temporary housing.
"Rebuilding Noto is a test of this government," he told reporters.
On Monday, Ishiba will hold talks with leaders of the ruling coalition partner Komeito on the budget for the next fiscal year, which the minority government needs opposition votes to pass.
The Bank of Japan's policy board meets later this month and is widely expected to raise interest rates.
Separately, Toyota held a "suppliers' summit" in Nagoya on Friday on chip shortages, and the mayors of the quake-hit towns will travel to Tokyo next week to meet officials of the reconstruction agency.
Related
 LDP to hold party convention in March
 Noto residents mark one year since quake
339 views
© 2025 GPlusMedia Inc.`,
    events: [],
  },
];

const stateMedia: EventArticle[] = [
  {
    name: 'tass-matviyenko-ashimbayev',
    published: null,
    text: `Matviyenko, Kazakh Senate speaker discuss preparation of interparliamentary commission

ST. PETERSBURG, November 27. /TASS/. Federation Council Speaker Valentina Matviyenko held talks with Chairman of the Senate of Kazakhstan's Parliament Maulen Ashimbayev on the sidelines of the plenary session of the CIS Inter-Parliamentary Assembly (IPA CIS) in St. Petersburg on Wednesday.
"Relations between Russia and Kazakhstan are at the very high level, they are built on the principles of alliance, good neighborhood and mutual trust," Matviyenko said at the beginning of the meeting.
She recalled that in October she paid an official visit to Kazakhstan, where she was received by President Kassym-Jomart Tokayev in Astana, and the sides had "very substantive" conversation about the interregional cooperation.
According to her, the sides will have to do a big work on the preparation of the meeting of the Russian-Kazakh interparliamentary commission, which will be held in Astana in the first half of next year.
Ashimbayev for his part thanked for the traditional hospitality of the St. Petersburg land and noted that Kazakhstan highly appreciates the role of the Federation Council in development of the allied relations. "Our cooperation in the parliamentary sphere is a good example for other countries of the Commonwealth," he stressed.
The plenary session of the IPA CIS was attended by the parliamentary delegations of nine countries, the Assembly's press service informed. The participants adopted a number of model laws and recommendations, including on countering the cyber-fraud.

November 27, 2024, 14:05`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Valentina Matviyenko', 'Maulen Ashimbayev'], date: '2024-11-27', location: 'Saint Petersburg', occasion: 'IPA CIS' },
      { kind: 'summit', status: 'occurred', participants: [], date: '2024-11-27', location: 'Saint Petersburg', occasion: 'IPA CIS' },
      { kind: 'visit', status: 'occurred', participants: ['Valentina Matviyenko', 'Kassym-Jomart Tokayev'], date: '2024-10', location: 'Astana' },
      { kind: 'meeting', status: 'occurred', participants: ['Valentina Matviyenko', 'Kassym-Jomart Tokayev'], date: '2024-10', location: 'Astana' },
      { kind: 'meeting', status: 'planned', participants: ['RU', 'KZ'], date: '2025', location: 'Astana' },
      { kind: 'visit', status: 'occurred', participants: ['Maulen Ashimbayev'], date: '2024-11', location: 'Saint Petersburg', optional: true },
    ],
  },
  {
    name: 'xinhua-zhao-leji-pyongyang',
    published: null,
    text: `Zhao Leji holds talks with Choe Ryong Hae in Pyongyang
Source: Xinhua| 2024-04-12 00:25:31|Editor: huaxia
Video PlayerClose
PYONGYANG, April 11 (Xinhua) -- Zhao Leji, chairman of the National People's Congress (NPC) Standing Committee, held talks with Choe Ryong Hae, member of the Presidium of the Political Bureau of the Central Committee of the Workers' Party of Korea (WPK), first vice-chairman of the State Affairs Commission and president of the Presidium of the Supreme People's Assembly of the Democratic People's Republic of Korea (DPRK), in Pyongyang on Thursday.
Zhao arrived in Pyongyang on Thursday afternoon for an official goodwill visit to the DPRK and to attend the opening ceremony of the China-DPRK Friendship Year, at the invitation of the WPK Central Committee and the DPRK government.
Zhao said that China and the DPRK are friendly socialist neighbors. Since 2018, under the strategic guidance of General Secretary Xi Jinping and General Secretary Kim Jong Un, the China-DPRK relations have entered a new historical period. Zhao recalled that Xi paid a historic state visit to the DPRK in June 2019, which charted the course for the development of bilateral ties in the new era.
China is willing to work with the DPRK to take the opportunity of the 75th anniversary of the diplomatic relations and the Friendship Year to strengthen the exchanges and cooperation in various fields, Zhao said.
Choe said the DPRK side highly appreciates China's important position, and is ready to work with the Chinese side to deepen exchanges between the legislative bodies.
Following the talks, Zhao and Choe attended the opening ceremony of the China-DPRK Friendship Year and watched a performance.
Zhao also conveyed cordial greetings from Xi to Kim Jong Un.
Enditem
[Editor: huaxia]`,
    events: [
      { kind: 'visit', status: 'occurred', participants: ['Zhao Leji', 'Choe Ryong Hae'], date: '2024-04-11', location: 'Pyongyang' },
      { kind: 'meeting', status: 'occurred', participants: ['Zhao Leji', 'Choe Ryong Hae'], date: '2024-04-11', location: 'Pyongyang' },
      { kind: 'visit', status: 'occurred', participants: ['Xi Jinping', 'Kim Jong Un'], date: '2019-06', date_true: '2019-06-20', location: 'Pyongyang' },
      { kind: 'meeting', status: 'occurred', participants: ['Xi Jinping', 'Kim Jong Un'], date: '2019-06', date_true: '2019-06-20', location: 'Pyongyang', optional: true },
    ],
  },
  {
    name: 'mfa-azerbaijan-bayramov-kamikawa',
    published: '2024-06-05',
    text: `Ministry of Foreign Affairs of the Republic of Azerbaijan
Press Service | Press releases
No:305/24, Press release on the meeting of Minister of Foreign Affairs Jeyhun Bayramov with Minister for Foreign Affairs of Japan Yoko Kamikawa
On June 4, 2024, Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov, who is on a working visit to Tokyo, met with the Minister for Foreign Affairs of Japan Yoko Kamikawa.
During the meeting, the sides exchanged views on the current state and prospects of the bilateral relations between Azerbaijan and Japan, as well as on the regional and international issues of mutual interest.
It was noted with satisfaction that the political consultations between the Ministries of Foreign Affairs of the two countries held in Baku in February of this year have contributed to the expansion of the agenda of cooperation in the fields of energy, transport and humanitarian.
Minister Jeyhun Bayramov informed his counterpart about the preparations for the 29th session of the Conference of the Parties to the UN Framework Convention on Climate Change (COP29), to be held in Baku in November this year, and expressed hope for the high-level participation of Japan.
Minister Bayramov also informed in detail about the current situation of the peace process between Azerbaijan and Armenia, the delimitation works on the border and the mine threat in the liberated territories.
Minister Yoko Kamikawa noted that Japan supports the normalization of relations in the South Caucasus and is interested in the development of the Middle Corridor.
Minister Bayramov invited Minister Kamikawa to pay a visit to Azerbaijan at a convenient time for her, and the invitation was accepted with gratitude.
The sides also exchanged views on other issues of mutual interest.
05.06.2024, 10:12`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Jeyhun Bayramov', 'Yoko Kamikawa'], date: '2024-06-04', location: 'Tokyo' },
      { kind: 'visit', status: 'occurred', participants: ['Jeyhun Bayramov', 'Yoko Kamikawa'], date: '2024-06', date_true: '2024-06-04', location: 'Tokyo' },
      { kind: 'meeting', status: 'occurred', participants: ['AZ', 'JP'], date: '2024-02', location: 'Baku' },
      { kind: 'summit', status: 'planned', participants: [], date: '2024-11', date_true: '2024-11-11', location: 'Baku', occasion: 'COP29' },
      { kind: 'visit', status: 'planned', participants: ['Yoko Kamikawa', 'Jeyhun Bayramov'], date: null, location: null, optional: true },
    ],
  },
  {
    name: 'kremlin-putin-sassou-call',
    published: null,
    text: `President of Russia
Events | Structure | Videos and photos | Documents | Contact | Search
Telephone conversation with President of the Republic of the Congo Denis Sassou Nguesso
Vladimir Putin had a telephone conversation with President of the Republic of the Congo Denis Sassou Nguesso.
February 5, 2025 17:40
The leaders discussed topical issues of the Russian-Congolese relations, traditionally friendly, with emphasis on the realization of the agreements reached during the talks in Moscow last year. Satisfaction was expressed with the development of cooperation in the energy, geological exploration, education and the training of personnel.
Denis Sassou Nguesso accepted with gratitude the invitation to take part in the celebration events on the occasion of the 80th anniversary of Victory in the Great Patriotic War, which will take place in Moscow on May 9.
The two Presidents also exchanged views on the situation in Central Africa and agreed to continue the joint work on preparations for the third Russia-Africa Summit, which will be held in 2026.
It was agreed to maintain contacts.
Publication date: February 5, 2025, 17:40
Text version`,
    events: [
      { kind: 'call', status: 'occurred', participants: ['Vladimir Putin', 'Denis Sassou Nguesso'], date: '2025-02-05', location: null },
      { kind: 'visit', status: 'planned', participants: ['Denis Sassou Nguesso', 'Vladimir Putin'], date: '2025-05-09', location: 'Moscow' },
      { kind: 'meeting', status: 'occurred', participants: ['Vladimir Putin', 'Denis Sassou Nguesso'], date: '2024', location: 'Moscow' },
      { kind: 'visit', status: 'occurred', participants: ['Denis Sassou Nguesso', 'Vladimir Putin'], date: '2024', location: 'Moscow', optional: true },
      { kind: 'summit', status: 'planned', participants: [], date: '2026', location: null, occasion: 'Russia-Africa' },
    ],
  },
  {
    name: 'mfa-egypt-abdelatty-attaf',
    published: '2024-09-11',
    text: `Ministry of Foreign Affairs - Arab Republic of Egypt
Home > Media Center > News
Foreign Minister Abdelatty meets with his Algerian Counterpart on the sidelines of the Arab League Council
Wednesday, 11 September 2024
Minister of Foreign Affairs, Emigration and Egyptian Expatriates, Dr. Badr Abdelatty, met with the Minister of Foreign Affairs and National Community Abroad of Algeria, Mr. Ahmed Attaf, on Tuesday 10 September on the sidelines of the 162nd ordinary session of the Council of the League of Arab States at the ministerial level, held in Cairo.
Ambassador Tamim Khallaf, the Official Spokesperson and Director of Public Diplomacy at the Ministry of Foreign Affairs, stated that Minister Abdelatty affirmed the depth of the fraternal relations binding Egypt and Algeria, and the keenness to push forward the economic and trade cooperation and increasing the Egyptian investments in Algeria.
The two ministers agreed to hold the session of the Egyptian-Algerian Joint Higher Committee in Algiers before the end of the year, and to follow up on what was agreed upon during the phone call which took place between them last month.
The meeting also witnessed exchange of views on the developments in Gaza, Sudan and Libya, where Minister Abdelatty underlined the importance of coordination between the two countries as neighbours of Libya.
On the sidelines of the Council, Minister Abdelatty also met with the Secretary-General of the Arab League, Ahmed Aboul Gheit, and discussed preparations for the upcoming Arab-Islamic extraordinary summit.
Share : Facebook | X | WhatsApp`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Badr Abdelatty', 'Ahmed Attaf'], date: '2024-09-10', location: 'Cairo', occasion: 'Arab League' },
      { kind: 'summit', status: 'occurred', participants: [], date: '2024-09-10', location: 'Cairo', occasion: 'Arab League' },
      { kind: 'call', status: 'occurred', participants: ['Ahmed Attaf', 'Badr Abdelatty'], date: '2024-08', location: null },
      { kind: 'meeting', status: 'planned', participants: ['EG', 'DZ'], date: '2024', location: 'Algiers' },
      { kind: 'meeting', status: 'occurred', participants: ['Badr Abdelatty', 'Ahmed Aboul Gheit'], date: '2024-09-10', location: 'Cairo', occasion: 'Arab League' },
      { kind: 'summit', status: 'planned', participants: [], date: null, location: null, occasion: 'Arab League', optional: true },
    ],
  },
  {
    name: 'xinhua-wang-huning-sonexay',
    published: '2024-11-20',
    text: `Wang Huning meets Lao prime minister
Source: Xinhua
Editor: Huaxia
2024-11-20 21:47:10
BEIJING, Nov. 20 (Xinhua) -- Wang Huning, chairman of the National Committee of the Chinese People's Political Consultative Conference (CPPCC), met with Lao Prime Minister Sonexay Siphandone in Beijing on Wednesday.
Noting that China and Laos are good neighbors, good friends, good comrades and good partners, Wang said the CPPCC is willing to strengthen exchanges with the Lao Front for National Development and contribute to building a China-Laos community with a shared future.
Sonexay said Laos adheres to the one-China principle and thanked China for its valuable support to the economic and social development of Laos, including the Laos-China Railway.
Sonexay is paying an official visit to China from Monday to Thursday at the invitation of Chinese Premier Li Qiang. Li held talks with him on Tuesday at the Great Hall of the People, after which the two premiers witnessed the signing of multiple cooperation documents in such fields as the Belt and Road Initiative, digital economy, agriculture and green development.
Chinese President Xi Jinping will meet with Sonexay in Beijing on Thursday.
Enditem`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Wang Huning', 'Sonexay Siphandone'], date: '2024-11-20', location: 'Beijing' },
      { kind: 'visit', status: 'occurred', participants: ['Sonexay Siphandone', 'Li Qiang'], date: '2024-11-18', location: null },
      { kind: 'meeting', status: 'occurred', participants: ['Li Qiang', 'Sonexay Siphandone'], date: '2024-11-19', location: 'Beijing' },
      { kind: 'signing', status: 'occurred', participants: ['Li Qiang', 'Sonexay Siphandone'], date: '2024-11-19', location: 'Beijing' },
      { kind: 'meeting', status: 'planned', participants: ['Xi Jinping', 'Sonexay Siphandone'], date: '2024-11-21', location: 'Beijing' },
    ],
  },
  {
    name: 'pmd-sri-lanka-india-delhi',
    published: null,
    text: `President's Media Division (PMD)
Home | News | Speeches | Media Releases | Gallery | සිංහල | தமிழ்
President Disanayaka holds bilateral talks with Indian Prime Minister Modi in New Delhi
Posted on December 16, 2024
President Anura Kumara Disanayaka, who is on a State Visit to India, held official bilateral discussions with the Prime Minister of India Shri Narendra Modi at the Hyderabad House in New Delhi today (16).
The President was accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan this morning, following which the discussions were held between the two leaders and their delegations. The President arrived in New Delhi yesterday (15) on his first foreign visit after assuming the office of President.
The External Affairs Minister of India Dr. S. Jaishankar called on the President yesterday evening at the hotel where he stays and discussed about the development cooperation projects.
Following the bilateral discussions, several Memoranda of Understanding in the sectors of defence cooperation, digital public infrastructure and energy were exchanged between the two countries in the presence of the two leaders.
President Disanayaka is scheduled to meet the President of India Smt. Droupadi Murmu at the Rashtrapati Bhavan this evening, and will participate in a business forum in Mumbai tomorrow (17).
Dr. Jaishankar visited Colombo in October, becoming the first foreign dignitary to meet President Disanayaka after the Presidential Election.
The President is expected to undertake a State Visit to China in January next year on the invitation of the Chinese President.
Share this: Facebook | X | WhatsApp
Copyright © 2024 President's Media Division`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Anura Kumara Dissanayake', 'Narendra Modi'], date: '2024-12-16', location: 'New Delhi' },
      { kind: 'visit', status: 'occurred', participants: ['Anura Kumara Dissanayake', 'Narendra Modi'], date: '2024-12-15', location: 'New Delhi' },
      { kind: 'meeting', status: 'occurred', participants: ['Subrahmanyam Jaishankar', 'Anura Kumara Dissanayake'], date: '2024-12-15', location: 'New Delhi' },
      { kind: 'signing', status: 'occurred', participants: ['Anura Kumara Dissanayake', 'Narendra Modi'], date: '2024-12-16', location: 'New Delhi' },
      { kind: 'meeting', status: 'planned', participants: ['Anura Kumara Dissanayake', 'Droupadi Murmu'], date: '2024-12-16', location: 'New Delhi' },
      { kind: 'visit', status: 'occurred', participants: ['Subrahmanyam Jaishankar', 'Anura Kumara Dissanayake'], date: '2024-10', date_true: '2024-10-04', location: 'Colombo' },
      { kind: 'meeting', status: 'occurred', participants: ['Subrahmanyam Jaishankar', 'Anura Kumara Dissanayake'], date: '2024-10', date_true: '2024-10-04', location: 'Colombo' },
      { kind: 'visit', status: 'planned', participants: ['Anura Kumara Dissanayake'], date: '2025-01', date_true: '2025-01-14', location: null },
    ],
  },
  {
    name: 'tass-patrushev-ahmadian',
    published: null,
    text: `Patrushev, Iranian counterpart discuss security cooperation on sidelines of St. Petersburg meeting

ST. PETERSBURG, April 24. /TASS/. Secretary of the Russian Security Council Nikolai Patrushev held a meeting with Secretary of the Supreme National Security Council of Iran Ali Akbar Ahmadian on the sidelines of the 12th international meeting of high representatives in charge of security issues, the Security Council's press service reported.
"The sides discussed the issues of the bilateral cooperation in the security sphere, including the counteraction to terrorism and the illegal drug trafficking, as well as the situation in the Middle East and in the South Caucasus," the press service said.
The interlocutors noted the high level of trust-based interaction between the Security Councils of the two countries. They have agreed to hold the next round of Russian-Iranian consultations on security issues in Tehran in the second half of the year.
Ahmadian and Patrushev last met in Moscow in February, when the Iranian official came with a working visit.
On Tuesday, Patrushev also held talks with Chief Adviser to the President of Brazil Celso Amorim, who is leading the Brazilian delegation.
The international meeting, which was opened in St. Petersburg on Tuesday, brings together delegations of more than 100 countries, as well as representatives of the UN, the CSTO, the SCO and the CIS.

April 24, 2024, 17:12
UPDATED: April 24, 2024, 17:30`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Nikolai Patrushev', 'Ali Akbar Ahmadian'], date: '2024-04', date_true: '2024-04-24', location: 'Saint Petersburg', occasion: 'high representatives for security issues' },
      { kind: 'meeting', status: 'occurred', participants: ['Nikolai Patrushev', 'Celso Amorim'], date: '2024-04-23', location: 'Saint Petersburg', occasion: 'high representatives for security issues' },
      { kind: 'summit', status: 'occurred', participants: [], date: '2024-04-23', location: 'Saint Petersburg', occasion: 'high representatives for security issues' },
      { kind: 'meeting', status: 'planned', participants: ['RU', 'IR'], date: '2024', location: 'Tehran' },
      { kind: 'meeting', status: 'occurred', participants: ['Nikolai Patrushev', 'Ali Akbar Ahmadian'], date: '2024-02', location: 'Moscow' },
      { kind: 'visit', status: 'occurred', participants: ['Ali Akbar Ahmadian', 'Nikolai Patrushev'], date: '2024-02', location: 'Moscow' },
      { kind: 'visit', status: 'occurred', participants: ['Ali Akbar Ahmadian'], date: '2024-04', location: 'Saint Petersburg', optional: true },
      { kind: 'visit', status: 'occurred', participants: ['Celso Amorim'], date: '2024-04', location: 'Saint Petersburg', optional: true },
    ],
  },
  {
    name: 'kcna-choe-son-hui-moscow',
    published: null,
    text: `KCNA Watch | KCNA | Rodong Sinmun | Pyongyang Times
DPRK Foreign Minister Holds Talks with Russian Foreign Minister
Pyongyang, November 2 (KCNA) -- Choe Son Hui, minister of Foreign Affairs of the DPRK who is paying an official visit to the Russian Federation, had talks with Sergei Lavrov, minister of Foreign Affairs of the Russian Federation, at the Ministry of Foreign Affairs in Moscow on November 1.
Present at the talks from the DPRK side were members of the delegation and the DPRK ambassador to Russia and from the Russian side were Andrei Rudenko, vice-minister of Foreign Affairs, and other officials concerned.
At the talks, both sides had an in-depth exchange of views on the issues of thoroughly implementing the agreements reached at the historic Pyongyang summit talks between the respected Comrade Kim Jong Un and Vladimir Vladimirovich Putin, president of the Russian Federation, in June and the Treaty on Comprehensive Strategic Partnership which the top leaders of the two countries signed at the summit.
Choe Son Hui said that the DPRK will always stand by its Russian comrades until the victory day.
The talks proceeded in a comradely and friendly atmosphere.
The delegation led by Choe Son Hui arrived in Moscow on October 31.
www.kcna.kp (Juche113.11.2.)
Scraped: 2024-11-02 09:51:06 +0900`,
    events: [
      { kind: 'meeting', status: 'occurred', participants: ['Choe Son Hui', 'Sergey Lavrov'], date: '2024-11-01', location: 'Moscow' },
      { kind: 'visit', status: 'occurred', participants: ['Choe Son Hui', 'Sergey Lavrov'], date: '2024-10-31', location: 'Moscow' },
      { kind: 'meeting', status: 'occurred', participants: ['Kim Jong Un', 'Vladimir Putin'], date: '2024-06', date_true: '2024-06-19', location: 'Pyongyang' },
      { kind: 'signing', status: 'occurred', participants: ['Kim Jong Un', 'Vladimir Putin'], date: '2024-06', date_true: '2024-06-19', location: 'Pyongyang' },
      { kind: 'visit', status: 'occurred', participants: ['Vladimir Putin', 'Kim Jong Un'], date: '2024-06', date_true: '2024-06-19', location: 'Pyongyang', optional: true },
    ],
  },
];

/** The unseen set: Reuters copy, web pages and state-media copies. */
export const UNSEEN_ARTICLES: EventArticle[] = [...reuters, ...web, ...stateMedia];
