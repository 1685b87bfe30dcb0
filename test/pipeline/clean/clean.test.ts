import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type Doc } from '../../../src/core/doc.js';
import { clean } from '../../../src/pipeline/clean/index.js';
import { smallKb } from './kb-fixture.js';

const kb = smallKb();
const cleaned = (text: string, published: string | null = null): Doc => {
  const doc = createDoc({ id: 't', text, published });
  clean(doc, { kb });
  return doc;
};

const BODY = 'TASHKENT: Foreign Minister Wang Yi met with Russian Foreign Minister Sergei Lavrov on the sidelines of the meeting.\n\n'
  + 'Wang said that China and Russia should strengthen strategic communication in a timely manner, officials said.\n\n'
  + 'Lavrov said relations had withstood the test of the international situation.\n';

test('clean: raw is never changed and dropped lines leave the cleaned text', () => {
  const raw = `Chinese FM meets Russian counterpart\n\n0\n433\n\nNews Desk\n\n${BODY}\nBonus video:\n`;
  const doc = cleaned(raw);
  assert.equal(doc.raw, raw);
  assert.ok(doc.text.startsWith('Chinese FM meets Russian counterpart\n\n'));
  for (const gone of ['433', 'News Desk', 'Bonus video']) assert.ok(!doc.text.includes(gone), gone);
  assert.ok(doc.text.includes('Sergei Lavrov on the sidelines'));
  const notes = doc.diagnostics.filter((d) => d.code === 'I_CLEAN_NOISE');
  assert.equal(notes.length, 4);
  assert.ok(notes.every((d) => d.severity === 'info' && d.span && d.span.end > d.span.start));
  assert.equal(raw.slice(notes[2]!.span!.start, notes[2]!.span!.end).trim(), 'News Desk');
});

test('clean: every kept character maps back to the same raw character', () => {
  const raw = `Title here\n\n1572 views 5 comment(s)\n${BODY}#Putin #talk\n`;
  const doc = cleaned(raw);
  for (let i = 0; i < doc.text.length; i++) {
    const r = doc.offsets.toRaw(i);
    assert.equal(raw[r], doc.text[i], `offset ${i}`);
  }
});

test('clean: a repeated paragraph and a sentence repeated as its own paragraph keep only the first', () => {
  const s = 'Russia and China have worked hand in hand to uphold the purposes of the UN Charter.';
  const raw = `Title\n\nLavrov noted the two countries will deepen cooperation. ${s}\n${s}\n${s}\nWang agreed with that view entirely.\n`;
  const doc = cleaned(raw);
  assert.equal(doc.text.split(s).length - 1, 1);
  assert.equal(doc.diagnostics.filter((d) => d.code === 'I_CLEAN_DUPLICATE').length, 2);
});

test('clean: a sentence repeated right after itself is dropped; short repeats stay', () => {
  const s = 'The two sides agreed to deepen the synergy of their initiatives.';
  const doc = cleaned(`${s} ${s} Yes. Yes. Then they left.\n`);
  assert.equal(doc.text.trim(), `${s} Yes. Yes. Then they left.`);
});

test('clean: translation slips are mended; evidence maps to the original words', () => {
  const raw = 'The collaboration is not directed once morest anyone, explained the líder Russian.\n';
  const doc = cleaned(raw);
  assert.equal(doc.text, 'The collaboration is not directed against anyone, explained the leader Russian.\n');
  const at = doc.text.indexOf('against');
  const span = doc.offsets.rangeToRaw({ start: at, end: at + 'against'.length });
  assert.equal(raw.slice(span.start, span.end), 'once morest');
  const after = doc.text.indexOf('anyone');
  assert.equal(raw.slice(doc.offsets.toRaw(after), doc.offsets.toRaw(after + 6, 'end')), 'anyone');
  assert.equal(doc.diagnostics.filter((d) => d.code === 'I_CLEAN_SLIP').length, 2);
});

