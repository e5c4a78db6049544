// The paragraphs of each kind of message. Each builder returns plain paragraphs; index.ts wraps them as an
// email or a one-page letter.
import { DateTime } from 'luxon';
import { createBusinessCalendar } from '../calendar/business.js';
import type { Document, Interview } from '../document/schema.js';
import { FollowthroughError } from '../errors.js';
import { findDateInText } from '../timeline/expected.js';
import { pick } from './hash.js';
import { type Asset, assetFor, chooseTopic, type Extra, extraFor } from './highlight.js';
import { toNamed, toSecondPerson } from './person.js';
import * as P from './phrases.js';
import type { Resolved } from './resolve.js';
import { clause, firstName, firstPerson, longDate, lowerLead, paragraph, shortDate, whenMet } from './text.js';
import { timelineClause } from './timeline.js';
import type { Highlight } from './types.js';
import { Variety } from './variety.js';

export interface Built {
  subject: string;
  paragraphs: string[];
  highlight: Highlight;
}

export interface BuildContext {
  doc: Document;
  r: Resolved;
  now: DateTime;
  /** Phrase choice seed and offset (see hash.ts). */
  seed: string;
  offset: number;
  vars: P.Vars;
  topic?: string;
  /** Warm words already used in this note (see variety.ts). */
  variety: Variety;
  /** Days from the interview to the writing, in the candidate's zone (negative: drafted before it). */
  daysSince: number;
  /** The latest answer from the employer since the interview, up to now (not an out-of-office reply). */
  reply?: ReplyNews;
}

/** What their latest reply said, for status touches: its date, and a new decision date when it gave one. */
export interface ReplyNews {
  date: string;
  by?: string;
}

/** A thank-you written this many days after the interview says it is late (the advice: within 48 hours). */
const LATE_THANKS_DAYS = 3;

/** The phrasing for `part` that repeats no warm word already in the note (see variety.ts). */
function say<T>(
  c: BuildContext,
  bank: ReadonlyArray<T>,
  part: string,
  render: (item: T) => string,
  offset = 0,
): string {
  return c.variety.choose(bank, c.seed, part, render, offset);
}

/** How the interview happened, in the words a note uses for it. */
function formatWords(format: Interview['format']): Pick<P.Vars, 'meet' | 'meeting' | 'met' | 'talk'> {
  if (format === 'phone') return { meet: 'speak with me', meeting: 'speaking with me', met: 'spoke', talk: 'call' };
  if (format === 'video')
    return {
      meet: 'meet with me over video',
      meeting: 'meeting with me over video',
      met: 'met over video',
      talk: 'video call',
    };
  return { meet: 'meet with me', meeting: 'meeting with me', met: 'met', talk: 'conversation' };
}

export function makeContext(doc: Document, r: Resolved, now: DateTime, kind: string): BuildContext {
  const { app, person, interviewIndex, meeting } = r;
  const isInterviewer = kind === 'thank-you' && person.interviewerIndex !== undefined;
  // People from the same interview share a seed and differ by offset, so their notes never match part for part.
  const seed = isInterviewer ? `${app.id}|${kind}|${interviewIndex}` : `${app.id}|${kind}|${person.name}`;
  const offset = isInterviewer ? (person.interviewerIndex ?? 0) : 0;
  const chosen = chooseTopic(person, r.interview, `${app.id}|${person.name}|${kind}`);
  // A topic from this person's own list is about them: in a note to them, "their plan" is "your plan".
  const owner = chosen ? r.interview.interviewers.find((p) => p.topics.includes(chosen)) : undefined;
  const topic =
    chosen && person.topics.includes(chosen)
      ? toSecondPerson(chosen, person.name)
      : chosen && owner
        ? toNamed(chosen, owner.name)
        : chosen;
  const daysSince = Math.round(now.startOf('day').diff(meeting.startOf('day'), 'days').days);
  const vars: P.Vars = {
    first: firstName(person.name),
    company: app.company,
    role: app.role,
    // Drafted before the interview: worded for sending after it, with no day that would be wrong by then.
    when: daysSince < 0 || (daysSince === 0 && now < meeting) ? '' : whenMet(meeting, now),
    date: longDate(meeting, now),
    topic: topic ? clause(lowerLead(topic)) : `the ${app.role} role`,
    ...formatWords(r.interview.format),
  };
  const reply = latestReply(doc, r, now);
  return { doc, r, now, seed, offset, vars, topic, variety: new Variety(), daysSince, ...(reply && { reply }) };
}

