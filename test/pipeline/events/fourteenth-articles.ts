// A fourteenth set of hand-written articles ("fourteenth"), a DEBUGGING set, not a measure: it was written so that the
// team can find general reading errors of the events stage on text nobody had tuned for, and the team will debug on it
// (so once it has been used, its score says little; write another set to measure). Its author read neither the stage's
// source, nor its output on these articles before the keys were final, nor the articles of the other sets (only the
// format of the eighth set was copied), and no key was changed after the set was first scored. It is aimed at hard
// structure: multi-stop tours ("ends the tour in", "the last leg", "before heading to", "travels on to"), delegations
// with several members, multilateral signings, transcripts and press conferences whose "I", "we" and "you" are
// speakers, phone calls reported by both sides (one call), pages whose date is only partly given (a TASS or Xinhua
// dateline with no year, the year named elsewhere in the text, given by an anniversary, or by world knowledge only),
// and plans that do or do not materialise. Source styles, in roughly the proportions of the evaluation set: Reuters
// copy of 2016-2019 (four with quotation marks and apostrophes stripped, as in the research corpus: "Abe s", double
// spaces where quotes stood); web pages of 2019-2023 as scraped, with menus, cookie banners, photo captions, view
// counters, "Related:" and "Bonus video:" lines, a duplicated paragraph and a trailing timestamp, some without a
// metadata date (their date is in a "Date", "Updated" or "Posted" line); White House, State Department and Kremlin
// transcripts; TASS and Xinhua copies with translation slips and datelines. Real people, places and dates of 2015-2023
// as best known.
//
// Keys follow the answer-key conventions of the evaluation README and its cases: participants are canonical person
// names of the knowledge base (country codes where no person is named); a visit is keyed when the text reports a trip
// (arrived, flew in, landed, state visit, "was received in", a leg of a tour), with the visitor and the host the text
// names (the visitor alone when the text names no host who received him); the talks held during a visit are keyed as
// well, one meeting per day of talks the text narrates, with every person the text lists on each side of delegation
// talks; a visit's date is the day the text gives for the arrival or for the visitor's presence, else the month with
// `date_true`; background events keep the date the text gives (a month for "last month" or "in May", a year for "in
// 2011"); summits have no participants and a location only when the text names the city, dated by their first day where
// the text allows; a signing's participants are its signers as the text names them, or the leaders it says oversaw or
// presided over it (the countries where it names no one); a call reported by both sides is one call; the year of a
// dateline that gives none is the year the text implies (a named year, an anniversary) or, where it implies none, the
// year of world knowledge, as the README allows. `optional` marks borderline items: an invitation or a plan with no
// date, a cancelled or postponed plan, a private dinner, a domestic leg, a trip made only to attend a summit, a visit
// only implied by a meeting, a brief encounter, a joint declaration issued rather than signed. Hypotheticals ("would
// welcome talks"), questions of reporters and the headlines of other stories ("Related:") are not keyed.
import { articleOfText, keyedEvent, type Aliases, type EventArticle } from './event-scoring.js';

/** Other spellings the keys accept for the names, places and gatherings used here, as a key's `aliases` would. */
export const FOURTEENTH_ALIASES: Aliases = {
  'Sergey Lavrov': ['Sergei Lavrov'],
  'Kim Jong Un': ['Kim Jong-un', 'Kim Jong-Un'],
  'Kim Jong Il': ['Kim Jong-il'],
  'Ri Yong Ho': ['Ri Yong-ho'],
  'Choe Son Hui': ['Choe Son-hui'],
  'Volodymyr Zelensky': ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'],
  'Recep Tayyip Erdogan': ['Tayyip Erdogan', 'Recep Tayyip Erdoğan'],
  'Mevlut Cavusoglu': ['Mevlüt Çavuşoğlu'],
  'Francois Hollande': ['François Hollande'],
  'Yoon Suk Yeol': ['Yoon Suk-yeol'],
  'Kassym-Jomart Tokayev': ['Kassym Jomart Tokayev'],
  'Mohamed bin Zayed Al Nahyan': ['Mohammed bin Zayed', 'Mohamed bin Zayed', 'Sheikh Mohamed bin Zayed'],
  'Abdullah bin Zayed Al Nahyan': ['Abdullah bin Zayed', 'Sheikh Abdullah bin Zayed'],
  'Abdullatif bin Rashid Al Zayani': ['Abdullatif Al Zayani', 'Abdullatif al-Zayani'],
  'Hamad bin Isa Al Khalifa': ['King Hamad'],
  'Abdul Ghani Baradar': ['Mullah Baradar', 'Mullah Abdul Ghani Baradar'],
  'Albert II': ['Prince Albert II', 'Prince Albert'],
  'Veronica Macamo': ['Verónica Macamo'],
  'Washington': ['Washington, D.C.', 'Washington DC', 'White House', 'Oval Office'],
  'Palm Beach': ['Mar-a-Lago', 'Palm Beach, Florida'],
  'New York': ['New York City', 'Manhattan', 'Trump Tower'],
  'St Petersburg': ['Saint Petersburg', 'St. Petersburg'],
  'Nur-Sultan': ['Astana', 'Nursultan'],
  'Vladivostok': ['Russky Island'],
  'Kyiv': ['Kiev'],
  'Ho Chi Minh City': ['Saigon'],
  'Monaco': ['Monte Carlo', 'Monte-Carlo'],
  'Beaulieu-sur-Mer': ['Beaulieu'],
  'Ise-Shima': ['Ise Shima', 'Ise'],
  'Nagato': ['Nagato, Yamaguchi'],
  'Paris': ['Elysee Palace', 'Élysée Palace'],
  'G20': ['Group of 20', 'G-20', 'Group of Twenty'],
  'G7': ['Group of Seven', 'G-7'],
  'APEC': ['Asia-Pacific Economic Cooperation'],
  'BRICS': [],
  'SCO': ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
  'Belt and Road Forum': ['Belt and Road Forum for International Cooperation', 'Belt and Road international forum'],
  'EU-China summit': ['China-EU summit'],
  'Russia-Africa summit': ['Russia-Africa Summit'],
  'Normandy format': ['Normandy Four', 'Normandy'],
  'Bucharest Nine': ['B9'],
  'Ukraine Recovery Conference': [],
  'Astana format': ['Astana'],
};

const a = articleOfText;
const ev = keyedEvent;

