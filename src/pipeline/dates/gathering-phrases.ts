import type { Doc } from '../../core/doc.js';
import type { Gathering, KbMatch, KnowledgeBase } from '../../kb/types.js';
import type { SentenceView } from './sentences-of.js';
import { shiftIsoDay } from './calendar.js';

/** A named gathering in a sentence: "the ASEAN summit in Hanoi", "the meeting of the Council of Heads of State of the CIS". */
export interface GatheringPhrase {
  from: number;
  to: number;
  orgId: string;
  /** The acronym or name the knowledge base gives the organization. */
  orgName: string;
  /** The organization's full name when its short name is an acronym. */
  orgFullName?: string;
  level?: 'summit' | 'ministerial';
  /** The city named with it, as the knowledge base knows it. */
  city?: { id: string; name: string; country: string; lat: number; lon: number };
  /** The editions it can be; one when the phrase, city and year pin it down. */
  editions: Gathering[];
}

const NOUN = String.raw`summit|meeting|meetings|conference|forum|ministerial|council|talks|session|assembly|congress|gathering|dialogue|commission`;
/** "summit" → "[Ss]ummit": lets a pattern stay case-sensitive elsewhere. */
function caseFree(alternation: string): string {
  return alternation.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
}
// Words that may stand between an organization and its gathering noun: "SCO foreign ministers' meeting", "(SCO) summit".
const QUALIFIER = String.raw`(?:[A-Z][\w'’-]*|group|bloc|foreign|defen[cs]e|finance|economic|energy|trade|ministers?['’]?|leaders?['’]?|heads?|of|state|government|annual|informal|extraordinary|emergency|virtual|online|special|anniversary|jubilee|\d+(?:st|nd|rd|th)|format|plus|expanded|outreach|security|business|parliamentary|national|regional|top|high-level|ministerial)`;
const NOUN_AFTER = new RegExp(String.raw`^\s*(?:\([^()]{1,60}\)\s*)?(?:${QUALIFIER}\s+){0,3}?(${caseFree(NOUN)})\b`);
// "meeting of the Council of Heads of State of the", "summit of the ten-member": names and a few plain words, no verbs or places.
const NOUN_BEFORE = new RegExp(String.raw`\b(${caseFree(NOUN)})\s+(?:of|with)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of|the|and|all|\d+|[a-z]+-[a-z]+|members?|states|leaders|countries|heads|government|foreign|ministers|defen[cs]e|finance)\s+){0,8}$`);
const TIED = /\b(?:on the (?:sidelines|margins) of|at|during)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}$/i;

/** The editions left when talks tied to the gathering took place on a named day: those under way then (a day's leeway). */
function outsideDays(editions: Gathering[], days: string[]): Gathering[] {
  if (!days.length) return editions;
  const within = (g: Gathering, d: string): boolean => !g.start || (d >= shiftIsoDay(g.start, -1) && d <= shiftIsoDay(g.end ?? g.start, 1));
  return editions.filter((g) => days.some((d) => within(g, d)));
}


const PLAIN_MEETING = /\b(?:meeting|meetings|talks|session|dialogue|consultations|council)\b/i;
const MINISTERS_AFTER = /^\s+(?:(?:foreign|defen[cs]e|finance|trade|energy|economy|interior|health|agriculture)\s+ministers\b|at\s+(?:the\s+)?ministerial\s+level\b)/i;
const NOT_A_GATHERING = /^\s*(?:\([A-Z0-9+]+\)\s*)?(?:member|members|countries|states|nations|secretary|chief|head|spokes|charter|framework|presidency|chair)/i;

/**
 * Finds organizations named together with a gathering noun, then asks the
 * knowledge base which edition it is: by city when one is named beside it
 * (else the dateline's), by year when the text or article gives one.
 */
