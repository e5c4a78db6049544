// Reads the employer's words with the rules of rules.ts: every match of a rule in priority order (so a
// rejected match, such as "last Tuesday", does not hide a later one), the later of two bounds ("Monday or
// Tuesday"), guesses after a span ("next week, maybe Thursday") only when nothing else reads, and whole
// pasted sentences clause by clause (clauses.ts), never reading a story or another event as the answer.
import { type Clause, clausesOf, roleOf } from './clauses.js';
import type { Day } from './dates.js';
import { longDate, nextDayOfMonth, nextWeekday, weekdayOfWeek } from './dates.js';
import { chronoDate } from './fallback.js';
import { LONG_PROCESS_RULE, type Reading, RULES, type Rule, type RuleContext } from './rules.js';
import { numberValue, WEEKDAY, WEEKDAYS } from './text.js';

export interface Found {
  reading: Reading;
  index: number;
  length: number;
  /** The reading came from a clause that does not clearly talk about the answer. */
  unsure?: boolean;
}

/** Global copies of the rules' patterns, so a rule can look past a match it rejects ("last Tuesday ... by Friday"). */
const GLOBAL = new Map<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags}g`);
    GLOBAL.set(re, g);
  }
  return g;
}

/** "told me on Monday that ...": the day something already happened, not the answer's. */
const TOLD_ON =
  /\b(?:told|said|called|emailed|wrote|interviewed|met|spoke|talked|heard|replied|texted|messaged|rang|phoned|was|were|had)\s+(?:me\s+|us\s+|back\s+|with\s+\w+\s+)?on\s+$/;

/** "On Tuesday they said by Friday": a day followed by its telling is when it was said. */
const TOLD_AFTER =
  /^\s*,?\s*(?:they|he|she|hr|i|we|the\s+(?:recruiter|manager|hiring\s+manager|interviewer))\s+(?:said|told|called|emailed|mentioned|wrote|replied|texted|rang|phoned|got\s+back|asked)\b/;

/** The day of writing, not the answer's: "and now it's Tuesday of the following week", "today is the 20th". */
const NOW_IS =
  /\b(?:now\s+it'?s|it'?s\s+now|it\s+is\s+now|today\s+is|today'?s|now\s+(?:is|it\s+is))\s+(?:the\s+|already\s+)?$/;

/** A verb of TOLD_ON that is still to come: "once the panel has met on", "after they have talked on". */
const STILL_TO_COME = /\b(?:once|when|after|until|till)\s+[^,.;]*\b(?:has|have|'s|'ve)\s+\w+\s+(?:\w+\s+)?on\s+$/;

/** The day of another event named just before it: "a start date of July 1", "the last round is on the 24th". */
const EVENT_ON =
  /\b(?:start(?:ing)?(?:\s+date)?|round|interview|onsite|on-site|panel|meeting|one)\s+(?:date\s+)?(?:is\s+|was\s+|would\s+be\s+|will\s+be\s+|of\s+|set\s+for\s+|scheduled\s+for\s+)(?:on\s+)?(?:the\s+)?$|\b(?:round|interviews?|onsite|on-site|screen)\s+(?:is\s+|was\s+)?$/;

/**
 * A match that is not the answer's day: right after "last" or before "ago" (a day already past: "last
 * Tuesday", "two weeks ago"), or the day of another event named just before it.
 */
function isPastMention(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  if (/\b(?:last|past|previous)\s+$/.test(before)) return true;
  // "now it's Tuesday" is the day of writing; "now it's pushed to April" is an update.
  if (NOW_IS.test(before) && !/^(?:pushed|moved|delayed|postponed)\b/.test(text.slice(index))) return true;
  if (!eventDays && EVENT_ON.test(before)) return true;
  // "once the panel has met on the 14th" is still to come.
  if (TOLD_ON.test(before) && !STILL_TO_COME.test(text.slice(Math.max(0, index - 60), index))) return true;
  const after = text.slice(index + length, index + length + 40);
  return /^\s*(?:ago|earlier)\b/.test(after) || TOLD_AFTER.test(after);
}

function readRule(rule: Rule, text: string, ctx: RuleContext, hedged = true): Found | undefined {
  const re = globalOf(rule.re);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    if (isPastMention(text, m.index, m[0].length)) continue;
    if (!hedged && hedgedAt(text, m.index)) continue;
    const reading = rule.read(m, ctx);
    if (reading) return { reading, index: m.index, length: m[0].length };
    // A match the rule rejects may hide a shorter one inside it ("until after Labor Day").
    re.lastIndex = m.index + 1;
  }
  return undefined;
}

/**
 * Two bounds, so the later one: "Monday or Tuesday", "this week or early next", "a couple of weeks, maybe
 * two or three". The words after "or" (or a hedge) are read alone, and with the first reading's unit when
 * they leave it out.
 */
const OR_NEXT =
  /^\s*\/\s*|^\s*,?\s*(?:or|to|through|-|\/|(?:,\s*)?(?:(?:at\s+the\s+)?latest|at\s+the\s+(?:very\s+)?latest)|(?:but\s+|or\s+|and\s+)?(?:more|most)\s+likely|but\s+(?:probably|maybe|possibly|likely)|if\s+not(?:\s+then)?|(?:but\s+|and\s+|or\s+)?no\s+later\s+than|(?:but\s+)?(?:it\s+)?(?:might|could|may)\s+(?:be|slip\s+(?:to|into)|go\s+(?:to|into))|maybe|possibly|perhaps|probably|(?:so\s+|and\s+|but\s+)?(?:probably\s+|maybe\s+|likely\s+)?not\s+(?:until|before))\s+(?:maybe\s+|possibly\s+|perhaps\s+|even\s+)?/;
/** A bare weekday or day of the month as a second bound, read from the first one. */
const BARE_DAY = new RegExp(
  `^(?:on\\s+)?(?:the\\s+)?(?:(${WEEKDAY})(?:\\s+(?:after|following)(?:\\s+that)?)?|(\\d{1,2})(?:st|nd|rd|th))$`,
);

/** "by the end of May, but June at the latest": a bound named as the latest, after "but" or "and". */
const LATEST_NEXT =
  /^\s*(?:,\s*(?:(?:but|and|or)\s+)?|(?:but|and|or)\s+)(?:definitely\s+|certainly\s+|surely\s+)?(?=[^,;.!?]{1,30}?\s+(?:at\s+the\s+(?:very\s+)?latest|latest|tops|max|at\s+most)\b)/;
const UNIT = /\b(days?|weeks?|months?)\s*$/;

export function readText(text: string, ctx: RuleContext): Found | undefined {
  hedgeSkipped = false;
  // A second pass, with guesses, only when the first one passed over a guess.
  const read = readFirst(text, ctx, false) ?? (hedgeSkipped ? readFirst(text, ctx, true) : undefined);
  const found = read && periodAfter(text, laterBefore(text, read, ctx));
  const firstBy = found?.reading.by;
  if (!found || firstBy === undefined) return found;
  const end = found.index + found.length;
  // "between Wednesday and Friday" is two bounds too.
  const between =
    /\bbetween\s+(?:the\s+)?$/.test(text.slice(Math.max(0, found.index - 14), found.index)) ||
    text.startsWith('between', found.index);
  const or = (between ? /^\s*and\s+/ : OR_NEXT).exec(text.slice(end)) ?? LATEST_NEXT.exec(text.slice(end));
  if (!or) return found;
  const restStart = end + or[0].length;
  // Only the words right after "or", up to the next comma or clause: "Monday or Tuesday, then ...".
  // "next week or the week after": the week after that one.
  // Only the bound, not its reason: "the week after since the manager is away".
  const rest = (
    text.slice(restStart).split(/[,;.!?()]|\s(?:since|because|as|if|when|depending|due|unless|so)\s/, 1)[0] ?? ''
  )
    .replace(/^(?:the\s+)?day\s+after\s*$/, 'the day after tomorrow')
    .replace(/["'\s]+$/, '')
    .replace(/\s+(?:at\s+the\s+(?:very\s+)?latest|latest|tops|max|at\s+most)\s*$/, '')
    .trimEnd();
  // "end of next week, latest the Monday after", "next Monday or Tuesday", "June 5th or 6th": a bare day
  // after the first bound counts from it.
  // "before Thanksgiving, if not the week after": the week after the first bound's.
  // ("after Thanksgiving, probably the week after" only says which week after it: the first reading's.)
  if (/^(?:the\s+)?week\s+after(?:\s+that)?$/.test(rest)) {
    if (/^(?:after|following|past)\b/.test(text.slice(found.index))) return found;
    const by = Math.max(ctx.calendar.onOrBefore(weekdayOfWeek(firstBy, 5, 1)), firstBy);
    return {
      reading: {
        kind: 'relative',
        by,
        explain: (words) => `They said "${words}", so the later of the two: by ${longDate(by)}.`,
      },
      index: found.index,
      length: restStart + rest.length - found.index,
    };
  }
  const after = BARE_DAY.exec(rest);
  // A bare weekday after a span's end is a guess inside it ("next week, maybe Thursday"), unless "after" says so.
  if (after && (found.reading.kind === 'date' || !after[1] || /\b(?:after|following)\b/.test(rest))) {
    const by = after[1] ? nextWeekday(firstBy, WEEKDAYS[after[1]]!) : nextDayOfMonth(firstBy, Number(after[2]));
    if (by === undefined || by <= firstBy) return found;
    return {
      reading: { kind: 'date', by, explain: () => `They said they would decide by ${longDate(by)}.` },
      index: found.index,
      length: restStart + rest.length - found.index,
    };
  }
  if (rest.split(/\s+/).length > 6) return found;
  const unit = UNIT.exec(text.slice(found.index, end))?.[1];
  // "early next" leaves out the first reading's unit: "early next month".
  const tries = unit
    ? [rest, rest.replace(/\b(next|following)\b(?!\s+(?:day|week|month)s?\b)/, `$1 ${unit}`), `${rest} ${unit}`]
    : between
      ? [rest, `by ${rest}`] // "between Christmas and New Year": a holiday is read as a deadline
      : /\b(?:next|following)$/.test(rest)
        ? [rest, `${rest} week`] // "EOW/early next"
        : [rest];
  for (const t of tries) {
    const second = readFirst(t, { ...ctx, text: t }, true);
    const by = second?.reading.by;
    if (!second || by === undefined || !/^\s*(?:the\s+)?$/.test(t.slice(0, second.index))) continue;
    if (by <= firstBy) return found;
    const length = Math.min(restStart + second.index + second.length, restStart + rest.length) - found.index;
    return { reading: second.reading, index: found.index, length };
  }
  return found;
}

/**
 * An afterthought guess inside a span ("next week, maybe Thursday"), or a lower bound ("not before the 10th"),
 * is read only when nothing else is. Set
 * when a pass skipped one; reading is synchronous, and readText resets it first.
 */
let hedgeSkipped = false;

/** Is the match at `index` a guess ("maybe Thursday")? Notes that one was passed over, for a second pass. */
function hedgedAt(text: string, index: number): boolean {
  const hedged = HEDGED.test(text.slice(Math.max(0, index - 16), index));
  if (hedged) hedgeSkipped = true;
  return hedged;
}
const HEDGED =
  /(?:(?:,|\bor)\s*(?:maybe|possibly|perhaps|probably)\s+(?:on\s+|by\s+)?|\b(?:not|no\s+sooner|no\s+earlier)\s+(?:before|than|until)\s+)(?:the\s+)?$/;

/** "... by April 24, with decisions a week after": the period is counted from the date just read. */
const AFTER_THAT =
  /^[^.;!?]{0,30}?\b(a|one|two|three|a\s+couple\s+of|\d{1,2})\s+(days?|weeks?)\s+(?:after|later|after\s+that)\b/;

function periodAfter(text: string, found: Found): Found {
  const by = found.reading.by;
  if (by === undefined || found.reading.kind === 'long-process') return found;
  const m = AFTER_THAT.exec(text.slice(found.index + found.length));
  if (!m) return found;
  const count = numberValue(m[1]!.replace(/\s+/g, ' ')) ?? 1;
  const days = m[2]!.startsWith('week') ? count * 7 : count;
  const end = by + days;
  const length = found.length + m.index + m[0].length;
  return {
    ...found,
    length,
    reading: {
      kind: 'relative',
      by: end,
      explain: (words) =>
        `They said "${words}", which we read as ${days} days after ${longDate(by)}: by ${longDate(end)}.`,
    },
  };
}

/** A reading after "or" ("end of next week or the following Monday"): the bound before it, when later. */
function laterBefore(text: string, found: Found, ctx: RuleContext): Found {
  const by = found.reading.by;
  if (by === undefined) return found;
  const before = text.slice(0, found.index);
  const or = /\s+or\s+(?:maybe\s+|possibly\s+|perhaps\s+|even\s+)?$/.exec(before);
  if (!or) return found;
  const start = Math.max(before.lastIndexOf(',', or.index), before.lastIndexOf(';', or.index)) + 1;
  const part = text.slice(start, or.index);
  const first = readFirst(part, { ...ctx, text: part }, true);
  if (!first || first.reading.by === undefined || first.reading.by <= by) return found;
  return {
    reading: first.reading,
    index: start + first.index,
    length: found.index + found.length - start - first.index,
  };
}

/** The first rule, in priority order, that reads the text; then chrono for explicit dates. */
function readFirst(text: string, ctx: RuleContext, hedged: boolean): Found | undefined {
  for (const rule of [LONG_PROCESS_RULE, ...RULES]) {
    const found = readRule(rule, text, ctx, hedged);
    if (found) return found;
  }
  const fallback = chronoDate(text, ctx.today, ctx.monthFirst);
  if (
    fallback &&
    !isPastMention(text, fallback.index, fallback.text.length) &&
    (hedged || !hedgedAt(text, fallback.index)) &&
    !/^(?:last|past|previous)\b|\bago$/.test(fallback.text.trim())
  ) {
    const by = fallback.by;
    return {
      reading: { kind: 'date', by, explain: () => `They said they would decide by ${longDate(by)}.` },
      index: fallback.index,
      length: fallback.text.length,
    };
  }
  return undefined;
}

/** A clause that only says who said it: "they said", "she reckons", "apparently". */
const ATTRIBUTION =
  /^\W*(?:(?:they|he|she|hr|the\s+\w+|recruiter|manager|interviewer)\s+(?:said|says|told\s+me|mentioned|reckons?|thinks?|reckoned)|apparently|supposedly)\W*$/;

/** A match inside one clause, moved to the whole text's indexes. */
function inClause(
  text: string,
  clause: Clause,
  ctx: RuleContext,
  read: (t: string, c: RuleContext) => Found | undefined,
) {
  const part = withoutAsides(text.slice(clause.start, clause.end));
  const found = read(part, { ...ctx, text: part });
  return found && { ...found, index: found.index + clause.start };
}

/**
 * Blanks the comma-separated parts of a clause that are about something else ("first round was on the 3rd,
 * second round is this Friday, decision after that"), keeping indexes; a clause of one part stays whole.
 */
function withoutAsides(clause: string): string {
  if (!clause.includes(',')) return clause;
  const parts = clause.split(',');
  const roles = parts.map((p) => roleOf(p));
  if (roles.every((r) => r === 'other' || r === 'narrative')) return clause;
  return parts.map((p, i) => (roles[i] === 'other' || roles[i] === 'narrative' ? ' '.repeat(p.length) : p)).join(',');
}

/**
 * Reads a phrase or a whole pasted sentence: clauses that tell a story ("I interviewed on Monday") are never
 * read; a long process anywhere shapes the plan first; then clauses about the answer come before the rest.
 */
export function readWhole(text: string, ctx: RuleContext): Found | undefined {
  // A short phrase with no punctuation ("by next week") is one clause: skip the splitting.
  if (text.length < 48 && !/[.,;!?()\n]|\s(?:and|but|so)\s/.test(text)) {
    const role = roleOf(text);
    return role === 'narrative' || role === 'other' ? undefined : readText(text, ctx);
  }
  const clauses = clausesOf(text);
  if (clauses.length === 1 && clauses[0]!.role !== 'narrative' && clauses[0]!.role !== 'other') {
    const found = readText(withoutAsides(text), ctx);
    return found && following(text, found, ctx);
  }
  // Stories and other events (a start date, another round) are never the answer.
  const usable = clauses.filter((c) => c.role === 'answer' || c.role === 'plain');
  for (const clause of usable) {
    const found = inClause(text, clause, ctx, (t, c) => readRule(LONG_PROCESS_RULE, t, c));
    if (found) return found;
  }
  // Several clauses about the answer are steps towards it ("the team debriefs on Friday and she'll call me
  // Monday"): the last day named is the answer, as with two bounds.
  let latest: Found | undefined;
  for (const clause of usable) {
    if (clause.role !== 'answer') continue;
    const read = inClause(text, clause, ctx, readText);
    const found = read && following(text, read, ctx);
    if (found && (!latest || (found.reading.by ?? 0) > (latest.reading.by ?? 0))) latest = found;
  }
  if (latest) return latest;
  // "Within the next fortnight, they said.": the words around say whose timing it is.
  const attributed = clauses.some((c) => ATTRIBUTION.test(text.slice(c.start, c.end)));
  for (const clause of usable) {
    if (clause.role !== 'plain') continue;
    const found = inClause(text, clause, ctx, readText);
    if (found) return following(text, attributed ? found : { ...found, unsure: true }, ctx);
  }
  return undefined;
}

/** Set while reading an earlier clause for the day "the following week" counts from: another event's day counts. */
let eventDays = false;

/** "the following Monday", "the following week", read after the day of an earlier clause. */
const FOLLOWING = new RegExp(
  `^(?:the\\s+)?following\\s+(${WEEKDAY}|week)\\b|^(?:(?:the\\s+)?end\\s+of\\s+)?that\\s+(?:same\\s+)?(week)\\b|^(${WEEKDAY})\\s+of\\s+that\\s+(?:same\\s+)?week\\b`,
);

/**
 * "Our team is off June 19, so you'll hear from us the following Monday", "the CEO wants to meet me next
 * Tuesday, then they'll make an offer by the end of that week": counted from the day an earlier clause named
 * (any clause but the story), not from the interview.
 */
function following(text: string, found: Found, ctx: RuleContext): Found {
  const m = FOLLOWING.exec(text.slice(found.index));
  if (!m) return found;
  let anchor: Day | undefined;
  for (const part of text.slice(0, found.index).split(/[,;.!?()]|\s(?:and|so|but|then)\s/)) {
    if (!/\d|day\b/.test(part) || roleOf(part) === 'narrative') continue;
    eventDays = true;
    const by = readFirst(part, { ...ctx, text: part }, true)?.reading.by;
    eventDays = false;
    if (by !== undefined && by > ctx.today) anchor = by;
  }
  if (anchor === undefined) return found;
  const from = anchor;
  const friday = (weeks: number) => Math.max(ctx.calendar.onOrBefore(weekdayOfWeek(from, 5, weeks)), from);
  const by = m[2]
    ? friday(0)
    : m[3]
      ? Math.max(weekdayOfWeek(from, WEEKDAYS[m[3]]!, 0), from)
      : m[1] === 'week'
        ? friday(1)
        : nextWeekday(from, WEEKDAYS[m[1]!]!);
  return {
    ...found,
    reading: {
      kind: m[2] || m[1] === 'week' ? 'relative' : 'date',
      by,
      explain: (words) => `They said "${words}", counted from ${longDate(from)}: by ${longDate(by)}.`,
    },
  };
}
