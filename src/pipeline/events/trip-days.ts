/** "a two-day visit", "the three-day talks", "a week-long tour": how many days a stay or a meeting lasted, or null. */
export function daysLong(text: string): number | null {
  const m = DAYS_LONG.exec(text);
  if (!m) return null;
  if (!m[1]) return 7;
  return WORD_COUNT[m[1].toLowerCase()] ?? Number(m[1]);
}

const DAYS_LONG = /\b(?:(two|three|four|five|six|seven|\d+)-day|week-long)\b/i;
const WORD_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