/** The latest real reply after the interview and up to `now`, with the decision date it gives, if any. */
function latestReply(doc: Document, r: Resolved, now: DateTime): ReplyNews | undefined {
  const from = r.meeting.toMillis();
  const until = now.toMillis();
  const replies = r.app.events.filter(
    (e) => e.type === 'replied' && !e.autoReply && Date.parse(e.at) > from && Date.parse(e.at) <= until,
  );
  const last = replies.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[replies.length - 1];
  if (!last) return undefined;
  const at = DateTime.fromISO(last.at, { setZone: true }).setZone(r.zone).setLocale('en-US');
  const news: ReplyNews = { date: longDate(at, now) };
  if (last.note) {
    const calendar = createBusinessCalendar({ country: doc.candidate.country, zone: r.zone });
    const found = findDateInText(last.note, at, calendar);
    if (found?.by) news.by = shortDate(found.by, r.zone, now);
  }
  return news;
}

function assetSentence(c: BuildContext, asset: Asset): string {
  const proof = firstPerson(asset.achievement);
  const k = asset.keyphrase;
  const action = k?.action;
  if (action) return say(c, P.ASSET_ACTION, 'asset', (f) => f(clause(action), proof), c.offset);
  if (k) return say(c, P.ASSET_PHRASE, 'asset', (f) => f(clause(k.text), proof), c.offset);
  return say(c, P.ASSET_PLAIN, 'asset', (f) => f(proof), c.offset);
}

function extraSentence(c: BuildContext, extra: Extra): string {
  if (extra.type === 'point') return say(c, P.FORGOT, 'forgot', (f) => f(pointClause(extra.point), c.vars), c.offset);
  const quote = extra.testimonial.quote.trim();
  const author = extra.testimonial.author?.trim();
  return author
    ? say(c, P.TESTIMONIAL, 'testimonial', (f) => f(quote, author), c.offset)
    : say(c, P.TESTIMONIAL_ANON, 'testimonial', (f) => f(quote), c.offset);
}

/** A forgotten point as a clause: "I trained the team…" stays; "Trained the team…" becomes first-person. */
function pointClause(point: string): string {
  return firstPerson(point);
}

function highlightOf(c: BuildContext, asset?: Asset, extra?: Extra): Highlight {
  return {
    topic: c.topic,
    keyphrase: asset?.keyphrase?.text,
    achievement: asset?.achievement,
    testimonial: extra?.type === 'testimonial' ? extra.testimonial.quote : undefined,
    point: extra?.type === 'point' ? extra.point : undefined,
  };
}

export function thankYou(c: BuildContext): Built {
  const { doc, r } = c;
  const asset = assetFor(doc, r.app, r.interview, r.person);
  const extra = extraFor(doc, r.interview, r.person, asset);
  const v = c.vars;
  const paragraphs = [
    paragraph(
      c.daysSince >= LATE_THANKS_DAYS
        ? say(c, P.THANKS_OPENING_LATE, 'opening', (f) => f(v), c.offset)
        : say(c, P.THANKS_OPENING, 'opening', (f) => f(v), c.offset),
      c.topic && say(c, /^your\b/i.test(v.topic) ? P.THANKS_TOPIC_OWN : P.THANKS_TOPIC, 'topic', (f) => f(v), c.offset),
    ),
    paragraph(asset && assetSentence(c, asset), extra && extraSentence(c, extra)),
    paragraph(
      say(c, P.THANKS_INTEREST, 'interest', (f) => f(v), c.offset),
      say(c, P.THANKS_CLOSE, 'close', (t) => t, c.offset),
    ),
  ].filter(Boolean);
  return {
    subject: say(c, P.THANKS_SUBJECT, 'subject', (f) => f(v), c.offset),
    paragraphs,
    highlight: highlightOf(c, asset, extra),
  };
}

export function checkIn(c: BuildContext): Built {
  const v = c.vars;
  // After a reply, its news replaces what was said at the interview.
  const reply = c.reply;
  const timeline = reply ? undefined : timelineClause(c.r.interview.nextSteps.expected);
  const opening = reply?.by
    ? say(c, P.CHECKIN_OPENING_REPLY_DATE, 'opening', (f) => f(v, reply.date, reply.by as string))
    : reply
      ? say(c, P.CHECKIN_OPENING_REPLY, 'opening', (f) => f(v, reply.date))
      : timeline
        ? say(c, P.CHECKIN_OPENING, 'opening', (f) => f(v, timeline))
        : say(c, P.CHECKIN_OPENING_NO_TIMELINE, 'opening', (f) => f(v));
  return {
    subject: say(c, P.CHECKIN_SUBJECT, 'subject', (f) => f(v)),
    paragraphs: [
      paragraph(opening),
      paragraph(
        say(c, P.CHECKIN_INTEREST, 'interest', (f) => f(v)),
        say(c, P.OFFER_INFO, 'info', (t) => t),
      ),
      paragraph(
        say(c, P.ASK_UPDATE, 'ask', (t) => t),
        say(c, P.STATUS_CLOSE, 'close', (t) => t),
      ),
    ],
    highlight: highlightOf(c),
  };
}