test('clean: slips only as whole words', () => {
  const doc = cleaned('The líderIt’s copy and a lídership stay as they are.\n');
  assert.equal(doc.text, doc.raw);
});

test('clean: inline credits and markdown emphasis are removed, the caption kept', () => {
  const raw = 'Workers repair a plant in Kyiv, Ukraine, on February 4, 2026. [Valentyn Ogirenko/Reuters]\n**ERBIL (Kurdistan24) —** Talks resumed according to _Reuters_ reports.\n';
  const doc = cleaned(raw);
  assert.equal(doc.text, 'Workers repair a plant in Kyiv, Ukraine, on February 4, 2026.\nERBIL (Kurdistan24) — Talks resumed according to Reuters reports.\n');
});

test('clean: labelled caption credits and caption labels are removed inline', () => {
  const raw = 'Vladimir Putin meets Xi Jinping in Moscow. Photograph: Alexander Kazakov/AP\nImage caption, Lavrov arrived in Tashkent on Thursday\n';
  assert.equal(cleaned(raw).text, 'Vladimir Putin meets Xi Jinping in Moscow.\nLavrov arrived in Tashkent on Thursday\n');
});

test('clean: a related headline above its link goes with the link; an article line above a link stays', () => {
  const raw = `Title\n\n${BODY}Hungary's opposition promises wealth tax\n[](https://example.org/world/hungary-tax)\nThe talks will resume on Friday, officials said.\n[](https://example.org/share)\n`;
  const doc = cleaned(raw);
  assert.ok(!doc.text.includes('Hungary'));
  assert.ok(doc.text.includes('The talks will resume on Friday, officials said.'));
  assert.ok(doc.diagnostics.some((d) => d.message.includes('[noise/related-headline]')));
});

test('clean: an agency photo credit in parentheses is removed, the caption kept', () => {
  const raw = 'FILE - Vladimir Putin and Xi Jinping talk in Moscow, March 21, 2023. (AP Photo/Alexander Zemlianichenko, File)\n';
  assert.equal(cleaned(raw).text, 'FILE - Vladimir Putin and Xi Jinping talk in Moscow, March 21, 2023.\n');
});

test('clean: a footer drops the rest of the page', () => {
  const raw = `Title\n\n${BODY}Our Standards: The Thomson Reuters Trust Principles., opens new tab\nEU lawmakers approve deportations\nSomething else entirely happened today.\n`;
  const doc = cleaned(raw);
  assert.ok(doc.text.trimEnd().endsWith('international situation.'));
});

test('clean: trailing teaser headlines are dropped, a short article is not', () => {
  const raw = `Title\n\n${BODY}AI is prompting investors to reassess every business model\nThat does not mean regulators should stamp it out\n`;
  assert.ok(cleaned(raw).text.trimEnd().endsWith('international situation.'));
  const short = 'Lavrov met Wang in Tashkent\n';
  assert.equal(cleaned(short).text, short);
});

test('published: a trailing timestamp is read when no metadata date came', () => {
  const doc = cleaned(`Title\n\n${BODY}#Putin #talk\n2024-07-08 04:55:57`);
  assert.equal(doc.published?.value, '2024-07-08');
  assert.equal(doc.published?.how, 'timestamp');
  assert.equal(doc.referenceDate, '2024-07-08');
  const r = doc.published!.range!;
  assert.equal(doc.text.slice(r.start, r.end), '2024-07-08 04:55:57');
});

test('published: metadata wins over the text', () => {
  const doc = cleaned(`Title\n\n${BODY}2024-07-08 04:55:57`, '2024-07-09');
  assert.deepEqual([doc.published?.value, doc.published?.how, doc.referenceDate], ['2024-07-09', 'metadata', '2024-07-09']);
});