export function findGatheringPhrases(doc: Doc, s: SentenceView, kb: KnowledgeBase, year: number | null, sentenceDays: string[] = []): GatheringPhrase[] {
  const matches = kb.match(s.text);
  // ("KANANASKIS, Alberta (AP) —": the dateline's region says where the dateline city is, not where a gathering is.)
  const dl = doc.dateline;
  const datelineRegion = (m: KbMatch): boolean => Boolean(dl) && /^,\s*$/.test(doc.text.slice(dl!.range.end, s.start + m.start));
  const cities = matches.filter((m) => m.kind === 'city' && !datelineRegion(m));
  const out: GatheringPhrase[] = [];
  for (const m of matches) {
    if (m.kind !== 'organization' && m.kind !== 'gathering') continue;
    const org = orgOf(kb, m);
    if (!org) continue;
    // ("after Helsinki summit" in 2025: an alias naming one edition, the 2018 one, names it only around its own year.)
    const named1 = m.kind === 'gathering' ? kb.gatherings.find((x) => x.id === m.id) : undefined;
    if (named1?.year && year !== null && Math.abs(named1.year - year) > 1 && yearInSentence(s.text) !== named1.year) continue;
    const spelledOut = gatheringNamed(kb, org.id, s.text.slice(m.start, m.end));
    const span = org.series || spelledOut ? { from: m.start, to: m.end } : gatheringSpan(s.text, m);
    if (!span) continue;
    const phraseText = s.text.slice(span.from, span.to);
    // ("the meeting of Group of Seven foreign ministers": the office may follow the body's name.)
    const level = /minist/i.test(phraseText) || MINISTERS_AFTER.test(s.text.slice(span.to, span.to + 30)) ? 'ministerial' : /summit|heads? of (?:state|government)|leaders/i.test(spelledOut ?? phraseText) ? 'summit' : undefined;
    // "the Munich Security Conference": a city in the gathering's own name places it, when editions were held there
    // (not "Shanghai Cooperation Organisation", whose summits move).
    const own = cityInside(kb, cities, span) ?? cityInName(kb, org.id, level, phraseText);
    const ownHeld = own && pickEditions(kb, org.id, level, own, yearInSentence(s.text) ?? year).length ? own : undefined;
    const named = ownHeld ?? nearestCity(kb, cities, span, s.text);
    const fallback = named ? undefined : datelineCity(doc, kb);
    const country = named ? undefined : countryAfter(s.text, matches, span);
    // ("held talks ... on the sidelines of the CIS Inter-Parliamentary Assembly in St. Petersburg on Wednesday": an edition
    // that was not under way on the day of the talks held at it is another gathering of the body.)
    const tiedDays = TIED.test(s.text.slice(Math.max(0, span.from - 70), span.from)) ? sentenceDays.filter((d) => d.length === 10) : [];
    const editions = outsideDays(narrowByDay(narrowByCountry(pickEditions(kb, org.id, level, named ?? fallback, yearInSentence(s.text) ?? year, country, Boolean(named)), country)
      .filter((g) => !org.series || g.series === org.series)
      // ("The NATO meeting, which opened on Wednesday": a plain meeting of a body, placed by nothing, is not its leaders'
      // summit just because the base knows no other edition that year.)
      .filter((g) => level || named || country || g.level !== 'summit' || !PLAIN_MEETING.test(phraseText)), sentenceDays), tiedDays);
    // The dateline's city stands only when the edition found was held there.
    const city = named ?? (fallback && editions.length === 1 && editions[0]!.city === fallback.name ? fallback : undefined);
    out.push({
      from: s.start + span.from,
      to: s.start + span.to,
      orgId: org.id,
      orgName: org.name,
      ...(org.fullName ? { orgFullName: org.fullName } : {}),
      ...(level ? { level } : {}),
      ...(city ? { city } : {}),
      editions,
    });
  }
  return out;
}

// Bodies whose own name is a gathering: "Munich Security Conference", "World Economic Forum", "Raisina Dialogue",
// "Commonwealth Heads of Government Meeting".
const SELF_NAMED = /\b(?:conference|forum|summit|dialogue|congress|heads of government meeting)$/i;

/**
 * A body's name that is its gathering's: "the Munich Security Conference", "the Commonwealth Heads of Government
 * Meeting", or the initials of such a name the base lists for the body ("CHOGM"). The name spelled out, else null.
 */
export function gatheringNamed(kb: KnowledgeBase, orgId: string, surface: string): string | null {
  if (SELF_NAMED.test(surface)) return surface;
  if (!/^\p{Lu}{3,}$/u.test(surface)) return null;
  const initials = (a: string): string => a.split(/\s+/).map((w) => w[0]!.toUpperCase()).join('');
  return (kb.organization(orgId)?.aliases ?? []).find((a) => SELF_NAMED.test(a) && initials(a) === surface) ?? null;
}

