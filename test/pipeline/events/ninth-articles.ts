// A ninth set of hand-written articles ("ninth"), written blind to the events stage as a DEBUGGING set, not a measure:
// its author read neither the stage's source, nor its output on these articles, nor the articles of the eight other sets
// (generalization, held-out, fresh, unseen, blind, final, sealed, eighth; only the opening lines of the eighth set were
// read, to copy its format), and no key was changed after the set was first scored. The team debugs on it, so once work
// has been done against it its score no longer says how the stage generalizes: measure on a set nobody has read.
// Sixteen articles on the diplomacy of Africa, Latin America, Europe and the Middle East, none about a China-Russia
// summit, in three source styles: Reuters copy of 2016-2018 (eight; four of them with quotation marks and apostrophes
// stripped as in the research corpus: "Macri s", double spaces where quotes stood); web pages of 2024-2025 as scraped
// (four), with menus, cookie banners, photo captions, view and read counters, "Related:", "READ ALSO", "MOST READ" and
// "Bonus video:" lines, a duplicated paragraph and trailing timestamps, one of them without a metadata date (its date is
// in a title and a date line written month/day/year); state-media copies with translation slips and no metadata date
// (a Kremlin transcript with a header date, a Xinhua dispatch whose dateline has no year but a trailing timestamp does,
// a Chinese foreign ministry readout with an "Updated:" line, a SANA dispatch with a header date).
//
// Keys follow the answer-key conventions of the evaluation README and its cases: participants are canonical person
// names of the knowledge base (country codes where no person is named); a visit is keyed when the text reports a trip
// (arrived, flew into, landed, state visit, "was received by", "travelled to"), with the visitor and the host the text
// names; the talks held during a visit are keyed as well, one meeting per day of talks the text narrates (a welcome and
// a banquet on the day of talks are the same day's meeting); a visit's date is the day the text gives for the arrival,
// else the month or year with `date_true`; background events keep the date the text gives (a month for "last month" or
// "in June", a year for "last year"); summits have no participants and a location only when the text names the city;
// calls have no location. `optional` marks borderline items: a domestic leg of a trip, a visit only implied by a meeting
// abroad, a private breakfast, a ceremony attended together on a day without talks, a visit called off, an accepted
// invitation with no date, "agreed to meet soon", a vague plan with no date or place, an elliptic "since Bill Clinton in
// 1997". Not keyed at all: hypotheticals and conditional trips ("would consider visiting ... if", "might go ... if things
// go well", "ready to meet ... once a ceasefire is in place", a state visit the Queen "could" offer), an invitation with
// no plan, a stop aides said was not planned, and the headlines of other stories ("Related:", "READ ALSO", "MOST READ").
// The stories are real and written from world knowledge; dates and places are right as best known, and where a detail
// was not known it was left out rather than invented.
import { articleOfText, keyedEvent, type Aliases, type EventArticle } from './event-scoring.js';

/** Other spellings the keys accept for the names, places and gatherings used here, as a key's `aliases` would. */
export const NINTH_ALIASES: Aliases = {
  'Recep Tayyip Erdogan': ['Tayyip Erdogan', 'Recep Tayyip Erdoğan'],
  'Volodymyr Zelensky': ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'],
  'Luiz Inacio Lula da Silva': ['Luiz Inácio Lula da Silva', 'Lula da Silva', 'Lula'],
  'Ahmed al-Sharaa': ['Ahmad al-Sharaa'],
  'Asaad al-Shaibani': ['Asaad Hassan al-Shaibani'],
  'Jean-Noel Barrot': ['Jean-Noël Barrot'],
  'Saad Hariri': ['Saad al-Hariri'],
  'Qaboos bin Said': ['Sultan Qaboos'],
  'Roch Marc Christian Kabore': ['Roch Marc Christian Kaboré'],
  'Francois Hollande': ['François Hollande'],
  'Yusuf Tuggar': ['Yusuf Maitama Tuggar'],
  'Abdel Fattah al-Sisi': ['Abdel Fattah el-Sisi'],
  'Raul Castro': ['Raúl Castro'],
  'Enrique Pena Nieto': ['Enrique Peña Nieto'],
  'Mohammed bin Salman': ['Mohammed bin Salman Al Saud'],
  'Washington': ['Washington, D.C.', 'Washington DC', 'White House'],
  'New York': ['New York City', 'Manhattan', 'Trump Tower'],
  'Palm Beach': ['Mar-a-Lago', 'Palm Beach, Florida'],
  'Brasilia': ['Brasília'],
  'Belem': ['Belém', 'Combu', 'Combu island'],
  'Itaguai': ['Itaguaí'],
  'Sao Paulo': ['São Paulo'],
  'Bogota': ['Bogotá'],
  'Bariloche': ['San Carlos de Bariloche'],
  'Pretoria': ['Tshwane', 'Union Buildings', 'Waterkloof'],
  'Kyiv': ['Kiev'],
  'St Petersburg': ['Saint Petersburg', 'St. Petersburg'],
  'Ashgabat': ['Ashkhabad'],
  'Cologne': ['Köln', 'Koln'],
  'Rio de Janeiro': ['Rio'],
  'G20': ['Group of 20', 'G-20', 'Group of Twenty'],
  'BRICS': [],
  'APEC': ['Asia-Pacific Economic Cooperation', 'APEC Economic Leaders Meeting'],
  'FOCAC': ['Forum on China-Africa Cooperation'],
  'COP30': ['COP 30', 'UN Climate Change Conference', 'United Nations Climate Change Conference'],
  'AU-EU summit': ['African Union-European Union summit', 'EU-AU summit', 'AU-EU Summit'],
  'Summit of the Americas': [],
  'Syria summit': ['summit on Syria'],
  'European Political Community': ['EPC'],
  'UN General Assembly': ['United Nations General Assembly', 'UNGA'],
  'Summit for a New Global Financing Pact': ['New Global Financing Pact'],
  'Paris conference on Syria': ['conference on Syria', 'international conference on Syria'],
};

const a = articleOfText;
const ev = keyedEvent;