export const FOURTEENTH_ARTICLES: EventArticle[] = [
  // ---------------------------------------------------------------- Reuters copy, 2016-2017, quotation marks stripped
  a('r-obama-vietnam-embargo', '2016-05-23', `
Obama lifts Vietnam arms embargo on first full day of Asia trip

HANOI (Reuters) - U.S. President Barack Obama on Monday announced the full lifting of a decades-old U.S. embargo on sales of lethal weapons to Vietnam, as he held talks with the communist country s leaders on the first full day of a visit aimed at deepening ties with a former enemy.  Obama, who arrived in Hanoi late on Sunday, said the decision was not based on China or any other considerations but on the desire to complete a lengthy process of normalization that began two decades ago.  The United States is fully lifting the ban on the sale of military equipment to Vietnam that has been in place for some 50 years,  Obama told a joint news conference after talks with President Tran Dai Quang at the Presidential Palace. Quang said the two former foes had opened a new page in their relations and welcomed the decision as clear proof that they had fully normalized ties. Obama also held talks with Prime Minister Nguyen Xuan Phuc, and later on Monday he met Communist Party chief Nguyen Phu Trong, Vietnam s most powerful figure, at the party s headquarters. Trong was received by Obama in the Oval Office last July, the first visit to the United States by a general secretary of Vietnam s Communist Party. Vietnamese budget airline VietJet signed a deal to buy 100 Boeing 737 MAX aircraft, with Obama and Quang attending the signing ceremony. Obama is the third sitting U.S. president to visit Vietnam since the end of the war in 1975, after Bill Clinton in 2000 and George W. Bush, who attended an Asia-Pacific Economic Cooperation summit in Hanoi in 2006. Human rights groups said several activists who had been invited to a meeting with Obama on Tuesday were prevented by police from leaving their homes. On Tuesday Obama will meet civil society representatives in Hanoi before flying to Ho Chi Minh City, the former Saigon, where he will speak to young entrepreneurs. He then travels to Japan on Wednesday for a Group of Seven summit in Ise-Shima on Thursday and Friday. On Friday he will become the first sitting U.S. president to visit Hiroshima, where he will be accompanied by Japanese Prime Minister Shinzo Abe. The White House has said Obama will not apologize for the atomic bombing of the city in 1945.
`, [
    ev('visit', 'occurred', ['Barack Obama', 'Tran Dai Quang'], '2016-05-22', 'Hanoi'),
    ev('meeting', 'occurred', ['Barack Obama', 'Tran Dai Quang'], '2016-05-23', 'Hanoi'),
    ev('meeting', 'occurred', ['Barack Obama', 'Nguyen Xuan Phuc'], '2016-05-23', 'Hanoi'),
    ev('meeting', 'occurred', ['Barack Obama', 'Nguyen Phu Trong'], '2016-05-23', 'Hanoi'),
    ev('meeting', 'occurred', ['Barack Obama', 'Nguyen Phu Trong'], '2015-07', 'Washington', { date_true: '2015-07-07' }),
    ev('visit', 'occurred', ['Nguyen Phu Trong', 'Barack Obama'], '2015-07', 'Washington', { date_true: '2015-07-07', optional: true }),
    ev('signing', 'occurred', ['Barack Obama', 'Tran Dai Quang'], '2016-05-23', 'Hanoi', { optional: true }),
    ev('visit', 'occurred', ['Bill Clinton'], '2000', null, { date_true: '2000-11-16', optional: true }),
    ev('visit', 'occurred', ['George W. Bush'], '2006', 'Hanoi', { date_true: '2006-11-17', optional: true }),
    ev('summit', 'occurred', [], '2006', 'Hanoi', { date_true: '2006-11-18', occasion: 'APEC', optional: true }),
    ev('visit', 'planned', ['Barack Obama'], '2016-05-24', 'Ho Chi Minh City', { optional: true }),
    ev('visit', 'planned', ['Barack Obama'], '2016-05-25', null),
    ev('summit', 'planned', [], '2016-05-26', 'Ise-Shima', { occasion: 'G7' }),
    ev('visit', 'planned', ['Barack Obama', 'Shinzo Abe'], '2016-05-27', 'Hiroshima'),
  ]),

  a('r-putin-abe-nagato-tokyo', '2016-12-16', `
Putin, Abe agree to talk joint economic activity on disputed isles, no breakthrough

NAGATO, Japan/TOKYO (Reuters) - Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe agreed on Friday to start talks on joint economic activities on four disputed islands, but two days of meetings produced no breakthrough in the territorial row that has kept the two countries from signing a peace treaty formally ending World War Two. Putin, on his first visit to Japan in 11 years, flew into the hot spring resort of Nagato in Abe s home prefecture of Yamaguchi on Thursday nearly three hours late, and the two leaders held about three hours of talks at a traditional inn there that evening, part of it with only interpreters present.  I think that we have taken an important step toward concluding a peace treaty,  Abe told a joint news conference in Tokyo on Friday, after the talks moved to the capital for a second day. Putin said the most important thing was to end the historical ping-pong over the islands, which Soviet troops seized at the end of the war and which are known in Japan as the Northern Territories and in Russia as the Southern Kurils.  We need to stop this,  he said. Government officials and companies from the two countries signed more than 80 agreements in Tokyo on Friday covering energy, medical care and urban infrastructure, with Japanese investment worth about 300 billion yen ($2.54 billion) expected. Foreign ministers Sergei Lavrov and Fumio Kishida held separate talks in Nagato on Thursday. Abe has made improving ties with Moscow a priority despite misgivings in Washington, and has met Putin more than a dozen times, most recently on the sidelines of an Asia-Pacific Economic Cooperation summit in Lima last month. In May he travelled to the Black Sea resort of Sochi for informal talks with Putin, where he proposed an eight-point economic cooperation plan. Before the visit Kremlin aide Yuri Ushakov told reporters that the issue of sovereignty over the islands was not up for discussion. Abe said he hoped to visit Russia again at an appropriate time next year. Putin suggested that if the islands were handed over, U.S. forces could be stationed there under the Japan-U.S. security alliance, a possibility Moscow would find hard to accept.
`, [
    ev('visit', 'occurred', ['Vladimir Putin', 'Shinzo Abe'], '2016-12-15', 'Nagato'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Shinzo Abe'], '2016-12-15', 'Nagato'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Shinzo Abe'], '2016-12-16', 'Tokyo'),
    ev('signing', 'occurred', ['RU', 'JP'], '2016-12-16', 'Tokyo'),
    ev('meeting', 'occurred', ['Sergey Lavrov', 'Fumio Kishida'], '2016-12-15', 'Nagato'),
    ev('meeting', 'occurred', ['Shinzo Abe', 'Vladimir Putin'], '2016-11', 'Lima', { date_true: '2016-11-19', occasion: 'APEC' }),
    ev('visit', 'occurred', ['Shinzo Abe', 'Vladimir Putin'], '2016-05', 'Sochi', { date_true: '2016-05-06' }),
    ev('meeting', 'occurred', ['Shinzo Abe', 'Vladimir Putin'], '2016-05', 'Sochi', { date_true: '2016-05-06' }),
    ev('summit', 'occurred', [], '2016-11', 'Lima', { date_true: '2016-11-19', occasion: 'APEC', optional: true }),
    ev('visit', 'planned', ['Shinzo Abe'], '2017', null, { optional: true }),
  ]),

  a('r-trump-calls-putin-abe-merkel', '2017-01-28', `
Trump, Putin agree in first call to work together on Syria: Kremlin

WASHINGTON/MOSCOW (Reuters) - U.S. President Donald Trump and Russian President Vladimir Putin agreed in a telephone call on Saturday to try to work together to fight Islamic State in Syria, the Kremlin said, their first official conversation since Trump took office on Jan. 20. The White House said the call, which lasted about an hour, was  a significant start  to improving a relationship that is in need of repair. The Kremlin said the two leaders had agreed to establish real coordination of actions against Islamic State and other terrorist groups in Syria, and had discussed the Iranian nuclear deal, the Korean peninsula and the conflict in eastern Ukraine. They did not set a date for a meeting, but instructed their officials to work out the possible timing and venue of a face-to-face encounter, the Kremlin said. Neither side mentioned U.S. sanctions imposed on Russia over Ukraine. Trump spent much of Saturday on the phone with foreign leaders. He spoke earlier in the day with Japanese Prime Minister Shinzo Abe, and later with German Chancellor Angela Merkel and French President Francois Hollande. Japanese officials said Abe and Trump confirmed that Abe would visit Washington on Feb. 10 for talks with the new president. Merkel invited Trump to the summit of the Group of 20 major economies that Germany hosts in Hamburg in July, a German government spokesman said, and Trump invited the chancellor to visit Washington soon. Hollande told Trump in their call that a withdrawal into protectionism would have economic and political consequences, his office said. Trump was also scheduled to speak later on Saturday with Australian Prime Minister Malcolm Turnbull. The flurry of calls came a day after Trump hosted British Prime Minister Theresa May at the White House on Friday, his first meeting with a foreign leader as president. May said after the meeting that Britain backed keeping sanctions on Russia in place until the Minsk ceasefire agreement for Ukraine was fully implemented. Republican Senator John McCain said that if Trump lifted the sanctions, he would work to write them into law.
`, [
    ev('call', 'occurred', ['Donald Trump', 'Vladimir Putin'], '2017-01-28', null),
    ev('call', 'occurred', ['Donald Trump', 'Shinzo Abe'], '2017-01-28', null),
    ev('call', 'occurred', ['Donald Trump', 'Angela Merkel'], '2017-01-28', null),
    ev('call', 'occurred', ['Donald Trump', 'Francois Hollande'], '2017-01-28', null),
    ev('call', 'planned', ['Donald Trump', 'Malcolm Turnbull'], '2017-01-28', null),
    ev('meeting', 'planned', ['Shinzo Abe', 'Donald Trump'], '2017-02-10', 'Washington'),
    ev('visit', 'planned', ['Shinzo Abe', 'Donald Trump'], '2017-02-10', 'Washington', { optional: true }),
    ev('summit', 'planned', [], '2017-07', 'Hamburg', { date_true: '2017-07-07', occasion: 'G20' }),
    ev('meeting', 'occurred', ['Donald Trump', 'Theresa May'], '2017-01-27', 'Washington'),
    ev('visit', 'occurred', ['Theresa May', 'Donald Trump'], '2017-01-27', 'Washington', { optional: true }),
    ev('meeting', 'planned', ['Donald Trump', 'Vladimir Putin'], null, null, { optional: true }),
    ev('visit', 'planned', ['Angela Merkel', 'Donald Trump'], null, 'Washington', { optional: true }),
    ev('visit', 'planned', ['Donald Trump', 'Angela Merkel'], '2017-07', 'Hamburg', { optional: true }),
  ]),

  a('r-modi-israel-hamburg', '2017-07-04', `
Modi lands in Israel on first visit by an Indian prime minister

TEL AVIV (Reuters) - Narendra Modi landed in Tel Aviv on Tuesday for the first visit to Israel by an Indian prime minister, and was greeted on the tarmac by Prime Minister Benjamin Netanyahu, who embraced him and called him a great world leader.  We love India,  Netanyahu said at the airport.  We have been waiting for you for 70 years.  Modi, who is keen to buy Israeli weapons and technology, spent the afternoon with Netanyahu at a flower farm and at the Yad Vashem Holocaust memorial in Jerusalem, and the Israeli leader was to host him at a private dinner at his residence on Tuesday evening. On Wednesday the two leaders will hold formal talks in Jerusalem and are expected to sign agreements on water, agriculture and space cooperation. Modi will also call on President Reuven Rivlin in Jerusalem on Wednesday, returning a state visit Rivlin made to India last November, and address thousands of members of the Indian community in Tel Aviv. India s president, Pranab Mukherjee, visited Israel in October 2015, but no Indian prime minister had done so since the two countries established full diplomatic relations in 1992. Modi is not scheduled to visit Ramallah, the seat of the Palestinian Authority, breaking with the practice of most leaders visiting Israel. He hosted Palestinian President Mahmoud Abbas in New Delhi in May and reaffirmed India s support for a Palestinian state. Modi leaves Israel on Thursday for Hamburg, where he will join other leaders at a Group of 20 summit on Friday and Saturday.  India is no longer shy of its relationship with Israel,  said a senior Indian official.
`, [
    ev('visit', 'occurred', ['Narendra Modi', 'Benjamin Netanyahu'], '2017-07-04', 'Tel Aviv'),
    ev('meeting', 'planned', ['Narendra Modi', 'Benjamin Netanyahu'], '2017-07-04', 'Jerusalem', { optional: true }),
    ev('meeting', 'planned', ['Narendra Modi', 'Benjamin Netanyahu'], '2017-07-05', 'Jerusalem'),
    ev('signing', 'planned', ['Narendra Modi', 'Benjamin Netanyahu'], '2017-07-05', 'Jerusalem'),
    ev('meeting', 'planned', ['Narendra Modi', 'Reuven Rivlin'], '2017-07-05', 'Jerusalem'),
    ev('visit', 'occurred', ['Reuven Rivlin'], '2016-11', null, { date_true: '2016-11-14' }),
    ev('visit', 'occurred', ['Pranab Mukherjee'], '2015-10', null, { date_true: '2015-10-13' }),
    ev('meeting', 'occurred', ['Narendra Modi', 'Mahmoud Abbas'], '2017-05', 'New Delhi', { date_true: '2017-05-16' }),
    ev('visit', 'occurred', ['Mahmoud Abbas', 'Narendra Modi'], '2017-05', 'New Delhi', { date_true: '2017-05-16', optional: true }),
    ev('visit', 'planned', ['Narendra Modi'], '2017-07-06', 'Hamburg'),
    ev('summit', 'planned', [], '2017-07-07', 'Hamburg', { occasion: 'G20' }),
  ]),

  // ---------------------------------------------------------------- Reuters copy, 2018-2019, with quotation marks
  a('r-trump-cancels-putin-g20', '2018-11-29', `
Trump cancels Putin meeting at G20, citing Ukraine ship seizure

BUENOS AIRES/WASHINGTON (Reuters) - U.S. President Donald Trump abruptly canceled a planned meeting with Russian President Vladimir Putin at the Group of 20 summit in Argentina on Thursday, citing Russia's seizure of three Ukrainian naval ships and their crews off Crimea at the weekend.

"Based on the fact that the ships and sailors have not been returned to Ukraine from Russia, I have decided it would be best for all parties concerned to cancel my previously scheduled meeting in Argentina with President Vladimir Putin," Trump wrote on Twitter shortly after boarding Air Force One. "I look forward to a meaningful Summit again as soon as this situation is resolved!"

Less than an hour earlier, Trump had told reporters at the White House that it was probably a very good time to have the meeting.

Kremlin spokesman Dmitry Peskov said Moscow had not been officially informed of the cancellation, and that if it was confirmed Putin would have "a couple of extra hours" for useful meetings on the sidelines. Kremlin aide Yuri Ushakov said earlier this week that Putin would meet Saudi Crown Prince Mohammed bin Salman in Buenos Aires on Saturday.

German Chancellor Angela Merkel spoke by phone with Putin and with Ukrainian President Petro Poroshenko on Monday, urging both to de-escalate, her spokesman said.

Trump, who left Washington for Buenos Aires on Thursday afternoon, will sit down with Argentine President Mauricio Macri on Friday, when the two-day summit opens, and hold a three-way meeting with Japanese Prime Minister Shinzo Abe and Indian Prime Minister Narendra Modi the same day.

The highest-stakes encounter of the trip is a working dinner with Chinese President Xi Jinping on Saturday, at which the two leaders will try to find a way out of a trade war that has rattled financial markets.

Trump and Putin last held formal talks at a summit in Helsinki in July, where Trump's refusal to side with U.S. intelligence agencies over Russian election meddling drew bipartisan criticism at home. The two men spoke briefly at a lunch in Paris on Nov. 11 marking the centenary of the end of World War One.

"It would have been a good opportunity to talk," said a European diplomat in Buenos Aires. "Now the summit will be about China."
`, [
    ev('meeting', 'planned', ['Donald Trump', 'Vladimir Putin'], null, 'Buenos Aires', { optional: true }),
    ev('meeting', 'planned', ['Vladimir Putin', 'Mohammed bin Salman'], '2018-12-01', 'Buenos Aires'),
    ev('call', 'occurred', ['Angela Merkel', 'Vladimir Putin'], '2018-11-26', null),
    ev('call', 'occurred', ['Angela Merkel', 'Petro Poroshenko'], '2018-11-26', null),
    ev('visit', 'occurred', ['Donald Trump'], '2018-11-29', 'Buenos Aires', { optional: true }),
    ev('meeting', 'planned', ['Donald Trump', 'Mauricio Macri'], '2018-11-30', 'Buenos Aires'),
    ev('summit', 'planned', [], '2018-11-30', 'Buenos Aires', { occasion: 'G20' }),
    ev('meeting', 'planned', ['Donald Trump', 'Shinzo Abe', 'Narendra Modi'], '2018-11-30', 'Buenos Aires'),
    ev('meeting', 'planned', ['Donald Trump', 'Xi Jinping'], '2018-12-01', 'Buenos Aires'),
    ev('meeting', 'occurred', ['Donald Trump', 'Vladimir Putin'], '2018-07', 'Helsinki', { date_true: '2018-07-16' }),
    ev('summit', 'occurred', [], '2018-07', 'Helsinki', { date_true: '2018-07-16', optional: true }),
    ev('meeting', 'occurred', ['Donald Trump', 'Vladimir Putin'], '2018-11-11', 'Paris', { optional: true }),
  ]),

  a('r-xi-ends-europe-tour-paris', '2019-03-26', `
Xi ends European tour in Paris as Macron, Merkel and Juncker press for fairer trade

PARIS (Reuters) - French President Emmanuel Macron, German Chancellor Angela Merkel and European Commission President Jean-Claude Juncker met Chinese President Xi Jinping in Paris on Tuesday, the last leg of a European tour that has exposed divisions over how to deal with Beijing.

Macron invited Merkel and Juncker to join him for the talks with Xi at the Elysee Palace, a show of European unity after Italy became the first Group of Seven country to sign up to China's Belt and Road infrastructure scheme.

"We are not naive," Macron told reporters before the meeting. "Europe must be united and respected." Xi said China and Europe should not let mutual suspicion hold back cooperation.

Xi began the six-day tour in Rome last Thursday, and President Sergio Mattarella welcomed him for talks at the Quirinale Palace the next day. On Saturday, Xi and Prime Minister Giuseppe Conte oversaw the signing in Rome of a non-binding memorandum of understanding on the Belt and Road and of 29 commercial and institutional deals.

After a brief stop in Monaco on Sunday, where he was received by Prince Albert II, Xi arrived in Nice later that day for the French leg of the tour. Macron hosted him for dinner at a villa in Beaulieu-sur-Mer on the Riviera on Sunday evening.

On Monday the two presidents held formal talks in Paris and presided over the signing of contracts worth some 40 billion euros, including an order for 300 Airbus aircraft.

Tuesday's meeting comes two weeks before an EU-China summit in Brussels on April 9, where Chinese Premier Li Keqiang is expected to face demands for greater market access.

"The tour shows China can deal with European capitals one by one," said a Brussels-based analyst. "Tuesday's meeting was meant to show the opposite."
`, [
    ev('meeting', 'occurred', ['Emmanuel Macron', 'Angela Merkel', 'Jean-Claude Juncker', 'Xi Jinping'], '2019-03-26', 'Paris'),
    ev('visit', 'occurred', ['Xi Jinping', 'Sergio Mattarella'], '2019-03-21', 'Rome'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Sergio Mattarella'], '2019-03-22', 'Rome'),
    ev('signing', 'occurred', ['Xi Jinping', 'Giuseppe Conte'], '2019-03-23', 'Rome'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Giuseppe Conte'], '2019-03-23', 'Rome', { optional: true }),
    ev('visit', 'occurred', ['Xi Jinping', 'Albert II'], '2019-03-24', 'Monaco'),
    ev('visit', 'occurred', ['Xi Jinping', 'Emmanuel Macron'], '2019-03-24', 'Nice'),
    ev('meeting', 'occurred', ['Xi Jinping', 'Emmanuel Macron'], '2019-03-24', 'Beaulieu-sur-Mer', { optional: true }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Emmanuel Macron'], '2019-03-25', 'Paris'),
    ev('signing', 'occurred', ['Xi Jinping', 'Emmanuel Macron'], '2019-03-25', 'Paris'),
    ev('summit', 'planned', [], '2019-04-09', 'Brussels', { occasion: 'EU-China summit' }),
    ev('visit', 'planned', ['Li Keqiang'], '2019-04-09', 'Brussels', { optional: true }),
  ]),

  // ---------------------------------------------------------------- transcripts: White House, Kremlin, State Department
  a('wh-trump-abe-press-conference', null, `
Remarks by President Trump and Prime Minister Abe of Japan in Joint Press Conference

The White House
Office of the Press Secretary
For Immediate Release
February 10, 2017

East Room

1:12 P.M. EST

PRESIDENT TRUMP: Thank you very much. Please. Thank you. It's a great honor to welcome Prime Minister Abe to the White House. This afternoon, the Prime Minister and I had a very productive meeting, and we discussed the security of our two countries, our trade relationship, and the threat posed by North Korea. The bond between our two nations and the friendship between our two peoples runs very, very deep.

Tomorrow, the Prime Minister and Mrs. Abe will join Melania and me in Florida, at Mar-a-Lago in Palm Beach, and we'll play a round of golf, and we'll keep talking. I think we'll have a great time.

PRIME MINISTER ABE: (As interpreted.) Thank you, Donald. I first met President Trump in New York last November, when he was President-elect, and I was convinced then that he is a leader in whom I can place great confidence. Today we had a very frank exchange of views over lunch and in our meeting.

The Japan-U.S. alliance is the cornerstone of peace and stability in the Asia Pacific. Deputy Prime Minister Aso and Vice President Pence will launch a new economic dialogue between our two countries.

I have invited President Trump to visit Japan within this year, and he has accepted. I look forward to welcoming him and the First Lady.

PRESIDENT TRUMP: Thank you. We'll take a couple of questions.

Q Thank you, Mr. President. You spoke with President Xi of China last night. Did you agree to honor the One China policy, and what did you get in return?

PRESIDENT TRUMP: We had a very, very good conversation last night, a long conversation. We're in the process of getting along very well, and I think that will also be very much of a benefit to Japan.

Q Mr. President, will you invite President Xi to Mar-a-Lago as well?

PRESIDENT TRUMP: At some point, I'm sure. We haven't discussed it.

Q (As interpreted.) Prime Minister, you will play golf with the President tomorrow. What do you hope to achieve?

PRIME MINISTER ABE: (As interpreted.) Golf is a sport of trust. I'm not as good as Donald, but we will spend a lot of time together, and I hope we can talk frankly about many things.

END 1:52 P.M. EST
`, [
    ev('meeting', 'occurred', ['Donald Trump', 'Shinzo Abe'], '2017-02-10', 'Washington'),
    ev('visit', 'occurred', ['Shinzo Abe', 'Donald Trump'], '2017-02-10', 'Washington', { optional: true }),
    ev('meeting', 'planned', ['Donald Trump', 'Shinzo Abe'], '2017-02-11', 'Palm Beach'),
    ev('call', 'occurred', ['Donald Trump', 'Xi Jinping'], '2017-02-09', null),
    ev('meeting', 'occurred', ['Shinzo Abe', 'Donald Trump'], '2016-11', 'New York', { date_true: '2016-11-17' }),
    ev('visit', 'planned', ['Donald Trump', 'Shinzo Abe'], '2017', null, { date_true: '2017-11-05' }),
    ev('meeting', 'planned', ['Taro Aso', 'Mike Pence'], null, null, { optional: true }),
  ]),

  a('kremlin-putin-erdogan-idlib', null, `
Statements for the press following Russian-Turkish talks

March 5, 2020
19:40
The Kremlin, Moscow

Vladimir Putin and President of the Republic of Turkey Recep Tayyip Erdogan held talks in Moscow. The talks began in a restricted format and continued with the participation of members of the delegations.

Following the talks, the parties adopted a Joint Statement. The Additional Protocol to the Memorandum on Stabilisation of the Situation in the Idlib De-escalation Area was signed by the foreign ministers of Russia and Turkey, Sergei Lavrov and Mevlut Cavusoglu.

President of Russia Vladimir Putin: Mr President, ladies and gentlemen,

Our talks with the President of Turkey lasted for over six hours, first one-on-one and then with our delegations. I would like to thank Mr Erdogan for accepting the invitation and coming to Moscow at this difficult time. When we spoke by telephone last Friday, we agreed that a personal meeting was necessary without delay.

We have thoroughly discussed the situation in the Idlib de-escalation area, where it has become so aggravated that a direct conversation between us was required. We have reaffirmed our commitment to the Memorandum that we signed in Sochi on September 17, 2018, and our foreign ministers have just signed an Additional Protocol to it. A ceasefire will come into force at midnight tonight along the entire line of contact.

I want to note that Russia and Turkey also continue to implement major economic projects. In January Mr Erdogan and I together launched the TurkStream gas pipeline in Istanbul, and the Akkuyu nuclear power plant is being built.

President of Turkey Recep Tayyip Erdogan (retranslated): Mr President, dear friend, representatives of the press,

First of all, I would like to thank you for your hospitality. Today we have had a very long meeting, and I am pleased that we have managed to reach agreement on a ceasefire. Turkey reserves the right to respond to any attack by the regime.

When you came to Istanbul in January, we inaugurated TurkStream together, and today we have shown once again that our countries can find a solution even in the most difficult situations. We will also discuss these issues with our Iranian friends at the next summit in the Astana format, which Iran is to host.

I have invited Mr Putin to pay a visit to Turkey, and we will agree on the dates through diplomatic channels.

Thank you.
`, [
    ev('meeting', 'occurred', ['Vladimir Putin', 'Recep Tayyip Erdogan'], '2020-03-05', 'Moscow'),
    ev('visit', 'occurred', ['Recep Tayyip Erdogan', 'Vladimir Putin'], '2020-03-05', 'Moscow'),
    ev('signing', 'occurred', ['Sergey Lavrov', 'Mevlut Cavusoglu'], '2020-03-05', 'Moscow'),
    ev('signing', 'occurred', ['Vladimir Putin', 'Recep Tayyip Erdogan'], '2020-03-05', 'Moscow', { optional: true }),
    ev('call', 'occurred', ['Vladimir Putin', 'Recep Tayyip Erdogan'], '2020-02-28', null),
    ev('signing', 'occurred', ['Vladimir Putin', 'Recep Tayyip Erdogan'], '2018-09-17', 'Sochi'),
    ev('visit', 'occurred', ['Vladimir Putin', 'Recep Tayyip Erdogan'], '2020-01', 'Istanbul', { date_true: '2020-01-08' }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Recep Tayyip Erdogan'], '2020-01', 'Istanbul', { date_true: '2020-01-08', optional: true }),
    ev('summit', 'planned', [], null, null, { occasion: 'Astana format', optional: true }),
    ev('visit', 'planned', ['Vladimir Putin', 'Recep Tayyip Erdogan'], null, null, { optional: true }),
  ]),

  a('state-blinken-beijing-press', '2023-06-19', `
Secretary Antony J. Blinken at a Press Availability

Press Availability
Antony J. Blinken, Secretary of State
Beijing American Center
Beijing, People's Republic of China
June 19, 2023

SECRETARY BLINKEN: Good evening, everyone. I've just concluded two days of meetings here in Beijing. Since I arrived yesterday, I've spent more than eleven hours with senior Chinese officials.

Yesterday I held extensive talks with Foreign Minister Qin Gang, followed by a working dinner. This morning I met with Director Wang Yi, and this afternoon I met with President Xi Jinping. In each of these conversations I was candid about the areas where we disagree, and we agreed on the need to stabilize the relationship.

This is the trip I had planned for February and had to postpone. It was meant to carry forward the work that President Biden and President Xi began when they met in Bali in November on the margins of the G20, where they agreed that our countries have a responsibility to manage competition responsibly.

Foreign Minister Qin accepted my invitation to visit Washington, and we agreed to schedule it at a mutually convenient time.

From here I'll travel on to London, where on Wednesday I'll join partners and allies at the Ukraine Recovery Conference.

MR MILLER: First question goes to Humeyra Pamuk of Reuters.

QUESTION: Thank you, Mr. Secretary. Did President Xi tell you whether he will travel to San Francisco for the APEC leaders' meeting in November, and will President Biden meet him there?

SECRETARY BLINKEN: I'm not going to get ahead of our presidents. There's nothing to announce today.

QUESTION: You said you raised military-to-military channels. What was the answer?

SECRETARY BLINKEN: I did raise it, at every meeting. At this point, China has not agreed to move forward. It's an issue we'll keep working on.
`, [
    ev('visit', 'occurred', ['Antony Blinken', 'Qin Gang'], '2023-06-18', 'Beijing'),
    ev('meeting', 'occurred', ['Antony Blinken', 'Qin Gang'], '2023-06-18', 'Beijing'),
    ev('meeting', 'occurred', ['Antony Blinken', 'Wang Yi'], '2023-06-19', 'Beijing'),
    ev('meeting', 'occurred', ['Antony Blinken', 'Xi Jinping'], '2023-06-19', 'Beijing'),
    ev('meeting', 'occurred', ['Joe Biden', 'Xi Jinping'], '2022-11', 'Bali', { date_true: '2022-11-14', occasion: 'G20' }),
    ev('summit', 'occurred', [], '2022-11', 'Bali', { date_true: '2022-11-15', occasion: 'G20', optional: true }),
    ev('visit', 'planned', ['Antony Blinken'], '2023-02', 'Beijing', { optional: true }),
    ev('visit', 'planned', ['Qin Gang', 'Antony Blinken'], null, 'Washington', { optional: true }),
    ev('visit', 'planned', ['Antony Blinken'], '2023-06-21', 'London'),
    ev('summit', 'planned', [], '2023-06-21', 'London', { occasion: 'Ukraine Recovery Conference' }),
    ev('summit', 'planned', [], '2023-11', 'San Francisco', { occasion: 'APEC', optional: true }),
    ev('meeting', 'planned', ['Joe Biden', 'Xi Jinping'], '2023-11', 'San Francisco', { optional: true }),
  ]),

  // ---------------------------------------------------------------- state media: TASS and Xinhua, datelines without a year
  a('tass-lavrov-africa-tour', null, `
Lavrov arrives in Mozambique on third leg of his African tour

MAPUTO, May 31. /TASS/. Russian Foreign Minister Sergey Lavrov, who is on a tour of African countries, has arrived in Mozambique on an official visit, a TASS correspondent reports.

The plane of the Russian top diplomat has landed at the Maputo international airport on Wednesday morning. In the Mozambican capital Lavrov is scheduled to hold negotiations with Foreign Minister Veronica Macamo, after which he will be received by President Filipe Nyusi. The sides will discuss the perspectives of trade, economic and humanitarian cooperation as well as the preparation to the second Russia-Africa summit, which will be held in St. Petersburg on July 27-28.

Mozambique is the third country of the minister's African tour. On Monday, Lavrov held talks in Nairobi with Kenyan President William Ruto and Cabinet Secretary for Foreign and Diaspora Affairs Alfred Mutua. The Kenyan leader was invited to take part in the Russia-Africa summit, the Russian minister told journalists after the talks. On Tuesday, the minister arrived to Bujumbura, where he was received by President of Burundi Evariste Ndayishimiye.

Lavrov will complete the tour in South Africa, where on June 1-2 he will take part in the meeting of the BRICS foreign ministers in Cape Town. The meeting, which will be chaired by South African Minister of International Relations and Cooperation Naledi Pandor, is to prepare the BRICS summit that will be held in Johannesburg in August 2023.

The first Russia-Africa summit was held in Sochi in October 2019. According to Lavrov, its decisions "are being implemented consistently, despite the attempts of the West to isolate Russia."

-0-
`, [
    ev('visit', 'occurred', ['Sergey Lavrov'], '2023-05-31', 'Maputo'),
    ev('meeting', 'planned', ['Sergey Lavrov', 'Veronica Macamo'], '2023-05-31', 'Maputo'),
    ev('meeting', 'planned', ['Sergey Lavrov', 'Filipe Nyusi'], '2023-05-31', 'Maputo'),
    ev('visit', 'occurred', ['Sergey Lavrov', 'William Ruto'], '2023-05-29', 'Nairobi'),
    ev('meeting', 'occurred', ['Sergey Lavrov', 'William Ruto', 'Alfred Mutua'], '2023-05-29', 'Nairobi'),
    ev('visit', 'occurred', ['Sergey Lavrov', 'Evariste Ndayishimiye'], '2023-05-30', 'Bujumbura'),
    ev('meeting', 'occurred', ['Sergey Lavrov', 'Evariste Ndayishimiye'], '2023-05-30', 'Bujumbura'),
    ev('visit', 'planned', ['Sergey Lavrov'], '2023-06-01', 'Cape Town'),
    ev('summit', 'planned', [], '2023-06-01', 'Cape Town', { occasion: 'BRICS' }),
    ev('summit', 'planned', [], '2023-08', 'Johannesburg', { date_true: '2023-08-22', occasion: 'BRICS' }),
    ev('summit', 'planned', [], '2023-07-27', 'St Petersburg', { occasion: 'Russia-Africa summit' }),
    ev('summit', 'occurred', [], '2019-10', 'Sochi', { date_true: '2019-10-23', occasion: 'Russia-Africa summit' }),
    ev('visit', 'planned', ['William Ruto'], '2023-07', 'St Petersburg', { optional: true }),
  ]),

  a('tass-kim-putin-vladivostok', null, `
Putin, Kim Jong Un hold first talks on Russky Island

VLADIVOSTOK, April 25. /TASS/. The first talks between Russian President Vladimir Putin and Chairman of the State Affairs Commission of the DPRK Kim Jong Un have ended on Russky Island in Vladivostok. The talks lasted more than three hours instead of the planned 50 minutes.

The leaders first talked in the one-on-one format for almost two hours, after which the talks continued in the expanded format with participation of the delegations. From the Russian side Foreign Minister Sergei Lavrov took part, from the DPRK side - Foreign Minister Ri Yong Ho and First Vice Foreign Minister Choe Son Hui.

"I am sure that your visit to Russia will help to better understand how to settle the situation on the Korean Peninsula, what can be done together and what Russia can do to support the positive processes which are going on now," Putin said at the start of the meeting.

Kim Jong Un arrived in Vladivostok by his armored train on Wednesday. At the railway station he was met by Minister for the Development of the Russian Far East Alexander Kozlov and Governor of Primorye Territory Oleg Kozhemyako, and a girl presented him bread and salt according to the Russian tradition.

The Vladivostok meeting is the first Russian-North Korean summit since August 2011, when Kim Jong Un's father Kim Jong Il held talks with then President Dmitry Medvedev at a military garrison near Ulan-Ude. It comes two months after Kim's second summit with US President Donald Trump in Hanoi in late February ended without an agreement.

Kim Jong Un invited Putin to visit the DPRK at a convenient time, Kremlin aide Yuri Ushakov said, adding that the invitation was accepted with gratitude.

Later on Thursday Putin is to arrive in Beijing, where he will take part in the second Belt and Road international forum on April 26-27 and is expected to hold talks with Chinese President Xi Jinping.
`, [
    ev('meeting', 'occurred', ['Vladimir Putin', 'Kim Jong Un', 'Sergey Lavrov', 'Ri Yong Ho', 'Choe Son Hui'], '2019-04-25', 'Vladivostok'),
    ev('visit', 'occurred', ['Kim Jong Un', 'Vladimir Putin'], '2019-04-24', 'Vladivostok'),
    ev('meeting', 'occurred', ['Kim Jong Il', 'Dmitry Medvedev'], '2011-08', 'Ulan-Ude', { date_true: '2011-08-24' }),
    ev('meeting', 'occurred', ['Kim Jong Un', 'Donald Trump'], '2019-02', 'Hanoi', { date_true: '2019-02-27' }),
    ev('visit', 'planned', ['Vladimir Putin', 'Kim Jong Un'], null, null, { optional: true }),
    ev('visit', 'planned', ['Vladimir Putin'], '2019-04-25', 'Beijing'),
    ev('summit', 'planned', [], '2019-04-26', 'Beijing', { occasion: 'Belt and Road Forum' }),
    ev('meeting', 'planned', ['Vladimir Putin', 'Xi Jinping'], '2019-04', 'Beijing', { date_true: '2019-04-26' }),
  ]),

  a('xinhua-xi-nursultan-samarkand', null, `
Xi arrives in Nur-Sultan for state visit to Kazakhstan

NUR-SULTAN, Sept. 14 (Xinhua) -- Chinese President Xi Jinping arrived here Wednesday for a state visit to Kazakhstan.

Upon arrival at the airport, Xi was warmly greeted by Kazakh President Kassym-Jomart Tokayev. It is Xi's first overseas trip since the outbreak of COVID-19. His last trip abroad was in January 2020, when he paid a state visit to Myanmar.

The two heads of state will hold talks on Wednesday afternoon and jointly meet the press, and Tokayev will confer on Xi the Order of the Golden Eagle, Kazakhstan's highest award.

This year marks the 30th anniversary of the establishment of diplomatic relations between China and Kazakhstan. Nine years ago, it was during his visit to Kazakhstan that Xi proposed for the first time to jointly build the Silk Road Economic Belt, which together with the 21st Century Maritime Silk Road forms the Belt and Road Initiative.

Tokayev paid a state visit to China in September 2019, and Xi held talks with him in Beijing, during which the two heads of state announced to develop a permanent comprehensive strategic partnership.

After wrapping up the visit to Kazakhstan later on Wednesday, Xi will travel to Samarkand to attend the 22nd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization (SCO) on Thursday and Friday and pay a state visit to Uzbekistan at the invitation of President Shavkat Mirziyoyev. The trip runs from Wednesday to Friday.

Editor: Liu Yang
2022-09-14 17:46:05
`, [
    ev('visit', 'occurred', ['Xi Jinping', 'Kassym-Jomart Tokayev'], '2022-09-14', 'Nur-Sultan'),
    ev('meeting', 'planned', ['Xi Jinping', 'Kassym-Jomart Tokayev'], '2022-09-14', 'Nur-Sultan'),
    ev('visit', 'occurred', ['Xi Jinping'], '2020-01', null, { date_true: '2020-01-17' }),
    ev('visit', 'occurred', ['Xi Jinping'], '2013', null, { date_true: '2013-09-07', optional: true }),
    ev('visit', 'occurred', ['Kassym-Jomart Tokayev', 'Xi Jinping'], '2019-09', 'Beijing', { date_true: '2019-09-11' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Kassym-Jomart Tokayev'], '2019-09', 'Beijing', { date_true: '2019-09-11' }),
    ev('visit', 'planned', ['Xi Jinping', 'Shavkat Mirziyoyev'], '2022-09-14', 'Samarkand'),
    ev('summit', 'planned', [], '2022-09-15', 'Samarkand', { occasion: 'SCO' }),
  ]),

  a('xinhua-wang-yi-park-jin-qingdao', null, `
Wang Yi holds talks with S. Korean FM in Qingdao

QINGDAO, Aug. 9 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang Yi held talks with South Korean Foreign Minister Park Jin here on Tuesday.

Park arrived in Qingdao on Monday for a three-day visit to China at the invitation of Wang, the first visit to China by a South Korean foreign minister since the new South Korean government took office.

Noting that this year marks the 30th anniversary of the establishment of diplomatic ties between China and South Korea, Wang said that the two countries should adhere to the original aspiration of establishing diplomatic relations, keep good-neighborly friendship and consolidate mutual trust.

Wang said that the phone call between President Xi Jinping and President Yoon Suk-yeol in March have pointed out the direction for the development of bilateral relations, and Vice President Wang Qishan's attendance at President Yoon's inauguration ceremony in May reflected the great importance China attaches to the relations.

For his part, Park said that South Korea is willing to work with China to seize the 30th anniversary as an opportunity to push forward the relationship to more mature and healthy development. He said South Korea looks forward to President Xi's visit to South Korea.

The two sides agreed to hold a "2+2" dialogue of diplomatic and security departments at vice-ministerial level and to launch the dialogue on maritime cooperation within the year.
`, [
    ev('meeting', 'occurred', ['Wang Yi', 'Park Jin'], '2022-08-09', 'Qingdao'),
    ev('visit', 'occurred', ['Park Jin', 'Wang Yi'], '2022-08-08', 'Qingdao'),
    ev('call', 'occurred', ['Xi Jinping', 'Yoon Suk Yeol'], '2022-03', null, { date_true: '2022-03-25' }),
    ev('visit', 'occurred', ['Wang Qishan', 'Yoon Suk Yeol'], '2022-05', null, { date_true: '2022-05-10', optional: true }),
    ev('visit', 'planned', ['Xi Jinping', 'Yoon Suk Yeol'], null, null, { optional: true }),
    ev('meeting', 'planned', ['CN', 'KR'], '2022', null, { optional: true }),
  ]),

  // ---------------------------------------------------------------- web pages of 2019-2023 as scraped
  a('web-xi-zelenskiy-call', '2023-04-26', `
Xi, Zelenskiy hold first call since Russia's invasion | World News

Skip to content
World  Europe  Asia  Business  Markets  Opinion  Video

We value your privacy
We and our 212 partners store and access information on your device, such as cookies, to measure content and personalise ads. Click "Accept all" to consent or "Manage preferences" to review your choices.
Accept all   Manage preferences

Xi, Zelenskiy hold first call since Russia's invasion; China to send envoy to Ukraine

April 26, 2023 · 3 min read · 18,204 views

Ukrainian President Volodymyr Zelenskiy speaks during a news conference in Kyiv, Ukraine, April 20, 2023. REUTERS/Valentyn Ogirenko

Chinese President Xi Jinping and Ukrainian President Volodymyr Zelenskiy spoke by telephone on Wednesday, their first known contact since Russia invaded Ukraine more than a year ago.

"I had a long and meaningful phone call with President Xi Jinping," Zelenskiy wrote on Twitter, adding that the call, together with the appointment of a Ukrainian ambassador to China, would give a powerful impetus to bilateral relations.

According to China's state broadcaster CCTV, Xi told Zelenskiy that China would send its special representative for Eurasian affairs, Li Hui, a former ambassador to Russia, to Ukraine and other countries to hold "in-depth communication with all parties" on a political settlement of the crisis. "Negotiation is the only way out," Xi was quoted as saying.

Chinese state media gave the call top billing on the evening news, while Zelenskiy's office said the two leaders spoke for almost an hour.

Chinese state media gave the call top billing on the evening news, while Zelenskiy's office said the two leaders spoke for almost an hour.

The call came five weeks after Xi's state visit to Moscow in March, where he held talks with Russian President Vladimir Putin and the two signed statements pledging a deeper partnership. French President Emmanuel Macron, who visited Beijing earlier this month, had urged Xi to "bring Russia to its senses".

Ukraine's Foreign Minister Dmytro Kuleba held a phone call with his Chinese counterpart Qin Gang in March, in which Kuleba stressed the importance of the principle of territorial integrity.

Kremlin spokesman Dmitry Peskov said Moscow "took note" of China's readiness to promote a negotiation process. Zelenskiy has said repeatedly that he would welcome a meeting with Xi.

Related: China's defence minister Li Shangfu to attend SCO meeting in New Delhi this week

Bonus video:

Reporting by Yew Lun Tian in Beijing and Max Hunder in Kyiv; Editing by Alex Richardson
`, [
    ev('call', 'occurred', ['Xi Jinping', 'Volodymyr Zelensky'], '2023-04-26', null),
    ev('visit', 'planned', ['Li Hui'], null, null),
    ev('visit', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2023-03', 'Moscow', { date_true: '2023-03-20' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2023-03', 'Moscow', { date_true: '2023-03-20' }),
    ev('signing', 'occurred', ['Xi Jinping', 'Vladimir Putin'], '2023-03', 'Moscow', { date_true: '2023-03-21' }),
    ev('visit', 'occurred', ['Emmanuel Macron', 'Xi Jinping'], '2023-04', 'Beijing', { date_true: '2023-04-05' }),
    ev('call', 'occurred', ['Dmytro Kuleba', 'Qin Gang'], '2023-03', null, { date_true: '2023-03-16' }),
  ]),

  a('web-biden-kyiv-warsaw', '2023-02-20', `
Biden makes surprise visit to Kyiv before heading to Poland

Menu  Politics  World  Ukraine war  Climate  Sport  Culture
Sign in  Subscribe

This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies. OK

US President Joe Biden walks with Ukrainian President Volodymyr Zelensky at St Michael's cathedral in Kyiv on Monday. Photograph: Evan Vucci/AP

US President Joe Biden arrived in Kyiv on Monday on an unannounced visit, his first to Ukraine since Russia's full-scale invasion nearly a year ago, and met President Volodymyr Zelensky at the Mariinsky Palace.

Air raid sirens sounded across the capital as the two leaders walked to St Michael's Golden-Domed Monastery. "One year later, Kyiv stands," Biden said, announcing a further $500 million in military aid. Zelensky called the visit "an extremely important sign of support for all Ukrainians".

National security adviser Jake Sullivan told reporters the United States had notified Russia of the trip a few hours before Biden departed, for "deconfliction purposes".

The president travelled to Kyiv by train from the Polish border overnight. He is due to arrive in Warsaw later on Monday, where he will meet President Andrzej Duda on Tuesday and give a speech at the Royal Castle marking the anniversary of the invasion. On Wednesday he will meet leaders of the Bucharest Nine, the alliance's eastern flank countries, in the Polish capital.

Zelensky made his first trip abroad since the invasion to Washington in December, when he addressed a joint meeting of Congress. Biden last visited Poland in March last year, weeks after the invasion, which he had warned Putin against in a video call in December 2021.

248 comments

Most viewed
Related: Putin to deliver state of the nation address on Tuesday
Related: China's top diplomat Wang Yi to visit Moscow this week

Mon 20 Feb 2023 15.41 GMT
`, [
    ev('visit', 'occurred', ['Joe Biden', 'Volodymyr Zelensky'], '2023-02-20', 'Kyiv'),
    ev('meeting', 'occurred', ['Joe Biden', 'Volodymyr Zelensky'], '2023-02-20', 'Kyiv'),
    ev('visit', 'planned', ['Joe Biden', 'Andrzej Duda'], '2023-02-20', 'Warsaw'),
    ev('meeting', 'planned', ['Joe Biden', 'Andrzej Duda'], '2023-02-21', 'Warsaw'),
    ev('summit', 'planned', [], '2023-02-22', 'Warsaw', { occasion: 'Bucharest Nine' }),
    ev('visit', 'occurred', ['Volodymyr Zelensky'], '2022-12', 'Washington', { date_true: '2022-12-21' }),
    ev('meeting', 'occurred', ['Volodymyr Zelensky', 'Joe Biden'], '2022-12', 'Washington', { date_true: '2022-12-21', optional: true }),
    ev('visit', 'occurred', ['Joe Biden'], '2022-03', null, { date_true: '2022-03-25' }),
    ev('call', 'occurred', ['Joe Biden', 'Vladimir Putin'], '2021-12', null, { date_true: '2021-12-07' }),
  ]),

  a('web-us-taliban-doha-signing', null, `
US and Taliban sign deal in Doha; Esper in Kabul pledges support to Afghan government

HOME | NEWS | ASIA | MIDDLE EAST | OPINION | VIDEO
Subscribe to our newsletter

Cookies: We use cookies to give you the best experience. [Accept] [Settings]

The United States signed an agreement with the Taliban in the Qatari capital on Saturday aimed at ending more than 18 years of war in Afghanistan and bringing US troops home.

US special envoy Zalmay Khalilzad and the Taliban's political chief, Mullah Abdul Ghani Baradar, signed the agreement at a ceremony at a Doha hotel, shook hands and embraced as some in the audience shouted "Allahu Akbar". Secretary of State Mike Pompeo, who arrived in Doha on Friday evening, witnessed the signing and later met the Taliban delegation, led by Baradar.

Under the agreement, the United States will reduce its forces to 8,600 within 135 days and withdraw all troops within 14 months if the Taliban keep their commitments. Talks between the Taliban and an Afghan government delegation are due to begin by March 10.

Photo: Zalmay Khalilzad and Mullah Abdul Ghani Baradar shake hands after signing the agreement in Doha, Qatar, February 29, 2020. (Reuters)

At the same time, Defence Secretary Mark Esper flew to Kabul, where he, President Ashraf Ghani and NATO Secretary-General Jens Stoltenberg issued a joint declaration reaffirming their commitment to the Afghan government.

At the same time, Defence Secretary Mark Esper flew to Kabul, where he, President Ashraf Ghani and NATO Secretary-General Jens Stoltenberg issued a joint declaration reaffirming their commitment to the Afghan government.

"This is a hopeful moment, but it is only a beginning," Esper said at a news conference with Ghani.

US President Donald Trump called off the talks in September after a Taliban attack killed an American soldier, cancelling a secret meeting with Taliban leaders and Ghani at the Camp David presidential retreat that had been planned for that weekend.

Related: Trump says he will meet Taliban leaders "in the not too distant future"
Related: Who is Mullah Baradar?

1,245 views | 12 comments

Posted on 29.02.2020 at 19:42
`, [
    ev('signing', 'occurred', ['Zalmay Khalilzad', 'Abdul Ghani Baradar'], '2020-02-29', 'Doha'),
    ev('visit', 'occurred', ['Mike Pompeo'], '2020-02-28', 'Doha'),
    ev('meeting', 'occurred', ['Mike Pompeo', 'Abdul Ghani Baradar'], '2020-02-29', 'Doha'),
    ev('visit', 'occurred', ['Mark Esper', 'Ashraf Ghani'], '2020-02-29', 'Kabul'),
    ev('meeting', 'occurred', ['Mark Esper', 'Ashraf Ghani', 'Jens Stoltenberg'], '2020-02-29', 'Kabul'),
    ev('signing', 'occurred', ['Mark Esper', 'Ashraf Ghani', 'Jens Stoltenberg'], '2020-02-29', 'Kabul', { optional: true }),
    ev('meeting', 'planned', ['AF'], '2020-03-10', null, { optional: true }),
    ev('meeting', 'planned', ['Donald Trump', 'Ashraf Ghani'], '2019-09', 'Camp David', { optional: true }),
  ]),

  a('web-abraham-accords-signing', null, `
Israel, UAE and Bahrain sign Abraham Accords at White House ceremony

Live TV  |  Politics  |  World  |  Business  |  Health
Updated 9:47 PM ET, Tue September 15, 2020

Accept cookies? We use cookies to improve your experience and for analytics. Accept | Decline

(Photo: President Donald Trump, Israeli Prime Minister Benjamin Netanyahu, Bahraini Foreign Minister Abdullatif Al Zayani and UAE Foreign Minister Abdullah bin Zayed on the Truman Balcony. Photo by Alex Brandon/AP)

Washington - Israeli Prime Minister Benjamin Netanyahu, United Arab Emirates Foreign Minister Sheikh Abdullah bin Zayed and Bahraini Foreign Minister Abdullatif Al Zayani signed agreements on the South Lawn of the White House on Tuesday normalizing relations between Israel and the two Gulf states, with President Donald Trump signing as a witness.

"We're here this afternoon to change the course of history," Trump said before hundreds of guests. "After decades of division and conflict, we mark the dawn of a new Middle East."

Before the ceremony, Trump met Netanyahu in the Oval Office, and then hosted Sheikh Abdullah for separate talks. Netanyahu, who landed in Washington on Sunday, said the deals would "end the Arab-Israeli conflict once and for all". Palestinian leaders denounced the accords.

The Israel-UAE deal was announced on Aug. 13 after a three-way phone call between Trump, Netanyahu and Abu Dhabi's Crown Prince Sheikh Mohamed bin Zayed. Bahrain followed on Friday, after Trump spoke with King Hamad bin Isa Al Khalifa and Netanyahu by phone.

At the end of August, Trump's senior adviser Jared Kushner and National Security Adviser Robert O'Brien flew to Abu Dhabi with an Israeli delegation led by national security adviser Meir Ben-Shabbat, on the first direct commercial flight between the two countries.

Trump told reporters that "five or six" other countries could soon follow, and said he expected Saudi Arabia to join "at the right time". Netanyahu said he hoped to visit Abu Dhabi soon.

READ MORE: What's in the Abraham Accords?
`, [
    ev('signing', 'occurred', ['Benjamin Netanyahu', 'Abdullah bin Zayed Al Nahyan', 'Abdullatif bin Rashid Al Zayani', 'Donald Trump'], '2020-09-15', 'Washington'),
    ev('meeting', 'occurred', ['Donald Trump', 'Benjamin Netanyahu'], '2020-09-15', 'Washington'),
    ev('meeting', 'occurred', ['Donald Trump', 'Abdullah bin Zayed Al Nahyan'], '2020-09-15', 'Washington'),
    ev('visit', 'occurred', ['Benjamin Netanyahu', 'Donald Trump'], '2020-09-13', 'Washington'),
    ev('call', 'occurred', ['Donald Trump', 'Benjamin Netanyahu', 'Mohamed bin Zayed Al Nahyan'], '2020-08-13', null),
    ev('call', 'occurred', ['Donald Trump', 'Hamad bin Isa Al Khalifa', 'Benjamin Netanyahu'], '2020-09-11', null),
    ev('visit', 'occurred', ['Jared Kushner', "Robert O'Brien", 'Meir Ben-Shabbat'], '2020-08', 'Abu Dhabi', { date_true: '2020-08-31' }),
    ev('visit', 'planned', ['Benjamin Netanyahu'], null, 'Abu Dhabi', { optional: true }),
  ]),

  a('web-normandy-summit-paris', null, `
Putin and Zelensky meet for first time at Paris summit | DW

TOPICS  Coronavirus  Climate  Germany  Europe  Africa
Date 09.12.2019
Author Kate Martyr (with Reuters, AFP, dpa)

DW uses cookies to personalize its service. More info  OK

Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky held their first face-to-face talks on Monday, on the sidelines of a Normandy Format summit at the Elysee Palace in Paris mediated by French President Emmanuel Macron and German Chancellor Angela Merkel.

Photo: Putin, Macron, Merkel and Zelensky at the Elysee Palace

The four leaders agreed on a full ceasefire in eastern Ukraine by the end of the year, a new exchange of prisoners, and the disengagement of forces at three more points along the front line. They agreed to meet again in the same format within four months.

Before the summit, Zelensky held talks with Macron and Merkel, and Macron also met Putin separately at the Elysee.

It was the first Normandy summit since October 2016 in Berlin, when Merkel and then French President Francois Hollande hosted Putin and Zelensky's predecessor, Petro Poroshenko.

"I would like to meet more often," Zelensky told reporters after his bilateral meeting with Putin, which lasted about an hour. Putin said he was satisfied with the outcome. Putin and Zelensky first spoke by telephone in July, shortly after Zelensky took office.

It was the first Normandy summit since October 2016 in Berlin, when Merkel and then French President Francois Hollande hosted Putin and Zelensky's predecessor, Petro Poroshenko.

Zelensky said he would be ready to meet Putin again "anywhere" to end the war in Donbass.

Related: Ukraine and Russia swap prisoners in step toward peace talks
Related: Opinion: Zelensky's dangerous summit

10.12.2019 | 01:37 CET
`, [
    ev('summit', 'occurred', [], '2019-12-09', 'Paris', { occasion: 'Normandy format' }),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Volodymyr Zelensky'], '2019-12-09', 'Paris'),
    ev('meeting', 'occurred', ['Volodymyr Zelensky', 'Emmanuel Macron', 'Angela Merkel'], '2019-12-09', 'Paris'),
    ev('meeting', 'occurred', ['Emmanuel Macron', 'Vladimir Putin'], '2019-12-09', 'Paris'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Volodymyr Zelensky', 'Emmanuel Macron', 'Angela Merkel'], '2019-12-09', 'Paris', { optional: true }),
    ev('summit', 'planned', [], null, null, { occasion: 'Normandy format', optional: true }),
    ev('summit', 'occurred', [], '2016-10', 'Berlin', { date_true: '2016-10-19', occasion: 'Normandy format' }),
    ev('meeting', 'occurred', ['Angela Merkel', 'Francois Hollande', 'Vladimir Putin', 'Petro Poroshenko'], '2016-10', 'Berlin', { date_true: '2016-10-19', optional: true }),
    ev('call', 'occurred', ['Vladimir Putin', 'Volodymyr Zelensky'], '2019-07', null, { date_true: '2019-07-11' }),
  ]),
];