test('published: labelled and top-of-page dates; "Updated" only when nothing better', () => {
  assert.equal(cleaned(`Title\n\nPublished on July 8, 2024\n${BODY}`).published?.value, '2024-07-08');
  assert.equal(cleaned(`Title\n\nJuly 8, 2024 at 10:00\n${BODY}`).published?.value, '2024-07-08');
  assert.equal(cleaned(`Title\n\nUpdated 9 July 2024\nPublished: 8 July 2024\n${BODY}`).published?.value, '2024-07-08');
  assert.equal(cleaned(`Title\n\nUpdated 9 July 2024 14:05 GMT\n${BODY}`).published?.value, '2024-07-09');
});

test('published: a labelled date below a scraped page\'s menus and banner, above its first paragraph, is the page\'s', () => {
  const menus = 'Skip to main content\nNews Homepage\nJust In\nFor You\nPolitics\nWorld\nBusiness\nAnalysis\n'
    + 'We use cookies and similar technologies to improve your experience. By continuing to browse you agree to our use of cookies. Accept Manage settings\n';
  assert.equal(cleaned(`${menus}Albanese meets Xi in Beijing\nBy political reporter\nPosted Mon 6 Nov 2023 at 9:41pm\n${BODY}${BODY}${BODY}`).published?.value, '2023-11-06');
  // A labelled date past the first paragraph is some other date of the text.
  const paragraph = 'Prime Minister Anthony Albanese has met Chinese President Xi Jinping in Beijing, the first visit to China by an Australian leader in seven years, and the two spoke for more than an hour.\n';
  assert.equal(cleaned(`${menus}Albanese meets Xi in Beijing\n${paragraph}Posted Mon 6 Nov 2023 at 9:41pm\n${BODY}${BODY}`).published, null);
});

test('published: a date with the Arabic comma ("7 May، 2025"), and a slashed date glued to the same date written out', () => {
  assert.equal(cleaned(`Title\n\n7 May، 2025\n${BODY}`).published?.value, '2025-05-07');
  assert.equal(cleaned(`Title\n\n05/10/2025May 10, 2025\n${BODY}`).published?.value, '2025-05-10');
  // A slashed date alone, whose order is unknown, dates nothing; nor does one glued to words that are no date.
  assert.equal(cleaned(`Title\n\n05/10/2025\n${BODY}`).published, null);
  assert.equal(cleaned(`Title\n\n05/10/2025Mayors meet\n${BODY}`).published, null);
  // A labelled slashed date whose day is over 12 says its order: "Date 02/14/2026"; "Date 05/10/2025" does not.
  assert.equal(cleaned(`Title\nDate 02/14/2026\n${BODY}`).published?.value, '2026-02-14');
  assert.equal(cleaned(`Title\nDate 05/10/2025\n${BODY}`).published, null);
});

test('published: a date with its clock time, then the place or zone of the page on the same line', () => {
  assert.equal(cleaned(`Title\nFriday 14 March 2025 09:12, UK\n${BODY}`).published?.value, '2025-03-14');
  assert.equal(cleaned(`Title\nOctober 2, 2024 18:05   Novo-Ogaryovo, Moscow Region\n${BODY}`).published?.value, '2024-10-02');
  // A date and time that open a sentence are no stamp of the page.
  assert.equal(cleaned(`Title\nMarch 14, 2025 09:12 was when the envoys met the delegation in Riyadh, officials said.\n${BODY}`).published, null);
  assert.equal(cleaned(`Title\nMarch 14, 2025 09:12 Xi met Putin. Later the two spoke again.\n${BODY}`).published, null);
});

test('published: a labelled date with its time before it ("Updated 9:47 PM ET, Tue September 15, 2020")', () => {
  assert.equal(cleaned(`Title\nLive TV | Politics\nUpdated 6:05 AM ET, Thu March 4, 2021\n${BODY}`).published?.value, '2021-03-04');
  // A dotted day-first date after the label is no time: "Date 09.12.2019" is the 9th of December.
  assert.equal(cleaned(`Title\nDate 09.12.2019\n${BODY}`).published?.value, '2019-12-09');
});

