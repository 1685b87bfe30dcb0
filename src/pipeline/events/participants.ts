import type { ActorAt } from './actors.js';
import type { TriggerHit } from './triggers.js';

/** A verb coordinated with the one before it and no subject of its own: "..., and later sat down with", "and was then
 * received by", "and will travel to", "and is due to meet". */
export const COORDINATED_VERB = /,?\s+and\s+(?:then\s+|also\s+|later\s+)?(?:(?:was|is|were|are|will|would)\s+(?:be\s+|then\s+|also\s+)?)?(?:(?:due|expected|set|scheduled|going|planning|about)\s+)?(?:to\s+)?$/i;

/** Where the clause of a trigger ends: the words after it that still belong to the same report. */
// (", and Chairman Zhao Leji will also meet with him": a coordinated clause with a subject and verb of its own.)
// (", and on Thursday UN Secretary-General Guterres": a second engagement, on another day, whose verb is left out.)
// ("talks with a senior official toward setting up a summit between Trump and Kim": the purpose names other parties.)
const CLAUSE_END = /,?\s+on the (?:sidelines|margins|fringes) of\b|\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,2}(?:promised|pledged|vowed|said|told|added|stressed|noted|urged|warned|insisted)\b|,\s+and\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|,?\s+and\s+(?:later|then|afterwards|subsequently|this|that|in\s+the|on\s+\w+day)\b[^,;]{0,30}?\b(?:he|she|they|I|we)\s+(?:also\s+)?(?:met|held|saw|visited|received|hosted|spoke|called|signed|sat down)\b|\s+and\s+(?:will|would)\s+(?:also\s+|then\s+|later\s+)?(?:travel|fly|head|go|visit|leave)\b|\s+and\s+(?:also|then|later)\s+(?:saw|met|held|visited|received|hosted|spoke|called|signed)\b|\s(?:toward|towards)\s+(?:setting\s+up|arranging|preparing|a|an)\b|,?\s+aimed\s+at\b|\s+and\s+(?:was|were|is|are)\s+(?:\w+\s+)?(?:heckled|greeted|received|welcomed|booed|met|criticised|criticized|asked|told|given)\s+by\b|,\s+and\s+(?=[^,;]{0,80}?\b(?:will|would|is to|are to|was to|also)\s+(?:also\s+)?(?:meet|hold|have|receive|host|sign|visit|call|talk)\b)|;|,\s+who\b|,?\s+as\s+(?=[A-Z]|(?:the|a|an|his|her|their)\s)|,\s+(?:saying|adding|noting|telling|calling|urging|warning|stressing)\b|\s(?:said|says|told|according|while|but|although|whereas|after|before|amid|as well as|which|where|when)\b|,\s+(?:and\s+)?(?:the|a|an|it|he|she|they|we|i)\s|,\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:is|was|are|were|has|had|have|said|says|will|would|added|told)\b/i;
// ", Duterte sat down with ...": a comma, a name and a verb start a new clause (case matters here).
const NEW_SUBJECT = /,\s+(?:and\s+|but\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|sat|met|told|said|says|is|was|are|were|has|had|have|will|would|spoke|took|made|gave|went|came|held|began)\b/;
const AFTER_WINDOW = 140;
const REPORTING = /\b(?:said|says|told|adding|added|according|reported|noted|stressed|continued|explained|insisted|argued|wrote|recalled)\b/i;
const BEFORE_WINDOW = 160;
// (", the most senior member of Trump s administration to visit Africa," is an apposition about the subject.)
const DATELINE_OPENING = /^\s*\p{Lu}[\p{Lu}.'’ -]+(?:,\s*\p{Lu}[\p{L} ]+)?\s*(?:\([^)]{2,40}\))?\s*(?:[-–—]{1,2}|:)\s+/u;
const SUBJECT_ASIDE = /,\s+(?:who|whose|which|the|a|an)\b[^,;]*,/gi;

/**
 * The parties to an engagement reported by one trigger: the subject (nearest
 * person named before the trigger, with anyone joined to it by "and") and
 * the objects (people named after the trigger within its clause). Where no
 * person stands on a side, countries named as parties stand for unnamed
 * delegations. A sentence that opens with the trigger ("Meeting X, Wang
 * said") takes its subject from the rest of the sentence.
 */
export function participantsFor(sentence: { start: number; end: number; text: string }, hit: TriggerHit, actors: ActorAt[], earlier: EarlierPersons = NO_EARLIER): ActorAt[] {
  const textAt = (a: number, b: number): string => sentence.text.slice(a - sentence.start, b - sentence.start);
  const afterText = textAt(hit.to, Math.min(sentence.end, hit.to + AFTER_WINDOW));
  const cuts = [afterText.search(CLAUSE_END), afterText.search(NEW_SUBJECT)].filter((i) => i >= 0);
  const cut = cuts.length ? Math.min(...cuts) : -1;
  const afterEnd = hit.to + (cut >= 0 ? cut : afterText.length);
  // Objects may sit inside a long trigger too: "signed with Xi a declaration".
  // People named in brackets describe someone ("Jared Kushner (President Donald Trump's son-in-law)"): no parties.
  // ("The two men discussed eastern Ukraine, Libya and ...": what is discussed is a topic, not a party; "discussed with" names one.)
  // ("The latest talks, described as productive by envoy Witkoff, took place in Florida": whoever describes them in an
  // aside is none of their parties.)
  const describedAside = /^,[^,;]{0,120},\s+(?:took place|were held|happened)\b/i.test(afterText);
  const topicsAfter = (/^(?:discussed|discusses|discuss|exchanged views)$/i.test(hit.text) && !/^\s+(?:\w+\s+){0,3}?with\b/i.test(afterText)) || describedAside;
  // (", Kremlin aide Yuri Ushakov said": the one who reports the engagement closes the clause; he is no party.)
  const reporter = (a: ActorAt): boolean => a.actor.kind === 'person' && /^\s*(?:said|says|told|added|reported)\b/.test(textAt(a.to, Math.min(sentence.end, a.to + 12)))
    && /,\s+(?:[\w.'’-]+\s+){0,5}$/.test(textAt(Math.max(sentence.start, a.from - 60), a.from));
  const objects = topicsAfter ? [] : actors.filter((a) => a.from > hit.from && a.to <= afterEnd && !a.possessive && !insideBrackets(sentence.text, a.from - sentence.start) && !reporter(a));
  const objPersons = objects.filter((a) => a.actor.kind === 'person');
  let objSide = objPersons.length ? objPersons : objects;
  if (!objSide.length) {
    // "after meeting the emperor in Tokyo": a bare title stands for the person named earlier with that role.
    const titled = byTitle(afterText, [...earlier.recent, ...actors], [...(earlier.named ?? earlier.recent), ...actors]);
    if (titled) objSide = titled;
  }

  // "Pence, who has hewn closer to orthodoxy than his boss Trump, will visit Brussels": people inside an aside about the subject are no parties.
  const asides = [...sentence.text.matchAll(SUBJECT_ASIDE)].map((m) => ({ from: sentence.start + m.index! + 1, to: sentence.start + m.index! + m[0].length }));
  // ("According to him, the two leaders discussed": the source of the account is none of them.)
  const source = (a: ActorAt): boolean => /\baccording to\s+$/i.test(textAt(Math.max(sentence.start, a.from - 14), a.from));
  const before = actors.filter((a) => a.to <= hit.from && a.from >= hit.from - BEFORE_WINDOW && a.from >= sentence.start
    && !asides.some((r) => r.from <= a.from && a.to <= r.to && r.to <= hit.from) && !source(a));
  // (A named possessor, "Trump s administration", is nobody's subject.)
  let subjSide = subjectGroup(before.filter((a) => !a.possessive || a.actor.kind !== 'person' || isPronounAt(sentence, a)), textAt, sentence.start);
  // "Macri and his Brazilian counterpart Temer pledged ..., after a two-hour meeting": talks named as an adjunct of
  // the clause, with no party of their own, are between the clause's subjects.
  if (!objSide.length && hit.kind === 'meeting' && ADJUNCT_ENGAGEMENT.test(textAt(Math.max(sentence.start, hit.from - 50), hit.from))) {
    const leading = leadingSubject(actors.filter((a) => a.to <= hit.from), sentence.start, textAt);
    if (leading.filter((a) => a.actor.kind === 'person').length >= 2) subjSide = leading;
  }
  // "In his conversation on Tuesday with Wang", "her visit to Paris": the possessor of the engagement noun is its subject.
  const possessor = actors.find((a) => a.possessive && a.actor.kind === 'person' && a.to <= hit.from && /^(?:['’]s| s)?\s*(?:(?!(?:to|of|for|in|on|at|with)\b)[\w-]+\s+){0,2}$/.test(textAt(a.to, hit.from)));
  if (possessor) subjSide = [possessor];
  // "Trump sought to woo China since a summit with Chinese President Xi": a country that only stands for the
  // object's own side is no subject; the person named before it is.
  if (subjSide.length && subjSide.every((a) => a.actor.kind === 'country' && objSide.some((o) => o.actor.kind === 'person' && o.country === a.country))) {
    const prev = subjectGroup(before.filter((a) => a.to <= subjSide[0]!.from), textAt);
    if (prev.length && prev.every((a) => a.actor.kind === 'person')) subjSide = prev;
  }
  // "watch on discussions between Egypt and Hamas": "between" names all the parties; the subject only watches.
  if (/\b(?:between|among|involving)$/i.test(hit.text) && objSide.length) subjSide = [];
  // ("Davis urged EU leaders to back trade talks after they meet May": "they" are the group named since the subject,
  // neither the subject nor the two people named last.)
  const lastBefore = before[before.length - 1];
  const groupSubject = /\bthey\s+(?:\w+\s+){0,2}$/i.test(textAt(Math.max(sentence.start, hit.from - 25), hit.from))
    && GROUP_OF_PEOPLE.test(textAt(lastBefore ? lastBefore.to : sentence.start, hit.from));
  if (groupSubject) subjSide = [];
  // ("Tillerson, who flew in on Wednesday, held talks with A and B, and later sat down with C": a coordinated verb with no
  // subject of its own shares the sentence's, not the objects of the verb before it.)
  // ("... on Tuesday morning and was then received by President Widodo": a passive one too.)
  // (The sentence's subject, past the asides about it.)
  const subjectBefore = (at: number): ActorAt[] => leadingSubject(actors.filter((a) => a.to <= at && !asides.some((r) => r.from <= a.from && a.to <= r.to)), sentence.start, textAt);
  if (COORDINATED_VERB.test(textAt(Math.max(sentence.start, hit.from - 45), hit.from)) && objSide.length) {
    const leading = subjectBefore(hit.from);
    if (leading.length && leading.every((a) => a.actor.kind === 'person') && !leading.some((a) => subjSide.includes(a))) subjSide = leading;
  }
  // ("... and will travel to Moscow this week for talks with Putin": the talks a trip is for are its travellers'.)
  const tripFor = /\b(travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flying|head|heads|headed|go|goes|went|come|comes|came)\s+(?:back\s+)?to\s+[^,;.]{0,50}?\bfor\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?$/i.exec(textAt(Math.max(sentence.start, hit.from - 90), hit.from));
  if (tripFor && objSide.length) {
    const verbAt = hit.from - (Math.min(90, hit.from - sentence.start) - tripFor.index);
    const travellers = COORDINATED_VERB.test(textAt(Math.max(sentence.start, verbAt - 45), verbAt))
      ? subjectBefore(verbAt)
      : subjectGroup(before.filter((a) => a.to <= verbAt), textAt, sentence.start);
    if (travellers.length && travellers.every((a) => a.actor.kind === 'person')) subjSide = travellers;
  }
  // "Sido said, adding that they met ...": the speaker reports the engagement, he is not in it.
  const lastSubj = subjSide[subjSide.length - 1];
  // ("Obama told a joint news conference after talks with Quang": talks the telling follows are the teller's own.)
  const reported = lastSubj ? textAt(lastSubj.to, hit.from) : '';
  if (lastSubj && REPORTING.test(reported) && !(objSide.length && ADJUNCT_ENGAGEMENT.test(reported) && !/\b(?:that|how|when|they|he|she)\b/i.test(reported))) subjSide = [];
  // "Michel said on Tuesday that ... must be settled first, after meeting Varadkar in Dublin": a gerund of the sentence's
  // subject, however far from it.
  // ("met the ministers of Saudi Arabia, ... and Bahrain in Jeddah on Wednesday, a day after signing an agreement with
  // Qatar": whoever was named between, the gerund's subject is the sentence's.)
  // ("Trump will fly to South Korea, where he will meet Lee in Gyeongju, before meeting Xi in Busan": not Lee.)
  if (/^(?:meeting|visiting|holding|hosting|receiving|signing)\b/i.test(hit.text)
    && /\b(?:after|before|following|while|when|since)\s+$/i.test(textAt(Math.max(sentence.start, hit.from - 12), hit.from))) {
    const leading = leadingSubject(actors.filter((a) => a.to <= hit.from && a.actor.kind === 'person'), sentence.start, textAt).slice(0, 1);
    if (!subjSide.length || /^signing\b/i.test(hit.text) || (leading.length && leading[0]!.from - sentence.start < 40 && /,\s+(?:where|when)\b/i.test(textAt(leading[0]!.to, hit.from)))) subjSide = leading;
  }
  // "calls by Trump to the leaders of ...", "a visit by Pence": the agent follows "by".
  const agent = /^\s*by\s/i.test(afterText) || /\sby$/i.test(hit.text) ? objSide.find((a) => a.actor.kind === 'person') : undefined;
  // ("Widodo was welcomed by Turnbull": in the passive the subject is received by the agent; both are parties.)
  if (agent && /^(?:was|were|been|being|be)\s/i.test(hit.text)) objSide = [agent];
  else if (agent) {
    subjSide = [agent];
    const rest = objects.filter((a) => a !== agent && a.from > agent.to);
    const restPersons = rest.filter((a) => a.actor.kind === 'person');
    objSide = restPersons.length ? restPersons : rest;
  }

  // "the meeting of the Russian-Kazakh interparliamentary commission": the two states of the body meet, whoever speaks of it.
  if (objSide.length === 2 && objSide.every((a) => a.actor.kind === 'country') && textAt(objSide[0]!.to, objSide[1]!.from) === '-') subjSide = [];
  // ("Tillerson will join Videgaray and Freeland on Friday for talks": the one who joins the talks is a party too.)
  const first = subjSide[0];
  if (first && first.actor.kind === 'person' && /\bjoin(?:s|ed|ing)?\s+(?:[\w.'’-]+\s+){0,4}$/i.test(textAt(Math.max(sentence.start, first.from - 40), first.from))) {
    const joiner = before.filter((a) => a.actor.kind === 'person' && a.to <= first.from && /^\s+(?:(?:will|would|is\s+to|to|also|then)\s+)*join/i.test(textAt(a.to, first.from))).pop();
    if (joiner && !subjSide.some((p) => p.key === joiner.key)) subjSide = [joiner, ...subjSide];
  }
  let parties = [...subjSide, ...objSide];
  // ("Before Wednesday's talks in Geneva had begun, Zelenskyy told Axios": a possessive makes the talks a thing named, not a clause.)
  const head = textAt(sentence.start, hit.from);
  if (!subjSide.length && !describedAside && hit.from - sentence.start < 25 && !/['’]s\s+$/.test(head) && !DEFINITE_SUBJECT.test(head)) {
    // "Meeting Singapore Prime Minister Lee at ..., Wang said": the subject comes later.
    const later = actors.find((a) => a.from >= afterEnd && a.actor.kind === 'person');
    if (later) parties.push(later);
  }
  // "The chief U.S. diplomat flew into ...": a country inside the description is no party of its own.
  const definite = DEFINITE_SUBJECT.exec(head);
  if (definite && subjSide.length && subjSide.every((a) => a.actor.kind === 'country' && a.to <= sentence.start + definite[0].length)) {
    parties = parties.filter((p) => !subjSide.includes(p));
    subjSide = [];
  }
  if (!subjSide.length && definite) {
    // "The Russian envoy also held talks ...": the last person named from that country, else the story's main person.
    const nationality = earlier.headCountries ?? [];
    const fromThere = [...earlier.recent].reverse().find((a) => a.country && nationality.includes(a.country));
    // ("the King met Albanese": the last person named who holds that office, before the story's main person.)
    const office = /(\w+)\s*(?:,[^,]*,\s*)?(?:also\s+|then\s+|later\s+)?$/.exec(definite[0])?.[1]?.toLowerCase();
    const holder = office ? [...earlier.recent].reverse().find((a) => a.actor.kind === 'person' && new RegExp(`\\b${office}\\b`, 'i').test(a.actor.role ?? '')) : undefined;
    const who = fromThere ?? holder ?? earlier.topic;
    if (who) parties.unshift(who);
  }
  // ("The two leaders, who flew in together from Larnaca in the morning, were then received by": past the aside.)
  const headWithoutAsides = textAt(sentence.start, hit.from).replace(SUBJECT_ASIDE, ' ').slice(-50);
  // ("the phone call which took place between them last month": the two are named by "between them".)
  const betweenThem = !objSide.length && /^\s+(?:(?:which|that)\s+)?(?:[\w-]+\s+){0,3}?between\s+(?:them|the\s+two(?:\s+\w+)?)\b/i.test(afterText);
  if (hit.kind !== 'visit' && (betweenThem || PLURAL_SUBJECT.test(textAt(Math.max(sentence.start, hit.from - 50), hit.from)) || PLURAL_SUBJECT.test(headWithoutAsides))) {
    // "the two met", "their talks": the two people last named.
    // "..., Sido said, adding that they met": the speaker is not one of "they".
    // ("X said ... when the two met" may count X among the two.)
    const they = /\b(?:they|their)\s+(?:\w+\s+){0,2}$/i.test(textAt(Math.max(sentence.start, hit.from - 30), hit.from));
    const speakers = new Set(they ? actors.filter((a) => a.to <= hit.from && REPORTING.test(textAt(a.to, hit.from))).map((a) => a.key) : []);
    // "The two ministers last met": of the people named, those who hold that office.
    // ("The leaders agreed": heads of state or government, not the aide named last.)
    const office = /\b(?:two|both|the)\s+(ministers|presidents|prime ministers|premiers|leaders|heads of state|heads of government)\b/i.exec(textAt(Math.max(sentence.start, hit.from - 30), hit.from))?.[1]?.toLowerCase();
    const holds = (a: ActorAt): boolean => !office || OFFICE_ROLE[office]!.test(a.actor.role ?? '');
    // (A possessor, "Sanchez s election", is none of "the two".)
    const named = [...earlier.recent, ...actors.filter((a) => a.to <= hit.from)].filter((a) => a.actor.kind === 'person' && !a.possessive && !speakers.has(a.key) && holds(a));
    let pair: ActorAt[] = [];
    for (let i = named.length - 1; i >= 0 && pair.length < 2; i--) if (!pair.some((p) => p.key === named[i]!.key)) pair.unshift(named[i]!);
    // ("The two leaders then witnessed the signing", after "..., who succeeded his father Hun Sen": the two of the last
    // engagement reported, when this sentence names no one, rather than whoever was named last.)
    const engaged = earlier.lastPair?.filter((a) => holds(a) && !speakers.has(a.key));
    // ("In May they travelled to Kyiv with Macron for talks with Zelensky, and they met again at the summit": "they" is
    // the subject the sentence opened with, not the people it named since.)
    const firstNamed = actors.find((a) => a.actor.kind === 'person' && a.to <= hit.from);
    const theyFirst = they && firstNamed !== undefined && /\bthey\b/i.test(textAt(sentence.start, firstNamed.from));
    if (engaged?.length === 2 && (!firstNamed || theyFirst)) pair = engaged;
    // "the two countries signed deals": the states of the two people named last, not the people.
    if (/\b(?:two|both)\s+(?:countries|governments|nations|states)\s+(?:\w+\s+){0,2}$/i.test(textAt(Math.max(sentence.start, hit.from - 30), hit.from))) {
      // (They are the subject: whoever else the clause named before them is not a party.)
      const pool = parties.length >= 2 ? parties : pair;
      const states = [...new Set(pool.map((p) => p.country).filter((c): c is string => Boolean(c)))];
      if (states.length === 2) return states.map((c) => ({ actor: { kind: 'country' as const, country: c }, key: `c:${c}`, from: hit.from, to: hit.from, country: c }));
      pair = [];
    }
    if (parties.length < 2 && !groupSubject) parties = [...pair, ...parties];
  }
  if ((hit.kind === 'meeting' || hit.kind === 'call') && dedupe(parties).length < 2 && !groupSubject) {
    // "praising Duterte during a phone call": a person between the subject and the trigger.
    const between = actors.filter((a) => a.actor.kind === 'person' && a.to <= hit.from && !parties.some((p) => p.key === a.key));
    const nearest = between[between.length - 1];
    // "Bozdag said Turkish and U.S. officials would meet": the one who reports the talks is not in them.
    if (nearest && hit.from - nearest.to < 60 && !REPORTING.test(textAt(nearest.to, hit.from))) parties.push(nearest);
  }
  // "the political consultations between the foreign ministries of the two countries": the states of the two people
  // last named, when the clause names no party.
  if (!parties.length && /^\s*(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:of\s+)?the\s+two\s+(?:countries|nations|states|governments)\b/i.test(afterText) && /between$/i.test(hit.text)) {
    const named = [...earlier.recent, ...actors.filter((a) => a.to <= hit.from)].filter((a) => a.actor.kind === 'person' && a.country);
    const states: string[] = [];
    for (let i = named.length - 1; i >= 0 && states.length < 2; i--) if (!states.includes(named[i]!.country!)) states.unshift(named[i]!.country!);
    if (states.length === 2) return states.map((cc) => ({ actor: { kind: 'country' as const, country: cc }, key: `c:${cc}`, from: hit.to, to: hit.to, country: cc }));
  }
  // "Shin told his U.S. and Japanese counterparts in talks": whose counterparts they are is a party too.
  const owner = counterpartsOwner(sentence, hit, actors, parties);
  if (owner) parties.unshift(owner);
  return dedupe(parties);
}

const COUNTERPARTS = /\b(?:his|her)\s+(?:[A-Z][\w.'’-]*\s+(?:[A-Z][\w.'’-]*\s+)?(?:and\s+)?)+counterparts?\b/g;

function counterpartsOwner(sentence: { start: number; text: string }, hit: TriggerHit, actors: ActorAt[], parties: ActorAt[]): ActorAt | null {
  if (parties.some((p) => p.actor.kind === 'person') || !parties.length) return null;
  for (const m of sentence.text.matchAll(COUNTERPARTS)) {
    const from = sentence.start + m.index!, to = from + m[0].length;
    // The countries of the phrase must be the parties found, and the phrase must come before the trigger.
    if (to > hit.from || !parties.every((p) => p.from >= from && p.to <= to)) continue;
    const owner = actors.filter((a) => a.actor.kind === 'person' && a.to <= from).pop();
    if (owner && from - owner.to < 40) return owner;
  }
  return null;
}

/** Whether an actor is written as a pronoun ("his", "her"), whose possessive the possessor rule reads. */
function isPronounAt(sentence: { start: number; text: string }, a: ActorAt): boolean {
  return /^(?:his|her|its|their)$/i.test(sentence.text.slice(a.from - sentence.start, a.to - sentence.start));
}

function dedupe(parties: ActorAt[]): ActorAt[] {
  const seen = new Set<string>();
  return parties.filter((p) => (seen.has(p.key) ? false : (seen.add(p.key), true)));
}

/** People named before this sentence: the most recent last, and the article's main person so far. */
export interface EarlierPersons {
  recent: ActorAt[];
  /** Everyone named before this sentence, in text order ("the royal couple" may be named long before). */
  named?: ActorAt[];
  topic: ActorAt | null;
  /** Countries named by adjective before the trigger ("The Russian envoy"). */
  headCountries?: string[];
  /** The two people of the last engagement reported before this sentence. */
  lastPair?: ActorAt[];
  /** What that last engagement was: "the two leaders also discussed" after a call is more of the call. */
  lastPairKind?: string;
}
const NO_EARLIER: EarlierPersons = { recent: [], topic: null };

// "The pope met ...", "The U.S. diplomat arrived ...": a definite description standing for the story's main person.
// ("In Australia, the King met ...": past an opening adverbial too.)
const DEFINITE_SUBJECT = /^\s*(?:(?:In|At|On|During|After|Earlier|Later|Before)\b[^,]{0,40},\s*)?(?:the|a)\s+(?:[A-Z][\w.]*\s+|[a-z]+\s+){0,3}?(?:pope|pontiff|president|premier|leader|minister|diplomat|envoy|secretary|chancellor|king|prince|emir|senator|official|adviser|advisor|chief|monarch)\s*(?:,[^,]*,\s*)?(?:also\s+|then\s+|later\s+)?$/i;
const OFFICE_ROLE: Record<string, RegExp> = {
  ministers: /^(?!.*\bprime\b).*\bminister\b/i,
  presidents: /^(?!.*\bvice[- ]).*\bpresident\b/i,
  'prime ministers': /\bprime minister\b/i,
  premiers: /\b(?:prime minister|premier)\b/i,
  leaders: /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|leader|crown prince|head of state|general secretary|chairman|chairwoman)\b/i,
  // ("the two heads of government signed" after a premier's talks: not the presidents recalled since.)
  'heads of government': /^(?!.*\bvice[- ]).*\b(?:prime minister|premier|chancellor|head of government)\b/i,
  'heads of state': /^(?!.*\bvice[- ]).*\b(?:president|king|queen|emir|sultan|monarch|head of state|chairman)\b/i,
};
// A group of people named by a plural noun ("EU leaders", "the ministers", "Western officials").
// ("The three leaders agreed to meet when they met": a definite description of the people named is no other group.)
const GROUP_OF_PEOPLE = /(?<!\b(?:the|both|two|three|four|five)\s+(?:(?:two|three|four|five|foreign|defen[cs]e|finance|trade)\s+)?)\b(?:leaders|ministers|officials|diplomats|negotiators|lawmakers|legislators|governments|delegations|envoys|members|allies|partners)\b(?![\s\S]*\b(?:he|she|him|her|his)\b)/i;
const PLURAL_SUBJECT = /\b(?:the two|both|they|the pair|the leaders|the ministers|the foreign ministers|the presidents|the prime ministers|the heads of (?:state|government)|the two (?:leaders|presidents|men|sides|ministers)|their)\s+(?:\w+\s+){0,3}$/i;

// "..., after a two-hour meeting", "at the first joint meeting of", "following talks": an engagement noun as an adjunct.
const ADJUNCT_ENGAGEMENT = /,?\s(?:after|following|during|at|ahead of|before|at the end of)\s+(?:a|an|the|their|its)?\s*(?:[\w-]+\s+){0,3}$/i;
const HEADLINE_PAIR_AFTER = /^\s+(?:leaders|ministers|foreign ministers|presidents|officials|agree|agreed|sign|signed|hold|held|discuss|discussed|meet|met|pledge|vow|to)\b/i;
// ("Khalilzad and the Taliban's political chief, Mullah Abdul Ghani Baradar, signed": a title set off by a comma too.)
const JOINED_GAP = /^\s*(?:,?\s+and|&|,?\s+along with|,?\s+together with)\s+(?!(?:later|afterwards|subsequently|this|that|in\s+the|on\s+\w+day)\b|then\s+(?:he|she|they|we|i|[a-z]+ed)\b)(?:(?:the|his|her)\s+)?[\w\s.'’-]{0,40}(?:,\s+(?:[A-Z][\w.'’-]*\s+){0,2})?$/i;

/** The parties the sentence opens with, as its subject: the first one named, and those joined to it by "and". */
export function leadingSubject(actors: ActorAt[], start: number, textAt: (a: number, b: number) => string): ActorAt[] {
  // ("DAVOS, Switzerland (Reuters) - U.S. envoy Witkoff and Kushner met ...": the dateline's country is no subject.)
  const dateline = DATELINE_OPENING.exec(textAt(start, start + 80));
  const pool = withoutModifiers(dateline ? actors.filter((a) => a.from >= start + dateline[0].length) : actors, textAt);
  const first = pool[0];
  if (!first || first.from - start > 90) return [];
  const group = [first];
  for (const a of pool.slice(1)) {
    if (!JOINED_GAP.test(textAt(group[group.length - 1]!.to, a.from))) break;
    group.push(a);
  }
  return group;
}

/** "his Uzbek counterpart Kamilov": a country named by adjective inside a person's description is no party of its own. */
function withoutModifiers(actors: ActorAt[], textAt: (a: number, b: number) => string): ActorAt[] {
  return actors.filter((a, i) => {
    // ("the top U.S. diplomat held talks": the country inside a person's description is that person's, no party.)
    if (a.actor.kind === 'country' && actors.some((p) => p.actor.kind === 'person' && p.from <= a.from && a.to <= p.to && p.to - p.from > a.to - a.from)) return false;
    const next = actors[i + 1];
    return !(a.actor.kind === 'country' && next?.actor.kind === 'person' && next.country === a.country
      && /^\s+(?:[A-Za-z.-]+\s+){0,4}$/.test(textAt(a.to, next.from)) && !/\band\b/i.test(textAt(a.to, next.from)));
  });
}

/** The nearest named party before the trigger, plus those coordinated with it ("Putin and Xi", "Russia, Ukraine and the U.S."). */
function subjectGroup(before: ActorAt[], textAt: (a: number, b: number) => string, sentenceStart = -1): ActorAt[] {
  // The nearest party of either sort: "the U.S. charge d affaires in Riyadh met" is the U.S., not a person named earlier.
  const pool = withoutModifiers(before, textAt);
  const last = pool[pool.length - 1];
  if (!last) return [];
  const group = [last];
  let joined = false; // a bare comma joins only a list that ends in "and": "Putin, Xi and Modi"
  for (let i = pool.length - 2; i >= 0; i--) {
    const a = pool[i]!;
    const gap = textAt(a.to, group[0]!.from);
    if (gap.length > 60) break;
    // ("held talks with Macron and Merkel, and Macron also met Putin": the object of the clause before is no subject.)
    if (sentenceStart >= 0 && /^\s*[,;]\s+and\s/.test(gap) && /\b(?:with|met|meets|received|hosted|welcomed|called|visited)\s+(?:[\w.'’-]+\s+){0,6}$/i.test(textAt(Math.max(sentenceStart, a.from - 60), a.from).replace(/\s+and\s+[\w.'’ -]+$/, ' '))) break;
    if (JOINED_GAP.test(gap)) joined = true;
    // ("The Thai-Cambodian joint commission": the two sides of a compound.)
    else if (gap === '-' && a.actor.kind === 'country' && group[0]!.actor.kind === 'country'
      && /^\s+(?:[a-z]+\s+){0,2}(?:commission|summit|council|committee|forum|cabinet|dialogue)\b/.test(textAt(group[0]!.to, group[0]!.to + 40))) joined = true;
    // "Chile, Peru leaders sign accords": a headline joins two countries with a bare comma.
    else if (i === 0 && group.length === 1 && sentenceStart >= 0 && /^\s*$/.test(textAt(sentenceStart, a.from)) && /^\s*,\s*$/.test(gap) && a.actor.kind === group[0]!.actor.kind
      && HEADLINE_PAIR_AFTER.test(textAt(group[0]!.to, group[0]!.to + 30))) joined = true;
    else if (!(joined && /^\s*,\s+(?:(?:the|his|her)\s+)?[\w\s.'’-]{0,40}$/.test(gap))) break;
    group.unshift(a);
  }
  return group;
}

const TITLE_OBJECT = /^\s+(?:with\s+)?(?:the|his|her)\s+(?:[\w-]+\s+){0,2}?(emperor|empress|king|queen|monarch|pope|pontiff|crown prince|emir|sultan|prime minister|premier|chancellor|president|foreign minister|secretary of state|secretary-general)\b/i;

function byTitle(afterText: string, known: ActorAt[], everyone: ActorAt[]): ActorAt[] | null {
  // ("were met at the palace entrance by the royal couple", "met the imperial pair": the monarch and consort last named.)
  if (ROYAL_COUPLE.test(afterText)) {
    const royals: ActorAt[] = [];
    for (const a of [...everyone].reverse()) {
      if (royals.length < 2 && a.actor.kind === 'person' && ROYAL_ROLE.test(a.actor.role ?? '') && !royals.some((r) => r.key === a.key)) royals.unshift(a);
    }
    return royals.length === 2 ? royals : null;
  }
  const m = TITLE_OBJECT.exec(afterText);
  if (!m) return null;
  const title = m[1]!.toLowerCase();
  // ("held talks with the monarch": a king, queen, emir or sultan.)
  const holds = (role: string): boolean => (title === 'monarch' ? ROYAL_ROLE.test(role) || /\b(?:emir|sultan|monarch)\b/i.test(role) : role.toLowerCase().includes(title));
  const holders = known.filter((a) => a.actor.kind === 'person' && holds(a.actor.role ?? ''));
  const keys = new Set(holders.map((h) => h.key));
  return keys.size === 1 ? [holders[holders.length - 1]!] : null;
}

const ROYAL_COUPLE = /^\s+(?:[\w-]+\s+){0,6}?(?:with\s+|by\s+)?the\s+(?:royal|imperial)\s+(?:couple|pair)\b/i;
const ROYAL_ROLE = /\b(?:king|queen|emperor|empress)\b/i;

/** Whether an offset sits inside an open bracket of the text. */
function insideBrackets(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}
