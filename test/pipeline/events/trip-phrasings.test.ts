// How trips are told in wire copy and readouts: stops, arrivals, where the talks of a trip were held. Each rule on
// sentences of its own, with its negative case. Whole pipeline, real knowledge base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, names, ofKind } from './whole-pipeline.js';


test('"a stop by X in <city>" is X\'s visit there; a stop by a river is nobody\'s', () => {
  const events = eventsOf('The agreement came after a brief stop by Scholz in Hanoi on Sunday, where he held talks with Prime Minister Pham Minh Chinh.', '2022-11-15');
  const [visit] = ofKind(events, 'visit');
  assert.deepEqual(names(visit), ['Olaf Scholz', 'Pham Minh Chinh']);
  assert.equal(visit?.location?.name, 'Hanoi');
  const river = eventsOf('The convoy made a stop by the river in Hanoi on Sunday.', '2022-11-15');
  assert.equal(ofKind(river, 'visit').length, 0);
});

test('a city opening a "where" clause places the talks past a time adverbial ("in Hanoi last week, where")', () => {
  const events = eventsOf('Scholz was in Hanoi last week, where he held talks with Prime Minister Pham Minh Chinh.', '2022-11-20');
  assert.equal(ofKind(events, 'meeting')[0]?.location?.name, 'Hanoi');
  // A city the clause does not open on is no place of the talks.
  const other = eventsOf('Scholz praised Hanoi last week, saying he held talks with Prime Minister Pham Minh Chinh.', '2022-11-20');
  assert.notEqual(ofKind(other, 'meeting')[0]?.location?.name, 'Hanoi');
  // The clause's topic is not held there: "where they agreed on the state visit".
  const topic = eventsOf('Scholz and Pham Minh Chinh last met in Jakarta last month, where they agreed on the state visit.', '2022-11-20');
  assert.ok(!ofKind(topic, 'visit').some((e) => e.location?.name === 'Jakarta'), JSON.stringify(ofKind(topic, 'visit').map((e) => e.location)));
});

test('a person of an Arabic-speaking country is read with the article of the surname ("Saad al-Hariri")', () => {
  const events = eventsOf('Saad al-Hariri arrived in Paris on Saturday and met French President Emmanuel Macron at the Elysee Palace.', '2017-11-18');
  assert.deepEqual(names(ofKind(events, 'visit')[0]), ['Emmanuel Macron', 'Saad Hariri']);
});

test('talks planned for the next day of a trip under way are held where the visitor\'s talks in that country were', () => {
  const text = 'Kenyan President William Ruto held talks with Indian Prime Minister Narendra Modi at Hyderabad House in New Delhi on Monday.\n\n'
    + 'Ruto is due to meet President Droupadi Murmu on Tuesday before travelling to Mumbai on Wednesday.';
  const planned = ofKind(eventsOf(text, '2023-12-05'), 'meeting').find((e) => e.status === 'planned');
  assert.equal(planned?.location?.name, 'New Delhi');
  // Talks planned days after the trip's talks may be anywhere.
  const later = ofKind(eventsOf(text.replace('on Tuesday before', 'on Friday before'), '2023-12-05'), 'meeting').find((e) => e.status === 'planned');
  assert.equal(later?.location ?? null, null);
});

test('"at the invitation of X" makes X, of the country visited, the visit\'s host; an inviter of another country is not', () => {
  const [visit] = ofKind(eventsOf('At the invitation of Prime Minister Shigeru Ishiba, President Ferdinand Marcos Jr. will pay an official visit to Japan from March 3 to 5.', '2025-02-20'), 'visit');
  assert.deepEqual(names(visit), ['Ferdinand Marcos Jr.', 'Shigeru Ishiba']);
  const [other] = ofKind(eventsOf('At the invitation of Prime Minister Anthony Albanese, President Ferdinand Marcos Jr. will pay an official visit to Japan from March 3 to 5.', '2025-02-20'), 'visit');
  assert.ok(!names(other).includes('Anthony Albanese'), JSON.stringify(names(other)));
});

