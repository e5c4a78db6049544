// Reads the employer's words with the rules of rules.ts: every match of a rule in priority order (so a
// rejected match, such as "last Tuesday", does not hide a later one), the later of two bounds ("Monday or
// Tuesday"), guesses after a span ("next week, maybe Thursday") only when nothing else reads, and whole
// pasted sentences clause by clause (clauses.ts), never reading a story or another event as the answer.
import { type Clause, clausesOf, roleOf } from './clauses.js';
import type { Day } from './dates.js';
import { longDate, nextDayOfMonth, nextWeekday, weekdayOfWeek } from './dates.js';
import { chronoDate } from './fallback.js';
import { FEW_DAYS, LONG_PROCESS_RULE, type Reading, RULES, type Rule, type RuleContext } from './rules.js';
import { numberValue, WEEKDAY, WEEKDAYS } from './text.js';

export interface Found {
  reading: Reading;
  index: number;
  length: number;
  /** The reading came from a clause that does not clearly talk about the answer. */
  unsure?: boolean;
  /** Counted from a day named before it ("so the Monday after"): it refines what came before. */
  anchored?: boolean;
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
  /\b(?:told|said|called|emailed|wrote|interviewed|met|spoke|talked|heard|replied|texted|messaged|rang|phoned|was|were|had)\s+(?:me\s+|us\s+|back\s+|with\s+\w+\s+)?on\s+$|\b(?:interviewed|met|spoke|talked|called|emailed|rang|phoned|texted|messaged)\s+(?:me|us|with\s+(?:them|her|him))\s+(?:last\s+|this\s+past\s+)?$/;

/** "I had a final interview on Tuesday": the day of a meeting already had, not the answer's. */
const HAD_ON =
  /\b(?:had|did|did\s+my|attended|finished|got|received)\s+(?:a|an|my|the|our|their)\s+(?:[a-z-]+\s+){0,2}(?:interview|call|chat|meeting|screen|round|onsite|panel|email|e-mail|message|text|voicemail|reply)\s+(?:on\s+)?$/;

/** "On Tuesday they said by Friday": a day followed by its telling is when it was said. */
const TOLD_AFTER =
  /^\s*,?\s*(?:they|he|she|hr|i|we|the\s+(?:recruiter|manager|hiring\s+manager|interviewer))\s+(?:said|told|called|emailed|mentioned|wrote|replied|texted|rang|phoned|got\s+back|asked)\b/;

/** Words that name a day still to come, so never the day something was said. */
const FUTURE_DAY = /^(?:by\s+|before\s+)?(?:tomorrow|tmrw|tmr|next\b|this\s+coming\b|the\s+day\s+after\s+tomorrow)/;

/** The day of writing, not the answer's: "and now it's Tuesday of the following week", "today is the 20th". */
const NOW_IS =
  /\b(?:now\s+it'?s|it'?s\s+now|it\s+is\s+now|today\s+is|today'?s|now\s+(?:is|it\s+is))\s+(?:the\s+|already\s+)?$/;

/** A verb of TOLD_ON that is still to come: "once the panel has met on", "after they have talked on". */
const STILL_TO_COME = /\b(?:once|when|after|until|till)\s+[^,.;]*\b(?:has|have|'s|'ve)\s+\w+\s+(?:\w+\s+)?on\s+$/;

/** The day of another event named just before it: "a start date of July 1", "the last round is on the 24th". */
const EVENT_ON =
  /\b(?:start(?:ing)?(?:\s+date)?|round|interview|onsite|on-site|panel|meeting|one)\s+(?:date\s+)?(?:is\s+|was\s+|would\s+be\s+|will\s+be\s+|of\s+|set\s+for\s+|scheduled\s+for\s+)(?:on\s+)?(?:the\s+)?$|\b(?:round|interviews?|onsite|on-site|screen|(?:bank\s+|public\s+)?holiday)\s+(?:is\s+|was\s+)?(?:on\s+)?$/;

/**
 * A match that is not the answer's day: right after "last" or before "ago" (a day already past: "last
 * Tuesday", "two weeks ago"), or the day of another event named just before it.
 */
function isPastMention(text: string, index: number, length: number, ctx: RuleContext): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  if (/\b(?:last|past|previous)\s+$/.test(before)) return true;
  // A day turned down: "next Tuesday, not tomorrow". "if not Monday" is a second bound, "not until" a lower one;
  // in "if not tomorrow, then Friday" the bound is the day after "then".
  if (/\bnot\s+$/.test(before) && !/^(?:before|until|till|after|later)\b/.test(text.slice(index))) {
    const ifNot = /\bif\s+not\s+$/.test(before);
    if (!ifNot || /^\s*,?\s*then\b/.test(text.slice(index + length))) return true;
  }
  // "now it's Tuesday" is the day of writing; "now it's pushed to April" is an update.
  if (NOW_IS.test(before) && !/^(?:pushed|moved|delayed|postponed)\b/.test(text.slice(index))) return true;
  if (!ctx.anchor && EVENT_ON.test(before)) return true;
  if (HAD_ON.test(before)) return true;
  // "once the panel has met on the 14th" is still to come.
  if (TOLD_ON.test(before) && !STILL_TO_COME.test(text.slice(Math.max(0, index - 60), index))) return true;
  const after = text.slice(index + length, index + length + 40);
  if (/^\s*(?:ago|earlier)\b/.test(after)) return true;
  // "next Thursday, they said", "COB tomorrow they said": a day still to come is what they said, not when.
  const words = text.slice(index, index + length);
  if (FUTURE_DAY.test(words) || /\b(?:by|before|until|till|no\s+later\s+than)\s+$/.test(before)) return false;
  return TOLD_AFTER.test(after);
}

function readRule(rule: Rule, text: string, ctx: RuleContext, hedged = true): Found | undefined {
  if (rule.anchorOnly && !ctx.anchor) return undefined;
  const re = globalOf(rule.re);
  // The shared regex's position is set before every exec, so a rule that reads again inside its own read
  // (or any nested call) cannot move this loop.
  let from = 0;
  for (;;) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) return undefined;
    from = m[0] === '' ? m.index + 1 : m.index + m[0].length;
    if (isPastMention(text, m.index, m[0].length, ctx)) continue;
    if (!hedged && hedgedAt(text, m.index, ctx, m[0])) continue;
    const reading = rule.read(m, ctx);
    if (reading) return { reading, index: m.index, length: m[0].length };
    // A match the rule rejects may hide a shorter one inside it ("until after Labor Day").
    from = m.index + 1;
  }
}

