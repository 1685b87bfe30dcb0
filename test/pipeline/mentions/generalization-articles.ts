// New test articles written for this suite in the styles of the three sources the system reads: Reuters copy of
// 2016-2017 with quotation marks and apostrophes stripped (double spaces where marks stood, "Japan s"), web pages of
// 2025-2026 with scrape noise, and China-Russia web copies. Other country pairs and actors than the evaluation set.

export interface Article {
  name: string;
  /** Publication date given as metadata. */
  published: string;
  text: string;
}

export const ARTICLES: Record<string, Article> = {
  'r-india-japan': {
    name: 'r-india-japan',
    published: '2017-09-14',
    text: [
      "TOKYO (Reuters) - Japanese Prime Minister Shinzo Abe and his Indian counterpart Narendra Modi agreed on Thursday to deepen defence ties, as both countries eye China s growing assertiveness in the region.  We share a vision of a free and open Indo-Pacific,  Abe told a joint news conference in Tokyo. Modi said India would speed up work on a high-speed rail link built with Japanese loans.  Japan is India s most trusted partner. Our friendship is not directed at any third country,  the Indian leader said.",
      "Japan s foreign ministry said the two leaders also discussed North Korea s missile launches. Deputy Foreign Minister Kenji Harada, who briefed reporters after the talks, said the two sides would hold a security dialogue in New Delhi next year.  There was a strong sense of urgency,  Harada said. ",
      "The rail project, which critics said was too costly, is due to open in 2023.",
    ].join('\n'),
  },
  'r-turkey-iran': {
    name: 'r-turkey-iran',
    published: '2017-10-05',
    text: [
      "ANKARA (Reuters) - Turkey and Iran will step up military cooperation against Kurdish militants, Turkish Foreign Minister Mevlut Cavusoglu said on Wednesday after talks with his Iranian counterpart Mohammad Javad Zarif in Ankara.  We will not accept any attempt to redraw the borders of the region,  Cavusoglu told a news conference.",
      "Zarif said Tehran and Ankara agreed that the independence referendum in northern Iraq was a mistake.  The referendum threatens the stability of all our neighbours,  the Iranian minister said.  Iran will stand with Iraq s government.",
      "The Turkish ministry said President Tayyip Erdogan would visit Tehran next week.",
      "Erdogan s spokesman, Ibrahim Kalin, said the visit would focus on trade and energy.",
    ].join('\n'),
  },
  'x-asean-vientiane': {
    name: 'x-asean-vientiane',
    published: '2024-07-27',
    text: [
      "VIENTIANE, July 26 (Xinhua) -- Foreign ministers of the Association of Southeast Asian Nations (ASEAN) opened their annual meeting in Vientiane on Friday, with the South China Sea and the crisis in Myanmar high on the agenda.",
      "Lao Foreign Minister Saleumxay Kommasith, who chaired the meeting, called for restraint. \"ASEAN must remain united and central in a changing regional architecture,\" Saleumxay said in his opening remarks.",
      "Philippine Foreign Secretary Enrique Manalo told reporters that Manila would keep raising the issue of maritime incidents. He said the region could not accept the use of force at sea.",
      "Japan's foreign ministry said Foreign Minister Yoko Kamikawa would hold talks with her ASEAN counterparts on Saturday.",
      "According to a joint communique, the ministers also welcomed Timor-Leste's progress toward membership.",
      "President Joe Biden was not expected to attend the East Asia Summit later in the year, officials said.",
    ].join('\n'),
  },
  'x-au-addis': {
    name: 'x-au-addis',
    published: '2025-02-16',
    text: [
      "ADDIS ABABA, Feb 15 (AP) — African leaders gathered in Addis Ababa on Saturday for the annual African Union summit, where Djibouti’s Mahmoud Ali Youssouf was elected chairperson of the AU Commission.",
      "“Africa must silence the guns and speak with one voice,” Youssouf said after the vote. “We cannot wait for others to solve our problems.”",
      "Ethiopian Prime Minister Abiy Ahmed, who hosted the summit, told delegates that the continent needed to finance its own development. The AU said in a statement that the summit would also discuss the conflicts in Sudan and eastern Congo.",
      "Angolan President Joao Lourenco took over the rotating chairmanship of the union.",
      "Photo: AP/John Smith",
    ].join('\n'),
  },
  'x-brazil-sa': {
    name: 'x-brazil-sa',
    published: '2025-04-30',
    text: [
      "Home › World › BRICS",
      "Brazil and South Africa pledge to defend multilateral trade at BRICS meeting in Rio",
      "RIO DE JANEIRO, April 29, 2025 — Brazilian Foreign Minister Mauro Vieira met South African Minister of International Relations and Cooperation Ronald Lamola on Tuesday on the sidelines of the BRICS foreign ministers’ meeting in Rio de Janeiro.",
      "Vieira said the two countries shared “a common vision of a fairer global order, in which the Global South has a real voice.”",
      "Lamola told reporters that South Africa would host a G20 leaders’ summit in Johannesburg in November. “We want the G20 to deliver for Africa and for the developing world,” the South African minister said.",
      "According to Itamaraty, the ministers also discussed cooperation in agriculture and energy.",
      "Share this article",
    ].join('\n'),
  },
  'x-china-russia': {
    name: 'x-china-russia',
    published: '2025-04-02',
    text: [
      "Wang Yi Holds Talks with Russian Foreign Minister Sergey Lavrov",
      "2025-04-01 22:10",
      "On April 1, 2025, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergey Lavrov in Moscow.",
      "Wang Yi said that under the strategic guidance of President Xi Jinping and President Vladimir Putin, China-Russia relations have maintained a high level of development. China is ready to work with Russia to deepen strategic coordination.",
      "Sergey Lavrov said that Russia highly values its comprehensive strategic partnership with China. The Russian side firmly adheres to the one-China principle.",
      "The two sides also exchanged views on the Ukraine crisis.",
    ].join('\n'),
  },
  'x-france-germany': {
    name: 'x-france-germany',
    published: '2025-05-08',
    text: [
      "Macron and Merz vow a new start for the Franco-German engine",
      "PARIS, May 7 — French President Emmanuel Macron welcomed German Chancellor Friedrich Merz at the Elysee Palace on Wednesday, a day after Merz was sworn in.",
      "« Europe needs a strong France and a strong Germany, working hand in hand », Macron said at a joint press conference.",
      "The German chancellor said Berlin and Paris would set up a joint defence and security council. \"We will take decisions together on the big questions of European security,\" Merz said.",
      "\"This is not a symbolic visit. We are here to deliver results for our citizens.",
      "\"Our two countries carry a special responsibility for Europe,\" he continued.",
      "French Foreign Minister Jean-Noel Barrot later met his German counterpart Johann Wadephul in Paris.",
      "Read more: What Merz’s election means for Europe",
    ].join('\n'),
  },
  'x-us-china-call': {
    name: 'x-us-china-call',
    published: '2025-06-06',
    text: [
      "Skip to main content",
      "Subscribe now",
      "Trump and Xi hold first call of the year as trade truce wobbles",
      "By Jane Doe",
      "June 5, 2025",
      "U.S. President Donald Trump spoke by phone with Chinese President Xi Jinping on Thursday, the White House said, in their first call since tariffs were raised in April.",
      "“It was a very good call, and we resolved some of the complexity,” Trump wrote on social media after the 90-minute conversation.",
      "The Chinese president told Trump that the two countries should “correct the course of the big ship” of relations, according to Xinhua. “China has always kept its word and honoured its commitments,” Xi said.",
      "“The United States should view China’s development in an objective way,” he added, urging Washington to lift what Beijing sees as unfair export controls.",
      "China’s Ministry of Commerce said separately that teams would meet in London next week. Treasury Secretary Scott Bessent will lead the U.S. delegation.",
      "Advertisement",
      "Related: Markets rally after tariff pause",
      "Cookie settings | Privacy policy",
    ].join('\n'),
  },
  'r-germany-france': {
    name: 'r-germany-france',
    published: '2017-05-15',
    text: [
      "BERLIN (Reuters) - German Chancellor Angela Merkel said on Monday she was open to changing European Union treaties if it made sense, as she welcomed new French President Emmanuel Macron in Berlin on his first foreign trip.  From the German point of view it is possible to change the treaty if it makes sense,  Merkel told a joint news conference.",
      "Macron, a pro-European centrist, said he wanted a  deeper and more democratic  euro zone.  I want us to work together on a common roadmap,  he said, adding that France would carry out reforms.",
      "German Finance Minister Wolfgang Schaeuble said in an interview with Der Spiegel that Berlin should support Macron.",
      "Sigmar Gabriel, the German foreign minister, said Germany should help France with investment.",
    ].join('\n'),
  },
  'r-us-china': {
    name: 'r-us-china',
    published: '2017-04-07',
    text: [
      "WASHINGTON (Reuters) - U.S. President Donald Trump told Chinese President Xi Jinping on Thursday that Washington was prepared to act alone on North Korea, a senior administration official said.  We have made very clear that the status quo is unacceptable,  the official told reporters, speaking on condition of anonymity.",
      "China s foreign ministry spokesman Lu Kang said Beijing hoped all sides would show restraint. The Kremlin said it was following the situation closely.",
      "Xi told Trump that China was willing to expand cooperation in trade and investment, according to Chinese state television. He said the two countries had a thousand reasons to make the relationship work.",
      "Asked about the talks, State Department spokeswoman Heather Nauert said:  The secretary believes this is a good start. ",
    ].join('\n'),
  },
  'x-india-japan': {
    name: 'x-india-japan',
    published: '2025-08-30',
    text: [
      "India, Japan unveil $68 billion investment target as Modi visits Tokyo",
      "Published: August 29, 2025 10:42 pm IST",
      "Tokyo: Prime Minister Narendra Modi and his Japanese counterpart Shigeru Ishiba on Friday set a target of 10 trillion yen in Japanese private investment in India over the next decade.",
      "“Japan is a technology powerhouse and India is a talent powerhouse,” Modi said in his remarks. “Together we can shape the century.”",
      "Ishiba said the two countries would launch an economic security initiative covering semiconductors, critical minerals and clean energy. The Japanese prime minister also said Tokyo would back India’s bid to host a future Olympics.",
      "Vikram Misri, India’s foreign secretary, told reporters that the leaders discussed the situation in the Indo-Pacific. According to Misri, both sides agreed to hold a 2+2 dialogue in New Delhi early next year.",
      "Meanwhile, Keidanren chairman Masakazu Tokura said Japanese firms saw India as a priority market.",
      "ALSO READ: Five takeaways from the Modi-Ishiba summit",
    ].join('\n'),
  },
  'x-negatives': {
    name: 'x-negatives',
    published: '2025-03-12',
    text: [
      "Foreign Minister Meets Delegation From Vietnam",
      "The Foreign Minister said nothing. President said nothing either.",
      "Monday March 10, 2025 | Updated 11:04",
      "A report published in April said the project would be delayed. The bridge, which engineers said would cost $2 billion, opened in May.",
      "The treaty said to be under negotiation was not mentioned in the statement. The document states that both sides will cooperate.",
      "Prime Minister Pham Minh Chinh visited Hanoi Opera House on Sunday.",
    ].join('\n'),
  },
  'x-russia-china-copy': {
    name: 'x-russia-china-copy',
    published: '2025-05-09',
    text: [
      "Xi arrives in Moscow for state visit, Victory Day celebrations",
      "MOSCOW, May 7 (Xinhua) -- Chinese President Xi Jinping arrived here on Wednesday afternoon for a state visit to Russia and to attend the celebrations marking the 80th anniversary of the victory in the Great Patriotic War.",
      "In a written statement upon arrival, Xi said that China and Russia are good neighbors and true friends. \"Over the past 80 years, the two peoples have forged an unbreakable friendship,\" Xi said.",
      "Kremlin spokesman Dmitry Peskov told reporters that Putin and Xi would discuss the Ukraine settlement. He added that a number of documents would be signed.",
      "Russian Foreign Minister Sergei Lavrov met Xi at Vnukovo airport.",
      "The Chinese leader last visited Russia in March 2023.",
    ].join('\n'),
  },
  'r-brics-sa': {
    name: 'r-brics-sa',
    published: '2017-09-04',
    text: [
      "XIAMEN, China (Reuters) - South African President Jacob Zuma said on Monday BRICS nations must do more to reform global financial institutions, speaking at a summit of the bloc in the Chinese city of Xiamen.  The voice of the developing world must be heard,  Zuma said.",
      "Brazilian President Michel Temer said his government would use the summit to attract Chinese investment. Brazil s foreign ministry said in a statement that Temer would also meet Chinese Premier Li Keqiang.",
      "Indian Prime Minister Narendra Modi called for a stronger stance against militancy.  We must act together against terrorism,  Modi told the summit.",
      "A Chinese official, who declined to be identified, said the summit s final declaration would name militant groups based in Pakistan.",
    ].join('\n'),
  },
  'x-au-web2': {
    name: 'x-au-web2',
    published: '2024-02-19',
    text: [
      "African Union summit opens in Addis Ababa amid Sudan war",
      "By Staff Reporter",
      "Published 18 Feb 2024",
      "ADDIS ABABA, Ethiopia — The African Union Commission chairperson, Moussa Faki Mahamat, on Saturday urged member states to end the wars in Sudan and eastern Democratic Republic of Congo.",
      "«The continent cannot continue to watch its children die», Faki told the opening session. He said the AU would send a high-level panel to Khartoum.",
      "Kenyan President William Ruto, who spoke after him, said Africa had to pay for its own peace operations. “We cannot outsource our security,” the Kenyan leader said.",
      "United Nations Secretary-General Antonio Guterres also addressed the gathering. The UN chief said the world had failed Africa on climate finance.",
      "Mauritanian President Mohamed Ould Ghazouani took over as chairman of the union for 2024.",
      "Image: Reuters/Tiksa Negeri",
    ].join('\n'),
  },
  'x-indonesia-australia': {
    name: 'x-indonesia-australia',
    published: '2025-05-16',
    text: [
      "Prabowo, Albanese pledge closer defence ties in Jakarta",
      "JAKARTA, May 15 — Australian Prime Minister Anthony Albanese met Indonesian President Prabowo Subianto at the Merdeka Palace on Thursday, his first overseas trip since winning re-election.",
      "\"Indonesia is one of Australia's most important partners,\" Albanese told reporters after the meeting. \"That is why I chose Jakarta for my first visit.\"",
      "Prabowo said the two countries would expand joint military exercises. \"We are neighbours, and neighbours must help each other,\" the Indonesian president said.",
      "Indonesian Foreign Minister Sugiono said the talks also covered trade in critical minerals.",
    ].join('\n'),
  },
  'x-turkey-iran-web': {
    name: 'x-turkey-iran-web',
    published: '2025-11-21',
    text: [
      "Turkey, Iran discuss Gaza and trade as Araghchi visits Ankara",
      "November 20, 2025",
      "ANKARA — Iranian Foreign Minister Abbas Araghchi held talks with his Turkish counterpart Hakan Fidan in Ankara on Thursday, focusing on regional security and bilateral trade.",
      "Speaking at a joint press conference, Fidan said: “Our region cannot afford another war. Türkiye and Iran have a shared interest in stability.”",
      "“We will continue to work together against terrorism in all its forms.”",
      "Araghchi said Tehran wanted to raise bilateral trade to $30 billion. She added that a new border crossing would open next year, according to the Iranian state news agency IRNA.",
      "Ahmet Yilmaz, a spokesman for the Turkish foreign ministry, said the ministers also discussed the situation in Syria.",
      "The Iranian ambassador in Ankara, Hossein Rahimi, told local media that Pezeshkian would visit Türkiye in the spring.",
      "Subscribe to our newsletter",
    ].join('\n'),
  },
  'r-japan-korea': {
    name: 'r-japan-korea',
    published: '2016-12-29',
    text: [
      "TOKYO (Reuters) - Japan recalled its ambassador to South Korea on Friday over a statue commemorating women forced to work in Japanese military brothels, Chief Cabinet Secretary Yoshihide Suga said.  It is extremely regrettable and we cannot accept it,  Suga told reporters.",
      "South Korea s foreign ministry said in a statement that the two governments should not let the issue hurt ties.  Relations between Korea and Japan must continue to develop on the basis of trust,  a ministry spokesman said.",
      "Japanese Ambassador Yasumasa Nagamine will return to Tokyo on Monday, said Mr. Suga, adding that the decision would be reviewed later. The Japanese embassy in Seoul said it had no comment.",
      "Ms. Park, a 60-year-old activist in Busan, said the statue would stay.",
    ].join('\n'),
  },
  'x-india-us': {
    name: 'x-india-us',
    published: '2025-02-14',
    text: [
      "Modi meets Trump at White House, agrees to boost US energy purchases",
      "By Our Correspondent | Updated: February 14, 2025, 08:15 IST",
      "WASHINGTON: Prime Minister Narendra Modi met US President Donald Trump at the White House on Thursday, and the two leaders agreed to expand trade and defence cooperation.",
      "“India and the US will work together to make a mega partnership for prosperity,” Modi said in a joint appearance with Trump.",
      "“He’s a great friend of mine,” said Trump, who praised the Indian prime minister as a tough negotiator.",
      "India’s Ministry of External Affairs said the two sides would begin talks on a bilateral trade agreement. Foreign Secretary Vikram Misri told a briefing that illegal immigration was also discussed. “We are committed to taking back our nationals,” said Misri.",
      "Indian Ambassador to the US Vinay Mohan Kwatra said the visit had “opened a new chapter.”",
    ].join('\n'),
  },
  'x-japan-philippines-she': {
    name: 'x-japan-philippines-she',
    published: '2024-07-09',
    text: [
      "Japan, Philippines sign defence pact in Manila",
      "MANILA, July 8 — Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara signed a reciprocal access agreement with their Philippine counterparts on Monday.",
      "Kamikawa said the pact would strengthen security in the region. She added that Japan would also provide coastal radars to Manila.",
      "“This agreement is a milestone for our two nations,” she told a news conference.",
      "Philippine Defence Secretary Gilberto Teodoro said the deal sent a clear message. “We will not be bullied,” Teodoro said.",
    ].join('\n'),
  },
  'x-mfa-copy': {
    name: 'x-mfa-copy',
    published: '2025-07-18',
    text: [
      "Foreign Minister Sergey Lavrov's remarks following talks with Foreign Minister of China Wang Yi",
      "Moscow, July 15, 2025",
      "Sergey Lavrov said that Russia and China stand together against attempts to impose unilateral sanctions. He stressed that the two countries will continue to coordinate closely at the United Nations and within BRICS and the SCO.",
      "Wang Yi noted that China is willing to work with Russia to implement the consensus reached by the two heads of state. The Chinese side supports Russia in hosting a successful summit. Both sides should strengthen practical cooperation in energy and connectivity.",
      "The ministers also signed a plan of consultations for 2025-2026.",
    ].join('\n'),
  },
};