test('"we welcome more foreign friends to visit China" is nobody\'s visit', () => {
  const text = 'Prime Minister Shigeru Ishiba held talks with Premier Li Qiang in Beijing on Monday.\n\nWe welcome more foreign friends to visit China, the spokesperson said.';
  assert.equal(ofKind(eventsOf(text, '2025-02-20'), 'visit').length, 0);
  // A named person invited to visit does.
  const named = 'Prime Minister Shigeru Ishiba held talks with Premier Li Qiang in Beijing on Monday.\n\nWe welcome Prime Minister Ishiba to visit China again, the spokesperson said.';
  assert.equal(ofKind(eventsOf(named, '2025-02-20'), 'visit').length, 1);
});

test('talks listed clause by clause ("X will meet him, Y will hold talks with him, and Z will also meet him") are three', () => {
  const text = 'During Prime Minister Ishiba\'s visit, President Xi Jinping will meet with him, Premier Li Qiang will hold talks with him, and Chairman of the NPC Standing Committee Zhao Leji will also meet with him.';
  const meetings = ofKind(eventsOf(`Prime Minister Shigeru Ishiba will visit China next week.\n\n${text}`, '2025-02-20'), 'meeting');
  assert.equal(meetings.length, 3, JSON.stringify(meetings.map(names)));
  assert.ok(meetings.every((m) => names(m).length === 2 && names(m).includes('Shigeru Ishiba')), JSON.stringify(meetings.map(names)));
});

test('a courtesy call at State House is in the capital of the leader called on; talks placed far past a long title', () => {
  const [call] = ofKind(eventsOf('Following the meeting, Foreign Minister Toshimitsu Motegi paid a courtesy call on President William Ruto at State House.', '2026-01-14'), 'meeting');
  assert.equal(call?.location?.name, 'Nairobi');
  const long = eventsOf('On Wednesday, Foreign Minister Toshimitsu Motegi held the Japan-Kenya Foreign Ministers\' Meeting with Musalia Mudavadi, Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs of Kenya, in Nairobi.', '2026-01-15');
  assert.equal(ofKind(long, 'meeting')[0]?.location?.name, 'Nairobi');
  // A city past a clause break is another clause's.
  const other = eventsOf('On Wednesday, Foreign Minister Toshimitsu Motegi held the Japan-Kenya Foreign Ministers\' Meeting with Musalia Mudavadi, Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs of Kenya, but said he would travel to Mombasa.', '2026-01-15');
  assert.notEqual(ofKind(other, 'meeting')[0]?.location?.name, 'Mombasa');
});

test('"the first visit by a Chinese premier in seven years" is not a trip of the story\'s person, nor of someone named past the clause', () => {
  const text = 'Prime Minister Anthony Albanese met Premier Li Qiang in Beijing on Tuesday.\n\nLi visited Australia in June last year, the first visit by a Chinese premier in seven years, and Albanese and Li last met in Vientiane in October.';
  const visits = ofKind(eventsOf(text, '2025-07-15'), 'visit');
  assert.ok(!visits.some((v) => names(v).includes('Anthony Albanese')), JSON.stringify(visits.map(names)));
  // A visit by someone named is theirs.
  const named = ofKind(eventsOf('The talks followed a visit by Anthony Albanese to Beijing last year.', '2025-07-15'), 'visit');
  assert.ok(named.some((v) => names(v).includes('Anthony Albanese')));
});

test('"X promised Y support during a visit to Chisinau on Wednesday" is X\'s visit', () => {
  const [visit] = ofKind(eventsOf('German Chancellor Olaf Scholz promised Moldova continued support during a visit to the capital Chisinau on Wednesday.', '2024-08-21'), 'visit');
  assert.deepEqual(names(visit), ['Olaf Scholz']);
  assert.equal(visit?.location?.name, 'Chisinau');
  // A visit of someone else named in the clause is theirs: "during a visit by Sandu to Berlin".
  const other = ofKind(eventsOf('German Chancellor Olaf Scholz promised Moldova continued support during a visit by President Maia Sandu to Berlin on Wednesday.', '2024-08-21'), 'visit');
  assert.ok(!other.some((v) => names(v).join() === 'Olaf Scholz'), JSON.stringify(other.map(names)));
});

