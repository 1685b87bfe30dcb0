/**
 * Words that end in a full stop without ending a sentence. Intl.Segmenter
 * breaks after most of them ("Mr. | Smith"); the sentence splitter glues
 * such breaks back. Lower case, without the final dot.
 */

/** Titles before a name: never the end of a sentence. */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'cpt', 'maj', 'sgt', 'adm', 'cmdr', 'brig',
  'sen', 'rep', 'gov', 'pres', 'amb', 'rev', 'hon', 'st', 'ste', 'mt', 'ft', 'messrs', 'supt', 'insp', 'smt', 'shri',
]);

/** Not an end when a number follows: months ("Jan. 5", "Nov. 3-14") and numbering ("No. 10"). */
export const NUMBER_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'art', 'fig', 'p', 'pp', 'para',
]);

/** Can end a sentence, but usually do not: glued unless a usual sentence opener follows. */
export const OTHER_ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'etc', 'vs', 'cf', 'approx', 'est', 'jr', 'sr', 'dept', 'govt', 'intl',
]);

/**
 * Words that commonly open a sentence: after a dotted acronym ("U.S.") a break
 * is kept only before one of these ("... with the U.S. The talks ...").
 */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at',
  'this', 'that', 'these', 'those', 'there', 'his', 'her', 'its', 'their', 'our', 'my', 'meanwhile', 'however',
  'after', 'before', 'when', 'while', 'if', 'as', 'asked', 'according', 'last', 'earlier', 'later', 'both', 'some',
  'many', 'most', 'no', 'not', 'for', 'from', 'with', 'what', 'who', 'why', 'how', 'one', 'two', 'also', 'still',
  'since', 'during', 'under', 'among', 'although', 'though', 'other', 'such', 'all', 'each', 'several', 'officials',
]);