/**
 * Two bounds, so the later one: "Monday or Tuesday", "this week or early next", "a couple of weeks, maybe
 * two or three". The words after "or" (or a hedge) are read alone, and with the first reading's unit when
 * they leave it out.
 */
const OR_NEXT =
  /^\s*\/\s*|^\s*(?:(?:hopefully|ideally|probably)\s*)?,?\s*(?:or|otherwise|failing\s+that|or\s+else|to|through|-|\/|(?:,\s*)?(?:(?:at\s+the\s+)?latest|at\s+the\s+(?:very\s+)?latest)|(?:but\s+|or\s+|and\s+)?(?:more|most)\s+likely|but\s+(?:probably|maybe|possibly|likely)|if\s+not(?:\s+then)?|(?:but\s+|and\s+|or\s+)?no\s+later\s+than|(?:but\s+)?(?:(?:they|he|she)\s+)?(?:said\s+)?(?:it\s+)?(?:might|could|may)\s+(?:be|slip\s+(?:to|into)|go\s+(?:to|into))|maybe|possibly|perhaps|probably|(?:so\s+|and\s+|but\s+)?(?:probably\s+|maybe\s+|likely\s+)?not\s+(?:until|before)|(?:but\s+|and\s+)?(?:to\s+)?(?:give|allow)\s+(?:them|us|it|him|her)\s+(?:until|till|til|through)|(?:but\s+|and\s+|though\s+)?(?:more\s+)?realistically,?(?:\s+it(?:'ll|\s+will|'s|\s+is|\s+would)(?:\s+probably)?(?:\s+be)?(?:\s+more\s+like)?|\s+more\s+like)?)\s+(?:maybe\s+|possibly\s+|perhaps\s+|even\s+)?/;
/** A bare weekday or day of the month as a second bound, read from the first one. */
const BARE_DAY = new RegExp(
  `^(?:on\\s+)?(?:the\\s+)?(?:(${WEEKDAY})(?:\\s+(?:after|following)(?:\\s+that)?)?|(\\d{1,2})(?:st|nd|rd|th))$`,
);

/** "by the end of May, but June at the latest": a bound named as the latest, after "but" or "and". */
const LATEST_NEXT =
  /^\s*(?:,\s*(?:(?:but|and|or)\s+)?|(?:but|and|or)\s+)(?:definitely\s+|certainly\s+|surely\s+)?(?=[^,;.!?]{1,30}?\s+(?:at\s+the\s+(?:very\s+)?latest|latest|tops|max|at\s+most)\b)/;
const UNIT = /\b(days?|weeks?|months?)\s*$/;

