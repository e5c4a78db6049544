// Days people time things by that are not public holidays where the candidate lives ("before Easter", "by
// Halloween", "after Diwali", "closed for Eid"): their dates come from date-holidays, from the country that
// keeps each one (Easter and Halloween from the US list, Boxing Day from Britain's, Diwali and Lunar New Year
// from Singapore's, Ramadan and the two Eids from the UAE's), so moving feasts are right every year.
import Holidays from 'date-holidays';
import { type Day, dayOf } from './dates.js';

export interface Observance {
  date: Day;
  name: string;
}

/** Which country keeps each day, the name date-holidays gives it there, and what people call it. */
const SOURCES: ReadonlyArray<{ country: string; name: string; said: string[] }> = [
  { country: 'US', name: 'Easter Sunday', said: ['easter sunday', 'easter'] },
  { country: 'US', name: 'Halloween', said: ['halloween'] },
  { country: 'US', name: 'Christmas Eve', said: ['christmas eve', 'xmas eve'] },
  { country: 'US', name: "New Year's Eve", said: ['new year eve', 'nye'] },
  { country: 'US', name: "Valentine's Day", said: ['valentines'] },
  { country: 'US', name: "St. Patrick's Day", said: ['st. patricks', 'st patricks', 'saint patricks'] },
  { country: 'GB', name: 'Good Friday', said: ['good friday'] },
  { country: 'GB', name: 'Easter Monday', said: ['easter monday'] },
  { country: 'GB', name: 'Boxing Day', said: ['boxing'] },
  { country: 'GB', name: 'Early May bank holiday', said: ['early may bank holiday', 'may bank holiday', 'may day'] },
  { country: 'GB', name: 'Spring bank holiday', said: ['spring bank holiday', 'late may bank holiday', 'whitsun'] },
  { country: 'GB-ENG', name: 'Summer bank holiday', said: ['august bank holiday', 'summer bank holiday'] },
  { country: 'SG', name: 'Deepavali', said: ['diwali', 'deepavali', 'divali'] },
  {
    country: 'SG',
    name: 'Chinese New Year',
    said: ['lunar new year', 'chinese new year', 'spring festival', 'cny', 'tet'],
  },
  { country: 'AE', name: 'First day of Ramadan', said: ['ramadan starts', 'ramadan begins', 'ramadan'] },
  {
    country: 'AE',
    name: 'End of Ramadan (Eid al-Fitr)',
    said: ['end of ramadan', 'ramadan ends', 'ramadan is over', 'eid al-fitr', 'eid al fitr', 'eid ul fitr', 'eid'],
  },
  {
    country: 'AE',
    name: 'Feast of the Sacrifice (Eid al-Adha)',
    said: ['eid al-adha', 'eid al adha', 'eid ul adha', 'bakrid', 'eid'],
  },
];

/** Every alias, longest first, so "easter monday" is tried before "easter". */
const ALIASES = [...new Set(SOURCES.flatMap((s) => s.said))].sort((a, b) => b.length - a.length);
/** Cheap first test: most words after "by" or "after" name no such day. */
const FIRST_WORDS = new Set(ALIASES.map((a) => a.split(' ', 1)[0]!));

const byYear = new Map<number, Array<Observance & { said: string[] }>>();
const calendars = new Map<string, Holidays>();

function daysOf(year: number): Array<Observance & { said: string[] }> {
  let days = byYear.get(year);
  if (days) return days;
  days = [];
  for (const source of SOURCES) {
    let holidays = calendars.get(source.country);
    if (!holidays) {
      const [country, region] = source.country.split('-') as [string, string | undefined];
      holidays = region ? new Holidays(country, region) : new Holidays(country);
      holidays.setLanguages('en');
      calendars.set(source.country, holidays);
    }
    // The first day of a feast that lasts two ("Chinese New Year", "Deepavali" in Singapore).
    const found = holidays.getHolidays(year).find((h) => h.name === source.name);
    if (!found) continue;
    const [y, m, d] = found.date.slice(0, 10).split('-').map(Number) as [number, number, number];
    days.push({ date: dayOf(y, m, d), name: source.name, said: source.said });
  }
  byYear.set(year, days);
  return days;
}

/**
 * The first such day on or after `from` that the words name ("easter break" names Easter, "eid" the next of the
 * two Eids), within about a year; the words are as holidayKey in expected.ts leaves them (lower case, no "'s").
 */
export function observanceNamed(from: Day, year: number, words: string): Observance | undefined {
  if (!FIRST_WORDS.has(words.split(' ', 1)[0] ?? '')) return undefined;
  const alias = ALIASES.find((a) => words === a || words.startsWith(`${a} `));
  if (!alias) return undefined;
  let best: Observance | undefined;
  for (const y of [year, year + 1]) {
    for (const day of daysOf(y)) {
      if (!day.said.includes(alias) || day.date < from || day.date > from + 366) continue;
      if (!best || day.date < best.date) best = { date: day.date, name: day.name };
    }
    if (best) return best;
  }
  return best;
}
