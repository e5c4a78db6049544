import distance from 'damerau-levenshtein';
// Text helpers for reading an employer's timeline: a same-length normaliser (so a match's index maps
// back to the user's own words) and the number words people use for periods ("a couple of weeks").

/**
 * Lower-case, straight quotes, ASCII dashes and plain spaces (line breaks kept), one character for one, so indexes into the
 * result are indexes into the original (callers check the length: lower-casing a few rare letters changes it).
 */
export function normalizeSameLength(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[^\S\n]/g, ' '); // line breaks stay: replies are split into sentences at them
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  another: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
  couple: 2,
  'a couple': 2,
  'a couple of': 2,
  'couple of': 2,
  few: 3,
  'a few': 3,
  several: 4,
};

/** Regex source for one count: digits or a number word, longest alternatives first. */
export const NUMBER = `(?:\\d{1,3}(?:\\.\\d)?(?!\\.?\\d)|a couple of|couple of|a couple|couple|a few|few|several|${Object.keys(
  WORD_NUMBERS,
)
  .filter((w) => !w.includes(' ') && !['couple', 'few', 'several'].includes(w))
  .sort((x, y) => y.length - x.length)
  .join('|')})`;

/** Words that make a count vague ("a few days"): the few-days rule reads these, not a fixed period. */
export function isVague(count: string): boolean {
  return /\b(few|couple|several)\b/.test(count);
}

export function numberValue(word: string): number | undefined {
  const w = word.trim().replace(/\s+/g, ' ');
  if (/^\d+(?:\.\d)?$/.test(w)) return Number(w);
  return WORD_NUMBERS[w];
}

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Regex source for a month name or its common abbreviation (with an optional dot). */
export const MONTH = `(?:${Object.keys(MONTHS)
  .sort((x, y) => y.length - x.length)
  .join('|')})\\.?(?![a-z])`;

export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  tues: 2,
  wednesday: 3,
  thursday: 4,
  thurs: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  // Short forms people type ("EOD Fri", "mon or tues"); "sat" and "sun" are left out: they are words too.
  mon: 1,
  tue: 2,
  wed: 3,
  weds: 3,
  thu: 4,
  thur: 4,
  fri: 5,
};

export const WEEKDAY = `(?:${Object.keys(WEEKDAYS)
  .sort((x, y) => y.length - x.length)
  .join('|')})`;

/** How a period was said, in words for an explanation: "3 weeks", "10 business days". */
export function periodWords(count: number, unit: 'day' | 'week' | 'month', business = false): string {
  const shown = Number.isInteger(count) ? String(count) : count.toFixed(1);
  return `${shown} ${business ? 'business ' : ''}${unit}${count === 1 ? '' : 's'}`;
}