export function readText(text: string, outer: RuleContext): Found | undefined {
  // What this call notes (a guess passed over) is its own: nested and later calls start afresh.
  const ctx: RuleContext = { ...outer, pass: { hedgeSkipped: false } };
  // A second pass, with guesses, only when the first one passed over a guess.
  const read = readFirst(text, ctx, false) ?? (ctx.pass!.hedgeSkipped ? readFirst(text, ctx, true) : undefined);
  const found = read && periodAfter(text, laterBefore(text, read, ctx), ctx);
  if (found) beforeDate(text, found, ctx);
  if (found) afterDate(text, found, ctx);
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
    text.slice(restStart).split(/[,;.!?()]|\s(?:since|because|as|if|when|depending|due|unless|so|with)\s/, 1)[0] ?? ''
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
  // "by the 15th, or the next working day if that falls on a weekend": that day when it is a working day.
  if (/^(?:the\s+)?next\s+(?:business|working)\s+day$/.test(rest)) {
    if (ctx.calendar.onOrBefore(firstBy) === firstBy) return found;
    const by = ctx.calendar.addBusinessDays(firstBy, 1);
    return {
      reading: { kind: 'date', by, explain: () => `They said they would answer by ${longDate(by)}.` },
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
 * Is the match at `index` a guess ("maybe Thursday") or a lower bound ("not before the 10th")? Those are read
 * only when nothing else is: this notes in the call's `pass` that one was passed over, for a second pass.
 */
function hedgedAt(text: string, index: number, ctx: RuleContext, words = ''): boolean {
  const before = text.slice(Math.max(0, index - 32), index);
  // A match that starts with "before" ("not before the new year") is hedged by the "not" ahead of it.
  const hedged = HEDGED.test(before) || (/^(?:before|until|till)\b/.test(words) && /\bnot\s+$/.test(before));
  if (hedged && ctx.pass) ctx.pass.hedgeSkipped = true;
  return hedged;
}
const HEDGED =
  /(?:(?:,|\bor)\s*(?:maybe|possibly|perhaps|probably)\s+(?:on\s+|by\s+)?(?:[a-z]+\s+(?:or|and)\s+)?|\b(?:not|no\s+sooner|no\s+earlier)\s+(?:before|than|until)\s+)(?:the\s+)?$/;

/** "before the shutdown on the 18th": the day of what they must finish before. */
const BEFORE_EVENT_ON =
  /\bbefore\s+(?:the|his|her|their|our|your)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:on|starts\s+on|begins\s+on)\s+(?:the\s+)?$/;

/**
 * "before the 18th": the business day before that date ("on or before the 3rd" keeps the 3rd; a named weekday
 * or holiday has its own rules).
 */
function beforeDate(text: string, found: Found, ctx: RuleContext): void {
  const by = found.reading.by;
  if (by === undefined || found.reading.kind !== 'date') return;
  const words = text.slice(found.index, found.index + found.length);
  const before = text.slice(Math.max(0, found.index - 12), found.index);
  if (!/\d/.test(words) || /\bor\s+(?:before\s+)?$/.test(before)) return;
  if (
    !/^before\b/.test(words) &&
    !/\bbefore\s+(?:the\s+)?$/.test(before) &&
    !BEFORE_EVENT_ON.test(text.slice(Math.max(0, found.index - 40), found.index))
  )
    return;
  const day = Math.max(ctx.calendar.onOrBefore(by - 1), ctx.today);
  found.reading = { kind: 'date', by: day, explain: () => `They said before ${longDate(by)}: by ${longDate(day)}.` };
}

/** "offers after the 15th": as after a holiday, a week after that date (on a business day). */
function afterDate(text: string, found: Found, ctx: RuleContext): void {
  const by = found.reading.by;
  if (by === undefined || found.reading.kind !== 'date') return;
  const words = text.slice(found.index, found.index + found.length);
  const before = text.slice(Math.max(0, found.index - 12), found.index);
  if (!/\d/.test(words) || !/\b(?:after|following)\s+(?:the\s+)?$/.test(before)) return;
  const day = Math.max(ctx.calendar.onOrBefore(by + 7), ctx.today);
  found.reading = {
    kind: 'relative',
    by: day,
    explain: () => `They said after ${longDate(by)}, which we read as a week after it: by ${longDate(day)}.`,
  };
}

/** "... by April 24, with decisions a week after": the period is counted from the date just read. */
const AFTER_THAT =
  /^[^.;!?]{0,40}?\b(a|one|two|three|a\s+couple\s+of|\d{1,2})\s+(days?|weeks?)\s+(?:after|later|after\s+that|of\s+(?:that|then|it)|from\s+then)\b/;

/** "... by the 30th and will let everyone know shortly after": a few business days after that day. */
const SOON_AFTER = /^[^.;!?]{0,40}?\b(?:shortly|soon|right|just|quickly)\s+after(?:wards?|\s+that)?\b/;

function periodAfter(text: string, found: Found, ctx: RuleContext): Found {
  const by = found.reading.by;
  if (by === undefined || found.reading.kind === 'long-process') return found;
  const rest = text.slice(found.index + found.length);
  const soon = SOON_AFTER.exec(rest);
  if (soon) {
    const end = ctx.calendar.addBusinessDays(by, FEW_DAYS);
    return {
      ...found,
      length: found.length + soon.index + soon[0].length,
      reading: {
        kind: 'relative',
        by: end,
        explain: (words) =>
          `They said "${words}", so we allow about three business days after ${longDate(by)}: by ${longDate(end)}.`,
      },
    };
  }
  const m = AFTER_THAT.exec(rest);
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

const ALL_RULES = [LONG_PROCESS_RULE, ...RULES];

/** The first rule, in priority order, that reads the text; then chrono for explicit dates. */
function readFirst(text: string, ctx: RuleContext, hedged: boolean): Found | undefined {
  // A reading counted from a day named elsewhere ("the week after") gives way to any other.
  let counted: Found | undefined;
  for (const rule of ALL_RULES) {
    const found = readRule(rule, text, ctx, hedged);
    if (found && !found.reading.anchorOnly) return found;
    counted ??= found;
  }
  const fallback = chronoDate(text, ctx.today, ctx.monthFirst);
  if (
    fallback &&
    !isPastMention(text, fallback.index, fallback.text.length, ctx) &&
    (hedged || !hedgedAt(text, fallback.index, ctx)) &&
    !/^(?:last|past|previous)\b|\bago$/.test(fallback.text.trim())
  ) {
    const by = fallback.by;
    return {
      reading: { kind: 'date', by, explain: () => `They said they would decide by ${longDate(by)}.` },
      index: fallback.index,
      length: fallback.text.length,
    };
  }
  return counted;
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
  if (!clause.includes(',') && !clause.includes(' and ')) return clause;
  // Parts split at commas and at "and" ("offers mid-August and start dates after Labor Day"), with their separators.
  const parts = clause.split(/(,|\s+and\s+)/);
  const roles = parts.map((p, i) => (i % 2 ? 'sep' : roleOf(p)));
  const aside = (r: string) => r === 'other' || r === 'narrative';
  if (roles.every((r, i) => i % 2 === 1 || aside(r))) return clause;
  return parts.map((p, i) => (aside(roles[i]!) ? ' '.repeat(p.length) : p)).join('');
}

/** "in the next day or two they said": who said it, at the end without a comma. */
const TRAILING_SAID =
  /[\s,]+(?:they|he|she|hr|the\s+\w+|recruiter|manager|interviewer)\s+(?:said|says|told\s+me|mentioned|reckons?|reckoned|thinks?|thought)[\s.!]*$/;

/**
 * Reads a phrase or a whole pasted sentence: clauses that tell a story ("I interviewed on Monday") are never
 * read; a long process anywhere shapes the plan first; then clauses about the answer come before the rest.
 * A reading counted from a day named before ("the week after") that found no such day is no reading.
 */
export function readWhole(text: string, ctx: RuleContext): Found | undefined {
  // Blanked to spaces, so that indexes into the text still hold.
  const found = readClauses(
    text.replace(TRAILING_SAID, (m) => ' '.repeat(m.length)),
    ctx,
  );
  if (!found) return undefined;
  const settled = afterReturn(text, found, ctx);
  return settled.reading.anchorOnly ? undefined : settled;
}

function readClauses(text: string, ctx: RuleContext): Found | undefined {
  // A short phrase with no punctuation ("by next week") is one clause: skip the splitting.
  if (text.length < 48 && !/[.,;!?()\n]|\s(?:and|but|so)\s/.test(text)) {
    const role = roleOf(text);
    return role === 'narrative' || role === 'other' ? undefined : readText(text, ctx);
  }
  const clauses = clausesOf(text);
  // An update told on a later day ("Then on Wednesday she emailed saying end of next week", "Friday came, ...")
  // counts its own "next week" from that day; what it says, and the clause right after it, are about the answer.
  const toldOn = toldDays(text, clauses, ctx.today);
  if (clauses.length === 1 && clauses[0]!.role !== 'narrative' && clauses[0]!.role !== 'other') {
    // "On the call Friday afternoon she said …": the day it was told on is blanked, never read.
    const part = withoutAsides(' '.repeat(clauses[0]!.start) + text.slice(clauses[0]!.start));
    const day = toldOn.get(clauses[0]!);
    const c = day === undefined ? ctx : { ...ctx, today: day };
    const found = laterPart(part, 0, readText(part, c), c);
    if (!found) return undefined;
    // "They were meant to tell me Friday but asked for another week": more time, counted from the day named.
    const rest: Clause = { start: found.index + found.length, end: text.length, role: 'answer' };
    return extension(text, rest, found.reading.by, ctx) ?? following(text, found, ctx);
  }
  // Stories and other events (a start date, another round) are never the answer.
  const usable = clauses.filter((c) => c.role === 'answer' || c.role === 'plain');
  for (const clause of usable) {
    const found = inClause(text, clause, ctx, (t, c) => readRule(LONG_PROCESS_RULE, t, c));
    if (found) return found;
  }
  const at = (clause: Clause): RuleContext => {
    const today = toldOn.get(clause) ?? ctx.today;
    return today === ctx.today ? ctx : { ...ctx, today };
  };
  // Several clauses about the answer are steps towards it ("the team debriefs on Friday and she'll call me
  // Monday"): the last day named is the answer, as with two bounds. One that only asks for more time ("then they
  // pushed it back a week") counts from the day named before it.
  let latest: Found | undefined;
  for (const clause of usable) {
    if (clause.role !== 'answer') continue;
    const extended = extension(text, clause, latest ? latest.reading.by : dayNamedBefore(text, clause, ctx), ctx);
    if (extended) {
      latest = extended;
      continue;
    }
    const c = at(clause);
    const read = inClause(text, clause, c, readText) ?? relativeOnly(text, clause, c);
    const part = withoutAsides(text.slice(clause.start, clause.end));
    const later = laterPart(part, clause.start, read, c);
    const found = later && secondBound(text, clause, following(text, later, c, ctx.today), latest);
    if (found?.reading.anchorOnly) continue; // counted from a day that was never named
    if (found && (!latest || (found.reading.by ?? 0) > (latest.reading.by ?? 0))) latest = found;
  }
  if (latest) return latest;
  // "Within the next fortnight, they said.": the words around say whose timing it is.
  const attributed = clauses.some((c) => ATTRIBUTION.test(text.slice(c.start, c.end)));
  // The first plain clause that reads, unless a later one counts from it ("after Thanksgiving, so the Monday after").
  let first: Found | undefined;
  for (const clause of usable) {
    if (clause.role !== 'plain') continue;
    const read = inClause(text, clause, ctx, readText);
    const found = read && following(text, attributed ? read : { ...read, unsure: true }, ctx);
    if (!found || found.reading.anchorOnly) continue;
    if (!first) first = found;
    else if (found.anchored) return found;
  }
  return first;
}

/**
 * The last day named before `end` that is still to come (a return, a closure, a meeting, a date), by any part
 * of the text but the story; the days are read from the day they were said ("They said Friday. On the call
 * Friday she told me the Monday after": that Friday is the interview week's).
 */
function lastDayBefore(text: string, end: number, ctx: RuleContext, saidOn: Day = ctx.today): Day | undefined {
  let anchor: Day | undefined;
  const anchorCtx: RuleContext = { ...ctx, today: saidOn, anchor: true };
  for (const part of text.slice(0, end).split(/[,;.!?()]|\s(?:and|so|but|then)\s/)) {
    if (!/[a-z0-9]/.test(part) || roleOf(part) === 'narrative') continue;
    const by = returnDay(part, anchorCtx) ?? readFirst(part, { ...anchorCtx, text: part }, true)?.reading.by;
    if (by !== undefined && by > ctx.today) anchor = by;
  }
  return anchor;
}

const NEAR_DAYS = 90;

/** "The panel sits on the 18th; I was told to expect a call two days after that": the day a clause before named. */
function dayNamedBefore(text: string, clause: Clause, ctx: RuleContext): Day | undefined {
  const by = lastDayBefore(text, clause.start, ctx);
  // A date months away is more likely one of the story's, rolled into next year ("closed on April 1").
  return by !== undefined && by - ctx.today <= NEAR_DAYS ? by : undefined;
}

/** A day on which an update was told, at a clause's start: "Friday came,", "then on the 30th she emailed", "Tuesday I emailed and they said". */
const TOLD_DAY = new RegExp(
  `^\\W*(?:(?:and|but|so|then)\\s+)*(?:at\\s+\\d[\\w:]*\\s+)?(?:on\\s+)?(?:(?:the|a|our|my|her|his|their)\\s+(?:phone\\s+|zoom\\s+|teams\\s+|follow-?up\\s+)?(?:call|email|e-mail|text|voicemail|meeting|chat)\\s+(?:on\\s+)?)?(?:(${WEEKDAY})|the\\s+(\\d{1,2})(?:st|nd|rd|th))(?:\\s+(?:morning|afternoon|evening|night))?\\s*(?:(?:email|e-mail|text|message|msg|call|voicemail|vm)\\s+from\\b|came\\b|rolled\\s+(?:a)?round\\b|arrived\\b|,\\s*nothing\\b|,?\\s*(?:another|an|a|her|his|their|one\\s+more)\\s+(?:email|e-mail|text|message|call|voicemail|update|note)\\b|,?\\s+(?:she|he|they|hr|i|we|the\\s+\\w+)\\s+(?:emailed|e-mailed|emails|said|says|called|calls|rang|rings|texted|texts|wrote|writes|messaged|messages|phoned|replied|replies|goes|went|got\\s+back|gets\\s+back|told\\s+me)|(?:\\s+\\d{1,2}(?::\\d{2})?\\s*(?:am|pm))?\\s*:\\s*['"\u2018\u201c])`,
);

/** What an update said: "she emailed saying …", "called to say …". */
const SAYING = /\b(?:saying|to\s+say|says|said|that)\b/;

const EARLIER_SAYING =
  /\b(?:had\s+said|had\s+told|at\s+the\s+interview|originally|at\s+first|first\s+(?:they|she|he|hr)\s+said)\b/;

/**
 * The day each clause was told on, carried forward: each update's day comes after the one before. A clause that
 * tells an update ("then on Wednesday she emailed saying …") and a plain one right after it ("so probably
 * Tuesday") become clauses about the answer (changed in place).
 */
function toldDays(text: string, clauses: Clause[], today: Day): Map<Clause, Day> {
  const out = new Map<Clause, Day>();
  let day = today;
  let told = false;
  for (const clause of clauses) {
    const words = text.slice(clause.start, clause.end);
    const m = TOLD_DAY.exec(words);
    if (m) {
      // "On Tuesday they said …" after a Tuesday interview is that day.
      const next = m[1] ? nextWeekday(day, WEEKDAYS[m[1]]!, day === today) : nextDayOfMonth(day + 1, Number(m[2]));
      if (next !== undefined && next - today <= 60) day = next;
      // What the update said follows its day: "then on Wednesday another email: end of next week".
      const said = words.slice(m[0].length);
      if ((clause.role === 'plain' && /[a-z0-9]/.test(said)) || (clause.role === 'narrative' && SAYING.test(said)))
        clause.role = 'answer';
      // The day it was told on is not the day it names ("at 6pm tuesday she says sorry, one more day").
      if (clause.role === 'answer') clause.start += m[0].length;
    } else if (told && (clause.role === 'plain' || (clause.role === 'narrative' && SAYING.test(words))))
      clause.role = 'answer';
    told = Boolean(m);
    // What was said before the update ("at the interview they said two weeks", "they had said …") counts from the interview.
    if (day !== today && !EARLIER_SAYING.test(words)) out.set(clause, day);
  }
  return out;
}

/** A clause that is a second bound on the one before: "..., but give them until Wednesday", "or Friday at the latest". */
const SECOND_BOUND =
  /^\W*(?:(?:but|and|or)\s+)?(?:to\s+)?(?:give|allow)\s+(?:them|us|it|him|her)\b|^\W*or\b|\bat\s+the\s+(?:very\s+)?latest\b/;

/** "Monday's the target, but give them until Wednesday": a bare weekday after a first bound counts from it. */
function secondBound(text: string, clause: Clause, found: Found, before: Found | undefined): Found {
  const first = before?.reading.by;
  const by = found.reading.by;
  if (first === undefined || by === undefined || by > first || found.reading.kind !== 'date') return found;
  const words = text.slice(found.index, found.index + found.length).trim();
  if (!BARE_WEEKDAY.test(words) || !SECOND_BOUND.test(text.slice(clause.start, clause.end))) return found;
  const day = nextWeekday(first, WEEKDAYS[words.split(/\s+/).pop()!]!);
  return {
    ...found,
    reading: { kind: 'date', by: day, explain: () => `They said they would decide by ${longDate(day)}.` },
  };
}

/** More time asked for after a day was named: "pushed it back a week", "asked for another week". */
const EXTENSION =
  /\b(?:push(?:ed|ing)?\s+(?:it\s+|that\s+)?back\s+(?:by\s+)?|mov(?:ed|ing)\s+(?:it|that)\s+(?:back\s+)?(?:by\s+)?|(?:asked|ask|asking)\s+for\s+|(?:need|needs|needed)\s+|(?:give|giving|gave)\s+(?:them|us|it)\s+|add(?:ed|ing|s)?\s+)(another|an\s+extra|a|one|two|three|\d{1,2})\s+(?:more\s+|extra\s+)?(days?|weeks?)\b|^\W*(?:(?:sorry|so|and|but|now)\W+)*(?:just\s+)?(one|two|a\s+couple\s+of|another)\s+more\s+(days?|weeks?)\b/;

/** A period counted from the day named before: "and I'll hear within a week after that", "after that, one week". */
const AFTER_ANCHOR =
  /\b(?:within\s+|about\s+|around\s+|roughly\s+)?(a|one|two|three|four|five|\d{1,2}|(?:one|a|1)\s+or\s+(?:two|2))\s+(?:business\s+|working\s+)?(days?|weeks?)\s+(?:after|later|from\s+then|thereafter|of\s+(?:that|it|this|same|the\s+same))\b|\bafter\s+(?:that|it|then|this|(?:he|she|they)\s+(?:(?:come|comes|came|is|are|'s|'re|gets?)\s+back|returns?))\s*,?\s*(?:about\s+|around\s+|roughly\s+)?(a|one|two|three|\d{1,2}|(?:one|a|1)\s+or\s+(?:two|2))\s+(days?|weeks?)\b/;

const ABOUT_HEARING =
  /\b(?:hear\w*|informed|told|know|decid\w*|decisions?|answers?|offers?|calls?|emails?|updates?|news|feedback|results?|get\s+back|let\s+(?:me|you)\s+know|revert\w*|respond\w*|reply|replies|confirm\w*|notif\w*|inform\w*|contact\w*|reach\s+out|come\s+back|be\s+in\s+touch|(?:they|she|he|hr|we)\b)/;

function extension(text: string, clause: Clause, from: Day | undefined, ctx: RuleContext): Found | undefined {
  const words = text.slice(clause.start, clause.end);
  // Only about their answer: "I'll hear within a week after that", not "I'll be back a week after that".
  const after = from !== undefined && ABOUT_HEARING.test(words) ? AFTER_ANCHOR.exec(words) : null;
  if (after && from !== undefined) {
    const said = (after[1] ?? after[3])!;
    const unit = (after[2] ?? after[4])!;
    const count = /\bor\b/.test(said) ? 2 : (numberValue(said) ?? 1);
    // Days after a day are working days ("one or two days after he's back"); weeks are calendar weeks.
    const by = unit.startsWith('week') ? from + count * 7 : ctx.calendar.addBusinessDays(from, count);
    return {
      reading: {
        kind: 'relative',
        by,
        explain: (w) => `They said "${w}", counted from ${longDate(from)}: by ${longDate(by)}.`,
      },
      index: clause.start + after.index,
      length: after[0].length,
    };
  }
  const m = EXTENSION.exec(words);
  if (from === undefined || !m) return undefined;
  const said = (m[1] ?? m[3])!;
  const count = /another|extra/.test(said) ? 1 : (numberValue(said) ?? 1);
  const days = (m[2] ?? m[4])!.startsWith('week') ? count * 7 : count;
  const by = from + days;
  return {
    reading: {
      kind: 'relative',
      by,
      explain: (words) =>
        `They said "${words}", ${days === 1 ? 'a day' : `${days} days`} after ${longDate(from)}: by ${longDate(by)}.`,
    },
    index: clause.start + m.index,
    length: m[0].length,
  };
}

/**
 * "the final slate reviewed by Monday and offers out by Wednesday": steps joined by "and" inside one clause,
 * so the last deadline named (a part after "and" that sets one) wins, as it does across clauses; so does a
 * likelier day after a comma ("mid-April at the earliest, probably end of April").
 */
const AND_DEADLINE =
  /\s+and\s+(?=[^,;.!?]*?\b(?:by|before|until|no\s+later\s+than|the\s+week\s+of)\s|(?:a|the|final|making\s+(?:a|the|final)?\s*)?\s*(?:decisions?|answers?|offers?)\b|[^,;.!?]*?\bnext\s+(?:business|working)\s+day\b)|,\s*(?=(?:but\s+)?(?:probably|more\s+likely|likely|realistically)\s)/g;

/** `part` is a clause starting at `offset` in the whole text; `found` was read in it, with the whole's indexes. */
function laterPart(part: string, offset: number, found: Found | undefined, ctx: RuleContext): Found | undefined {
  if (!found || found.reading.by === undefined || !/\sand\s|,/.test(part)) return found;
  let best = found;
  AND_DEADLINE.lastIndex = 0;
  for (let m = AND_DEADLINE.exec(part); m; m = AND_DEADLINE.exec(part)) {
    const start = m.index + m[0].length;
    if (start + offset < best.index + best.length) continue;
    const rest = part.slice(start);
    if (roleOf(rest) === 'other' || roleOf(rest) === 'narrative') continue;
    // "… on the 28th and sent the next business day": a step counted from the day before it.
    const read = ((r) => r && following(rest, r, ctx, ctx.today, best.reading.by))(
      readText(rest, { ...ctx, text: rest }),
    );
    const by = read?.reading.by;
    if (read && by !== undefined && !read.reading.anchorOnly && by > (best.reading.by ?? 0))
      best = { ...read, index: read.index + start + offset };
  }
  return best;
}

/** "the following Monday", "the following week", "the week after", "the day after", "when she's back". */
const FOLLOWING = new RegExp(
  `^(?:the\\s+)?following\\s+(?<wd>${WEEKDAY})\\b|^(?:the\\s+)?following\\s+(?<next>week)\\b|^(?:(?:the\\s+)?end\\s+of\\s+)?that\\s+(?:same\\s+)?(?<same>week)\\b|^(?<wdSame>${WEEKDAY})\\s+of\\s+that\\s+(?:same\\s+)?week\\b|^(?:the\\s+)?(?<after>week)\\s+after\\b(?!\\s+next)|^(?:the\\s+)?(?<dayAfter>day)\\s+after\\b|^(?<wdAfter>${WEEKDAY})\\s+(?:after|following)\\b|^(?<beforeThen>before)\\s+then\\b|^(?<soon>shortly|soon|(?:a\\s+)?(?:few|couple(?:\\s+of)?)\\s+(?:business\\s+|working\\s+)?days)\\s+after(?:wards?|\\s+(?:that|then|this))?\\b|^(?:the\\s+)?(?<weekBack>week)\\s+(?:she|he|they)\\s*(?:'s|is|'re|are|gets|get|comes|come)\\s*back\\b|^(?<back>(?:when|once|as\\s+soon\\s+as|until|till|til|after)\\s+(?:she|he|they|the\\s+\\w+)\\s*(?:'s|is|'re|are|gets|get|comes|come)?\\s*(?:back|returns?)|(?:until|till|til)\\s+then)\\b|^(?:on\\s+)?(?<firstBack>(?:her|his|their|the)\\s+first\\s+day\\s+back)\\b|^(?:the\\s+)?(?<nextBiz>next\\s+(?:business|working)\\s+day)\\b`,
);
/** After "when she's back": a later word that says which day of it ("once he's back, that same week"). */
const FOLLOWING_LATER = new RegExp(
  `\\b(?:that\\s+(?:same\\s+)?week|the\\s+(?:week|day)\\s+after|(?:the\\s+)?following\\s+(?:week|${WEEKDAY}))\\b`,
);

/**
 * "Our team is off June 19, so you'll hear from us the following Monday", "the CEO wants to meet me next
 * Tuesday, then they'll make an offer by the end of that week", "closed for Eid, so the week after", "away till
 * Wednesday, she said the day after she's back": counted from the day an earlier clause named (any clause but
 * the story), not from the interview.
 */
function following(text: string, found: Found, ctx: RuleContext, saidOn: Day = ctx.today, given?: Day): Found {
  let m = FOLLOWING.exec(text.slice(found.index));
  if (!m) return found;
  let named: Day | undefined;
  if (m.groups!.back || m.groups!.firstBack) {
    // "till they're back, which is the 27th": the day they name is the return.
    const tail = text.slice(found.index + m[0].length);
    const gloss = /^\s*,?\s*(?:which\s+(?:is|will\s+be|would\s+be)|that'?s|on)\s+/.exec(tail);
    if (gloss) {
      const day = tail.slice(gloss[0].length).split(/[,;.!?]/, 1)[0]!;
      named = readFirst(day, { ...ctx, text: day, today: saidOn, anchor: true }, true)?.reading.by;
    }
    const rest = text.slice(found.index, found.index + 80).split(/[;.!?]/, 1)[0]!;
    const later = FOLLOWING_LATER.exec(rest);
    if (later) m = FOLLOWING.exec(rest.slice(later.index)) ?? m;
  }
  const anchor = named ?? given ?? lastDayBefore(text, found.index, ctx, saidOn);
  if (anchor === undefined) return found;
  const from = anchor;
  const friday = (weeks: number) => Math.max(ctx.calendar.onOrBefore(weekdayOfWeek(from, 5, weeks)), from);
  const g = m.groups!;
  const by =
    g.same || g.weekBack
      ? friday(0)
      : g.wdSame
        ? Math.max(weekdayOfWeek(from, WEEKDAYS[g.wdSame]!, 0), from)
        : g.next || g.after
          ? friday(1)
          : g.dayAfter
            ? from + 1
            : g.nextBiz
              ? ctx.calendar.addBusinessDays(from, 1)
              : g.wdAfter
                ? nextWeekday(from, WEEKDAYS[g.wdAfter]!)
                : g.beforeThen
                  ? Math.max(ctx.calendar.onOrBefore(from - 1), ctx.today)
                  : g.soon
                    ? ctx.calendar.addBusinessDays(from, FEW_DAYS)
                    : g.wd
                      ? nextWeekday(from, WEEKDAYS[g.wd]!)
                      : from;
  return {
    ...found,
    reading: {
      kind: g.same || g.weekBack || g.next || g.after || g.soon ? 'relative' : 'date',
      by,
      explain: (words) => `They said "${words}", counted from ${longDate(from)}: by ${longDate(by)}.`,
    },
    anchored: true,
  };
}

/**
 * A clause whose only timing counts from a day named before it ("back from leave on the 9th and they'll decide
 * that same week"): read it from that day, or not at all.
 */
function relativeOnly(text: string, clause: Clause, ctx: RuleContext): Found | undefined {
  const m = FOLLOWING_LATER.exec(text.slice(clause.start, clause.end));
  if (!m) return undefined;
  const at: Found = {
    index: clause.start + m.index,
    length: m[0].length,
    reading: { kind: 'relative', anchorOnly: true, explain: () => '' },
  };
  const found = following(text, at, ctx);
  return found.anchored ? found : undefined;
}

/**
 * Someone away until a day ("she's off until Monday", "out through the 9th", "back on Tuesday"), or the meeting
 * that decides ("the panel meets on the 14th"): no answer before it.
 */
const ABSENCE = new RegExp(
  `\\b(?:(?:away|out|off|ooo|on\\s+(?:\\w+\\s+)?(?:leave|holiday|vacation|pto)|out\\s+of\\s+(?:the\\s+)?office|travell?ing)(?:\\s+for\\s+[a-z]+(?:\\s+[a-z]+){0,2}?)?\\s+(?:until|till|til|through|thru)\\s+|(?:away|off|on\\s+(?:\\w+\\s+)?(?:leave|holiday|vacation|pto))\\s+(?:for\\s+)(?=(?:the\\s+)?(?:next\\s+)?(?:\\d|a\\s|an\\s|one|two|three|four|couple|few|fortnight))|(?:shut|shuts|closed|closes|closing|off)\\s+(?=(?:for|on|over)\\s)|(?:back|returns?|returning)(?:\\s+from\\s+[a-z]+(?:\\s+[a-z]+)?)?\\s+(?:on\\s+)?(?=(?:the\\s+)?\\d|(?:next\\s+)?${WEEKDAY}\\b)|(?:panel|committee|board|they|team)\\s+(?:meets?|sits?|convenes?|debriefs?)\\s+(?:on\\s+)?(?=(?:the\\s+)?\\d|(?:next\\s+)?${WEEKDAY}\\b))`,
);
const AWAY_SPAN =
  /\b(?:away|out|off|ooo|on\s+(?:\w+\s+)?(?:leave|holiday|holidays|vacation|pto)|travell?ing)\s+from\s+(?:the\s+)?[\w/]+\s+(?:to|until|till|through|thru|-)\s+((?:the\s+)?[\w/]+(?:\s+next\s+week)?)/;
const BARE_WEEKDAY = new RegExp(`^(?:(?:by|on|this|next|till|until)\\s+)?${WEEKDAY}$`);

/** The day someone is back, or a closure ends: "off until the 23rd", "on leave for two weeks", "shut for Eid". */
function returnDay(text: string, ctx: RuleContext): Day | undefined {
  // "out from the 10th to the 14th": the last day away is named, so back the working day after it.
  const span = AWAY_SPAN.exec(text);
  if (span) {
    const last = returnDay(`out until ${span[1]}`, ctx);
    return last === undefined ? undefined : ctx.calendar.addBusinessDays(last, 1);
  }
  const away = ABSENCE.exec(text);
  if (!away) return undefined;
  const start = away.index + away[0].length;
  const rest = text.slice(start).split(/[,;.!?()]|\s(?:so|and|but|then)\s/, 1)[0]!;
  const found = readFirst(rest, { ...ctx, text: rest }, true);
  if (!found || found.reading.anchorOnly) return undefined;
  // "on leave for two weeks": back the day after; "until the 23rd", "for Eid": that day.
  return found.reading.by;
}

/**
 * "She's out until Monday, so expect something Tuesday": a weekday named for the answer that would fall before
 * the person is back is the first such weekday from their return, not from the interview.
 */
function afterReturn(text: string, found: Found, ctx: RuleContext): Found {
  const by = found.reading.by;
  if (by === undefined || found.reading.kind !== 'date') return found;
  const words = text.slice(found.index, found.index + found.length).trim();
  if (!BARE_WEEKDAY.test(words)) return found;
  const back = returnDay(text, { ...ctx, anchor: true });
  if (back === undefined || back <= by) return found;
  const weekday = WEEKDAYS[words.split(/\s+/).pop()!]!;
  const day = nextWeekday(back, weekday, true);
  return {
    ...found,
    reading: {
      kind: 'date',
      by: day,
      explain: () =>
        `They said ${words}, the first after ${longDate(back)} (the day named before): by ${longDate(day)}.`,
    },
  };
}