test('"met Abinader on Friday, a day after a brief visit to Haiti, where he met Haiti\'s interim prime minister": the subject\'s trip and talks', () => {
  const text = 'SANTO DOMINGO (AP) — U.S. Secretary of State Antony Blinken met Dominican President Luis Abinader on Friday, a day after a brief visit to neighboring Haiti.\n\n'
    + 'Blinken flew into Port-au-Prince on Thursday and met Haiti\'s interim prime minister and members of the transitional council.';
  const events = eventsOf(text, '2024-09-06');
  assert.ok(!ofKind(events, 'visit').some((v) => names(v).includes('Luis Abinader')), JSON.stringify(ofKind(events, 'visit').map(names)));
  assert.ok(ofKind(events, 'meeting').some((m) => names(m).join() === 'Antony Blinken,HT'), JSON.stringify(ofKind(events, 'meeting').map(names)));
  // "Haiti's economy" is no party.
  const economy = eventsOf('Blinken flew into Port-au-Prince on Thursday and met officials to discuss Haiti\'s economy.', '2024-09-06');
  assert.ok(!ofKind(economy, 'meeting').some((m) => names(m).includes('HT')));
});

test('"a visit by U.S. President X to Y" goes to Y: a country in the traveller\'s title is no destination', () => {
  const [visit] = ofKind(eventsOf('JAKARTA (Reuters) - Ahead of a visit by U.S. President Joe Biden to Vietnam, the ambassador praised the ties.', '2023-09-01'), 'visit');
  assert.deepEqual(names(visit), ['Joe Biden']);
  assert.equal(visit?.host, 'VN');
  // The traveller's own country after "by" and nothing else: no trip the text places.
  const home = ofKind(eventsOf('JAKARTA (Reuters) - The ambassador said a visit by U.S. officials was being discussed.', '2023-09-01'), 'visit');
  assert.ok(!home.some((v) => v.host === 'US'), JSON.stringify(home.map((v) => v.host)));
});

test('a capital named only as its government ("demand that Islamabad act", "policy toward Islamabad") places no visit there', () => {
  const text = 'KABUL (Reuters) - Tillerson said he would fly to Pakistan on Tuesday to press the demand that Islamabad act against militants. '
    + 'U.S. policy toward Islamabad will depend on it, he said.';
  const [visit] = ofKind(eventsOf(text, '2017-10-23'), 'visit').filter((v) => v.host === 'PK');
  assert.equal(visit?.date?.value, '2017-10-24');
  assert.equal(visit?.location ?? null, null);
  // Named once as the place where something happens, the city places the visit.
  const [located] = ofKind(eventsOf(text.replace('U.S. policy toward Islamabad', 'Officials in Islamabad said policy'), '2017-10-23'), 'visit').filter((v) => v.host === 'PK');
  assert.equal(located?.location?.name, 'Islamabad');
});

test('"Saad Hariri" named, "al-Hariri" alone later is him (an Arabic surname with its article)', () => {
  const text = 'PARIS (Reuters) - Saad Hariri arrived in Paris on Saturday. On Sunday, al-Hariri met French President Emmanuel Macron.';
  const meeting = eventsOf(text, '2017-11-19').find((e) => e.kind === 'meeting');
  assert.deepEqual(names(meeting), ['Emmanuel Macron', 'Saad Hariri']);
});

