/**
 * Whether the clause around a date speaks of the future or the past. Decides
 * which way a bare weekday or a month without a year resolves: news reports
 * past events ("met on Monday") far more often than plans ("will meet on Monday").
 */
export type Tense = 'past' | 'future' | 'neutral';

const FUTURE = /\b(will|['’]ll|shall|would|could|might|is to|are to|to be held|be held|to hold|to visit|to meet|to travel|to attend|scheduled|expected|plans? to|(?<!\b(?:a|the|his|her|their|its)\s)planned|planning|due to|is due|are due|set to|upcoming|forthcoming|next|ahead of|later this|to host|intends? to|hopes? to|going to|heads to|heads for|leaves for|departs for|travels (?:on )?to|flies (?:on )?to|goes on to|heads on to|set for|slated for|fixed for|penciled in for|postponed (?:to|until|till)|put off (?:to|until)|moved to|pushed back to|rescheduled for)\b/i;
const PAST = /\b(was|were|had|has been|have been|did|met|(?<!\bbe\s)held|said|told|visited|signed|arrived|spoke|called|announced|ago|last|earlier|former|took place|opened|began|started|ended|closed|concluded|wrapped up|(?<!\b(?:be|to)\s)(?:flew|landed|travell?ed|went|came|returned|hosted|received|welcomed|attended|discussed|agreed|paid|left|reached))\b/i;

/**
 * Tense of a date at [start, end) in a sentence: the words of its own clause
 * (back to the previous clause break, ahead to the next) decide; the nearest
 * cue to the date wins when both kinds appear.
 */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  const before = clauseBefore(sentence, start);
  const after = clauseAfter(sentence, end);
  const fb = lastIndex(FUTURE, before), pb = lastIndex(PAST, before);
  if (fb >= 0 || pb >= 0) return fb > pb ? 'future' : 'past';
  // "was scheduled to", "was due to": a future cue anywhere after the date wins over a past auxiliary.
  const fa = firstIndex(FUTURE, after), pa = firstIndex(PAST, after);
  // ("Orban on Wednesday met party leaders to prepare for next year's election": a past main verb right after the
  // date is its tense, whatever the clause says of later plans.)
  if (pa >= 0 && (fa < 0 || pa < fa) && /^\s*(?:met|held|hosted|received|visited|signed|spoke|talked|called|arrived|flew|travell?ed)\b/i.test(after.slice(pa))) return 'past';
  if (fa >= 0) return 'future';
  if (pa >= 0) return 'past';
  return 'neutral';
}

function clauseBefore(s: string, start: number): string {
  const head = s.slice(0, start);
  const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf(' but '), head.lastIndexOf(' while '));
  const clause = head.slice(Math.max(0, cut, start - 120));
  // "Lavrov said Russia is ready for talks on November 2": the reported clause has its own tense; the reporting
  // verb decides only when it stands right by the date ("said on Monday").
  const report = lastMatchEnd(REPORTED, clause);
  return report >= 0 && clause.slice(report).trim().split(/\s+/).length >= 3 ? clause.slice(report) : clause;
}

const REPORTED = /\b(?:said|says|told\s+\w+|added|announced)\b(?:\s+(?:that|on\s+\w+|\w+day))?/gi;

function lastMatchEnd(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let end = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) end = m.index + m[0].length;
  return end;
}

function clauseAfter(s: string, end: number): string {
  // "On Wednesday, Ruto was scheduled to ...": the clause goes on past the comma right after the date.
  const tail = s.slice(end, end + 80).replace(/^[\s,]+/, '');
  const cut = tail.search(/[;,]| but | while /);
  return cut >= 0 ? tail.slice(0, cut) : tail;
}

function lastIndex(re: RegExp, s: string): number {
  const g = new RegExp(re.source, 'gi');
  let last = -1;
  for (let m = g.exec(s); m; m = g.exec(s)) last = m.index;
  return last;
}

function firstIndex(re: RegExp, s: string): number {
  return s.search(re);
}