// "for the UN General Assembly", "addressed the General Assembly": the assembly in session, not the body that votes.
const ASSEMBLY_SESSION = /\b(?:at|for|during|to|attend\w*|address\w*|opened|opens|opening|closed|closes|sidelines of|margins of)\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:[\w.-]+\s+){0,2}$/i;

function gatheringSpan(text: string, m: KbMatch): { from: number; to: number } | null {
  if (m.kind === 'gathering') return { from: m.start, to: m.end };
  if (/general assembly$/i.test(text.slice(m.start, m.end)) && ASSEMBLY_SESSION.test(text.slice(Math.max(0, m.start - 40), m.start))) return { from: m.start, to: m.end };
  const after = text.slice(m.end, m.end + 50);
  // "at a two-day summit at the AU headquarters": the gathering held at the body's seat.
  const atSeat = SUMMIT_AT_SEAT.exec(text.slice(Math.max(0, m.start - 60), m.start));
  if (atSeat && /^\s+(?:headquarters|HQ|secretariat)\b/i.test(after)) return { from: m.start - (Math.min(60, m.start) - atSeat.index), to: m.end };
  // "Leaders of the Group of Seven wrapped up their summit", "EU heads of government are holding an informal summit":
  // the body's own gathering, named later in its clause.
  const own = OWN_SUMMIT_LATER.exec(text.slice(m.end, m.end + 90));
  if (own && !NOUN_AFTER.test(after)) return { from: m.start, to: m.end + own[0].length };
  if (NOT_A_GATHERING.test(after)) return null;
  const a = NOUN_AFTER.exec(after);
  if (a) return { from: m.start, to: m.end + a[0].length };
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const b = NOUN_BEFORE.exec(before);
  if (b) return { from: m.start - (before.length - b.index), to: m.end };
  return null;
}

const OWN_SUMMIT_LATER = /^[^.;:]{0,70}?\b(?:their|its|(?:are|is|were|was|will be)\s+(?:holding|to hold|hold|held|due to hold|set to hold|convening)\s+(?:a|an|their|its))\s+(?:[\w-]+\s+){0,2}?(?:summit|conference)\b/;
const SUMMIT_AT_SEAT = /\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:summit|conference)\s+at\s+(?:the\s+)?$/i;

const NOT_GATHERING_KINDS = new Set(['legislature', 'ministry', 'government', 'party', 'news-agency', 'company', 'court', 'armed-group']);

/**
 * The organization whose editions to look up. A body that is itself a
 * gathering ("Council of Heads of State of the CIS") stands for the
 * series of the same name under its parent organization.
 */
function orgOf(kb: KnowledgeBase, m: KbMatch): { id: string; name: string; fullName?: string; series?: string } | null {
  if (m.kind === 'gathering') {
    const g = kb.gatherings.find((x) => x.id === m.id);
    if (!g) return null;
    const o = kb.organization(g.org);
    return { id: g.org, name: o?.acronym ?? o?.name ?? g.series, ...(o?.acronym ? { fullName: o.name } : {}) };
  }
  const o = kb.organization(m.id);
  if (!o) return null;
  // A parliament, ministry, party or newspaper sits or publishes; it does not hold summits.
  if (NOT_GATHERING_KINDS.has(o.kind) && !kb.gatheringsAt({ org: o.id }).length) return null;
  if (!kb.gatheringsAt({ org: o.id }).length) {
    const names = new Set([o.name, ...o.aliases].map((n) => n.toLowerCase()));
    const g = kb.gatherings.find((x) => names.has(x.series.toLowerCase()));
    if (g) {
      const parent = kb.organization(g.org);
      return { id: g.org, name: parent?.acronym ?? parent?.name ?? g.series, ...(parent?.acronym ? { fullName: parent.name } : {}), series: g.series };
    }
  }
  return { id: o.id, name: o.acronym ?? o.name, ...(o.acronym ? { fullName: o.name } : {}) };
}

/** A city of the organization's editions written inside the phrase itself. */
function cityInName(kb: KnowledgeBase, org: string, level: 'summit' | 'ministerial' | undefined, phrase: string): GatheringPhrase['city'] {
  const names = new Set(kb.gatheringsAt({ org, ...(level ? { level } : {}) }).map((g) => g.city).filter((c): c is string => Boolean(c)));
  for (const name of names) {
    if (!new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(phrase)) continue;
    const city = kb.cityByName(name);
    if (city) return { id: city.id, name: city.name, country: city.country, lat: city.lat, lon: city.lon };
  }
  return undefined;
}

