// A twelfth set of hand-written articles ("twelfth"), written blind to the events stage as a DEBUGGING set for the
// team, not as a measure: its author read neither the stage's source, nor its output on these articles, nor the
// articles of the other sets (only the header and first entries of the eighth set were read, for the format), and
// no key was changed after the set was first scored. Written for the team to debug on, so its score is a starting
// point that is expected to move, not a measure of generalization: once someone has debugged on it, write another set
// to measure.
//
// Sixteen articles on the diplomacy of late 2025 and early 2026, in the styles of the dev-x evaluation cases: the
// Ukraine peace talks (Witkoff, Kushner, Dmitriev, Umerov; Davos, Moscow, Abu Dhabi, Miami, Berlin, Geneva), the Iran
// nuclear talks under Omani mediation, Gaza ceasefire diplomacy (Sharm el-Sheikh, the visits to Israel), US tariff
// negotiations (Kuala Lumpur, Tokyo, the Xi-Trump calls), the Munich Security Conference and Davos. Source styles:
// Reuters copy with quotation marks and apostrophes stripped ("Trump s", double spaces where quotes stood); scraped web
// pages (Reuters, Guardian live blog, Al Jazeera, DW, Euronews, a Kyiv news site, a Balkan portal) with cookie banners,
// menus, photo captions, view counters, "Related:", "Read also" and "Bonus video:" lines, related-story headlines and a
// duplicated paragraph; Kremlin, TASS, Xinhua and Chinese foreign ministry copies with translation slips, datelines
// and header dates, and first-person accounts by the leaders ("we met in Tianjin", "my state visit in 2015"). Seven
// articles have no metadata date: their date is in a header, a title or a dateline (the TASS copies give no year,
// so their keys take the year from world knowledge, as the evaluation README allows). Facts follow world history as
// well as the author knew it; where unsure they were kept plausible and consistent within the set.
//
// Keys follow the answer-key conventions of the evaluation README and its cases: participants are canonical person
// names of the knowledge base (country codes where no person is named); a visit is keyed when the text reports a trip
// (arrived, flew in, landed, state visit, "was received"), with the visitor and the host the text names, at the city
// where the text places it; the talks held during a visit are keyed as well, one meeting per day of talks the text
// narrates; a visit's date is the arrival day the text gives, else the month (with `date_true` where known); background
// events keep the date the text gives (a month for "last month" or "in September", a year for "last year");
// summits have no participants and a location only when the text names the city; multi-party meetings and calls list
// every party the text names; `optional` marks borderline items (a visit only implied by a meeting abroad, a
// conditional trip, a shelved or unconfirmed plan, a next round with no date or place, summits that are only the
// setting of a meeting). Hypotheticals ("ready to meet Putin in any format"), plans denied ("no plans to travel") and
// headlines of other stories are not keyed.
import { articleOfText, keyedEvent, type Aliases, type EventArticle } from './event-scoring.js';

/** Other spellings the keys accept for the names, places and gatherings used here, as a key's `aliases` would. */
export const TWELFTH_ALIASES: Aliases = {
  'Volodymyr Zelensky': ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Vladimir Zelensky'],
  'Steve Witkoff': ['Steven Witkoff'],
  'Yuri Ushakov': ['Yury Ushakov'],
  'Sergey Lavrov': ['Sergei Lavrov'],
  'Badr Albusaidi': ['Badr bin Hamad Albusaidi', 'Badr al-Busaidi', 'Badr bin Hamad al-Busaidi'],
  'Recep Tayyip Erdogan': ['Tayyip Erdogan', 'Recep Tayyip Erdoğan'],
  'Abdel Fattah al-Sisi': ['Abdel Fattah el-Sisi'],
  'Andrii Hnatov': ['Andriy Hnatov'],
  'Igor Kostyukov': ['Igor Kostiukov'],
  'Viktor Orban': ['Viktor Orbán'],
  'Washington': ['Washington, D.C.', 'Washington DC', 'White House'],
  'Palm Beach': ['Mar-a-Lago', 'Palm Beach, Florida'],
  'Sharm el-Sheikh': ['Sharm El Sheikh', 'Sharm El-Sheikh', 'Sharm al-Sheikh'],
  'New Delhi': ['Delhi'],
  'Moscow': ['Kremlin'],
  'The Hague': ['Hague'],
  'Rio de Janeiro': ['Rio'],
  'World Economic Forum': ['WEF', 'Davos forum'],
  'Munich Security Conference': ['MSC'],
  'Sharm el-Sheikh Peace Summit': ['Sharm el-Sheikh summit', 'Summit for Peace', 'peace summit'],
  'Board of Peace': [],
  'SCO': ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
  'BRICS': [],
  'G20': ['Group of 20', 'G-20', 'Group of Twenty'],
  'APEC': ['Asia-Pacific Economic Cooperation'],
  'ASEAN': ['Association of Southeast Asian Nations'],
};

const a = articleOfText;
const ev = keyedEvent;