test('"Kim" in a story naming Kim Jong Un and his late father Kim Jong Il is the leader, never another Kim of the base', () => {
  const text = 'BEIJING (Reuters) - North Korean leader Kim Jong Un made an unofficial visit to Beijing, China said on Wednesday. '
    + 'Kim traveled on an armored train like one used by his father, Kim Jong Il. Xi and Kim held talks on Monday.';
  const meeting = eventsOf(text, '2018-03-28').find((e) => e.kind === 'meeting');
  assert.deepEqual(names(meeting), ['Kim Jong Un', 'Xi Jinping']);
  // Two living office holders of the name leave "Kim" unresolved rather than guessed.
  const two = eventsOf(text.replace('his father, Kim Jong Il', 'his sister, Kim Yo Jong'), '2018-03-28').find((e) => e.kind === 'meeting');
  assert.ok(!names(two).includes('Jim Yong Kim'), JSON.stringify(names(two)));
});

test('"landed in Yamaguchi prefecture" names a region, not the city of the visit; the talks\' town places it', () => {
  const text = 'NAGATO, Japan (Reuters) - Russian President Vladimir Putin arrived in Japan on Thursday for talks with Prime Minister Shinzo Abe. '
    + 'Putin s plane landed in Yamaguchi prefecture and he was driven to an inn in Abe s home town of Nagato, where the two leaders sat down for talks.';
  const events = eventsOf(text, '2016-12-15');
  assert.ok(!events.some((e) => e.location?.name === 'Yamaguchi'), JSON.stringify(events.map((e) => e.location?.name)));
  // The city itself is a place: "landed in Yamaguchi".
  const city = eventsOf(text.replace('Yamaguchi prefecture and he was driven to an inn in Abe s home town of Nagato, where the two leaders sat down for talks', 'Yamaguchi on Thursday'), '2016-12-15');
  assert.ok(city.some((e) => e.location?.name === 'Yamaguchi'), JSON.stringify(city.map((e) => e.location?.name)));
});

test('"will fly from Beijing to the Cook Islands to join the Forum meeting, which began in Rarotonga" is a trip to Rarotonga; the talks in Beijing stay there', () => {
  const text = 'BEIJING - Anthony Albanese, who arrived in Beijing on Sunday, held talks with Xi Jinping on Monday. On Tuesday he will hold the annual leaders\' meeting with Premier Li Qiang. '
    + 'Albanese will fly from Beijing to the Cook Islands on Tuesday night to join the Pacific Islands Forum leaders\' meeting, which began in Rarotonga on Monday.';
  const events = eventsOf(text, '2023-11-06');
  const trip = events.find((e) => e.kind === 'visit' && e.host === 'CK');
  assert.equal(trip?.status, 'planned');
  assert.equal(trip?.location?.name, 'Rarotonga');
  const li = events.find((e) => e.kind === 'meeting' && names(e).includes('Li Qiang'));
  assert.notEqual(li?.location?.name, 'Rarotonga');
  // A gathering attended before the trip does not place it: "after attending the G20 summit in Rio de Janeiro".
  const rio = eventsOf('BRASILIA - Xi Jinping arrived in Brazil on Tuesday for a state visit, after attending the G20 summit in Rio de Janeiro.', '2024-11-20')
    .find((e) => e.kind === 'visit');
  assert.notEqual(rio?.location?.name, 'Rio de Janeiro');
});

test('a state visit\'s report: the tour "that will also take him to Malaysia" is not dated by the arrival; "meet separately with A and B" is two talks', () => {
  const text = 'HANOI, April 14 (Xinhua) -- Chinese President Xi Jinping arrived here Monday afternoon for a state visit to Vietnam, the first stop of his Southeast Asia tour that will also take him to Malaysia and Cambodia. '
    + 'On Tuesday, Xi is scheduled to meet separately with Vietnamese Prime Minister Pham Minh Chinh and Chairman of the National Assembly Tran Thanh Man before leaving Hanoi.';
  const events = eventsOf(text, '2025-04-14');
  const malaysia = events.find((e) => e.kind === 'visit' && e.host === 'MY');
  assert.equal(malaysia?.status, 'planned');
  assert.notEqual(malaysia?.date?.value, '2025-04-14');
  assert.deepEqual(ofKind(events, 'meeting').map(names), [['Pham Minh Chinh', 'Xi Jinping'], ['Tran Thanh Man', 'Xi Jinping']]);
  // Without "separately", "meet with A and B" is one meeting of three.
  assert.equal(ofKind(eventsOf(text.replace('meet separately with', 'meet with'), '2025-04-14'), 'meeting').length, 1);
});