export function followUp(c: BuildContext): Built {
  const v = c.vars;
  const { interview } = c.r;
  const standouts = interview.debrief.stoodOut;
  const standout = standouts.length ? clause(lowerLead(pick(standouts, c.seed, 'standout'))) : undefined;
  const fit = standout
    ? say(c, P.FOLLOWUP_FIT, 'fit', (f) => f(v, standout))
    : say(c, P.FOLLOWUP_FIT_PLAIN, 'fit', (f) => f(v));
  // The thank-you notes used the first forgotten points; the follow-up brings the last one.
  const points = interview.debrief.forgotToMention;
  let extraText: string | undefined;
  let highlight = highlightOf(c);
  if (points.length) {
    const point = points[points.length - 1] as string;
    extraText = say(c, P.FORGOT, 'forgot', (f) => f(pointClause(point), { ...v, when: `on ${v.date}` }));
    highlight = { ...highlight, point };
  } else {
    const asset = assetFor(c.doc, c.r.app, interview, { ...c.r.person, interviewerIndex: undefined });
    if (asset) {
      extraText = assetSentence(c, asset);
      highlight = highlightOf(c, asset);
    }
  }
  return {
    subject: say(c, P.FOLLOWUP_SUBJECT, 'subject', (f) => f(v)),
    paragraphs: [
      paragraph(
        say(c, P.FOLLOWUP_OPENING, 'opening', (f) => f(v)),
        fit,
      ),
      paragraph(extraText),
      paragraph(
        say(c, P.FOLLOWUP_ASK, 'ask', (t) => t),
        say(c, P.STATUS_CLOSE, 'close', (t) => t),
      ),
    ].filter(Boolean),
    highlight,
  };
}

export function thirdTouch(c: BuildContext): Built {
  const v = c.vars;
  return {
    subject: say(c, P.THIRD_SUBJECT, 'subject', (f) => f(v)),
    paragraphs: [
      paragraph(say(c, P.THIRD_BODY, 'body', (f) => f(v))),
      paragraph(
        say(c, P.THIRD_ASK, 'ask', (t) => t),
        say(c, P.STATUS_CLOSE, 'close', (t) => t),
      ),
    ],
    highlight: highlightOf(c),
  };
}

export function offerNotice(c: BuildContext): Built {
  const v = c.vars;
  const offer = upcomingOffer(c);
  const deadline = shortDate(offer.decideBy, c.r.zone, c.now);
  return {
    subject: say(c, P.OFFER_SUBJECT, 'subject', (f) => f(v)),
    paragraphs: [
      paragraph(
        say(c, P.OFFER_NEWS, 'news', (f) => f(deadline)),
        say(c, P.OFFER_PREFERENCE, 'preference', (f) => f(v)),
      ),
      paragraph(say(c, P.OFFER_ASK, 'ask', (t) => t)),
      paragraph(say(c, P.OFFER_CLOSE, 'close', (t) => t)),
    ],
    highlight: highlightOf(c),
  };
}

/** The competing offer with the nearest deadline still ahead of `now`. */
function upcomingOffer(c: BuildContext): { company: string; decideBy: string } {
  const offers = c.doc.offers;
  if (!offers.length)
    throw new FollowthroughError('NOT_FOUND', 'offers: the document lists no competing offer to mention');
  const today = c.now.toISODate() ?? '';
  const ahead = offers
    .filter((o) => o.company.trim().toLowerCase() !== c.r.app.company.trim().toLowerCase())
    .filter((o) => o.decideBy.slice(0, 10) >= today)
    .sort((a, b) => a.decideBy.localeCompare(b.decideBy));
  const first = ahead[0];
  if (!first)
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      "offers: every competing offer's decideBy date has already passed",
    );
  return first;
}

export function graciousClose(c: BuildContext): Built {
  const v = c.vars;
  return {
    subject: say(c, P.CLOSE_SUBJECT, 'subject', (f) => f(v)),
    paragraphs: [
      paragraph(say(c, P.CLOSE_THANKS, 'thanks', (f) => f(v))),
      paragraph(
        say(c, P.CLOSE_GRACIOUS, 'gracious', (f) => f(v)),
        say(c, P.CLOSE_DOOR, 'door', (f) => f(v)),
      ),
      paragraph(say(c, P.CLOSE_WISHES, 'wishes', (t) => t)),
    ],
    highlight: highlightOf(c),
  };
}