export const NINTH_ARTICLES: EventArticle[] = [
  // ---------------------------------------------------------------- Reuters copy, 2016-2018
  a('r-abiy-asmara-peace', '2018-07-09', `
Ethiopia, Eritrea leaders declare end of war after historic Asmara talks

ASMARA (Reuters) - The leaders of Ethiopia and Eritrea on Monday signed a declaration formally ending two decades of hostility, a day after Ethiopian Prime Minister Abiy Ahmed flew into the Eritrean capital for the first meeting between the neighbors  leaders in nearly 20 years.  The state of war that existed between the two countries has come to an end. A new era of peace and friendship has been ushered in,  Eritrea s Information Minister Yemane Gebremeskel said on Twitter after Abiy and President Isaias Afwerki put their names to a Joint Declaration of Peace and Friendship. Abiy landed at Asmara airport on Sunday morning, where Isaias greeted him with a hug, and tens of thousands of Eritreans lined the streets waving the flags of both countries. The two men held talks at the presidential palace later on Sunday and dined together in the evening, state media said. Under Monday s declaration, the two countries agreed to reopen embassies, resume flights and restore trade and telephone links cut since the 1998-2000 border war, in which some 80,000 people were killed. Ethiopia s state-owned airline said it would resume flights to Asmara next week. The rapprochement began last month, when Abiy said Ethiopia would fully accept a 2002 ruling by an international boundary commission set up under the peace agreement the two countries signed in Algiers in December 2000. Eritrea responded by sending a delegation led by Foreign Minister Osman Saleh to Addis Ababa on June 26, the first such visit in two decades. Abiy received the delegation at his office and hosted a lunch in its honor.  We will work together to bring peace to our people,  Abiy told the Eritrean visitors at the time. Analysts cautioned that the hard part lay ahead, including the demarcation of the border around the town of Badme, which Ethiopia has held despite the commission s award of the town to Eritrea. Isaias, who has ruled Eritrea since independence in 1993, accepted an invitation to visit Ethiopia, Eritrean officials said, though no date has been set.  There is no longer a border between Ethiopia and Eritrea, because a bridge of love has destroyed it,  Abiy told a banquet in Asmara on Sunday night, according to Ethiopian state television. Diplomats said the thaw could reshape relations across the Horn of Africa, where Eritrea has long been accused of backing insurgents in Somalia, a charge Asmara denies. 
`, [
    ev('visit', 'occurred', ['Abiy Ahmed', 'Isaias Afwerki'], '2018-07-08', 'Asmara'),
    ev('meeting', 'occurred', ['Abiy Ahmed', 'Isaias Afwerki'], '2018-07-08', 'Asmara'),
    ev('signing', 'occurred', ['Abiy Ahmed', 'Isaias Afwerki'], '2018-07-09', 'Asmara'),
    ev('signing', 'occurred', ['ET', 'ER'], '2000-12', 'Algiers', { date_true: '2000-12-12', optional: true }),
    ev('visit', 'occurred', ['Osman Saleh', 'Abiy Ahmed'], '2018-06-26', 'Addis Ababa'),
    ev('meeting', 'occurred', ['Osman Saleh', 'Abiy Ahmed'], '2018-06-26', 'Addis Ababa'),
    ev('visit', 'planned', ['Isaias Afwerki', 'Abiy Ahmed'], null, null, { date_true: '2018-07-14', optional: true }),
  ]),
  a('r-macron-ouagadougou-tour', '2017-11-28', `
Macron tells Africa's youth France will not dictate, after grenade attack in Burkina

OUAGADOUGOU (Reuters) - French President Emmanuel Macron told students in Burkina Faso on Tuesday that France no longer had an "African policy" to impose on the continent, hours after attackers threw a grenade at a French army vehicle in the capital.

Macron, who arrived in Ouagadougou late on Monday at the start of a three-nation tour of West Africa, said he belonged to a generation that had never known colonialism and wanted a relationship between equals.

"I am from a generation that does not come to tell Africans what to do," Macron told about 800 students at the University of Ouagadougou. "There is no longer a French policy for Africa."

Before the speech, Macron held talks with President Roch Marc Christian Kabore at the presidential palace, where the two leaders discussed the Islamist threat in the Sahel and a five-nation regional force that Paris backs. Kabore later joined Macron at the university but left the amphitheater during a heated exchange with a student, prompting Macron to joke that his host had gone "to repair the air conditioning".

Security was tight across the city. On Monday evening, shortly before Macron's plane landed, assailants threw a grenade at a vehicle carrying French soldiers in a northern district of Ouagadougou, wounding three civilians, police said. No soldiers were hurt.

Macron flies later on Tuesday to Ivory Coast, where he is due to hold talks with President Alassane Ouattara in Abidjan on Wednesday before attending a summit of the African Union and the European Union that opens in the city the same day. Migration, and reports of African migrants being sold as slaves in Libya, are expected to dominate the two-day gathering.

He will end the tour in Ghana on Thursday, where he is scheduled to meet President Nana Akufo-Addo in Accra, in a nod to English-speaking Africa.

Aides said there were no plans for the president to stop in Niger or Mali on this trip. Macron made his first trip outside Europe as president to the Malian desert town of Gao in May, days after his inauguration, to visit French troops fighting Islamist militants there.

(Reporting by Reuters reporters in Ouagadougou and Paris; Editing by Peter Graff)
`, [
    ev('visit', 'occurred', ['Emmanuel Macron', 'Roch Marc Christian Kabore'], '2017-11-27', 'Ouagadougou'),
    ev('meeting', 'occurred', ['Emmanuel Macron', 'Roch Marc Christian Kabore'], '2017-11-28', 'Ouagadougou'),
    ev('visit', 'planned', ['Emmanuel Macron', 'Alassane Ouattara'], '2017-11-28', 'Abidjan'),
    ev('meeting', 'planned', ['Emmanuel Macron', 'Alassane Ouattara'], '2017-11-29', 'Abidjan'),
    ev('summit', 'planned', [], '2017-11-29', 'Abidjan', { occasion: 'AU-EU summit' }),
    ev('visit', 'planned', ['Emmanuel Macron', 'Nana Akufo-Addo'], '2017-11-30', 'Accra'),
    ev('meeting', 'planned', ['Emmanuel Macron', 'Nana Akufo-Addo'], '2017-11-30', 'Accra'),
    ev('visit', 'occurred', ['Emmanuel Macron'], '2017-05', 'Gao', { date_true: '2017-05-19' }),
  ]),
  a('r-obama-buenos-aires-macri', '2016-03-23', `
Obama praises Macri s reforms as U.S. seeks reset with Argentina

BUENOS AIRES (Reuters) - U.S. President Barack Obama on Wednesday praised Argentine President Mauricio Macri for moving rapidly to overhaul Latin America s third-largest economy, as the two leaders sought to mend ties that frayed badly under Macri s leftist predecessor. Obama, who flew into Buenos Aires late on Tuesday after a historic three-day visit to Cuba, met Macri at the Casa Rosada presidential palace, where the two men discussed trade, climate change and cooperation against drug trafficking.  I ve been impressed because President Macri has moved so quickly on so many of the reforms that he promised,  Obama told a joint news conference. Macri, a center-right former businessman who took office in December, said Argentina wanted a  mature, intelligent  relationship with the United States.  We want to be a player in the world again,  he said. Macri was to host Obama at a state dinner at the Kirchner Cultural Center later on Wednesday. The trip is the first bilateral visit by a U.S. president to Argentina since Bill Clinton in 1997. George W. Bush attended a Summit of the Americas in the resort city of Mar del Plata in 2005 that was marred by violent protests against his free-trade agenda. Obama s visit coincides with the 40th anniversary on Thursday of the 1976 military coup, and human rights groups had criticized its timing. Obama will visit a memorial to the victims of the dictatorship in Buenos Aires on Thursday, before traveling to the Patagonian lake resort of Bariloche with his family. In Havana, Obama held talks with Cuban President Raul Castro on Monday and on Tuesday urged greater political freedoms in a speech broadcast live on Cuban state television. Argentina s previous government, led by Cristina Fernandez, had clashed with Washington over debt litigation in U.S. courts with so-called holdout creditors, a dispute Macri has moved to settle.  Argentina is going to play a very important role in the region,  Obama said. 
`, [
    ev('visit', 'occurred', ['Barack Obama', 'Mauricio Macri'], '2016-03-22', 'Buenos Aires'),
    ev('meeting', 'occurred', ['Barack Obama', 'Mauricio Macri'], '2016-03-23', 'Buenos Aires'),
    ev('visit', 'occurred', ['Barack Obama', 'Raul Castro'], '2016-03', 'Havana', { date_true: '2016-03-20' }),
    ev('meeting', 'occurred', ['Barack Obama', 'Raul Castro'], '2016-03-21', 'Havana'),
    ev('visit', 'occurred', ['Bill Clinton'], '1997', null, { date_true: '1997-10-15', optional: true }),
    ev('summit', 'occurred', [], '2005', 'Mar del Plata', { date_true: '2005-11-04', occasion: 'Summit of the Americas' }),
    ev('visit', 'occurred', ['George W. Bush'], '2005', 'Mar del Plata', { date_true: '2005-11-04', optional: true }),
    ev('visit', 'planned', ['Barack Obama'], '2016-03-24', 'Bariloche', { optional: true }),
  ]),
  a('r-tillerson-latin-america-tour', '2018-02-01', `
Tillerson warns Latin America on China, Russia as he sets off on regional tour

AUSTIN, Texas (Reuters) - U.S. Secretary of State Rex Tillerson on Thursday warned Latin American countries against relying too heavily on China and Russia, as he prepared to set off on a five-nation tour of the region dominated by Venezuela's political and economic crisis.

"Latin America does not need new imperial powers that seek only to benefit their own people," Tillerson said in a speech at the University of Texas at Austin, his alma mater, hours before flying to Mexico City.

In the Mexican capital, Tillerson will join Mexican Foreign Minister Luis Videgaray and Canadian Foreign Minister Chrystia Freeland on Friday for talks on security cooperation and on the North American Free Trade Agreement, which the three countries are renegotiating, the State Department said.

He will then travel to the Argentine ski resort of Bariloche for the weekend, before holding talks with Foreign Minister Jorge Faurie in Buenos Aires. Stops in Lima and Bogota will follow, and in the Colombian capital he is expected to meet President Juan Manuel Santos to discuss drug trafficking and the flow of Venezuelan migrants. The tour ends on Wednesday in Kingston, where Jamaican Prime Minister Andrew Holness will host him, officials said.

Peru hosts the Summit of the Americas in Lima in April, which President Donald Trump is expected to attend.

Asked about Venezuela, Tillerson said the country's military could play a role in a transition. "In the history of Venezuela and South American countries, it is often times that the military is the agent of change when things are so bad," he said, while adding that Washington was not advocating a coup.

U.S. relations with Mexico have been strained since Trump took office. A phone call between Trump and Mexican President Enrique Pena Nieto in January last year ended acrimoniously over Trump's demand that Mexico pay for a border wall, and Pena Nieto called off a planned trip to Washington.

Tillerson and then-Homeland Security Secretary John Kelly traveled to Mexico City last February in an effort to calm the waters.

(Reporting by Reuters staff in Washington; Editing by Grant McCool)
`, [
    ev('visit', 'planned', ['Rex Tillerson'], '2018-02-01', 'Mexico City'),
    ev('meeting', 'planned', ['Rex Tillerson', 'Luis Videgaray', 'Chrystia Freeland'], '2018-02-02', 'Mexico City'),
    ev('visit', 'planned', ['Rex Tillerson'], '2018-02', 'Bariloche', { date_true: '2018-02-03' }),
    ev('meeting', 'planned', ['Rex Tillerson', 'Jorge Faurie'], '2018-02', 'Buenos Aires', { date_true: '2018-02-04' }),
    ev('visit', 'planned', ['Rex Tillerson', 'Jorge Faurie'], '2018-02', 'Buenos Aires', { date_true: '2018-02-04', optional: true }),
    ev('visit', 'planned', ['Rex Tillerson'], '2018-02', 'Lima', { date_true: '2018-02-05' }),
    ev('visit', 'planned', ['Rex Tillerson', 'Juan Manuel Santos'], '2018-02', 'Bogota', { date_true: '2018-02-06' }),
    ev('meeting', 'planned', ['Rex Tillerson', 'Juan Manuel Santos'], '2018-02', 'Bogota', { date_true: '2018-02-06' }),
    ev('visit', 'planned', ['Rex Tillerson', 'Andrew Holness'], '2018-02-07', 'Kingston'),
    ev('summit', 'planned', [], '2018-04', 'Lima', { date_true: '2018-04-13', occasion: 'Summit of the Americas' }),
    ev('visit', 'planned', ['Donald Trump'], '2018-04', 'Lima', { date_true: '2018-04-13', optional: true }),
    ev('call', 'occurred', ['Donald Trump', 'Enrique Pena Nieto'], '2017-01', null, { date_true: '2017-01-27' }),
    ev('visit', 'planned', ['Enrique Pena Nieto', 'Donald Trump'], '2017-01', 'Washington', { optional: true }),
    ev('visit', 'occurred', ['Rex Tillerson', 'John Kelly'], '2017-02', 'Mexico City', { date_true: '2017-02-23' }),
  ]),
  a('r-erdogan-berlin-state-visit', '2018-09-28', `
Erdogan, Merkel air differences as Turkish leader seeks fresh start in Berlin

BERLIN (Reuters) - Turkish President Tayyip Erdogan and German Chancellor Angela Merkel aired deep differences over human rights and press freedom on Friday, as the Turkish leader sought to repair battered ties with Germany during a tense three-day state visit. Erdogan, who arrived in Berlin on Thursday evening, was welcomed with military honors by President Frank-Walter Steinmeier at his Bellevue Palace residence on Friday morning before heading to the chancellery for talks with Merkel.  We have deep differences, but we have many common interests,  Merkel told a joint news conference after their meeting, adding that the release of German citizens held in Turkish jails on what Berlin sees as political charges remained a precondition for normal relations. Erdogan demanded that Germany hand over hundreds of people he said were members of the outlawed Kurdish PKK militant group and of the network of U.S.-based cleric Fethullah Gulen, whom Ankara blames for a failed coup in 2016.  Germany must take a stand against these terrorists,  he said. Steinmeier was to host Erdogan at a state banquet at Bellevue later on Friday, which several opposition lawmakers said they would boycott. Merkel was not expected to attend the banquet but will have breakfast with Erdogan on Saturday, before the Turkish president travels to Cologne to open one of Europe s largest mosques. Erdogan also said Turkey would host a summit on Syria with the leaders of Russia, France and Germany in Istanbul next month. Merkel said she was willing in principle to attend, but that no date had yet been agreed. The last time the two leaders met on Turkish soil was in February last year, when Merkel held talks with Erdogan in Ankara amid a row over Turkish ministers campaigning among Germany s 3 million people of Turkish origin. Relations sank further after Berlin barred Erdogan from addressing supporters on the fringes of the G20 summit in Hamburg in July last year. Turkey s economy, hit by a currency crisis that has wiped some 40 percent off the lira s value this year, has given Ankara an incentive to mend fences with its biggest trading partner, analysts say. 
`, [
    ev('visit', 'occurred', ['Recep Tayyip Erdogan', 'Frank-Walter Steinmeier'], '2018-09-27', 'Berlin'),
    ev('meeting', 'occurred', ['Recep Tayyip Erdogan', 'Frank-Walter Steinmeier'], '2018-09-28', 'Berlin'),
    ev('meeting', 'occurred', ['Recep Tayyip Erdogan', 'Angela Merkel'], '2018-09-28', 'Berlin'),
    ev('meeting', 'planned', ['Recep Tayyip Erdogan', 'Angela Merkel'], '2018-09-29', 'Berlin', { optional: true }),
    ev('visit', 'planned', ['Recep Tayyip Erdogan'], '2018-09-29', 'Cologne', { optional: true }),
    ev('summit', 'planned', [], '2018-10', 'Istanbul', { date_true: '2018-10-27', occasion: 'Syria summit' }),
    ev('meeting', 'occurred', ['Angela Merkel', 'Recep Tayyip Erdogan'], '2017-02', 'Ankara', { date_true: '2017-02-02' }),
    ev('visit', 'occurred', ['Angela Merkel', 'Recep Tayyip Erdogan'], '2017-02', 'Ankara', { date_true: '2017-02-02', optional: true }),
    ev('summit', 'occurred', [], '2017-07', 'Hamburg', { date_true: '2017-07-07', occasion: 'G20' }),
  ]),
  a('r-may-philadelphia-trump-ankara', '2017-01-26', `
May arrives in U.S. to forge ties with Trump, Turkey trip next

PHILADELPHIA (Reuters) - British Prime Minister Theresa May arrived in the United States on Thursday to become the first foreign leader to meet President Donald Trump since his inauguration, hoping to lay the ground for a trade deal as Britain prepares to leave the European Union.

May flew into Philadelphia, where she was due to address Republican lawmakers at their annual retreat later on Thursday, before traveling to Washington to hold talks with Trump at the White House on Friday.

"We're going to have a very frank conversation," May told reporters on the plane. "I'm not afraid to speak frankly to the president of the United States."

White House spokesman Sean Spicer said the two leaders would discuss trade, NATO and the fight against Islamic State, and that Trump was looking forward to celebrating the "special relationship".

May will fly on to Turkey on Saturday for talks with President Tayyip Erdogan and Prime Minister Binali Yildirim in Ankara, her office said, with security cooperation, trade and the war in neighboring Syria expected to top the agenda.

Some British lawmakers have urged May to challenge Trump over his comments on torture and his plans to restrict immigration from several Muslim-majority countries.

The first British politician to meet Trump after his election victory was Nigel Farage, then leader of the UK Independence Party, who visited him at Trump Tower in New York in November, days after the vote, to the discomfort of May's government.

British media reported that Queen Elizabeth could invite Trump for a state visit later this year, though officials said no decision had been taken.

(Reporting by Reuters staff; Editing by Richard Balmforth)
`, [
    ev('visit', 'occurred', ['Theresa May', 'Donald Trump'], '2017-01-26', 'Philadelphia'),
    ev('meeting', 'planned', ['Theresa May', 'Donald Trump'], '2017-01-27', 'Washington'),
    ev('visit', 'planned', ['Theresa May', 'Donald Trump'], '2017-01-27', 'Washington', { optional: true }),
    ev('visit', 'planned', ['Theresa May', 'Recep Tayyip Erdogan'], '2017-01-28', 'Ankara'),
    ev('meeting', 'planned', ['Theresa May', 'Recep Tayyip Erdogan', 'Binali Yildirim'], '2017-01-28', 'Ankara'),
    ev('meeting', 'occurred', ['Nigel Farage', 'Donald Trump'], '2016-11', 'New York', { date_true: '2016-11-12' }),
    ev('visit', 'occurred', ['Nigel Farage', 'Donald Trump'], '2016-11', 'New York', { date_true: '2016-11-12', optional: true }),
  ]),
  a('r-netanyahu-muscat-qaboos', '2018-10-26', `
Israel s Netanyahu makes rare visit to Oman, meets Sultan Qaboos

JERUSALEM/DUBAI (Reuters) - Israeli Prime Minister Benjamin Netanyahu made a surprise visit to Oman and held talks with Sultan Qaboos, the two countries said on Friday, a rare public contact between Israel and a Gulf Arab state with which it has no diplomatic relations. Netanyahu flew to Muscat on Thursday at the invitation of the sultan and returned to Israel on Friday, his office said in a statement, which was accompanied by video footage of the two men chatting at the sultan s palace.  The two leaders discussed ways to advance the peace process in the Middle East as well as several issues of mutual interest relating to achieving stability in the Middle East,  the statement said. Netanyahu was accompanied by his wife Sara and senior officials, including the head of the Mossad intelligence agency and his national security adviser. Oman s state news agency ONA confirmed that the talks took place in Muscat on Thursday. The visit was the first by an Israeli leader to Oman since 1996, when Shimon Peres, then prime minister, visited the sultanate. Yitzhak Rabin visited in 1994. Palestinian President Mahmoud Abbas had visited Muscat for three days earlier this week and held talks with the sultan, Palestinian officials said. Abbas  office gave no details. Oman, which maintains ties with both Iran and the United States, has long played the role of a discreet go-between in the region. Netanyahu has said he would like to visit other Gulf states and has spoken of warming ties with Arab governments that share Israel s concern over Iran, but no further trips have been announced. 
`, [
    ev('visit', 'occurred', ['Benjamin Netanyahu', 'Qaboos bin Said'], '2018-10-25', 'Muscat'),
    ev('meeting', 'occurred', ['Benjamin Netanyahu', 'Qaboos bin Said'], '2018-10-25', 'Muscat'),
    ev('visit', 'occurred', ['Shimon Peres'], '1996', null),
    ev('visit', 'occurred', ['Yitzhak Rabin'], '1994', null),
    ev('visit', 'occurred', ['Mahmoud Abbas', 'Qaboos bin Said'], '2018-10', 'Muscat'),
    ev('meeting', 'occurred', ['Mahmoud Abbas', 'Qaboos bin Said'], '2018-10', 'Muscat'),
  ]),
  a('r-hariri-paris-elysee', '2017-11-18', `
Lebanon's Hariri meets Macron in Paris, says will go home for independence day

PARIS (Reuters) - Lebanon's Saad al-Hariri, who resigned as prime minister in a shock announcement from Saudi Arabia two weeks ago, held talks with French President Emmanuel Macron in Paris on Saturday and said he would return to Beirut in the coming days to clarify his position.

Hariri arrived in Paris early on Saturday from Riyadh with his wife, and was received by Macron at the Elysee Palace, where the two men met for about an hour before being joined by their families for lunch.

"As you know, I have resigned, and we will talk about this matter in Lebanon," Hariri told reporters on the steps of the palace. "I will be taking part in the independence day celebrations" in Beirut on Wednesday, he said.

Macron extended the invitation on Wednesday in a bid to defuse a crisis that has raised fears of a new conflict in the region. The French president had made a surprise stop in Riyadh on Nov. 9 for talks with Crown Prince Mohammed bin Salman, after opening the Louvre Abu Dhabi museum in the United Arab Emirates.

French Foreign Minister Jean-Yves Le Drian met the crown prince in Riyadh on Thursday and also saw Hariri there.

After the Elysee meeting, Macron spoke by telephone with Lebanese President Michel Aoun, who had accused Saudi Arabia of holding Hariri hostage, the French presidency said. Riyadh has denied forcing Hariri to step down.

Hariri will travel to Cairo on Tuesday for talks with Egyptian President Abdel Fattah al-Sisi before heading home, an Egyptian presidential source said.

Macron has said he would be ready to convene the International Support Group for Lebanon in Paris if the crisis deepened.

(Reporting by John Irish and Reuters staff in Paris and Beirut; Editing by Catherine Evans)
`, [
    ev('visit', 'occurred', ['Saad Hariri', 'Emmanuel Macron'], '2017-11-18', 'Paris'),
    ev('meeting', 'occurred', ['Saad Hariri', 'Emmanuel Macron'], '2017-11-18', 'Paris'),
    ev('visit', 'occurred', ['Emmanuel Macron', 'Mohammed bin Salman'], '2017-11-09', 'Riyadh'),
    ev('meeting', 'occurred', ['Emmanuel Macron', 'Mohammed bin Salman'], '2017-11-09', 'Riyadh'),
    ev('visit', 'occurred', ['Emmanuel Macron'], '2017-11', 'Abu Dhabi', { date_true: '2017-11-08', optional: true }),
    ev('meeting', 'occurred', ['Jean-Yves Le Drian', 'Mohammed bin Salman'], '2017-11-16', 'Riyadh'),
    ev('meeting', 'occurred', ['Jean-Yves Le Drian', 'Saad Hariri'], '2017-11-16', 'Riyadh'),
    ev('visit', 'occurred', ['Jean-Yves Le Drian'], '2017-11-16', 'Riyadh', { optional: true }),
    ev('call', 'occurred', ['Emmanuel Macron', 'Michel Aoun'], '2017-11-18', null),
    ev('visit', 'planned', ['Saad Hariri', 'Abdel Fattah al-Sisi'], '2017-11-21', 'Cairo'),
    ev('meeting', 'planned', ['Saad Hariri', 'Abdel Fattah al-Sisi'], '2017-11-21', 'Cairo'),
  ]),
  // ---------------------------------------------------------------- state-media copies, 2024-2025 (no metadata date)
  a('k-putin-pezeshkian-treaty', null, `
Russian-Iranian talks

Vladimir Putin held talks in the Kremlin with President of the Islamic Republic of Iran Masoud Pezeshkian, who is in Russia on an official visit.

January 17, 2025
15:20
The Kremlin, Moscow

With President of Iran Masoud Pezeshkian.
Russian-Iranian talks in expanded format.

The talks began in a narrow format and continued with the participation of the delegations.

Following the Russian-Iranian talks, Vladimir Putin and Masoud Pezeshkian signed the Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Islamic Republic of Iran.

The heads of state also made statements for the press.

* * *

Beginning of Russian-Iranian talks in narrow format

President of Russia Vladimir Putin: Mr President, dear friends,

I am very glad to welcome you in Moscow. This is your first official visit to Russia as head of state, though we have already had the good meetings with you: in Ashgabat in October and then in Kazan, where you took part in the BRICS summit. I remember well our conversations there.

Our relations are developing very dynamically. Last year the trade turnover between our countries has increased by more than 15 percent, and the share of settlements in national currencies has reached practically 95 percent. We are working on the North-South international transport corridor, including the Rasht-Astara railway section, and on the supplies of Russian gas to Iran.

Of course, today we will sign the big interstate treaty which will set the base of our relations for decades ahead. We are attentively following also the situation in the region, in Syria, in the Middle East.

Welcome!

President of Iran Masoud Pezeshkian (retranslated): Thank you, Mr President.

First of all, I want to thank you for the warm reception and the hospitality shown to our delegation. The relations between Iran and Russia are strategic, they are not depending on the pressures and the sanctions of the third countries.

I would like to use this opportunity to invite you to visit Tehran at a time which will be convenient for you.

Vladimir Putin: Thank you. I accept the invitation with pleasure; the dates will be agreed through the diplomatic channels.
`, [
    ev('visit', 'occurred', ['Masoud Pezeshkian', 'Vladimir Putin'], '2025-01-17', 'Moscow'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Masoud Pezeshkian'], '2025-01-17', 'Moscow'),
    ev('signing', 'occurred', ['Vladimir Putin', 'Masoud Pezeshkian'], '2025-01-17', 'Moscow'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Masoud Pezeshkian'], '2024-10', 'Ashgabat', { date_true: '2024-10-11' }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Masoud Pezeshkian'], '2024-10', 'Kazan', { date_true: '2024-10-23', occasion: 'BRICS' }),
    ev('summit', 'occurred', [], '2024-10', 'Kazan', { date_true: '2024-10-22', occasion: 'BRICS' }),
    ev('visit', 'planned', ['Vladimir Putin', 'Masoud Pezeshkian'], null, 'Tehran', { optional: true }),
  ]),
  a('x-wang-yi-abuja-tuggar', null, `
Chinese FM holds talks with Nigerian counterpart in Abuja

ABUJA, Jan. 10 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Nigerian Foreign Minister Yusuf Maitama Tuggar here on Friday, with both sides pledging to push forward the China-Nigeria comprehensive strategic partnership.

Wang, also a member of the Political Bureau of the Communist Party of China Central Committee, arrived in Abuja on Thursday evening for the last leg of a four-nation African tour which has also taken him to Namibia, the Republic of the Congo and Chad.

Noting that this year marks the 35th consecutive year that the Chinese foreign minister has chosen Africa as the destination of his first overseas visit of the new year, Wang said this fully shows that China attaches great importance to the traditional friendship with Africa.

Wang recalled that in September last year, Nigerian President Bola Tinubu attended the Beijing Summit of the Forum on China-Africa Cooperation (FOCAC) and held talks with President Xi Jinping in Beijing, during which the two heads of state elevated the bilateral relations to a comprehensive strategic partnership, opening a new chapter in the history of China-Nigeria relations.

China is ready to work with Nigeria to well implement the important consensus of the two heads of state and the outcomes of the FOCAC summit, and to deepen cooperation in the fields of infrastructure, energy, agriculture and the digital economy, Wang said.

Tuggar said Nigeria firmly adheres to the one-China principle, and the relations between both countries has become a model of the South-South cooperation. Nigeria welcomes more Chinese enterprises to invest in the country, he said.

After the talks, the two foreign ministers signed a memorandum of understanding on the establishment of an intergovernmental committee between China and Nigeria, and jointly met the press. The two sides agreed to hold the first plenary session of the committee at an early date.

Wang is expected to be received by President Tinubu on Saturday before leaving Abuja, according to the Nigerian side.

Editor: Huaxia
2025-01-11 02:16:07
`, [
    ev('visit', 'occurred', ['Wang Yi', 'Yusuf Tuggar'], '2025-01-09', 'Abuja'),
    ev('meeting', 'occurred', ['Wang Yi', 'Yusuf Tuggar'], '2025-01-10', 'Abuja'),
    ev('signing', 'occurred', ['Wang Yi', 'Yusuf Tuggar'], '2025-01-10', 'Abuja'),
    ev('meeting', 'planned', ['Wang Yi', 'Bola Tinubu'], '2025-01-11', 'Abuja'),
    ev('visit', 'occurred', ['Wang Yi'], '2025-01', null),
    ev('visit', 'occurred', ['Wang Yi'], '2025-01', null),
    ev('visit', 'occurred', ['Wang Yi'], '2025-01', null),
    ev('summit', 'occurred', [], '2024-09', 'Beijing', { date_true: '2024-09-04', occasion: 'FOCAC' }),
    ev('meeting', 'occurred', ['Bola Tinubu', 'Xi Jinping'], '2024-09', 'Beijing', { date_true: '2024-09-03' }),
    ev('visit', 'occurred', ['Bola Tinubu', 'Xi Jinping'], '2024-09', 'Beijing', { optional: true }),
    ev('meeting', 'planned', ['CN', 'NG'], null, null, { optional: true }),
  ]),
  a('mfa-xi-lula-brasilia', null, `
Xi Jinping Holds Talks with Brazilian President Luiz Inácio Lula da Silva

Updated: November 21, 2024 06:30

On the morning of November 20 local time, President Xi Jinping held talks with Brazilian President Luiz Inácio Lula da Silva at the Alvorada Palace in Brasília. Before the talks, President Lula held a grand welcome ceremony for President Xi Jinping.

President Xi Jinping arrived in Brasília on the evening of November 19 for a state visit to Brazil, after attending the 19th G20 Leaders' Summit in Rio de Janeiro. Before that, he attended the 31st APEC Economic Leaders' Meeting and paid a state visit to Peru in Lima.

Xi Jinping noted that this year marks the 50th anniversary of the establishment of diplomatic relations between China and Brazil. Recalling President Lula's successful state visit to China last year, Xi Jinping said that the two sides have maintained close high-level exchanges and the China-Brazil relationship is at its best in history.

The two heads of state announced the elevation of China-Brazil relations to a China-Brazil community with a shared future for a more just world and a more sustainable planet, and agreed to synergize the Belt and Road Initiative with Brazil's development strategies.

Xi Jinping stressed that China supports Brazil in hosting the BRICS summit next year and the 30th UN Climate Change Conference (COP30) in Belém, and is ready to strengthen coordination with Brazil within the UN, the G20, BRICS and other multilateral mechanisms.

President Lula said that it is a great honor to receive President Xi Jinping on a state visit at the 50th anniversary of the diplomatic relations. Brazil and China are both major developing countries, and the Brazilian side is willing to deepen the cooperation in trade, investment, finance, agriculture, science and technology and other areas, and to work with China to promote peace through dialogue.

After the talks, the two heads of state witnessed the signing of 37 cooperation documents covering the areas of the Belt and Road cooperation, trade, agriculture, science and technology, and so on. In the evening, President Lula hosted a banquet for President Xi Jinping.
`, [
    ev('visit', 'occurred', ['Xi Jinping', 'Luiz Inacio Lula da Silva'], '2024-11-19', 'Brasilia'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Luiz Inacio Lula da Silva'], '2024-11-20', 'Brasilia'),
    ev('signing', 'occurred', ['Xi Jinping', 'Luiz Inacio Lula da Silva'], '2024-11-20', 'Brasilia'),
    ev('summit', 'occurred', [], '2024-11', 'Rio de Janeiro', { date_true: '2024-11-18', occasion: 'G20' }),
    ev('summit', 'occurred', [], '2024-11', 'Lima', { date_true: '2024-11-15', occasion: 'APEC' }),
    ev('visit', 'occurred', ['Xi Jinping'], '2024-11', 'Lima', { date_true: '2024-11-14' }),
    ev('visit', 'occurred', ['Luiz Inacio Lula da Silva', 'Xi Jinping'], '2023', null, { date_true: '2023-04-12' }),
    ev('summit', 'planned', [], '2025', null, { date_true: '2025-07-06', occasion: 'BRICS' }),
    ev('summit', 'planned', [], '2025', 'Belem', { date_true: '2025-11-10', occasion: 'COP30' }),
  ]),
  a('sana-sharaa-paris-macron', null, `
President al-Sharaa arrives in Paris on official visit, holds talks with President Macron

7 May، 2025

Paris, SANA- President of the Syrian Arab Republic Ahmad al-Sharaa arrived on Wednesday in the French capital, Paris, on an official visit at the invitation of French President Emmanuel Macron, in the first visit by President al-Sharaa to a European country.

President al-Sharaa was received by President Macron at the Élysée Palace, where an official reception ceremony was held for him.

The two Presidents held a session of talks attended by Minister of Foreign Affairs and Expatriates Asaad Hassan al-Shaibani and the French Minister for Europe and Foreign Affairs Jean-Noël Barrot, during which they discussed the bilateral relations and the ways of developing them, and the lifting of the unjust sanctions imposed on the Syrian people.

President al-Sharaa affirmed that Syria is looking to the building of strategic relations with France that serve the interests of the two friendly peoples, and that the new Syria will be a factor of the stability in the region.

For his part, President Macron stressed France's support to the unity and sovereignty of Syria, and said in the joint press conference that France will push the European Union to not renew the economic sanctions on Syria when they expire. Macron said that he would consider to visit Damascus if the new authorities keep their commitments.

President Macron had called President al-Sharaa in February and invited him to visit France.

Since assuming the presidency, President al-Sharaa visited the Kingdom of Saudi Arabia, Türkiye, the State of Qatar and the United Arab Emirates, while Foreign Minister al-Shaibani took part in the international conference on Syria which was held in Paris on February 13th.

Hamda Mustafa/ Ruaa al-Jazaeri
`, [
    ev('visit', 'occurred', ['Ahmed al-Sharaa', 'Emmanuel Macron'], '2025-05-07', 'Paris'),
    ev('meeting', 'occurred', ['Ahmed al-Sharaa', 'Emmanuel Macron', 'Asaad al-Shaibani', 'Jean-Noel Barrot'], '2025-05-07', 'Paris'),
    ev('call', 'occurred', ['Emmanuel Macron', 'Ahmed al-Sharaa'], '2025-02', null, { date_true: '2025-02-05' }),
    ev('visit', 'occurred', ['Ahmed al-Sharaa'], '2025', null, { date_true: '2025-02-02' }),
    ev('visit', 'occurred', ['Ahmed al-Sharaa'], '2025', null, { date_true: '2025-02-04' }),
    ev('visit', 'occurred', ['Ahmed al-Sharaa'], '2025', null, { date_true: '2025-04-15' }),
    ev('visit', 'occurred', ['Ahmed al-Sharaa'], '2025', null, { date_true: '2025-04-13' }),
    ev('summit', 'occurred', [], '2025-02-13', 'Paris', { occasion: 'Paris conference on Syria' }),
    ev('visit', 'occurred', ['Asaad al-Shaibani'], '2025-02-13', 'Paris', { optional: true }),
  ]),
  // ---------------------------------------------------------------- web pages as scraped, 2024-2025
  a('w-zelensky-pretoria-ramaphosa', '2025-04-24', `
Zelensky cuts short South Africa visit after deadly Russian strike on Kyiv | Politics

Home News Politics Business Sport Lifestyle Opinion Multimedia
We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies. Accept | Manage preferences

Politics
2 148 views
President Cyril Ramaphosa welcomes Ukrainian President Volodymyr Zelensky at the Union Buildings in Pretoria on 24 April 2025. Photo: GCIS
President Cyril Ramaphosa welcomes Ukrainian President Volodymyr Zelensky at the Union Buildings in Pretoria on 24 April 2025. Photo: GCIS

Ukrainian President Volodymyr Zelensky held talks with President Cyril Ramaphosa in Pretoria on Thursday but cut short his first state visit to South Africa after Russia launched its deadliest attack on Kyiv in months overnight.

Zelensky landed at Waterkloof Air Force Base on Thursday morning and was received with a 21-gun salute at the Union Buildings. He had been due to stay until Friday, but his office said he would fly home straight after the talks.

"Ukraine has been ready for an unconditional ceasefire from the very first day the Americans proposed it," Zelensky told a joint media briefing, calling on Pretoria to use its ties with Moscow to press for an end to the war.

Ramaphosa told reporters he had spoken by telephone with US President Donald Trump on Thursday morning, shortly before Zelensky arrived, and that the two had agreed to meet soon to "reset" relations that have soured over Washington's aid cuts and its criticism of South Africa's land policy.

Ramaphosa told reporters he had spoken by telephone with US President Donald Trump on Thursday morning, shortly before Zelensky arrived, and that the two had agreed to meet soon to "reset" relations that have soured over Washington's aid cuts and its criticism of South Africa's land policy.

Ramaphosa also said he had spoken to Russian President Vladimir Putin on Tuesday, and that both leaders had committed themselves to working towards a peaceful settlement. "We will continue to talk to both sides," he said.

Related: Trump says he will not attend G20 meetings hosted by South Africa

South Africa, which holds the rotating presidency of the G20 this year, will host the group's leaders' summit in Johannesburg in November.

It is not the first time Ramaphosa has stepped into the conflict. In June 2023 he led a delegation of African leaders on a peace mission to Kyiv, where they met Zelensky, and then to St Petersburg, where they held talks with Putin.

Zelensky said he would be willing to meet Putin only once a ceasefire was in place.

Bonus video:
Related: Lamola heads to Washington as envoy row simmers
Published: 24/04/2025 18:42
`, [
    ev('visit', 'occurred', ['Volodymyr Zelensky', 'Cyril Ramaphosa'], '2025-04-24', 'Pretoria'),
    ev('meeting', 'occurred', ['Volodymyr Zelensky', 'Cyril Ramaphosa'], '2025-04-24', 'Pretoria'),
    ev('call', 'occurred', ['Cyril Ramaphosa', 'Donald Trump'], '2025-04-24', null),
    ev('meeting', 'planned', ['Cyril Ramaphosa', 'Donald Trump'], null, null, { date_true: '2025-05-21', optional: true }),
    ev('call', 'occurred', ['Cyril Ramaphosa', 'Vladimir Putin'], '2025-04-22', null),
    ev('summit', 'planned', [], '2025-11', 'Johannesburg', { date_true: '2025-11-22', occasion: 'G20' }),
    ev('visit', 'occurred', ['Cyril Ramaphosa', 'Volodymyr Zelensky'], '2023-06', 'Kyiv', { date_true: '2023-06-16' }),
    ev('meeting', 'occurred', ['Cyril Ramaphosa', 'Volodymyr Zelensky'], '2023-06', 'Kyiv', { date_true: '2023-06-16' }),
    ev('meeting', 'occurred', ['Cyril Ramaphosa', 'Vladimir Putin'], '2023-06', 'St Petersburg', { date_true: '2023-06-17' }),
    ev('visit', 'occurred', ['Cyril Ramaphosa', 'Vladimir Putin'], '2023-06', 'St Petersburg', { date_true: '2023-06-17', optional: true }),
  ]),
  a('w-macron-lula-brazil-state-visit', '2024-03-28', `
Macron and Lula seal defence, climate pacts as Brazil state visit ends - International

Accept all cookies | Reject | Customise
This site uses cookies for audience measurement and to show you personalised content.
INTERNATIONAL  AMERICAS  EUROPE  AFRICA  MIDDLE EAST  ASIA-PACIFIC
Share on Facebook Share on X Share on WhatsApp

French President Emmanuel Macron and Brazilian President Luiz Inácio Lula da Silva at the Planalto Palace in Brasília, March 28, 2024. © Ricardo Stuckert, PR

French President Emmanuel Macron and Brazilian President Luiz Inácio Lula da Silva signed some twenty agreements in Brasília on Thursday, on the last day of a three-day state visit that took the French leader from the Amazon rainforest to a naval shipyard on the Atlantic coast.

The two leaders held talks at the Planalto Palace before the signing ceremony, covering the war in Ukraine, climate finance and the EU-Mercosur trade agreement, which Macron again described as "a very bad deal" in its current form.

Macron landed in Belém, in the northern state of Pará, on Tuesday afternoon. Lula met him at the airport and the two took a boat to Combu island, where they announced a plan to raise one billion euros in public and private investment for the Amazon over four years and Macron awarded the Legion of Honour to Indigenous chief Raoni Metuktire. Pictures of the two presidents walking hand in hand through the forest went viral, drawing comparisons with wedding photos.

On Wednesday, they were together at the Itaguaí naval complex in Rio de Janeiro state for the launch of the Tonelero, the third of four Scorpène-class submarines built with French technology under a 2008 partnership. Macron then flew to São Paulo, where he addressed a business forum.

READ ALSO: Lula to travel to Colombia for talks with Petro

It is the first state visit to Brazil by a French president since François Hollande in 2013. Lula travelled to Paris in June last year for the Summit for a New Global Financing Pact hosted by Macron.

Macron said he would return in November for the G20 summit that Brazil is hosting in Rio de Janeiro. Belém will host the COP30 UN climate conference in November 2025.

Macron also invited Lula to make a state visit to France, without a date being set.

28/03/2024 - 19:05
`, [
    ev('visit', 'occurred', ['Emmanuel Macron', 'Luiz Inacio Lula da Silva'], '2024-03-26', 'Belem'),
    ev('meeting', 'occurred', ['Emmanuel Macron', 'Luiz Inacio Lula da Silva'], '2024-03-26', 'Belem'),
    ev('meeting', 'occurred', ['Emmanuel Macron', 'Luiz Inacio Lula da Silva'], '2024-03-27', 'Itaguai', { optional: true }),
    ev('meeting', 'occurred', ['Emmanuel Macron', 'Luiz Inacio Lula da Silva'], '2024-03-28', 'Brasilia'),
    ev('signing', 'occurred', ['Emmanuel Macron', 'Luiz Inacio Lula da Silva'], '2024-03-28', 'Brasilia'),
    ev('visit', 'occurred', ['Emmanuel Macron'], '2024-03-27', 'Sao Paulo', { optional: true }),
    ev('signing', 'occurred', ['BR', 'FR'], '2008', null, { date_true: '2008-12-23', optional: true }),
    ev('visit', 'occurred', ['Francois Hollande'], '2013', null, { date_true: '2013-12-12' }),
    ev('visit', 'occurred', ['Luiz Inacio Lula da Silva', 'Emmanuel Macron'], '2023-06', 'Paris', { date_true: '2023-06-22' }),
    ev('summit', 'occurred', [], '2023-06', 'Paris', { date_true: '2023-06-22', occasion: 'Summit for a New Global Financing Pact' }),
    ev('visit', 'planned', ['Emmanuel Macron'], '2024-11', 'Rio de Janeiro', { date_true: '2024-11-18' }),
    ev('summit', 'planned', [], '2024-11', 'Rio de Janeiro', { date_true: '2024-11-18', occasion: 'G20' }),
    ev('summit', 'planned', [], '2025-11', 'Belem', { date_true: '2025-11-10', occasion: 'COP30' }),
  ]),
  a('w-merz-macron-starmer-tusk-kyiv', null, `
Europe's leaders in Kyiv press Russia to accept 30-day ceasefire – DW – 05/10/2025

05/10/2025May 10, 2025

Skip next section Navigation
Skip to content Skip to main menu Skip to more DW sites
Germany  World  Business  Science  Environment  Culture  Sports  Live TV
Conflicts
Russia-Ukraine war

https://p.dw.com/p/4u8Qx
German Chancellor Friedrich Merz, French President Emmanuel Macron, UK Prime Minister Keir Starmer and Polish Prime Minister Donald Tusk were greeted at Kyiv's central station
Image: Ludovic Marin/AFP
Advertisement

German Chancellor Friedrich Merz, French President Emmanuel Macron, British Prime Minister Keir Starmer and Polish Prime Minister Donald Tusk arrived in Kyiv on Saturday morning on an overnight train, for talks with Ukrainian President Volodymyr Zelenskyy.

It is the first joint visit of the four leaders to the Ukrainian capital, and Merz's first trip to Ukraine as chancellor, four days after he was sworn in.

The leaders laid candles at a memorial for fallen Ukrainian soldiers on Independence Square before holding talks with Zelenskyy at the Mariinskyi Palace. Together they called on Moscow to accept a full and unconditional 30-day ceasefire starting on Monday, threatening new sanctions if it refused.

"The ball is now in Russia's court," Merz told reporters at a joint news conference.

The four leaders and Zelenskyy also spoke by phone with US President Donald Trump from Kyiv, Macron said, before joining a video call with around 20 other leaders of the so-called coalition of the willing, which is preparing security guarantees for Ukraine after any ceasefire.

Merz travelled to Paris and Warsaw on Wednesday, his first full day in office, holding talks with Macron and with Tusk.

Advertisement

The European leaders are due to meet again at the European Political Community summit in the Albanian capital, Tirana, next Friday.

Macron last travelled to Kyiv in June 2022, together with then-German Chancellor Olaf Scholz and then-Italian Prime Minister Mario Draghi.

Zelenskyy said he was ready to meet Putin "in any format" once the guns fall silent.

Related topics
Putin hosts Xi Jinping, Lula at Victory Day parade in Moscow
Ukraine updates: Kyiv welcomes US-backed truce proposal
Date 05/10/2025
`, [
    ev('visit', 'occurred', ['Friedrich Merz', 'Emmanuel Macron', 'Keir Starmer', 'Donald Tusk', 'Volodymyr Zelensky'], '2025-05-10', 'Kyiv'),
    ev('meeting', 'occurred', ['Friedrich Merz', 'Emmanuel Macron', 'Keir Starmer', 'Donald Tusk', 'Volodymyr Zelensky'], '2025-05-10', 'Kyiv'),
    ev('call', 'occurred', ['Friedrich Merz', 'Emmanuel Macron', 'Keir Starmer', 'Donald Tusk', 'Volodymyr Zelensky', 'Donald Trump'], '2025-05-10', null),
    ev('call', 'occurred', ['Friedrich Merz', 'Emmanuel Macron', 'Keir Starmer', 'Donald Tusk', 'Volodymyr Zelensky'], '2025-05-10', null, { optional: true }),
    ev('visit', 'occurred', ['Friedrich Merz', 'Emmanuel Macron'], '2025-05-07', 'Paris'),
    ev('meeting', 'occurred', ['Friedrich Merz', 'Emmanuel Macron'], '2025-05-07', 'Paris'),
    ev('visit', 'occurred', ['Friedrich Merz', 'Donald Tusk'], '2025-05-07', 'Warsaw'),
    ev('meeting', 'occurred', ['Friedrich Merz', 'Donald Tusk'], '2025-05-07', 'Warsaw'),
    ev('summit', 'planned', [], '2025-05-16', 'Tirana', { occasion: 'European Political Community' }),
    ev('visit', 'occurred', ['Emmanuel Macron', 'Olaf Scholz', 'Mario Draghi'], '2022-06', 'Kyiv', { date_true: '2022-06-16' }),
  ]),
  a('w-milei-trump-white-house', '2025-10-14', `
Trump ties Argentina rescue to Milei midterm win as leaders lunch at White House

Buenos Aires Herald
POLITICS  ECONOMY  WORLD  OPINION  CULTURE  SUBSCRIBE
This website uses cookies. By continuing you accept our privacy policy. OK

US President Donald Trump and Argentine President Javier Milei in the Cabinet Room of the White House, October 14, 2025. Photo: AFP
4.5K reads

US President Donald Trump hosted Argentine President Javier Milei for lunch at the White House on Tuesday and warned that Washington's financial support for Argentina would depend on the outcome of the country's midterm elections on October 26.

"If he loses, we are not going to be generous with Argentina," Trump told reporters before the lunch, praising Milei as a "great leader".

Milei, who landed in Washington on Monday night, was accompanied by Economy Minister Luis Caputo and Foreign Minister Gerardo Werthein. The lunch in the Cabinet Room was attended by Treasury Secretary Scott Bessent, Secretary of State Marco Rubio and Vice President JD Vance on the US side and by Caputo and Werthein on the Argentine side.

Bessent met Caputo in Washington last week, on the sidelines of the IMF and World Bank annual meetings, to finalise a US$20-billion currency swap line between the US Treasury and Argentina's central bank.

It was the two presidents' second meeting in less than a month, after they met on the sidelines of the UN General Assembly in New York on September 23. Milei was also the first foreign leader to meet Trump after his election victory last year, at his Mar-a-Lago resort in Florida in November.

Bessent visited Buenos Aires in April, days after Argentina agreed a US$20-billion loan programme with the International Monetary Fund, and met Milei at the Casa Rosada.

Asked whether he would travel to Argentina, Trump said he "might" go at some point "if things go well".

MOST READ
1. Lula and Trump to meet in Malaysia on ASEAN sidelines, Itamaraty says
2. Peso steadies as Treasury buys pesos for second day
3. Karina Milei leads La Libertad Avanza campaign in Buenos Aires province

14-10-2025 17:58
`, [
    ev('visit', 'occurred', ['Javier Milei', 'Donald Trump'], '2025-10-13', 'Washington'),
    ev('meeting', 'occurred', ['Javier Milei', 'Donald Trump', 'Scott Bessent', 'Marco Rubio', 'JD Vance', 'Luis Caputo', 'Gerardo Werthein'], '2025-10-14', 'Washington'),
    ev('meeting', 'occurred', ['Scott Bessent', 'Luis Caputo'], '2025-10', 'Washington', { date_true: '2025-10-09' }),
    ev('meeting', 'occurred', ['Donald Trump', 'Javier Milei'], '2025-09-23', 'New York', { occasion: 'UN General Assembly' }),
    ev('summit', 'occurred', [], '2025-09', 'New York', { date_true: '2025-09-23', occasion: 'UN General Assembly', optional: true }),
    ev('meeting', 'occurred', ['Javier Milei', 'Donald Trump'], '2024-11', 'Palm Beach', { date_true: '2024-11-14' }),
    ev('visit', 'occurred', ['Javier Milei', 'Donald Trump'], '2024-11', 'Palm Beach', { date_true: '2024-11-14', optional: true }),
    ev('visit', 'occurred', ['Scott Bessent', 'Javier Milei'], '2025-04', 'Buenos Aires', { date_true: '2025-04-14' }),
    ev('meeting', 'occurred', ['Scott Bessent', 'Javier Milei'], '2025-04', 'Buenos Aires', { date_true: '2025-04-14' }),
  ]),
];