/** Shorthand people paste as is ("nxt wk", "2morrow"); the length may change, so quoted words come from the result. */
const SHORTHAND: Array<[RegExp, string]> = [
  [/\bnxt\b/g, 'next'],
  [/\bwk\b/g, 'week'],
  [/\bwks\b/g, 'weeks'],
  [/\b2morrow\b|\b2moro\b/g, 'tomorrow'],
  [/\bb4\b/g, 'before'],
  [/\bbiz\b/g, 'business'],
  [/\bbus\.?(?=\s+days)/g, 'business'],
  [/\bmth\b/g, 'month'],
  [/\bwknd\b/g, 'weekend'],
  // "10-ish days", "Friday-ish", "1 1/2 weeks".
  [/(?<=\w)-ish\b|(?<=\d)ish\b/g, ''],
  [/\b(\d)\s+1\/2\b/g, '$1.5'],
  [/\b(end\s+of|next|this|the|a)\s+mo\b/g, '$1 month'],
  [/\b(\d{1,2})\s*(?:bds?|bdays?|bizdays?)\b/g, '$1 business days'],
  // Common misspellings of the words a timeline turns on.
  [/\b(?:tommorow|tomorow|tommorrow|tomorrw|tmrow)\b/g, 'tomorrow'],
  [/\b(?:wendesday|wensday|wednsday|wedensday|wendsday|wedsday|wednesay)\b/g, 'wednesday'],
  [/\b(?:thurday|thusday|thrusday|thursay)\b/g, 'thursday'],
  [/\b(?:firday|fridy|friady)\b/g, 'friday'],
  [/\b(?:tusday|tuseday|tuesdy|teusday)\b/g, 'tuesday'],
  [/\b(?:mondy|monady)\b/g, 'monday'],
  [/\b(next|this|the|a|per|of)\s+weak\b/g, '$1 week'],
  // Nigerian and Indian English: "next week Friday" is "next Friday".
  [/\bnext\s+week\s+(monday|tuesday|wednesday|thursday|friday)\b/g, 'next $1'],
  [/\bbuisness\b|\bbusniess\b|\bbussiness\b/g, 'business'],
  [/\bfortnite\b/g, 'fortnight'],
  // "post Labour Day": after it.
  [
    /\bpost[\s-]+(?=(?:labou?r|memorial|thanksgiving|christmas|xmas|easter|new\s+year|the\s+(?:holidays?|long\s+weekend|break|fourth))\b)/g,
    'after ',
  ],
  [/\blabour\s+day\b/g, 'labor day'],
  [/\bveterens\b/g, 'veterans'],
  [/\bwrki?ng\b/g, 'working'],
  // "3/4 weeks" is three or four weeks; "in d coming days" is "in the coming days".
  [/\b(\d{1,2})\/(\d{1,2})(?=\s*(?:business\s+|working\s+)?(?:days?|weeks?|months?)\b)/g, '$1-$2'],
  [/\bin\s+d\s+(?=coming\b)/g, 'in the '],
  // "in the coming weeks" is said like "in a few weeks".
  [/\b(?:the\s+)?coming\s+weeks\b/g, 'a few weeks'],
  // "ten (10) business days": the digits in brackets repeat the number.
  [/\s*\(\d{1,3}\)/g, ''],
];

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Words that look like a weekday to the edit distance but are words of their own. */
const NOT_DAYS = new Set([
  'mondays',
  'tuesdays',
  'wednesdays',
  'thursdays',
  'fridays',
  'sundae',
  'sundays',
  'saturdays',
]);

/**
 * A weekday typed with one slip ("thursdy", "tuesdya", "frday", "wednseday"): one edit (a swap counts as one),
 * two for the long "wednesday"; the first two letters must be right, so other words are left alone.
 */
function fixWeekday(word: string): string {
  if (NOT_DAYS.has(word) || DAY_NAMES.includes(word)) return word;
  for (const name of DAY_NAMES) {
    if (name[0] !== word[0] || name[1] !== word[1]) continue;
    if (Math.abs(name.length - word.length) > 2) continue;
    if (distance(word, name).steps <= (name.length >= 9 ? 2 : 1)) return name;
  }
  return word;
}
/** Words that might be a weekday with a slip: its first two letters, a "d" somewhere after (cheap to test). */
const WEEKDAY_LIKE = /\b(?:mo|tu|we|th|fr|sa|su)(?=[a-z]{3,8}\b)[a-z]*d[a-z]*/g;

export function expandShorthand(said: string): string {
  // replace() with a global regex starts from 0 and leaves lastIndex at 0: safe to share.
  const text = said.replace(WEEKDAY_LIKE, fixWeekday);
  if (
    !/\b(?:nxt|wknd|wks?|2mor|b4|biz|bus|mth|coming\s+weeks|weak|mo\b|\d+\s*b|tom|tmrow|we[dn]|thu|thr|fir|frid|tus|tue|teu|mon[ad]|bui|bus|fortnite|veterens|wrk|in\s+d\s|post|labour)|\(\d|-ish\b|\dish\b|\d\s+1\/2|\d\/\d{1,2}\s*[bwdm]/.test(
      text,
    )
  )
    return text;
  let out = text;
  for (const [re, to] of SHORTHAND) out = out.replace(re, to);
  return out;
}