export const TWELFTH_ARTICLES: EventArticle[] = [
  // ---------------------------------------------------------------- Ukraine peace talks
  a('r-witkoff-dmitriev-davos', '2026-01-21', `
Trump envoys meet Russia s Dmitriev in Davos, to see Putin in Moscow on Thursday

DAVOS, Switzerland (Reuters) - U.S. special envoy Steve Witkoff and Jared Kushner, President Donald Trump s son-in-law, met Russian envoy Kirill Dmitriev on the sidelines of the World Economic Forum in Davos on Tuesday and will travel to Moscow this week for talks with President Vladimir Putin, officials on both sides said.  The meeting, at a hotel on the edge of the Alpine resort, lasted a little over two hours, according to a source familiar with it. Dmitriev, who heads Russia s sovereign wealth fund, called it  constructive  in a post on Telegram and said  more and more people in the United States understand the Russian position.   Kremlin foreign policy aide Yuri Ushakov told reporters in Moscow on Wednesday that Putin would receive Witkoff and Kushner in the Kremlin on Thursday evening. Ushakov said he and Dmitriev would also take part in the conversation.  We are waiting for them, and we are ready to listen to what they bring,  Ushakov said. Witkoff and Kushner last saw Putin on Dec. 2, when they spent nearly five hours with him at the Kremlin going through a U.S. draft peace plan. Dmitriev then flew to Miami in late December for two days of talks with the two Americans. Trump, who addressed the forum on Wednesday, told reporters he expected to see Ukrainian President Volodymyr Zelenskiy in Davos later in the week, though Kyiv had not confirmed a meeting. Zelenskiy said on Monday he would come to Switzerland only if documents on U.S. security guarantees and postwar reconstruction were ready to be signed.  If the documents are not ready, I see no point in the trip,  he told reporters in Kyiv. Trump and Putin last met in person in August in Anchorage, Alaska, a summit that produced no ceasefire. A plan for a second summit in Budapest was shelved in October. European officials in Davos said privately they feared being sidelined again.  Everything is happening in Moscow and in Florida, and we learn about it afterwards,  one senior EU diplomat said. Trump s push to take control of Greenland, which he renewed in his Davos speech, has added to the strain in transatlantic ties.
`, [
    ev('meeting', 'occurred', ['Steve Witkoff', 'Jared Kushner', 'Kirill Dmitriev'], '2026-01-20', 'Davos', { occasion: 'World Economic Forum' }),
    ev('visit', 'planned', ['Steve Witkoff', 'Jared Kushner', 'Vladimir Putin'], '2026-01-22', 'Moscow'),
    ev('meeting', 'planned', ['Vladimir Putin', 'Steve Witkoff', 'Jared Kushner', 'Yuri Ushakov', 'Kirill Dmitriev'], '2026-01-22', 'Moscow'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Steve Witkoff', 'Jared Kushner'], '2025-12-02', 'Moscow'),
    ev('visit', 'occurred', ['Steve Witkoff', 'Jared Kushner', 'Vladimir Putin'], '2025-12-02', 'Moscow', { optional: true }),
    ev('visit', 'occurred', ['Kirill Dmitriev', 'Steve Witkoff', 'Jared Kushner'], '2025-12', 'Miami', { date_true: '2025-12-20' }),
    ev('meeting', 'occurred', ['Kirill Dmitriev', 'Steve Witkoff', 'Jared Kushner'], '2025-12', 'Miami', { date_true: '2025-12-20' }),
    ev('meeting', 'planned', ['Donald Trump', 'Volodymyr Zelensky'], '2026-01', 'Davos', { date_true: '2026-01-22' }),
    ev('visit', 'planned', ['Volodymyr Zelensky'], '2026-01', 'Davos', { date_true: '2026-01-22', optional: true }),
    ev('meeting', 'occurred', ['Donald Trump', 'Vladimir Putin'], '2025-08', 'Anchorage', { date_true: '2025-08-15' }),
    ev('meeting', 'planned', ['Donald Trump', 'Vladimir Putin'], null, 'Budapest', { optional: true }),
    ev('summit', 'occurred', [], '2026-01', 'Davos', { date_true: '2026-01-19', occasion: 'World Economic Forum', optional: true }),
  ]),

  a('web-abu-dhabi-trilateral', '2026-01-24', `
Trilateral talks in Abu Dhabi end with promise of new round, no breakthrough on territory - The Kyiv Independent

We use cookies and similar technologies to personalise content, measure traffic and show relevant ads. You can accept all cookies or manage your preferences at any time in the settings. Accept all | Reject non-essential | Settings
Ukraine War | Politics | Business | Opinion | Investigations | Newsletters | Support us
by Kyiv Independent news desk January 24, 2026 9:58 PM 3 min read
Rustem Umerov, secretary of Ukraine's National Security and Defense Council, speaks to journalists in Kyiv on Jan. 12, 2026. (Ukrainian Presidential Office / Telegram)
Delegations from Ukraine, Russia and the United States wrapped up two days of talks in Abu Dhabi on Jan. 24, the first trilateral meeting since Russia launched its full-scale invasion, with all three sides saying the dialogue would continue.
The talks, hosted by the United Arab Emirates, opened on the evening of Jan. 23 and resumed on Saturday morning behind closed doors at a government compound in the Emirati capital. The organizers did not disclose the venue.
The Ukrainian delegation was led by Umerov and included Kyrylo Budanov, head of the Presidential Office, and Chief of the General Staff Andrii Hnatov. Russia sent a team headed by Igor Kostyukov, chief of the GRU military intelligence agency. The U.S. side was represented by special envoy Steve Witkoff, Jared Kushner and Army Secretary Dan Driscoll.
"The meetings were constructive. We discussed the parameters of ending the war and the logic of the further negotiation process," Umerov wrote on Telegram after the second session. He said the teams had agreed to report to their capitals and coordinate the next steps.
The Ukrainian delegation was led by Umerov and included Kyrylo Budanov, head of the Presidential Office, and Chief of the General Staff Andrii Hnatov. Russia sent a team headed by Igor Kostyukov, chief of the GRU military intelligence agency. The U.S. side was represented by special envoy Steve Witkoff, Jared Kushner and Army Secretary Dan Driscoll.
The day before the talks opened, Witkoff and Kushner were in Moscow, where they met Russian President Vladimir Putin late on Jan. 22. The Kremlin meeting lasted almost four hours and ended well after midnight, Kremlin aide Yuri Ushakov told reporters. Ushakov said Moscow's demand that Ukrainian forces leave the Donbas remained unchanged.
Related: Russia hits Kyiv energy grid overnight as envoys gather in Abu Dhabi
President Volodymyr Zelensky, who met U.S. President Donald Trump on the sidelines of the World Economic Forum in Davos on Jan. 22, said in his evening address that the territorial issue was still the hardest. "Everything else is practically agreed," he said.
According to Zelensky, the next meeting could take place as early as next week, possibly again in the Emirates. The Kremlin did not comment on the timing.
Related: Zelensky after Davos: security guarantees document 'ready, waiting for signatures'
👁 14,203
Support independent journalism in Ukraine. Become a member today.
`, [
    ev('meeting', 'occurred', ['Rustem Umerov', 'Kyrylo Budanov', 'Andrii Hnatov', 'Igor Kostyukov', 'Steve Witkoff', 'Jared Kushner', 'Dan Driscoll'], '2026-01-23', 'Abu Dhabi'),
    ev('meeting', 'occurred', ['Rustem Umerov', 'Kyrylo Budanov', 'Andrii Hnatov', 'Igor Kostyukov', 'Steve Witkoff', 'Jared Kushner', 'Dan Driscoll'], '2026-01-24', 'Abu Dhabi'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Steve Witkoff', 'Jared Kushner'], '2026-01-22', 'Moscow'),
    ev('visit', 'occurred', ['Steve Witkoff', 'Jared Kushner', 'Vladimir Putin'], '2026-01-22', 'Moscow', { optional: true }),
    ev('meeting', 'occurred', ['Volodymyr Zelensky', 'Donald Trump'], '2026-01-22', 'Davos', { occasion: 'World Economic Forum' }),
    ev('meeting', 'planned', ['UA', 'RU', 'US'], null, null, { optional: true }),
    ev('summit', 'occurred', [], '2026-01', 'Davos', { date_true: '2026-01-19', occasion: 'World Economic Forum', optional: true }),
  ]),

  a('web-davos-trump-zelensky', '2026-01-22', `
Trump and Zelensky met in Davos: "The war must end"

"We had a very good meeting, but there is still work to be done," the American president said after the meeting which lasted about one hour.

2847 views 3 comment(s)
Trump and Zelensky in Davos, Photo: Reuters
Trump and Zelensky in Davos, Photo: Reuters
Disclaimer: The translations are mostly done through AI translator and might not be 100% accurate.

American president Donald Trump met today in Davos with Ukrainian president Volodymyr Zelensky, on the sidelines of the World Economic Forum, reports Reuters.

Zelensky flew to Switzerland this morning, after he had said for days that he will come only if the documents about the security guarantees are ready for the signature.

"The war must end. Both sides want that it ends," said Trump to the journalists after the meeting, adding that his envoys Steve Witkoff and Jared Kushner are travelling this evening to Moscow, where they will meet with Russian president Vladimir Putin.

Zelensky announced that the delegations of Ukraine, Russia and USA will meet on Friday and Saturday in the United Arab Emirates, which would be the first trilateral meeting of this kind since the beginning of the war. "It is important that the Americans are in the room," he said.

Earlier today Trump together with leaders and representatives of around twenty countries signed the founding charter of the "Board of Peace", the body which should oversee the ceasefire and the reconstruction of Gaza.

A day earlier, Trump had a meeting with Egyptian president Abdel Fattah al-Sisi, and in the evening he met NATO secretary-general Mark Rutte, after which he announced that "the framework of a future deal" about Greenland was reached and that he gives up from the tariffs on European countries which he was threatening.

Zelensky said that he will inform the European partners from the "coalition of the willing" about the conversation with Trump through a video conference.

Asked if Putin and Zelensky will meet, Trump said: "That depends on Russia. I think they are close."

Bonus video:
`, [
    ev('meeting', 'occurred', ['Donald Trump', 'Volodymyr Zelensky'], '2026-01-22', 'Davos', { occasion: 'World Economic Forum' }),
    ev('visit', 'occurred', ['Volodymyr Zelensky'], '2026-01-22', 'Davos'),
    ev('visit', 'planned', ['Steve Witkoff', 'Jared Kushner', 'Vladimir Putin'], '2026-01-22', 'Moscow'),
    ev('meeting', 'planned', ['Vladimir Putin', 'Steve Witkoff', 'Jared Kushner'], '2026-01-22', 'Moscow'),
    ev('meeting', 'planned', ['UA', 'RU', 'US'], '2026-01-23', null),
    ev('meeting', 'planned', ['UA', 'RU', 'US'], '2026-01-24', null, { optional: true }),
    ev('signing', 'occurred', ['Donald Trump'], '2026-01-22', 'Davos', { occasion: 'Board of Peace' }),
    ev('meeting', 'occurred', ['Donald Trump', 'Abdel Fattah al-Sisi'], '2026-01-21', 'Davos'),
    ev('meeting', 'occurred', ['Donald Trump', 'Mark Rutte'], '2026-01-21', 'Davos'),
    ev('call', 'planned', ['Volodymyr Zelensky'], null, null, { optional: true }),
    ev('summit', 'occurred', [], '2026-01', 'Davos', { date_true: '2026-01-19', occasion: 'World Economic Forum', optional: true }),
  ]),

  a('tass-putin-trump-call-ushakov', null, `
Putin, Trump hold telephone conversation - Ushakov

MOSCOW, December 29. /TASS/. Russian President Vladimir Putin had a telephone conversation with his American counterpart Donald Trump on Monday, Russian presidential aide Yury Ushakov told reporters.

"Today, Vladimir Putin had a telephone conversation with US President Donald Trump. The conversation took place at the initiative of the Russian side," Ushakov said. According to him, Putin informed Trump about the attempted attack by Ukrainian drones on the state residence of president in the Novgorod Region overnight, and said that Russia will revise its negotiating position in view of this.

"Trump was shocked, literally outraged by this information," the Kremlin aide said. He noted that the American president said he could not imagine such "crazy actions".

Ushakov reminded that this was the second conversation of two presidents in two days. On Sunday, before his meeting with Vladimir Zelensky at his Mar-a-Lago residence in Florida, Trump called Putin, and the talk lasted more than one hour. After the meeting in Mar-a-Lago, the American side shared with Moscow its assessments of the contacts with the Ukrainians, the aide added.

Previously, the presidents of Russia and the United States talked by phone on October 16. Then they agreed to hold a meeting in Budapest, however the summit was postponed.

According to Ushakov, Putin and Trump agreed to continue contacts by phone, and the working groups created by two sides will continue the work. "There will be no pause," he said.

Read also
Kremlin: visit of Witkoff and Kushner to Moscow not yet scheduled
Peskov refuses to comment on details of talks in Florida
`, [
    ev('call', 'occurred', ['Vladimir Putin', 'Donald Trump'], '2025-12-29', null),
    ev('call', 'occurred', ['Donald Trump', 'Vladimir Putin'], '2025-12-28', null),
    ev('meeting', 'occurred', ['Donald Trump', 'Volodymyr Zelensky'], '2025-12-28', 'Palm Beach'),
    ev('call', 'occurred', ['Vladimir Putin', 'Donald Trump'], '2025-10-16', null),
    ev('meeting', 'planned', ['Vladimir Putin', 'Donald Trump'], null, 'Budapest', { optional: true }),
    ev('call', 'planned', ['Vladimir Putin', 'Donald Trump'], null, null, { optional: true }),
  ]),

  a('tass-dmitriev-miami', null, `
Dmitriev describes talks with Witkoff, Kushner in Miami as constructive

MIAMI, December 20. /TASS/. Talks of Special Presidential Envoy for Investment and Economic Cooperation with Foreign Countries, CEO of the Russian Direct Investment Fund (RDIF) Kirill Dmitriev with US President's special envoy Steve Witkoff and Jared Kushner, son-in-law of the US president, are going on constructively, Dmitriev told journalists.

"The discussions are going constructively. They began today and will continue tomorrow," Dmitriev said upon his arrival to the building where the meeting is held.

Dmitriev arrived in Miami on Saturday morning. According to him, the sides will discuss, among other things, the results of the contacts of the American team with Ukrainians and Europeans.

On Friday, Witkoff and Kushner held consultations in Miami with the Ukrainian delegation headed by secretary of the National Security and Defense Council Rustem Umerov, as well as with representatives of European countries.

Earlier, Kremlin spokesman Dmitry Peskov said that Dmitriev will report to President Vladimir Putin on the results of the trip after his return to Moscow.

Dmitriev last visited the United States at the end of October, when he spent three days in the country on invitation of the American side and held talks with Witkoff. Before that, he took part in the Russian delegation at the Russian-American summit in Anchorage in August.

Read also
Putin: Russia ready for talks on Ukraine settlement on basis of Anchorage understandings
`, [
    ev('visit', 'occurred', ['Kirill Dmitriev', 'Steve Witkoff', 'Jared Kushner'], '2025-12-20', 'Miami'),
    ev('meeting', 'occurred', ['Kirill Dmitriev', 'Steve Witkoff', 'Jared Kushner'], '2025-12-20', 'Miami'),
    ev('meeting', 'planned', ['Kirill Dmitriev', 'Steve Witkoff', 'Jared Kushner'], '2025-12-21', 'Miami'),
    ev('meeting', 'occurred', ['Steve Witkoff', 'Jared Kushner', 'Rustem Umerov'], '2025-12-19', 'Miami'),
    ev('visit', 'occurred', ['Kirill Dmitriev', 'Steve Witkoff'], '2025-10', null, { date_true: '2025-10-24' }),
    ev('meeting', 'occurred', ['Kirill Dmitriev', 'Steve Witkoff'], '2025-10', null),
    ev('meeting', 'occurred', ['RU', 'US', 'Kirill Dmitriev'], '2025-08', 'Anchorage', { date_true: '2025-08-15', optional: true }),
  ]),

  a('web-berlin-talks', '2025-12-15', `
Zelensky, US envoys end Berlin talks with 'real progress' on security guarantees | Euronews

We care about your privacy. We and our 843 partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content, ad and content measurement, audience research and services development. Agree and close | Learn more
My Europe | World | Business | Travel | Culture | Green | Next | Health | Video | Live
Ukrainian President Volodymyr Zelensky and German Chancellor Friedrich Merz shake hands at the Chancellery in Berlin, 15 December 2025 - Copyright AP Photo
Published on 15/12/2025 - 19:47 GMT+1 • Updated 21:05
Ukrainian President Volodymyr Zelensky and US envoys Steve Witkoff and Jared Kushner wrapped up two days of talks in Berlin on Monday, with both sides reporting "real progress" on security guarantees for Ukraine but no agreement on the future of the eastern Donbas region.
The talks began on Sunday afternoon at the German Chancellery and lasted more than five hours, Witkoff wrote on X. They resumed on Monday morning and ended shortly after noon.
Zelensky arrived in Berlin on Sunday, accompanied by Rustem Umerov, the secretary of Ukraine's security council, who had held several days of talks with Witkoff and Kushner in Florida earlier this month.
The talks began on Sunday afternoon at the German Chancellery and lasted more than five hours, Witkoff wrote on X. They resumed on Monday morning and ended shortly after noon.
After the talks, Chancellor Friedrich Merz held his own meeting with Zelensky, and the two appeared together before the press. "Germany will stand by Ukraine for as long as it is necessary," Merz said, adding that a ceasefire over Christmas "would be a sign of good will" from Moscow.
Later in the evening, Merz will host a dinner for Zelensky and European leaders, among them French President Emmanuel Macron, British Prime Minister Keir Starmer and Polish Prime Minister Donald Tusk, as well as NATO Secretary General Mark Rutte.
Last Wednesday, Merz, Macron and Starmer spoke by phone with US President Donald Trump, who later told reporters that "words were spoken in pretty strong terms" about the US peace plan.
Zelensky is due in The Hague on Tuesday, where he will attend the signing of a convention setting up an international commission to handle claims for damage caused by Russia's war.
Read more
Putin says Europe 'not ready' for peace as Moscow rejects Berlin proposals
Sign up for our Europe Today newsletter. Get the essential news from across Europe every weekday morning.
`, [
    ev('meeting', 'occurred', ['Volodymyr Zelensky', 'Steve Witkoff', 'Jared Kushner'], '2025-12-14', 'Berlin'),
    ev('meeting', 'occurred', ['Volodymyr Zelensky', 'Steve Witkoff', 'Jared Kushner'], '2025-12-15', 'Berlin'),
    ev('visit', 'occurred', ['Volodymyr Zelensky', 'Friedrich Merz'], '2025-12-14', 'Berlin'),
    ev('meeting', 'occurred', ['Rustem Umerov', 'Steve Witkoff', 'Jared Kushner'], '2025-12', null),
    ev('meeting', 'occurred', ['Friedrich Merz', 'Volodymyr Zelensky'], '2025-12-15', 'Berlin'),
    ev('meeting', 'planned', ['Friedrich Merz', 'Volodymyr Zelensky', 'Emmanuel Macron', 'Keir Starmer', 'Donald Tusk', 'Mark Rutte'], '2025-12-15', 'Berlin'),
    ev('call', 'occurred', ['Friedrich Merz', 'Emmanuel Macron', 'Keir Starmer', 'Donald Trump'], '2025-12-10', null),
    ev('visit', 'planned', ['Volodymyr Zelensky'], '2025-12-16', 'The Hague'),
    ev('signing', 'planned', ['Volodymyr Zelensky'], '2025-12-16', 'The Hague', { optional: true }),
  ]),

  a('kremlin-putin-modi-delhi', null, `
Russian-Indian talks • President of Russia

Events | News | Transcripts | Trips and visits | Photos

December 5, 2025, 13:25
New Delhi

Russian-Indian talks

Vladimir Putin, who is in India on a state visit, held talks with Prime Minister of the Republic of India Narendra Modi at Hyderabad House.

The talks began in restricted format and continued with participation of the two countries' delegations.

On December 4, immediately after arriving to New Delhi, the President of Russia had an informal meeting with Narendra Modi over dinner at the Prime Minister's residence.

Beginning of Russian-Indian talks in restricted format

Prime Minister of India Narendra Modi (retranslated): Your Excellency, my dear friend President Putin,

I warmly welcome you and your delegation to India on the occasion of the 23rd annual India-Russia summit. Our friendship has stood the test of time, and in all circumstances Russia and India have stood shoulder to shoulder.

Next year India will chair BRICS, and I look forward to welcoming you at the BRICS summit in India.

President of Russia Vladimir Putin: Mr Prime Minister, dear friend,

Thank you for the invitation and for the very warm reception you gave us yesterday, and for the dinner at your residence – we talked until late.

We met not long ago in Tianjin, at the SCO summit at the beginning of September, and you remember that we continued our conversation in my car on the way to the venue. Before that, in July last year, you came to Moscow with an official visit, and then in October you were in Kazan at the BRICS summit. So our contacts are regular and, I would say, very substantive.

This year we mark 25 years since we signed the Declaration on Strategic Partnership between Russia and India. This happened in October 2000, during my first visit to India as President, when Prime Minister Atal Bihari Vajpayee and I put our signatures under this document.

Trade turnover is growing: last year it exceeded 65 billion dollars, and we are confident we can reach 100 billion by 2030. Today we will talk about energy, about the nuclear power – the Kudankulam plant – and about payments in national currencies.

<…>

Following the talks, in presence of Vladimir Putin and Narendra Modi, a number of bilateral documents were signed, including the Programme for the Development of Strategic Areas of Russian-Indian Economic Cooperation until 2030.

The leaders then made statements for the press.

Publication status: Published in sections: News, Transcripts
Publication date: December 5, 2025, 13:25
Direct link: kremlin.ru/d/78649
`, [
    ev('visit', 'occurred', ['Vladimir Putin', 'Narendra Modi'], '2025-12-04', 'New Delhi'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Narendra Modi'], '2025-12-04', 'New Delhi'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Narendra Modi'], '2025-12-05', 'New Delhi'),
    ev('signing', 'occurred', ['Vladimir Putin', 'Narendra Modi'], '2025-12-05', 'New Delhi'),
    ev('meeting', 'occurred', ['Vladimir Putin', 'Narendra Modi'], '2025-09', 'Tianjin', { date_true: '2025-09-01', occasion: 'SCO' }),
    ev('summit', 'occurred', [], '2025-09', 'Tianjin', { occasion: 'SCO', optional: true }),
    ev('visit', 'occurred', ['Narendra Modi', 'Vladimir Putin'], '2024-07', 'Moscow', { date_true: '2024-07-08' }),
    ev('meeting', 'occurred', ['Narendra Modi', 'Vladimir Putin'], '2024-07', 'Moscow', { date_true: '2024-07-09', optional: true }),
    ev('visit', 'occurred', ['Narendra Modi', 'Vladimir Putin'], '2024-10', 'Kazan', { date_true: '2024-10-22', occasion: 'BRICS' }),
    ev('meeting', 'occurred', ['Narendra Modi', 'Vladimir Putin'], '2024-10', 'Kazan', { date_true: '2024-10-22', optional: true }),
    ev('summit', 'occurred', [], '2024-10', 'Kazan', { date_true: '2024-10-22', occasion: 'BRICS', optional: true }),
    ev('visit', 'occurred', ['Vladimir Putin', 'Atal Bihari Vajpayee'], '2000-10', null, { date_true: '2000-10-02' }),
    ev('signing', 'occurred', ['Vladimir Putin', 'Atal Bihari Vajpayee'], '2000-10', null, { date_true: '2000-10-03' }),
    ev('summit', 'planned', [], '2026', null, { occasion: 'BRICS' }),
    ev('visit', 'planned', ['Vladimir Putin', 'Narendra Modi'], '2026', null, { optional: true }),
  ]),

  // ---------------------------------------------------------------- Munich Security Conference
  a('web-dw-munich-security-conference', null, `
Munich Security Conference: Rubio strikes softer tone as Zelensky presses allies – DW – 02/14/2026

Skip next section Navigation | Live TV | Topics | Germany | Europe | World | Business | Science | Culture
Politics | Germany | Munich Security Conference
Rubio strikes softer tone in Munich as Zelensky presses allies
Date 02/14/2026
The US secretary of state told European allies that America "is not going anywhere," a year after Vice President JD Vance used the same stage to berate them. Ukraine's president urged Washington to keep up pressure on Moscow ahead of new talks in Geneva.
https://p.dw.com/p/4xY2q
US Secretary of State Marco Rubio sought to reassure European allies at the Munich Security Conference on Saturday, telling the annual gathering of defense and foreign policy officials that the transatlantic alliance remained "the foundation" of American security, even as Washington expects Europe to carry more of the burden.
The three-day conference opened on Friday with a speech by German Chancellor Friedrich Merz, who later met Rubio for talks on the margins of the event.
Rubio sat down with Ukrainian President Volodymyr Zelensky on Saturday morning, hours before his own speech. According to the Ukrainian side, they discussed the upcoming round of US-brokered talks with Russia, due to be held in Geneva on Tuesday, as well as air defense supplies.
"We are ready for a real ceasefire and for a meeting at the level of leaders," Zelensky said in his address. He repeated his offer to meet Russian President Vladimir Putin "in any format," an offer the Kremlin has so far ignored.
Last year, Vance used his speech in Munich to accuse European governments of suppressing free speech, a performance that shocked many in the hall. He met Zelensky on the sidelines the same day.
China's Foreign Minister Wang Yi, attending for the third year in a row, held talks with his German counterpart Johann Wadephul on Friday and is due to meet EU foreign policy chief Kaja Kallas on Sunday.
Rubio will leave Munich on Sunday for Slovakia and Hungary, where he is expected to meet Prime Ministers Robert Fico and Viktor Orban, the State Department said.
Related topics: Munich Security Conference, Marco Rubio, Volodymyr Zelensky, NATO
Iran, US to meet again in Geneva next week
Europe's defense spending: Where is the money going?
`, [
    ev('summit', 'occurred', [], '2026-02-13', 'Munich', { occasion: 'Munich Security Conference' }),
    ev('meeting', 'occurred', ['Friedrich Merz', 'Marco Rubio'], '2026-02-13', 'Munich', { occasion: 'Munich Security Conference' }),
    ev('meeting', 'occurred', ['Marco Rubio', 'Volodymyr Zelensky'], '2026-02-14', 'Munich', { occasion: 'Munich Security Conference' }),
    ev('meeting', 'planned', ['UA', 'RU', 'US'], '2026-02-17', 'Geneva'),
    ev('meeting', 'occurred', ['JD Vance', 'Volodymyr Zelensky'], '2025', 'Munich', { date_true: '2025-02-14', occasion: 'Munich Security Conference' }),
    ev('summit', 'occurred', [], '2025', 'Munich', { date_true: '2025-02-14', occasion: 'Munich Security Conference', optional: true }),
    ev('meeting', 'occurred', ['Wang Yi', 'Johann Wadephul'], '2026-02-13', 'Munich', { occasion: 'Munich Security Conference' }),
    ev('meeting', 'planned', ['Wang Yi', 'Kaja Kallas'], '2026-02-15', 'Munich', { occasion: 'Munich Security Conference' }),
    ev('visit', 'planned', ['Marco Rubio', 'Robert Fico'], '2026-02-15', null),
    ev('meeting', 'planned', ['Marco Rubio', 'Robert Fico'], '2026-02', null, { date_true: '2026-02-15' }),
    ev('visit', 'planned', ['Marco Rubio', 'Viktor Orban'], '2026-02', null, { date_true: '2026-02-16' }),
    ev('meeting', 'planned', ['Marco Rubio', 'Viktor Orban'], '2026-02', null, { date_true: '2026-02-16' }),
  ]),

  // ---------------------------------------------------------------- Iran nuclear talks
  a('web-aljazeera-muscat-talks', '2026-02-06', `
Iran and US hold indirect talks in Oman, Araghchi calls it a 'good start' | Iran News | Al Jazeera

Listen to this article | 5 mins
Iranian Foreign Minister Abbas Araghchi, right, is greeted by Omani Foreign Minister Badr Albusaidi in Muscat, Oman, on February 6, 2026 [Handout/Omani Foreign Ministry via Reuters]
Published On 6 Feb 2026
Iran and the United States have held indirect talks in the Omani capital, Muscat, their first negotiations since US and Israeli strikes on Iranian nuclear facilities last June, with Tehran's top diplomat calling the meeting "a good start".
Iranian Foreign Minister Abbas Araghchi and US special envoy Steve Witkoff, accompanied by President Donald Trump's son-in-law Jared Kushner, did not sit in the same room on Friday. Instead, Oman's Foreign Minister Badr Albusaidi shuttled between the two delegations, which were seated in separate halls of a palace on the outskirts of the city, passing messages for about four hours.
"It was a good start, and it took place in a positive atmosphere," Araghchi told Iranian state television after the talks. "We agreed to continue, and the date and venue of the next round will be decided after consultations in the capitals."
Araghchi arrived in Muscat on Thursday evening and held a separate meeting with Albusaidi on Friday morning before the talks began. Witkoff and Kushner flew in on Friday morning from Abu Dhabi, where they had mediated a second round of Russia-Ukraine talks on Wednesday and Thursday.
notification-importantGet instant alerts and updates based on your interests. Be the first to know when big stories happen.
The White House said the US delegation had set out "clear demands", including an end to uranium enrichment. Trump warned on Thursday that "bad things" would happen if there was no deal.
Oman mediated five rounds of talks between Araghchi and Witkoff last spring, held in Muscat and Rome. A sixth round was scheduled for June 15, but it was called off after Israel launched a wave of air strikes on Iran two days earlier, starting a 12-day war that the US joined on June 22.
Araghchi is due to travel to Doha on Saturday for talks with Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani, the Iranian foreign ministry said.
"If Washington wants a deal, it will have to accept enrichment on Iranian soil," said a Tehran-based analyst who asked not to be named.
Source: Al Jazeera and news agencies
`, [
    ev('meeting', 'occurred', ['Abbas Araghchi', 'Steve Witkoff', 'Jared Kushner', 'Badr Albusaidi'], '2026-02-06', 'Muscat'),
    ev('meeting', 'occurred', ['Abbas Araghchi', 'Badr Albusaidi'], '2026-02-06', 'Muscat'),
    ev('visit', 'occurred', ['Abbas Araghchi', 'Badr Albusaidi'], '2026-02-05', 'Muscat'),
    ev('visit', 'occurred', ['Steve Witkoff', 'Jared Kushner'], '2026-02-06', 'Muscat'),
    ev('meeting', 'occurred', ['Steve Witkoff', 'Jared Kushner', 'UA', 'RU'], '2026-02-04', 'Abu Dhabi'),
    ev('meeting', 'occurred', ['Steve Witkoff', 'Jared Kushner', 'UA', 'RU'], '2026-02-05', 'Abu Dhabi'),
    ev('meeting', 'occurred', ['Abbas Araghchi', 'Steve Witkoff', 'OM'], '2025', 'Muscat', { optional: true }),
    ev('meeting', 'occurred', ['Abbas Araghchi', 'Steve Witkoff', 'OM'], '2025', 'Rome', { optional: true }),
    ev('meeting', 'planned', ['IR', 'US'], null, null, { optional: true }),
    ev('visit', 'planned', ['Abbas Araghchi', 'Mohammed bin Abdulrahman Al Thani'], '2026-02-07', 'Doha'),
    ev('meeting', 'planned', ['Abbas Araghchi', 'Mohammed bin Abdulrahman Al Thani'], '2026-02-07', 'Doha'),
  ]),

  // ---------------------------------------------------------------- Gaza ceasefire diplomacy
  a('web-guardian-sharm-summit-live', '2025-10-13', `
Trump hails 'historic dawn' in Knesset speech before Sharm el-Sheikh summit – as it happened | Israel-Gaza war | The Guardian

We value your privacy. We and our partners use cookies and similar technologies to store and/or access information on your device. Select "Yes, I'm happy" to accept, or "Manage or reject" to choose which purposes you consent to.
Skip to main content | Skip to navigation | Print subscriptions | Sign in | Search jobs
World | Europe | US news | Americas | Asia | Australia | Middle East | Africa | Inequality | Global development
Show key events only Please turn on JavaScript to use this feature
Mon 13 Oct 2025 19.02 BST
18.21 BST
Trump, Sisi, Erdoğan and emir of Qatar sign Gaza declaration
Trump has signed a document on the Gaza ceasefire in Sharm el-Sheikh alongside Egypt's president, Abdel Fattah al-Sisi, Turkey's president, Recep Tayyip Erdoğan, and the emir of Qatar, Sheikh Tamim bin Hamad Al Thani, who act as guarantors of the deal. "This took 3,000 years to get to this point," Trump told the leaders assembled in the conference hall.
More than 20 world leaders attended the summit, which Trump and Sisi co-chaired, among them Keir Starmer, Emmanuel Macron, Giorgia Meloni, Friedrich Merz and the Palestinian president, Mahmoud Abbas. No Israeli or Hamas officials were present.
Updated at 18.40 BST
16.05 BST
Trump lands in Egypt
Air Force One has touched down in Sharm el-Sheikh, more than three hours behind schedule after the president's speech in the Knesset ran long. Sisi greeted Trump at the congress centre and the two men held a short bilateral meeting before the summit opened, Egyptian state TV reported.
15.12 BST
Netanyahu will not attend the summit after all
The Israeli prime minister's office said Benjamin Netanyahu would not travel to Sharm el-Sheikh, citing the start of the Simchat Torah holiday. Earlier in the day Trump, with Netanyahu at his side, had phoned Sisi from Jerusalem to ask that the Israeli leader be invited.
11.47 BST
Trump in Knesset: 'the long and painful nightmare is finally over'
Trump told Israel's parliament that the war was over and that a "historic dawn of a new Middle East" had begun. He was interrupted briefly by two members who held up a sign and were removed.
09.58 BST
Trump meets hostage families
Before his address, Trump held talks with Netanyahu at the Knesset, and the two men then met families of hostages who had been freed this morning.
Related: Gaza hostages freed: the 20 living captives returned to Israel today
08.30 BST
Trump arrives in Israel
Air Force One landed at Ben Gurion airport shortly after 9.30am local time. Trump was welcomed on the tarmac by Netanyahu and President Isaac Herzog, before flying by helicopter to Jerusalem.
07.05 BST
How we got here
The first phase of Trump's 20-point plan was agreed early last Thursday after three days of indirect negotiations in Sharm el-Sheikh. Steve Witkoff and Jared Kushner flew in on Wednesday to join the mediators from Egypt, Qatar and Turkey for the final round.
`, [
    ev('visit', 'occurred', ['Donald Trump', 'Benjamin Netanyahu', 'Isaac Herzog'], '2025-10-13', 'Jerusalem'),
    ev('meeting', 'occurred', ['Donald Trump', 'Benjamin Netanyahu'], '2025-10-13', 'Jerusalem'),
    ev('call', 'occurred', ['Donald Trump', 'Abdel Fattah al-Sisi', 'Benjamin Netanyahu'], '2025-10-13', null),
    ev('visit', 'occurred', ['Donald Trump', 'Abdel Fattah al-Sisi'], '2025-10-13', 'Sharm el-Sheikh'),
    ev('meeting', 'occurred', ['Donald Trump', 'Abdel Fattah al-Sisi'], '2025-10-13', 'Sharm el-Sheikh'),
    ev('summit', 'occurred', [], '2025-10-13', 'Sharm el-Sheikh', { occasion: 'Sharm el-Sheikh Peace Summit' }),
    ev('signing', 'occurred', ['Donald Trump', 'Abdel Fattah al-Sisi', 'Recep Tayyip Erdogan', 'Tamim bin Hamad Al Thani'], '2025-10-13', 'Sharm el-Sheikh'),
    ev('visit', 'occurred', ['Steve Witkoff', 'Jared Kushner'], '2025-10-08', 'Sharm el-Sheikh'),
    ev('meeting', 'occurred', ['Steve Witkoff', 'Jared Kushner', 'EG', 'QA', 'TR'], '2025-10-08', 'Sharm el-Sheikh', { optional: true }),
  ]),

  a('r-vance-netanyahu-jerusalem', '2025-10-22', `
Vance meets Netanyahu, says Gaza truce holding better than expected

JERUSALEM (Reuters) - U.S. Vice President JD Vance met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday and said the Gaza ceasefire was holding better than he had expected, despite a flare-up of violence that killed dozens of Palestinians and two Israeli soldiers over the weekend.  We have a very, very tough task ahead of us, which is to disarm Hamas and rebuild Gaza,  Vance said at a joint news conference with Netanyahu.  But I m optimistic.  Vance arrived in Israel on Tuesday, a day after Trump s envoys Steve Witkoff and Jared Kushner held talks with Netanyahu in Jerusalem. On his first day he toured a U.S.-led civil-military coordination center in southern Israel set up to monitor the truce, accompanied by Witkoff and Kushner. Later on Wednesday Vance also met Israeli President Isaac Herzog. Netanyahu rejected suggestions that Israel had become a U.S. protectorate.  One week they say Israel controls the United States. A week later they say the United States controls Israel. This is hogwash,  he said. U.S. Secretary of State Marco Rubio is expected to visit Israel later this week, a U.S. official said, as Washington tries to keep up momentum for the second phase of Trump s 20-point plan, which calls for an international stabilization force in Gaza. Trump unveiled the plan at the White House on Sept. 29, with Netanyahu at his side. Vance denied that the string of visits by senior U.S. officials amounted to babysitting Israel.  We don t want a vassal state, and that s not what Israel is. We want a partnership,  he said. Asked whether he would go into Gaza, Vance said he had no such plans. An Israeli official said Netanyahu had no plans to travel to Washington in the coming weeks.
`, [
    ev('meeting', 'occurred', ['JD Vance', 'Benjamin Netanyahu'], '2025-10-22', 'Jerusalem'),
    ev('visit', 'occurred', ['JD Vance', 'Benjamin Netanyahu'], '2025-10-21', 'Jerusalem'),
    ev('meeting', 'occurred', ['JD Vance', 'Isaac Herzog'], '2025-10-22', 'Jerusalem'),
    ev('meeting', 'occurred', ['Steve Witkoff', 'Jared Kushner', 'Benjamin Netanyahu'], '2025-10-20', 'Jerusalem'),
    ev('visit', 'planned', ['Marco Rubio'], '2025-10', null, { date_true: '2025-10-24' }),
    ev('meeting', 'occurred', ['Donald Trump', 'Benjamin Netanyahu'], '2025-09-29', 'Washington'),
    ev('visit', 'occurred', ['Benjamin Netanyahu', 'Donald Trump'], '2025-09-29', 'Washington', { optional: true }),
  ]),

  // ---------------------------------------------------------------- US tariff negotiations and Asia
  a('r-kuala-lumpur-trade-talks', '2025-10-26', `
U.S., China agree trade deal framework for Trump and Xi to finalize, Bessent says

KUALA LUMPUR (Reuters) - Top U.S. and Chinese economic officials agreed on Sunday on a framework for a trade deal that President Donald Trump and Chinese President Xi Jinping are expected to finalize when they meet on Thursday, U.S. Treasury Secretary Scott Bessent said.  Bessent and U.S. Trade Representative Jamieson Greer sat down with Chinese Vice Premier He Lifeng and China s top trade negotiator Li Chenggang for nearly five hours on Saturday at the Merdeka 118 tower in Kuala Lumpur, and the two sides met again for about two hours on Sunday morning.  I think we have a very successful framework for the leaders to discuss,  Bessent told NBC s Meet the Press in an interview from Kuala Lumpur, adding that he expected the threat of 100% tariffs on Chinese goods from Nov. 1 to be  effectively off the table.  Li told reporters the two sides had reached a  preliminary consensus  and would now go through their domestic approval procedures. The talks were the fifth round since May, when the world s two largest economies first met in Geneva to de-escalate a spiral of tit-for-tat tariffs. Bessent and He last met in Madrid in mid-September, where they settled the outlines of a deal on TikTok.  Trump and Xi are due to meet on Thursday on the sidelines of the Asia-Pacific Economic Cooperation summit in South Korea, their first face-to-face meeting since Trump returned to the White House in January. Trump arrived in Kuala Lumpur on Sunday morning, the first stop of a five-day Asia tour, for a summit of the Association of Southeast Asian Nations and was greeted on the tarmac by Malaysian Prime Minister Anwar Ibrahim. Shortly afterward, he presided over the signing of an expanded ceasefire declaration between Thailand and Cambodia, signed by Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet in the presence of Trump and Anwar.  We did something that a lot of people said couldn t be done,  Trump said. Trump will fly on to Tokyo on Monday to meet Japan s new prime minister, Sanae Takaichi, before heading to South Korea on Wednesday. He has also said he plans to visit China early next year.
`, [
    ev('meeting', 'occurred', ['Scott Bessent', 'Jamieson Greer', 'He Lifeng', 'Li Chenggang'], '2025-10-25', 'Kuala Lumpur'),
    ev('meeting', 'occurred', ['Scott Bessent', 'Jamieson Greer', 'He Lifeng', 'Li Chenggang'], '2025-10-26', 'Kuala Lumpur'),
    ev('meeting', 'planned', ['Donald Trump', 'Xi Jinping'], '2025-10-30', null, { occasion: 'APEC' }),
    ev('summit', 'planned', [], '2025-10', null, { date_true: '2025-10-31', occasion: 'APEC', optional: true }),
    ev('meeting', 'occurred', ['US', 'CN'], '2025-05', 'Geneva', { date_true: '2025-05-10' }),
    ev('meeting', 'occurred', ['Scott Bessent', 'He Lifeng'], '2025-09', 'Madrid', { date_true: '2025-09-14' }),
    ev('visit', 'occurred', ['Donald Trump', 'Anwar Ibrahim'], '2025-10-26', 'Kuala Lumpur'),
    ev('summit', 'occurred', [], '2025-10-26', 'Kuala Lumpur', { occasion: 'ASEAN' }),
    ev('signing', 'occurred', ['Anutin Charnvirakul', 'Hun Manet', 'Donald Trump', 'Anwar Ibrahim'], '2025-10-26', 'Kuala Lumpur'),
    ev('visit', 'planned', ['Donald Trump', 'Sanae Takaichi'], '2025-10-27', 'Tokyo'),
    ev('meeting', 'planned', ['Donald Trump', 'Sanae Takaichi'], '2025-10', 'Tokyo', { date_true: '2025-10-28' }),
    ev('visit', 'planned', ['Donald Trump'], '2025-10-29', null),
    ev('visit', 'planned', ['Donald Trump'], '2026', null, { optional: true }),
  ]),

  a('web-reuters-trump-takaichi-tokyo', '2025-10-28', `
Trump, Takaichi sign rare earths deal, pledge 'golden age' for alliance | Reuters

Exclusive news, data and analytics for financial market professionalsLearn more aboutRefinitiv
U.S. President Donald Trump and Japanese Prime Minister Sanae Takaichi attend a signing ceremony at the Akasaka Palace state guest house in Tokyo, Japan, October 28, 2025. REUTERS/Evelyn Hockstein Purchase Licensing Rights, opens new tab
TOKYO, Oct 28 (Reuters) - U.S. President Donald Trump and Japan's new Prime Minister Sanae Takaichi signed agreements on Tuesday to secure supplies of critical minerals and rare earths, as the two leaders held their first talks in person and Takaichi promised to usher in a "new golden age" of the alliance.
Trump, who arrived in Tokyo on Monday from Malaysia, was received by Emperor Naruhito at the Imperial Palace shortly after landing.
At the Akasaka state guest house on Tuesday, the two leaders also signed a document on implementing the trade deal struck in July, under which Japan agreed to invest $550 billion in the United States in exchange for lower tariffs on its cars.
"I want to congratulate you. It's a great honor," Trump told Takaichi. "Anything you want, any favors you need, anything I can do to help Japan, we will be there."
The Reuters Inside Track newsletter is your essential guide to the biggest events in global sport. Sign up here.
Takaichi, who took office a week ago, told Trump she would nominate him for the Nobel Peace Prize, a White House spokeswoman said. The two leaders had spoken for the first time by phone on Saturday.
Later on Tuesday, Trump and Takaichi flew by helicopter to the Yokosuka naval base, where Trump addressed U.S. sailors aboard the aircraft carrier USS George Washington.
Trump will fly to South Korea on Wednesday, where he will meet President Lee Jae-myung in Gyeongju on the margins of the APEC summit, before meeting Chinese President Xi Jinping in Busan on Thursday.
Trump's last visit to Japan was in May 2019, when he became the first foreign leader to meet Naruhito after his enthronement.
Trump flew in from Kuala Lumpur, where on Sunday he attended a summit of Southeast Asian leaders and witnessed the signing of a ceasefire accord between Thailand and Cambodia.
Reporting by the Tokyo bureau; Editing by the Asia desk
Our Standards: The Thomson Reuters Trust Principles., opens new tab
China says no plans for Xi to meet Takaichi at APEC
Japan's Nikkei hits record high as Trump visit lifts mood
`, [
    ev('meeting', 'occurred', ['Donald Trump', 'Sanae Takaichi'], '2025-10-28', 'Tokyo'),
    ev('signing', 'occurred', ['Donald Trump', 'Sanae Takaichi'], '2025-10-28', 'Tokyo'),
    ev('visit', 'occurred', ['Donald Trump', 'Sanae Takaichi', 'Naruhito'], '2025-10-27', 'Tokyo'),
    ev('meeting', 'occurred', ['Donald Trump', 'Naruhito'], '2025-10-27', 'Tokyo'),
    ev('call', 'occurred', ['Donald Trump', 'Sanae Takaichi'], '2025-10-25', null),
    ev('visit', 'planned', ['Donald Trump', 'Lee Jae-myung'], '2025-10-29', 'Gyeongju'),
    ev('meeting', 'planned', ['Donald Trump', 'Lee Jae-myung'], '2025-10-29', 'Gyeongju', { occasion: 'APEC' }),
    ev('meeting', 'planned', ['Donald Trump', 'Xi Jinping'], '2025-10-30', 'Busan'),
    ev('summit', 'planned', [], '2025-10', 'Gyeongju', { date_true: '2025-10-31', occasion: 'APEC', optional: true }),
    ev('visit', 'occurred', ['Donald Trump', 'Naruhito'], '2019-05', null, { date_true: '2019-05-25' }),
    ev('meeting', 'occurred', ['Donald Trump', 'Naruhito'], '2019-05', null, { date_true: '2019-05-27', optional: true }),
    ev('summit', 'occurred', [], '2025-10-26', 'Kuala Lumpur', { occasion: 'ASEAN', optional: true }),
    ev('signing', 'occurred', ['TH', 'KH', 'Donald Trump'], '2025-10-26', 'Kuala Lumpur', { optional: true }),
  ]),

  // ---------------------------------------------------------------- Chinese state media and foreign ministry
  a('xinhua-xi-trump-phone-call', null, `
Xi Jinping Speaks with U.S. President Donald Trump on the Phone
Source: Xinhua | 2025-11-24 23:12:08 | Editor: huaxia

BEIJING, Nov. 24 (Xinhua) -- Chinese President Xi Jinping spoke with U.S. President Donald Trump on the phone on Monday evening.

Xi said that since the meeting of the two heads of state in Busan last month, China-U.S. relationship has generally kept a stable and improving momentum, which is welcomed by the two countries and the international community. "Facts have proved once again that China and the United States both gain from cooperation and lose from confrontation," Xi said.

Xi noted that in Busan, he and President Trump reached important common understandings, and the two sides should keep up the momentum, follow the right direction, and expand the list of cooperation and shorten the list of problems.

Xi elaborated on China's principled position on the Taiwan question, stressing that Taiwan's return to China is an integral part of the post-war international order. China and the United States once fought side by side against fascism and militarism, and should jointly safeguard the victory outcomes of the World War II, Xi said.

On the Ukraine crisis, Xi noted that China supports all efforts which are conducive to peace, and hopes that all parties will narrow the differences and reach a fair, lasting and binding peace agreement at an early date, so as to resolve the crisis from its root.

Trump said President Xi is a great leader and that he had a wonderful meeting with President Xi in Busan. The U.S. side understands how important the Taiwan question is to China, Trump said.

The call was the fourth between the two presidents this year, following calls in January, June and September.

Later on Monday, Trump wrote on his Truth Social platform that the call was "very good", that he had accepted President Xi's invitation to visit Beijing in April, and that Xi would be his guest "for a State Visit later in the year".

【Print】 【Close】
`, [
    ev('call', 'occurred', ['Xi Jinping', 'Donald Trump'], '2025-11-24', null),
    ev('meeting', 'occurred', ['Xi Jinping', 'Donald Trump'], '2025-10', 'Busan', { date_true: '2025-10-30' }),
    ev('call', 'occurred', ['Xi Jinping', 'Donald Trump'], '2025-01', null, { date_true: '2025-01-17' }),
    ev('call', 'occurred', ['Xi Jinping', 'Donald Trump'], '2025-06', null, { date_true: '2025-06-05' }),
    ev('call', 'occurred', ['Xi Jinping', 'Donald Trump'], '2025-09', null, { date_true: '2025-09-19' }),
    ev('visit', 'planned', ['Donald Trump', 'Xi Jinping'], '2026-04', 'Beijing'),
    ev('visit', 'planned', ['Xi Jinping', 'Donald Trump'], '2026', null),
  ]),

  a('mfa-press-conference-carney-visit', null, `
Foreign Ministry Spokesperson Guo Jiakun's Regular Press Conference on January 12, 2026
2026-01-12 19:05

At the invitation of Premier of the State Council Li Qiang, Prime Minister of Canada Mark Carney will pay an official visit to China from January 14 to 17.

CCTV: Could you share more information about the arrangements of Prime Minister Carney's visit? What is China's expectation for the visit?

Guo Jiakun: This is the first visit to China by a Canadian Prime Minister in eight years. During the visit, President Xi Jinping will meet with Prime Minister Carney, Premier Li Qiang will hold talks with him, and Chairman of the NPC Standing Committee Zhao Leji will also meet with him. Leaders of the two countries will have in-depth exchange of views on China-Canada relations and international and regional issues of mutual interest.

Last October, President Xi Jinping met with Prime Minister Carney in Gyeongju, ROK, on the margins of the APEC Economic Leaders' Meeting, and the two leaders agreed to push the relationship back onto the right track. China stands ready to work with Canada to take this visit as an opportunity to enhance mutual trust and expand practical cooperation.

AFP: Iranian Foreign Minister Abbas Araghchi said he had a phone call with Foreign Minister Wang Yi over the weekend. Can you share details?

Guo Jiakun: On January 11, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi had a phone call with Iranian Foreign Minister Seyed Abbas Araghchi at request of the latter. Wang Yi said that China opposes the use of force in international relations and supports Iran and the United States to resolve differences through dialogue and negotiation. We have released the readout. Please refer to it.

Yonhap: Last week President Lee Jae-myung paid a state visit to China. How does China view the outcomes of the visit?

Guo Jiakun: During President Lee Jae-myung's state visit, President Xi Jinping held talks with him in Beijing on January 5, and the two heads of state witnessed the signing of more than a dozen cooperation documents. China and the ROK are important close neighbors. The visit has injected new impetus to the China-ROK strategic cooperative partnership.

Bloomberg: There are reports that President Trump will travel to Beijing in April. Can you confirm the dates? Will there be another meeting between the two presidents before that?

Guo Jiakun: Head-of-state diplomacy plays an irreplaceable strategic guiding role for China-U.S. relations. The two sides maintain communication on high-level interactions. I have no information to release at the moment.

Reuters: Japan's Prime Minister Takaichi said she is open to talks with China at any time. Will China agree to a leaders' meeting?

Guo Jiakun: We have made clear our position on the erroneous remarks by the Japanese leader on Taiwan. The Japanese side should retract them and take concrete actions to correct its mistakes.
`, [
    ev('visit', 'planned', ['Mark Carney', 'Li Qiang'], '2026-01-14', null),
    ev('meeting', 'planned', ['Xi Jinping', 'Mark Carney'], '2026-01', null),
    ev('meeting', 'planned', ['Li Qiang', 'Mark Carney'], '2026-01', null),
    ev('meeting', 'planned', ['Zhao Leji', 'Mark Carney'], '2026-01', null),
    ev('meeting', 'occurred', ['Xi Jinping', 'Mark Carney'], '2025-10', 'Gyeongju', { date_true: '2025-10-31', occasion: 'APEC' }),
    ev('summit', 'occurred', [], '2025-10', 'Gyeongju', { date_true: '2025-10-31', occasion: 'APEC', optional: true }),
    ev('call', 'occurred', ['Wang Yi', 'Abbas Araghchi'], '2026-01-11', null),
    ev('visit', 'occurred', ['Lee Jae-myung', 'Xi Jinping'], '2026-01', 'Beijing', { date_true: '2026-01-04' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Lee Jae-myung'], '2026-01-05', 'Beijing'),
    ev('signing', 'occurred', ['Xi Jinping', 'Lee Jae-myung'], '2026-01-05', 'Beijing'),
    ev('visit', 'planned', ['Donald Trump'], '2026-04', 'Beijing', { optional: true }),
    ev('meeting', 'planned', ['Xi Jinping', 'Donald Trump'], null, null, { optional: true }),
  ]),

  a('mfa-xi-meets-starmer', null, `
Xi Jinping Meets with UK Prime Minister Keir Starmer
2026-01-29 19:20

On the afternoon of January 29, President Xi Jinping met with Prime Minister of the United Kingdom Keir Starmer, who is on an official visit to China, at the Great Hall of the People in Beijing.

Xi Jinping pointed out that Prime Minister Starmer is the first British Prime Minister to visit China in eight years. "I still remember vividly my state visit to the United Kingdom in 2015. At that time, the two sides announced to jointly build a global comprehensive strategic partnership for the 21st century," Xi Jinping said. "In November 2024, the Prime Minister and I met in Rio de Janeiro on the sidelines of the G20 Summit, and we agreed that China and the UK should strengthen dialogue and cooperation."

Xi Jinping stressed that both China and the UK are permanent members of the UN Security Council and major economies, and the two countries should view each other's development in a correct way, and carry forward a long-term and stable relationship which benefits the two peoples and the world.

Keir Starmer said that he is very glad to visit China and to meet President Xi Jinping again. He had held talks with Premier Li Qiang in the morning, and the two sides signed a number of cooperation documents in the fields of trade, health and climate. The UK is ready to have open and frank dialogue with China, including on issues where the two sides have differences.

Starmer arrived in Beijing on the evening of January 28 at the invitation of Premier Li Qiang. He will also travel to Shanghai before concluding his visit on January 31.

【Print】 【Close】
`, [
    ev('meeting', 'occurred', ['Xi Jinping', 'Keir Starmer'], '2026-01-29', 'Beijing'),
    ev('visit', 'occurred', ['Keir Starmer', 'Li Qiang'], '2026-01-28', 'Beijing'),
    ev('meeting', 'occurred', ['Li Qiang', 'Keir Starmer'], '2026-01-29', 'Beijing'),
    ev('signing', 'occurred', ['Li Qiang', 'Keir Starmer'], '2026-01-29', 'Beijing'),
    ev('visit', 'planned', ['Keir Starmer'], '2026-01', 'Shanghai'),
    ev('visit', 'occurred', ['Xi Jinping'], '2015', null, { date_true: '2015-10-19' }),
    ev('meeting', 'occurred', ['Xi Jinping', 'Keir Starmer'], '2024-11', 'Rio de Janeiro', { date_true: '2024-11-18', occasion: 'G20' }),
    ev('summit', 'occurred', [], '2024-11', 'Rio de Janeiro', { date_true: '2024-11-18', occasion: 'G20', optional: true }),
  ]),
];
