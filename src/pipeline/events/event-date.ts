import { itemsWithin } from '../../core/span.js';
import type { DateMention } from '../../core/types.js';

const SUBORDINATE = /\b(?:after|before|since|until|while|whereas|although|because)\s+(?!(?:the|this|their|his|her|its)\s+(?:\w+\s+)?(?:summit|meeting|talks|visit|trip|call)\b)(?:[\w.'’-]+\s+){0,6}?(?:[a-z]+ed|[a-z]{3,}ing|said|met|was|were|had|has|is|are|took|made|became|began|came|went|won|left|gave|got|held|spoke|told|being|been|having|sworn|taken|given|chosen|become)\b/;
const CLAUSE_RESUMED = /^[^,;]*,\s+(?:also\s+|then\s+|later\s+)?(?:arrived|flew|landed|met|held|went|came|travel(?:l)?ed|signed|visited|attended|hosted|received)\b/;
const DATELINE_BEFORE = /^\s*[\p{L}][\p{L} .'’-]{1,30},\s*$/u;
const DATELINE_AFTER = /^\.?\s*(?:\([^)]{2,30}\)\s*)?(?:--|—|–|-|\/)/;
// ("the meeting of the intergovernmental commission on cooperation, which is scheduled ...": a body's name may follow.)
const ENGAGEMENT_NOUN = /\b(?:summit|meeting|talks|visit|trip|tour|conference|forum|session|negotiations|congress|call|commission|committee|council)(?:\s+(?:on|for)\s+[\w -]{1,40})?\W*$/i;
// Dates that measure a span or a start, not when the event took place.
// ("postponed until Friday": the new date is the engagement's.)
const SCHEDULED_FOR = /\b(?:scheduled|set|slated|planned|fixed|penciled|pencilled|due)\s+for\s+(?:the\s+)?$|\b(?:postponed|put off|pushed back|moved|delayed|rescheduled)\s+(?:until|till|to|for)\s+(?:the\s+)?$/i;
const NOT_EVENT_DATE = /\b(?:since|until|till|through|for|over|by|from|within|ago)\s+(?:the\s+)?$/i;

/**
 * The date a trigger's own clause gives: the nearest date mention in the
 * sentence, those after the trigger (up to the clause break) first, then
 * those before it; a span start ("since 2000") or a gathering's own dates
 * rank below an explicit date. Null when the sentence has none.
 */
export function dateInClause(text: string, sentence: { start: number; end: number }, trigger: { from: number; to: number }, dates: DateMention[]): DateMention | null {
  let best: DateMention | null = null, bestScore = Infinity;
  for (const d of dates) {
    if (d.range.start < sentence.start || d.range.end > sentence.end) continue;
    // ("Pyongyang, November 2 (KCNA) -- ... who is paying a visit": the dateline's day is the story's, not this event's.)
    if (DATELINE_BEFORE.test(text.slice(sentence.start, d.range.start)) && DATELINE_AFTER.test(text.slice(d.range.end, d.range.end + 30))) continue;
    const before = text.slice(Math.max(sentence.start, d.range.start - 12), d.range.start);
    // ("scheduled for February 1" is the event's own date.)
    // ("from March 12 to 14" is the event's own span.)
    const span = (Boolean(d.end) || /\s(?:to|through|until)\s|[–-]/.test(text.slice(d.range.start, d.range.end))) && /\bfrom\s+$/i.test(before);
    // ("holds the presidency until July, when it will host the summit": the relative "when" names the event's time.)
    // (Not after "since": "the first summit since August 2011, when Kim Jong Il held talks" is the earlier one's time.)
    const whenAfter = /^\s*,\s*when\b/i.test(text.slice(d.range.end, d.range.end + 8)) && !/\bsince\s+$/i.test(before);
    if (inSincePhrase(text, d, sentence.start)) continue;
    if (NOT_EVENT_DATE.test(before) && !span && !whenAfter && !SCHEDULED_FOR.test(text.slice(Math.max(sentence.start, d.range.start - 30), d.range.start))) continue;
    const after = d.range.start >= trigger.to;
    const gap = after ? d.range.start - trigger.to : trigger.from - d.range.end;
    if (gap < 0 && !(d.range.start < trigger.to && d.range.end > trigger.from)) continue;
    const between = after ? text.slice(trigger.to, d.range.start) : text.slice(d.range.end, trigger.from);
    // A date past a reporting verb or a semicolon dates another clause: "after his meeting with Ghani, Tillerson said he would fly on Tuesday".
    // Before the trigger, a reporting date ("said on Monday ... the two met") is usually the event's day too.
    // ("Obama s visit coincides with the 40th anniversary on Thursday of the coup": the date of what it coincides with.)
    const otherClause = /;|\b(?:said|says|told|added|coincid(?:es|ed|ing)\s+with)\b/.test(between);
    if (otherClause && after) continue;
    // "visited Mosul, which the army retook on Tuesday": a date inside a relative clause after the trigger is that
    // clause's, unless the clause is about the engagement itself ("the SCO summit, which is held on July 3").
    // (", where the two discussed the landslide last month": a place's relative clause too.)
    const relative = /,\s+(?:which|who|whom|whose|where)\b/i.exec(between);
    // (", where he will see Bachelet on Wednesday": the traveller's own engagement there dates his stop.)
    // (", where on Wednesday I'll join partners at the conference": a day before the subject, and the first person, too.)
    const ownEngagementThere = /^,\s+where\s+(?:on\s+\w+day\s+)?(?:he|she|they|I|we)(?:\s+will|['’]ll|\s+is\s+(?:due|expected|scheduled)\s+to)?\s+(?:also\s+)?(?:meet|see|hold|attend|address|sign|join|take part|participate)\b/i.test(text.slice(trigger.to + (relative?.index ?? 0), trigger.to + (relative?.index ?? 0) + 100));
    // ("meeting with Trump, which had been set for Tuesday, has been postponed until Friday": past the relative clause's
    // closing comma, the main verb's date is the engagement's.)
    const closed = relative && /^,\s+(?:which|who)\b[^,;]*,\s+(?:has|have|had|was|were|is|are|will)\s+(?:now\s+)?(?:been\s+)?[a-z]+(?:ed|en)?\s+(?:[a-z]+\s+){0,2}$/i.test(between.slice(relative.index));
    if (after && relative && !closed && !ownEngagementThere && !ENGAGEMENT_NOUN.test(text.slice(trigger.from, trigger.to) + between.slice(0, relative.index))) continue;
    // ("held talks ... on the second stop of a regional tour that had been planned for December but was postponed after
    // Trump's announcement on Dec. 6": the dates of the tour's first plan, in a restrictive relative clause.)
    // (Only of a trip the talks are part of: "the meeting of the commission, which is scheduled for the autumn" is the
    // engagement's own plan.)
    if (after && !/\b(?:tour|trip|visit|journey)\b/i.test(text.slice(trigger.from, trigger.to))
      && /\b(?:tour|trip|visit|journey|swing)\s+(?:that|which)\s+(?:had|has|have|was|were|is|are)\s+(?:been\s+|originally\s+|initially\s+)*(?:planned|scheduled|set|slated|due|expected|postponed|delayed|put off)\b/i.test(between)) continue;
    // "As well as receiving X in the White House, he visited the region last month": past a comma a new subject and verb
    // make another clause, and its date is its own.
    // (", and they discussed the border by telephone in November": a coordinated clause with a subject of its own.)
    // (", and recalled his own state visit to China in August": a coordinated verb of its own, with its own date.)
    if (after && /,\s+(?:(?:and|but)\s+)?(?:he|she|they|we|it|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)\s+(?:also\s+|later\s+|then\s+)?[a-z]+(?:ed|s)\b/.test(between)
      || /,\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+)?[a-z]+ed\b/.test(between)) continue;
    // "flew into Riyadh a week after Trump unveiled ... the 2015 deal": a date past a subordinate clause's opening is that clause's.
    // ("on his first visit since Temer took office, arrived in Brasilia on Monday": past the comma that closes the
    // subordinate clause, the subject's own verb and date come back.)
    // ("the first visit to Jordan since the fall of the Assad regime in December": a date inside a "since" phrase.)
    if (after && /\bsince\s+(?:the|a|an|his|her|their|its)\s+[^,;]{0,80}$/i.test(between)) continue;
    // ("the third U.S. president to visit Vietnam, after Bill Clinton in 2000": the date of the one named before him.)
    if (after && /\b(?:after|like|following)\s+(?:(?:President|Prime Minister|Premier|Chancellor|King)\s+)?(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}(?:in|on)\s+$/u.test(between)) continue;
    const sub = after ? SUBORDINATE.exec(between) : null;
    if (sub && !CLAUSE_RESUMED.test(between.slice(sub.index + sub[0].length))) continue;
    // "Putin, who will be re-elected in March, made a visit": a date inside an aside about the subject is not the event's.
    // ("Prayuth, the former army chief who seized power in a 2014 coup, was greeted by ...": an apposition too.)
    if (!after && /,\s+(?:who|which|whose|the|a|an)\b[^,;]*$/i.test(text.slice(sentence.start, d.range.start)) && /^[^,;]*,/.test(between)) continue;
    // "reported on Thursday that Sabhan had visited": a past perfect lies before the day it was reported.
    if (!after && /\b(?:said|says|told|reported|added|announced|confirmed|disclosed)\b/.test(text.slice(Math.max(sentence.start, d.range.start - 25), d.range.start) + between) && /\bhad\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(sentence.start, trigger.from - 20), trigger.from))) continue;
    // "arrived in Riyadh on Saturday to attend a meeting": the day is the arrival's; the meeting it was for comes after.
    if (!after && /\bto\s+(?:attend|join|take part in|participate in)\b/i.test(between)) continue;
    // ("arrived here Monday afternoon for a state visit, the first stop of a tour that will also take him to Malaysia": a
    // date outside the relative clause that holds the trigger is the main clause's.)
    if (!after && /\b(?:that|which)\s+(?:will|would|is\s+to|are\s+to|has|have|had)\s+(?:also\s+)?(?:\w+\s+)?$/i.test(between)) continue;
    // "agreed to the policy in February and then hosted Xi": a date before a coordinated "and then" is the first clause's.
    // ("due to meet Li on Friday before travelling to Chongqing on Saturday": the main clause's day is not the next stop's.)
    if (!after && /\bbefore\s+$/i.test(between) && /^(?:travell?ing|flying|heading|going|leaving|moving)\b/i.test(text.slice(trigger.from, trigger.to))) continue;
    // ("would fly to Ethiopia on Tuesday and would then travel to Nigeria": "then" puts the later stop after that day.)
    // (Not "then Prime Minister Dahal": "then" of a former title.)
    if (!after && /(?:\band|,)\s+(?:(?:would|will|is\s+to|was\s+to)\s+)?then\s*(?=[a-z]|$)(?!(?:president|prime|premier|foreign|secretary|minister|chancellor|leader|head|chief|vice|defen[cs]e|deputy)\b)/.test(between)) continue;
    const earlierClause = !after && /\b(?:and\s+then|and\s+later|then|but|and\s+(?:will|would|is\s+(?:to|due\s+to|expected\s+to|set\s+to|scheduled\s+to)|are\s+to|also))\b/i.test(between);
    // ("told reporters on Wednesday that Putin would receive them on Thursday evening": the day of the telling is not the
    // plan's.)
    const toldOfAPlan = !after && /\bthat\b[^.;]*\b(?:would|will|is\s+to|are\s+to|was\s+to|were\s+to)\b/i.test(between);
    let score = Math.max(gap, 0) * (after ? 1 : 1.4) + (otherClause ? 80 : 0) + (earlierClause ? 100 : 0) + (toldOfAPlan ? 80 : 0);
    if (d.how === 'gathering') score += 60;
    if (d.how === 'anniversary') score += 200;
    if (score < bestScore) { bestScore = score; best = d; }
  }
  return best;
}

/** The date mentions inside [from, to); `dates` is in text order (the dates stage sorts it). */
export function datesWithin(dates: DateMention[], from: number, to: number): DateMention[] {
  return itemsWithin(dates, from, to);
}

/** "his first trip since taking office on June 30": a date inside a "since" phrase measures from it; nothing happened on it. */
export function inSincePhrase(text: string, d: { range: { start: number } }, from = 0): boolean {
  // ("their first negotiations since US and Israeli strikes on Iranian nuclear facilities last June": the date of what
  // the time is counted from.)
  const before = text.slice(Math.max(from, d.range.start - 90), d.range.start);
  return /\bsince\s+(?:[\w'’-]+\s+){1,4}(?:on|in)\s+$/i.test(before.slice(-50))
    // ("his first to Ukraine since Russia's full-scale invasion nearly a year ago": a span back from the story counts too.)
    || /\bsince\s+(?!(?:then|last|early|late|mid)\b)(?:[\w'’-]+\s+){1,9}$/i.test(before)
      && /^(?:last\s|this\s|(?:(?:nearly|almost|about|some|more than|over)\s+)?(?:a|an|one|two|three|four|five|\d+)\s+(?:years?|months?|weeks?)\s+ago\b)/i.test(text.slice(d.range.start, d.range.start + 40));
}

/**
 * "Putin, who arrived on the evening of September 2, held talks": a day told in an aside about the subject, closed
 * before the subject's own verb, dates the aside only ("..., who flew in on Thursday, met Biya that evening" points
 * back at it).
 */
export function inSubjectAside(text: string, sentence: { start: number; end: number }, range: { start: number; end: number }): boolean {
  const rest = text.slice(range.end, sentence.end);
  return /,\s+who\s[^,;]*$/.test(text.slice(sentence.start, range.start)) && /^[^,;]*,\s+(?:also\s+)?[a-z]+(?:ed|s)?\b/.test(rest)
    && !/\b(?:that|the same)\s+(?:day|evening|night|afternoon|morning)\b/i.test(rest);
}

/** "Following the talks, ... were signed", "After the talks, the two ...": what came of talks told before. */
export const AFTER_THE_TALKS = /\b(?:following|after|at the end of|on the results of|in the wake of)\s+(?:the|their|these)\s+(?:talks|negotiations|meeting|consultations)\b/i;