function cityInside(kb: KnowledgeBase, cities: KbMatch[], span: { from: number; to: number }): GatheringPhrase['city'] {
  const m = cities.find((c) => c.start >= span.from && c.end <= span.to);
  const city = m ? kb.city(m.id) : undefined;
  return city ? { id: city.id, name: city.name, country: city.country, lat: city.lat, lon: city.lon } : undefined;
}

function nearestCity(kb: KnowledgeBase, cities: KbMatch[], span: { from: number; to: number }, text: string): GatheringPhrase['city'] {
  let best: KbMatch | undefined, dist = Infinity;
  for (const c of cities) {
    // ("the emergency Arab summit on Gaza": a city the summit is about is not where it is held.)
    if (c.start >= span.to && /\b(?:on|about|over|regarding)\s+(?:the\s+)?$/i.test(text.slice(span.to, c.start))) continue;
    const d = c.start >= span.to ? c.start - span.to : span.from - c.end;
    if (d >= 0 && d < 60 && d < dist) { dist = d; best = c; }
  }
  const city = best ? kb.city(best.id) : undefined;
  return city ? { id: city.id, name: city.name, country: city.country, lat: city.lat, lon: city.lon } : undefined;
}

function datelineCity(doc: Doc, kb: KnowledgeBase): GatheringPhrase['city'] {
  if (!doc.dateline) return undefined;
  const c = kb.cityByName(doc.dateline.name, doc.dateline.country);
  return c ? { id: c.id, name: c.name, country: c.country, lat: c.lat, lon: c.lon } : undefined;
}

const yearInSentence = (text: string): number | null => {
  const m = /\b(19[5-9]\d|20\d{2})\b/.exec(text);
  return m ? Number(m[1]) : null;
};

/** Narrows the editions: city and year together, else the one edition a city or a year allows. */
// "the APEC leaders' meeting in Peru": a country named right after the phrase.
function countryAfter(text: string, matches: KbMatch[], span: { from: number; to: number }): string | undefined {
  const c = matches.find((m) => m.kind === 'country' && m.start >= span.to && /^\s*(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(span.to, m.start)));
  return c?.id;
}

const narrowByCountry = (editions: Gathering[], country: string | undefined): Gathering[] =>
  country ? editions.filter((g) => !g.country || g.country === country) : editions;

/** Of several editions, those under way on a day the sentence names ("talks on Sunday at an ASEAN summit"). */
function narrowByDay(editions: Gathering[], days: string[]): Gathering[] {
  if (editions.length < 2 || !days.length) return editions;
  const on = editions.filter((g) => g.start && days.some((d) => d.length === 10 && d >= g.start! && d <= (g.end ?? g.start!)));
  return on.length ? on : editions;
}

function pickEditions(kb: KnowledgeBase, org: string, level: 'summit' | 'ministerial' | undefined, city: { name: string } | undefined, year: number | null, country?: string, cityNamed = false): Gathering[] {
  const q = (extra: { city?: string; year?: number }): Gathering[] => {
    const all = kb.gatheringsAt({ org, ...extra, ...(level ? { level } : {}) });
    return all;
  };
  if (city && year !== null) {
    const both = q({ city: city.name, year });
    if (both.length) return both;
    // ("then in Kazan, where you took part in the BRICS summit", said in 2025: the body's summit held in the city named,
    // a year from the article's, rather than that year's summit elsewhere.)
    // (Only a city the sentence names: the dateline's city is where the reporter is.)
    const nearby = cityNamed ? q({ city: city.name }).filter((g) => g.year !== undefined && Math.abs(g.year - year) <= 1) : [];
    if (nearby.length === 1) return nearby;
  }
  if (year !== null) {
    const byYear = q({ year });
    if (byYear.length === 1) return byYear;
    if (country) return byYear.filter((g) => g.country === country);
    if (city) return byYear.filter((g) => g.city === city.name);
  }
  if (city) {
    const byCity = q({ city: city.name });
    if (byCity.length === 1) return byCity;
  }
  return [];
}