test('"To Lam ... welcomes Xi\'s visit, and recalled his own state visit to China in August last year": his own trip, not Xi\'s, has that date', () => {
  const text = 'HANOI (Xinhua) -- Xi held talks with To Lam on Monday. To Lam said that the Vietnamese side warmly welcomes Xi\'s visit, and recalled his own state visit to China in August last year.';
  const visits = eventsOf(text, '2025-04-14').filter((e) => e.kind === 'visit').map((v) => [names(v).join('+'), v.date?.value]);
  assert.ok(visits.some(([who, when]) => who === 'To Lam' && when === '2024-08'), JSON.stringify(visits));
  assert.ok(!visits.some(([who, when]) => (who ?? '').includes('Xi Jinping') && when === '2024-08'), JSON.stringify(visits));
});

test('"flies to Buenos Aires on Monday and is due to meet Macri the next day, before traveling on to Santiago, where he will see Bachelet on Wednesday"', () => {
  const text = 'CARTAGENA, Colombia (Reuters) - Pence spoke on Sunday. Pence flies to Buenos Aires on Monday and is due to meet Argentine President Mauricio Macri the next day, '
    + 'before traveling on to Santiago, where he will see Chilean President Michelle Bachelet on Wednesday.';
  const events = eventsOf(text, '2017-08-13');
  // The next day is Monday's next day.
  assert.equal(events.find((e) => e.kind === 'meeting' && names(e).includes('Mauricio Macri'))?.date?.value, '2017-08-15');
  // The one who travels on is the subject, and his stop is dated by what he does there.
  const santiago = events.find((e) => e.kind === 'visit' && e.host === 'CL');
  assert.ok(names(santiago).includes('Mike Pence') && !names(santiago).includes('Mauricio Macri'), JSON.stringify(names(santiago)));
  assert.equal(santiago?.date?.value, '2017-08-16');
  // The talks before it are not held on that stop.
  assert.notEqual(events.find((e) => e.kind === 'meeting' && names(e).includes('Mauricio Macri'))?.location?.name, 'Santiago');
});

test('"landed in the Caribbean port city" is an arrival in the dateline\'s city; "visited the White House in May" a trip to Washington', () => {
  const landed = eventsOf('CARTAGENA, Colombia (Reuters) - Pence, who landed in the Caribbean port city on Sunday morning, held talks with Colombian President Juan Manuel Santos.', '2017-08-13');
  assert.equal(ofKind(landed, 'visit')[0]?.location?.name, 'Cartagena');
  // A city named is that city, whatever the dateline.
  const named = eventsOf('CARTAGENA, Colombia (Reuters) - Pence, who landed in Bogota on Sunday morning, held talks with Colombian President Juan Manuel Santos.', '2017-08-13');
  assert.equal(ofKind(named, 'visit')[0]?.location?.name, 'Bogota');
  const white = eventsOf('CARTAGENA, Colombia (Reuters) - Pence met Colombian President Juan Manuel Santos on Sunday. Santos visited the White House in May, when he and Trump discussed the peace deal.', '2017-08-13');
  const trip = ofKind(white, 'visit').find((v) => names(v).includes('Juan Manuel Santos'));
  assert.deepEqual([trip?.location?.name, trip?.date?.value], ['Washington', '2017-05']);
});