test('published: a timestamp field of a credits line, and day-first dotted dates', () => {
  assert.equal(cleaned(`${BODY}\nSource: Xinhua | 2025-03-04 09:12:03 | Editor: huaxia`).published?.value, '2025-03-04');
  assert.equal(cleaned(`Title\n\nPublished: 03.10.2025 14:05\n${BODY}`).published?.value, '2025-10-03');
  assert.equal(cleaned(`${BODY}\n18.04.2025 16:40`).published?.value, '2025-04-18');
  // Not a date: a version number, a score, an impossible day.
  assert.equal(cleaned(`${BODY}\nVersion 1.2.3 | build 45`).published, null);
  assert.equal(cleaned(`${BODY}\n31.02.2025 10:00`).published, null);
});

test('published: a date inside a dropped byline still counts, without a cleaned range', () => {
  const doc = cleaned(`Title\n\nBy Jane Doe | Published Mon 8 Jul 2024 10.00 BST\n${BODY}`);
  assert.equal(doc.published?.value, '2024-07-08');
  assert.ok(!doc.text.includes('Jane Doe'));
  assert.equal(doc.published?.range, undefined);
  assert.equal(cleaned(`Title\n\nJane Doe · Last updated: 2024-07-09T10:00:00Z\n${BODY}`).published?.value, '2024-07-09');
});

test('published: dates inside sentences and impossible dates are not publication dates', () => {
  assert.equal(cleaned(`Title\n\nJuly 8, 2024 was the day Lavrov arrived in Tashkent.\n${BODY}`).published, null);
  assert.equal(cleaned(`Title\n\n${BODY}2024-02-30`).published, null);
  assert.equal(cleaned(`Title\n\nThe ministry published its report on July 8, 2024, and officials welcomed it warmly at a briefing in the capital city on that very day, as was expected by all of them.\n${BODY}`).published, null);
});

test('dateline: agency and colon forms resolve to a known city', () => {
  const cases: [string, string | null, string | undefined][] = [
    ['TASHKENT: Wang Yi met Lavrov.', 'Tashkent', 'UZ'],
    ['WASHINGTON (Reuters) - U.S. officials said.', 'Washington', 'US'],
    ['MOSCOW, Feb 10 (Reuters) - Russia said.', 'Moscow', 'RU'],
    ['MOSCOW, April 24. /TASS/. Russia said.', 'Moscow', 'RU'],
    ['Moscow — Russia said on Monday that talks would resume.', 'Moscow', 'RU'],
    ['KYIV, Ukraine (AP) — Talks resumed.', 'Kyiv', 'UA'],
    ['IRPIN, Ukraine (Reuters) - A town the base does not know, in a country it does.', 'Irpin', 'UA'],
    ['ATLANTIS, Nowhereland (Reuters) - Unknown place and country.', null, undefined],
    ['ABOARD THE PAPAL PLANE (Reuters) - The pope said.', null, undefined],
    ['NATO: allies met.', null, undefined],
    ['Moscow said on Monday that talks would resume.', null, undefined],
    ['Tashkent, July 8 (UzA) -- Talks were held at the residence.', 'Tashkent', 'UZ'],
    ['Atlantis, July 8 (AP) -- A city the base does not know.', null, undefined],
  ];
  for (const [first, name, country] of cases) {
    const doc = cleaned(`Title line\n\n${first}\nMore text follows here.\n`);
    assert.equal(doc.dateline?.name ?? null, name, first);
    assert.equal(doc.dateline?.country, country, first);
    if (doc.dateline) assert.equal(doc.text.slice(doc.dateline.range.start, doc.dateline.range.end).toLowerCase(), name!.toLowerCase());
  }
});

test('dateline: the month and day of a yearless dateline are kept for the dates stage', () => {
  assert.deepEqual(cleaned('Title line\n\nMOSCOW, April 24. /TASS/. Russia said.\n').datelineDay, { month: 4, day: 24 });
  assert.deepEqual(cleaned('Title line\n\nTashkent, July 8 (UzA) -- Talks were held.\n').datelineDay, { month: 7, day: 8 });
  assert.equal(cleaned('Title line\n\nTASHKENT: Wang Yi met Lavrov.\n').datelineDay, undefined);
});

