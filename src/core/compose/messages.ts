// The paragraphs of each kind of message. Each builder returns plain paragraphs; index.ts wraps them as an
// email or a one-page letter.
import type { DateTime } from 'luxon';
import type { Document } from '../document/schema.js';
import { FollowthroughError } from '../errors.js';
import { pick } from './hash.js';
import { type Asset, assetFor, chooseTopic, type Extra, extraFor } from './highlight.js';
import * as P from './phrases.js';
import type { Resolved } from './resolve.js';
import { clause, firstName, firstPerson, longDate, lowerLead, paragraph, shortDate, whenMet } from './text.js';
import { timelineClause } from './timeline.js';
import type { Highlight } from './types.js';

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
}

export function makeContext(doc: Document, r: Resolved, now: DateTime, kind: string): BuildContext {
  const { app, person, interviewIndex, meeting } = r;
  const isInterviewer = kind === 'thank-you' && person.interviewerIndex !== undefined;
  // People from the same interview share a seed and differ by offset, so their notes never match part for part.
  const seed = isInterviewer ? `${app.id}|${kind}|${interviewIndex}` : `${app.id}|${kind}|${person.name}`;
  const offset = isInterviewer ? (person.interviewerIndex ?? 0) : 0;
  const topic = chooseTopic(person, r.interview, `${app.id}|${person.name}|${kind}`);
  const vars: P.Vars = {
    first: firstName(person.name),
    company: app.company,
    role: app.role,
    when: whenMet(meeting, now),
    date: longDate(meeting, now),
    topic: topic ? clause(lowerLead(topic)) : `the ${app.role} role`,
  };
  return { doc, r, now, seed, offset, vars, topic };
}

function assetSentence(c: BuildContext, asset: Asset): string {
  const proof = firstPerson(asset.achievement);
  const k = asset.keyphrase;
  if (k?.action) return pick(P.ASSET_ACTION, c.seed, 'asset', c.offset)(clause(k.action), proof);
  if (k) return pick(P.ASSET_PHRASE, c.seed, 'asset', c.offset)(clause(k.text), proof);
  return pick(P.ASSET_PLAIN, c.seed, 'asset', c.offset)(proof);
}

function extraSentence(c: BuildContext, extra: Extra): string {
  if (extra.type === 'point') return pick(P.FORGOT, c.seed, 'forgot', c.offset)(pointClause(extra.point), c.vars);
  const quote = extra.testimonial.quote.trim();
  const author = extra.testimonial.author?.trim();
  return author
    ? pick(P.TESTIMONIAL, c.seed, 'testimonial', c.offset)(quote, author)
    : pick(P.TESTIMONIAL_ANON, c.seed, 'testimonial', c.offset)(quote);
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
      pick(P.THANKS_OPENING, c.seed, 'opening', c.offset)(v),
      c.topic && pick(P.THANKS_TOPIC, c.seed, 'topic', c.offset)(v),
    ),
    paragraph(asset && assetSentence(c, asset), extra && extraSentence(c, extra)),
    paragraph(
      pick(P.THANKS_INTEREST, c.seed, 'interest', c.offset)(v),
      pick(P.THANKS_CLOSE, c.seed, 'close', c.offset),
    ),
  ].filter(Boolean);
  return {
    subject: pick(P.THANKS_SUBJECT, c.seed, 'subject', c.offset)(v),
    paragraphs,
    highlight: highlightOf(c, asset, extra),
  };
}

export function checkIn(c: BuildContext): Built {
  const v = c.vars;
  const timeline = timelineClause(c.r.interview.nextSteps.expected);
  const opening = timeline
    ? pick(P.CHECKIN_OPENING, c.seed, 'opening')(v, timeline)
    : pick(P.CHECKIN_OPENING_NO_TIMELINE, c.seed, 'opening')(v);
  return {
    subject: pick(P.CHECKIN_SUBJECT, c.seed, 'subject')(v),
    paragraphs: [
      paragraph(opening),
      paragraph(pick(P.CHECKIN_INTEREST, c.seed, 'interest')(v), pick(P.OFFER_INFO, c.seed, 'info')),
      paragraph(pick(P.ASK_UPDATE, c.seed, 'ask'), pick(P.STATUS_CLOSE, c.seed, 'close')),
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
    ? pick(P.FOLLOWUP_FIT, c.seed, 'fit')(v, standout)
    : pick(P.FOLLOWUP_FIT_PLAIN, c.seed, 'fit')(v);
  // The thank-you notes used the first forgotten points; the follow-up brings the last one.
  const points = interview.debrief.forgotToMention;
  let extraText: string | undefined;
  let highlight = highlightOf(c);
  if (points.length) {
    const point = points[points.length - 1] as string;
    extraText = pick(P.FORGOT, c.seed, 'forgot')(pointClause(point), { ...v, when: `on ${v.date}` });
    highlight = { ...highlight, point };
  } else {
    const asset = assetFor(c.doc, c.r.app, interview, { ...c.r.person, interviewerIndex: undefined });
    if (asset) {
      extraText = assetSentence(c, asset);
      highlight = highlightOf(c, asset);
    }
  }
  return {
    subject: pick(P.FOLLOWUP_SUBJECT, c.seed, 'subject')(v),
    paragraphs: [
      paragraph(pick(P.FOLLOWUP_OPENING, c.seed, 'opening')(v), fit),
      paragraph(extraText),
      paragraph(pick(P.FOLLOWUP_ASK, c.seed, 'ask'), pick(P.STATUS_CLOSE, c.seed, 'close')),
    ].filter(Boolean),
    highlight,
  };
}

export function thirdTouch(c: BuildContext): Built {
  const v = c.vars;
  return {
    subject: pick(P.THIRD_SUBJECT, c.seed, 'subject')(v),
    paragraphs: [
      paragraph(pick(P.THIRD_BODY, c.seed, 'body')(v)),
      paragraph(pick(P.THIRD_ASK, c.seed, 'ask'), pick(P.STATUS_CLOSE, c.seed, 'close')),
    ],
    highlight: highlightOf(c),
  };
}

export function offerNotice(c: BuildContext): Built {
  const v = c.vars;
  const offer = upcomingOffer(c);
  const deadline = shortDate(offer.decideBy, c.r.zone, c.now);
  return {
    subject: pick(P.OFFER_SUBJECT, c.seed, 'subject')(v),
    paragraphs: [
      paragraph(pick(P.OFFER_NEWS, c.seed, 'news')(deadline), pick(P.OFFER_PREFERENCE, c.seed, 'preference')(v)),
      paragraph(pick(P.OFFER_ASK, c.seed, 'ask')),
      paragraph(pick(P.OFFER_CLOSE, c.seed, 'close')),
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
    subject: pick(P.CLOSE_SUBJECT, c.seed, 'subject')(v),
    paragraphs: [
      paragraph(pick(P.CLOSE_THANKS, c.seed, 'thanks')(v)),
      paragraph(pick(P.CLOSE_GRACIOUS, c.seed, 'gracious')(v), pick(P.CLOSE_DOOR, c.seed, 'door')(v)),
      paragraph(pick(P.CLOSE_WISHES, c.seed, 'wishes')),
    ],
    highlight: highlightOf(c),
  };
}