test('"met the ministers of A, B and C in Jeddah, a day after signing an agreement with Qatar": the subject signed; "flew to the Red Sea city" is the dateline\'s', () => {
  const text = 'JEDDAH, Saudi Arabia (Reuters) - U.S. Secretary of State Rex Tillerson met the foreign ministers of Saudi Arabia, Egypt and Bahrain in Jeddah on Wednesday, a day after signing an agreement with Qatar on terrorism financing. '
    + 'Tillerson flew to the Red Sea city from Doha in the morning.';
  const events = eventsOf(text, '2017-07-12');
  const signing = ofKind(events, 'signing')[0];
  assert.deepEqual([names(signing), signing?.date?.value], [['QA', 'Rex Tillerson'], '2017-07-11']);
  assert.ok(ofKind(events, 'visit').some((v) => v.location?.name === 'Jeddah'), JSON.stringify(ofKind(events, 'visit').map((v) => v.location?.name)));
});

test('"flew to Tokyo, where he sat down with X on Tuesday and the two signed a framework": the signing is placed by the where clause too', () => {
  const text = 'BUSAN, South Korea - Trump opened his Asia tour on Sunday. He then flew to Tokyo, where he sat down with Prime Minister Sanae Takaichi on Tuesday and the two signed a framework on critical minerals.';
  const signing = ofKind(eventsOf(text, '2025-10-30'), 'signing')[0];
  assert.deepEqual([signing?.location?.name, signing?.date?.value], ['Tokyo', '2025-10-28']);
  // A where clause about what was agreed does not place talks told after it elsewhere: "where they agreed on the visit".
  const agreed = eventsOf('BUSAN, South Korea - Trump and Takaichi last met in Kuala Lumpur, where they agreed on the visit.', '2025-10-30');
  assert.ok(!ofKind(agreed, 'visit').some((v) => v.location?.name === 'Kuala Lumpur'), JSON.stringify(ofKind(agreed, 'visit').map((v) => v.location)));
});

test('"A and B met C in Davos on Tuesday and will travel to Moscow this week for talks with Putin": A and B travel and hold the talks', () => {
  const text = 'DAVOS - Steve Witkoff and Jared Kushner met Kirill Dmitriev in Davos on Tuesday and will travel to Moscow this week for talks with President Vladimir Putin.';
  const events = eventsOf(text, '2026-01-21');
  const trip = ofKind(events, 'visit').find((v) => v.host === 'RU');
  assert.ok(names(trip).includes('Steve Witkoff') && !names(trip).includes('Kirill Dmitriev'), JSON.stringify(names(trip)));
  const talks = ofKind(events, 'meeting').find((m) => names(m).includes('Vladimir Putin'));
  assert.deepEqual(names(talks), ['Jared Kushner', 'Steve Witkoff', 'Vladimir Putin']);
  // One named before the trip travels alone: "Dmitriev said Kushner will fly to Moscow on Thursday for talks with Putin".
  const one = ofKind(eventsOf('DAVOS - Dmitriev said Kushner will fly to Moscow on Thursday for talks with Putin.', '2026-01-21'), 'meeting')[0];
  assert.deepEqual(names(one), ['Jared Kushner', 'Vladimir Putin']);
});

test('"Farage, then leader of the UK Independence Party, visited Trump in New York": a country inside a party\'s name is no traveller', () => {
  const [visit] = ofKind(eventsOf('PHILADELPHIA (Reuters) - Nigel Farage, then leader of the UK Independence Party, visited Trump at Trump Tower in New York in November.', '2017-01-26'), 'visit');
  assert.ok(names(visit).includes('Nigel Farage') && !names(visit).includes('GB'), JSON.stringify(names(visit)));
  // A country standing alone is a party: "The UK and the United States held talks".
  const uk = ofKind(eventsOf('PHILADELPHIA (Reuters) - The UK and the United States held talks in New York on Tuesday.', '2017-01-26'), 'meeting');
  assert.ok(uk.some((v) => names(v).includes('GB')), JSON.stringify(uk.map(names)));
});

