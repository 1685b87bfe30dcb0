const UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19,
};
const TENS_ORDINAL: Record<string, number> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** "75th" → 75, "seventy-fifth" → 75, "twentieth" → 20; anything else null. */
export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase().trim();
  const num = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  if (num) return Number(num[1]);
  if (UNITS[w] !== undefined) return UNITS[w]!;
  if (TENS_ORDINAL[w] !== undefined) return TENS_ORDINAL[w]!;
  const parts = /^([a-z]+)[\s-]([a-z]+)$/.exec(w);
  if (parts && TENS[parts[1]!] !== undefined && UNITS[parts[2]!] !== undefined && UNITS[parts[2]!]! < 10) {
    return TENS[parts[1]!]! + UNITS[parts[2]!]!;
  }
  return null;
}

/** A regex source matching one ordinal, numeric or spelled out. */
export const ORDINAL_SOURCE = String.raw`\d{1,3}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth`;
