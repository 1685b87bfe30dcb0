// Cheap test before chrono runs: a month, a weekday, a digit, or a relative word.
const MIGHT_HOLD_DATE = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b|\b(today|tonight|yesterday|tomorrow|last|next|this|ago|later in the day|half of the year|end of the|anniversary|summit|meeting|conference|forum|council)\b/i;

/** Whether a sentence may hold a date expression worth parsing. */
export const mightHoldDate = (text: string): boolean => MIGHT_HOLD_DATE.test(text);