test('"flew into the hot spring resort of X" goes to X; "held about three hours of talks" are talks', () => {
  const visit = eventsOf('Abe flew into the seaside resort of Sochi on Friday for informal talks with Putin.', '2016-05-06').find((e) => e.kind === 'visit');
  assert.equal(visit?.location?.name, 'Sochi');
  const talks = eventsOf('Putin and Abe held about three hours of talks at a traditional inn on Thursday evening.', '2016-12-16').filter((e) => e.kind === 'meeting');
  assert.deepEqual(names(talks[0]), ['Shinzo Abe', 'Vladimir Putin']);
  // Hours of something else are no talks.
  assert.equal(eventsOf('Putin and Abe had three hours of sleep before the flight, aides said.', '2016-12-16').filter((e) => e.kind === 'meeting').length, 0);
});

test('"began the six-day tour in Rome", "welcomed him for talks the next day", "oversaw the signing": a visit, talks and a signing', () => {
  const events = eventsOf('Modi began the five-day tour in Paris last Thursday, and President Emmanuel Macron welcomed him for talks at the Elysee Palace the next day. '
    + 'On Saturday, Modi and Prime Minister Francois Bayrou oversaw the signing in Paris of a roadmap on nuclear energy.', '2025-02-17');
  const visit = ofKind(events, 'visit')[0];
  assert.deepEqual([visit?.location?.name, visit?.date?.value], ['Paris', '2025-02-13']);
  const talks = ofKind(events, 'meeting').find((m) => names(m).includes('Emmanuel Macron'));
  assert.deepEqual([names(talks), talks?.date?.value], [['Emmanuel Macron', 'Narendra Modi'], '2025-02-14']);
  assert.deepEqual(names(ofKind(events, 'signing')[0]), ['Francois Bayrou', 'Narendra Modi']);
  // "began the tour of duty" of a soldier, "welcomed the decision": no engagement.
  assert.equal(eventsOf('Macron welcomed the decision for talks to resume, and the general began the tour of duty in Mali.', '2025-02-17').filter((e) => e.kind !== 'summit').length, 0);
});

test('a transcript\'s "I\'ll travel on to London, where on Wednesday I\'ll join ..." is a planned stop on that Wednesday', () => {
  const text = 'Press Availability\n\nSECRETARY RUBIO: Good evening. I have just concluded two days of meetings here.\n\nFrom here I\'ll travel on to Brussels, where on Thursday I\'ll join allies at the NATO foreign ministers meeting.';
  const visit = ofKind(eventsOf(text, '2025-04-01'), 'visit').find((v) => v.location?.name === 'Brussels');
  assert.deepEqual([visit?.status, visit?.date?.value], ['planned', '2025-04-03']);
});

test('"This morning I met with A, and this afternoon I met with B" is two meetings', () => {
  const text = 'SECRETARY RUBIO: This morning I met with Foreign Minister Wang Yi, and this afternoon I met with President Xi Jinping.';
  assert.deepEqual(ofKind(eventsOf(text, '2025-04-01'), 'meeting').map(names), [['Marco Rubio', 'Wang Yi'], ['Marco Rubio', 'Xi Jinping']]);
});

test('"thank X for accepting the invitation and coming to Moscow": X came; "thank you for the invitation to visit" plans nothing done', () => {
  const came = ofKind(eventsOf('I would like to thank Mr Tokayev for accepting the invitation and coming to Moscow at this difficult time.', '2022-11-28'), 'visit');
  assert.deepEqual(came.map((v) => [names(v), v.status, v.location?.name]), [[['Kassym-Jomart Tokayev'], 'occurred', 'Moscow']]);
  const invited = ofKind(eventsOf('Tokayev said: I thank you for the invitation to visit Russia in autumn.', '2022-11-28'), 'visit');
  assert.ok(invited.every((v) => v.status === 'planned'), JSON.stringify(invited.map((v) => [names(v), v.status])));
});

test('"the Additional Protocol to the Memorandum on ... was signed by the foreign ministers, A and B": a signing of the two', () => {
  const events = eventsOf('The Additional Protocol to the Memorandum on Stabilisation of the Situation in the De-escalation Area was signed by the foreign ministers of Russia and Turkey, Sergei Lavrov and Mevlut Cavusoglu.', '2020-03-05');
  assert.deepEqual(names(ofKind(events, 'signing')[0]), ['Mevlut Cavusoglu', 'Sergey Lavrov']);
});