test('dateline: a day-and-place header block below a presidential site\'s menus is the dateline', () => {
  const menus = 'President of Russia\nEvents\nPresident\nNews\nPress releases\nTranscripts\nTrips\nCalendar\nRussian-Uzbek talks\n';
  const doc = cleaned(`${menus}Vladimir Putin held talks in Tashkent with the President of Uzbekistan.\nMay 27, 2024\n13:10\nTashkent\nThe talks were held in restricted format.\n`);
  assert.equal(doc.dateline?.name, 'Tashkent');
  // A place line after a sentence, not after a day line, is no header.
  assert.equal(cleaned(`${menus}Vladimir Putin held talks with the President of Uzbekistan.\nTashkent\nThe talks were held in restricted format.\n`).dateline, null);
});

test('dateline: a page header of a day line, a time line and a place line is the dateline, with its day', () => {
  const doc = cleaned('Talks with the President of Uzbekistan\n\nMay 14, 2024\n13:10\nThe Kremlin, Moscow\n\nThe two presidents held talks.\n', '2024');
  assert.equal(doc.dateline?.name, 'Moscow');
  assert.deepEqual([doc.published?.value, doc.published?.how], ['2024-05-14', 'dateline']);
  assert.equal(cleaned('Title\n\n14 May 2024\nKyiv\n\nTalks resumed.\n').dateline?.name, 'Kyiv');
  // A day line over a headline or a sentence is no header.
  assert.equal(cleaned('Title\n\nMay 14, 2024\n13:10\nPresidents Hold Talks\n\nTalks in Moscow resumed.\n').dateline, null);
  assert.equal(cleaned('Title\n\nMay 14, 2024\nRussia said talks in Moscow would resume.\n').dateline, null);
});

test('published: a briefing\'s title dates its page ("Regular Press Conference on November 29, 2024"); a headline\'s date does not', () => {
  const doc = cleaned('Foreign Ministry Spokesperson\'s Regular Press Conference on November 29, 2024\n\nQ: Could you share more details?\n');
  assert.equal(doc.published?.value, '2024-11-29');
  assert.equal(cleaned('Leaders to meet in Moscow on November 29, 2024 for talks on trade\n\nThe talks were announced.\n').published ?? null, null);
});

test('published: a written date with its time as a field of a credits line ("MercoPress | Sunday, November 9th 2025 - 08:31 UTC")', () => {
  assert.equal(cleaned('Title\n\nMercoPress | Sunday, November 9th 2025 - 08:31 UTC\nFull article\n\nThe talks went well.\n').published?.value, '2025-11-09');
  // A field with more words after the date is a sentence, not a date.
  assert.equal(cleaned('Title\n\nMercoPress | November 9th 2025 was the day talks resumed in Asuncion\n\nThe talks went well.\n').published ?? null, null);
});

test('dateline: its month and day refine a year-only publication date', () => {
  const doc = cleaned('Title\n\nMOSCOW, Feb 10 (Reuters) - Russia said.\n', '2025');
  assert.deepEqual([doc.published?.value, doc.published?.how], ['2025-02-10', 'dateline']);
});

test('dateline: of a header place line "The Kremlin, Moscow", the city, not the venue', async () => {
  const { loadKnowledgeBase } = await import('../../../src/kb/index.js');
  const { runPipeline } = await import('../../../src/pipeline/index.js');
  const doc = runPipeline({ id: 't', text: 'Russian-Turkish talks\n\nMarch 5, 2020\n19:40\nThe Kremlin, Moscow\n\nVladimir Putin and Recep Tayyip Erdogan held talks.\n', published: null }, { kb: loadKnowledgeBase() });
  assert.equal(doc.dateline?.name, 'Moscow');
});