test('"X, who flew in from Cairo late on Saturday, held talks with the monarch ... on a tour that had been planned for December but was postponed"', () => {
  const text = 'AMMAN (Reuters) - Jordan s King Abdullah told U.S. Vice President Mike Pence on Sunday that the decision had upset Muslims. '
    + 'Pence, who flew in from Cairo late on Saturday, held talks with the monarch at the palace in Amman on the second stop of a regional tour that had been planned for December but was postponed after an announcement on Dec. 6.';
  const events = eventsOf(text, '2018-01-21');
  const visit = ofKind(events, 'visit')[0];
  // The arrival "from Cairo" is in Amman, the dateline's city; the talks are with the king, on the story's day.
  assert.deepEqual([visit?.location?.name, visit?.date?.value], ['Amman', '2018-01-20']);
  const talks = ofKind(events, 'meeting')[0];
  assert.deepEqual([names(talks), talks?.status, talks?.date?.value], [['Abdullah II', 'Mike Pence'], 'occurred', '2018-01-21']);
  // A commission's meeting "which is scheduled to be held in the autumn" keeps its own plan's date.
  const plan = ofKind(eventsOf('Russian Deputy Prime Minister Alexei Overchuk held talks with Kazakh Foreign Minister Murat Nurtleu in Moscow on Friday. '
    + 'The sides discussed the preparation of the meeting of the intergovernmental commission, which is scheduled to be held in Astana in the autumn.', '2024-03-01'), 'meeting');
  assert.ok(plan.some((m) => m.status === 'planned' && m.date?.value === '2024'), JSON.stringify(plan.map((m) => [m.status, m.date?.value])));
});

test('"will fly to Seoul on Wednesday, where he will meet A, before meeting B in Busan on Thursday": B is met by the traveller, on the Thursday to come', () => {
  const events = ofKind(eventsOf('Trump will fly to South Korea on Wednesday, where he will meet President Lee Jae-myung in Gyeongju on the margins of the APEC summit, before meeting Chinese President Xi Jinping in Busan on Thursday.', '2025-10-28'), 'meeting');
  const xi = events.find((m) => names(m).includes('Xi Jinping'));
  assert.deepEqual([names(xi), xi?.status, xi?.date?.value], [['Donald Trump', 'Xi Jinping'], 'planned', '2025-10-30']);
});

test('"DAVOS, Switzerland (Reuters) - A and B, X\'s son-in-law, met C on the sidelines of the forum and will travel to Moscow for talks with Putin"', () => {
  const text = 'DAVOS, Switzerland (Reuters) - U.S. special envoy Steve Witkoff and Jared Kushner, President Donald Trump s son-in-law, met Russian envoy Kirill Dmitriev on the sidelines of the World Economic Forum in Davos on Tuesday and will travel to Moscow this week for talks with President Vladimir Putin, officials said.';
  const events = eventsOf(text, '2026-01-21');
  const talks = ofKind(events, 'meeting').find((m) => m.status === 'planned');
  // The dateline's country is no subject; the forum is the first clause's occasion, not the Moscow talks'.
  assert.deepEqual([names(talks), talks?.location?.name, talks?.occasion ?? null], [['Jared Kushner', 'Steve Witkoff', 'Vladimir Putin'], 'Moscow', null]);
  assert.equal(ofKind(events, 'visit').find((v) => v.location?.name === 'Moscow')?.occasion ?? null, null);
});

test('"arrived on Monday, his first visit since the invasion nearly a year ago, and met X": the span back dates nothing', () => {
  const events = eventsOf('KYIV (Reuters) - Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday on an unannounced visit, his first to Ukraine since Russia s full-scale invasion more than a year ago, and met President Volodymyr Zelensky.', '2023-03-21');
  assert.equal(ofKind(events, 'meeting')[0]?.date?.value, '2023-03-21');
});
