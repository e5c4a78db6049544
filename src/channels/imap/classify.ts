// What an incoming message is: an automatic reply (and when its sender is back), a real reply (its own words,
// without the quoted history), and whether it reads as a rejection or an offer. Pure: no I/O, no clock.
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';

/** Header names in lower case, as mailparser and imapflow give them. */
export type HeaderMap = Record<string, string | undefined>;

const OUT_OF_OFFICE_SUBJECT =
  /\b(out of (the )?office|automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|away from (the |my )?(office|desk)|on vacation|on leave)\b|(^|[\s:[(])OOO\b/i;

/** Why the message counts as an automatic reply, or undefined for a message a person wrote. */
export function autoReplyReason(headers: HeaderMap, subject: string | undefined): string | undefined {
  const autoSubmitted = headers['auto-submitted']?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return `Auto-Submitted: ${autoSubmitted}`;
  if (headers['x-autoreply'] !== undefined) return 'X-Autoreply header';
  if (headers['x-autorespond'] !== undefined) return 'X-Autorespond header';
  const precedence = headers.precedence?.trim().toLowerCase();
  if (precedence === 'auto_reply' || precedence === 'bulk' || precedence === 'junk') return `Precedence: ${precedence}`;
  if (subject && OUT_OF_OFFICE_SUBJECT.test(subject)) return `subject "${subject.trim()}"`;
  return undefined;
}

/** Lines that start the quoted earlier message in common mail clients. */
const QUOTE_START = [
  /^\s*On\b.{0,200}\bwrote:\s*$/i, // Gmail, Apple Mail, Thunderbird
  /^\s*-{2,}\s*Original Message\s*-{2,}/i, // Outlook (older)
  /^\s*_{10,}\s*$/, // Outlook's rule above the quoted header block
  /^\s*From:\s.+$/i, // an Outlook header block ("From: … Sent: … To: … Subject: …")
  /^\s*-{2,}\s*Forwarded message\s*-{2,}/i,
  /^\s*Le .{0,200} a écrit\s*:\s*$/i,
  /^\s*Am .{0,200} schrieb .{0,200}:\s*$/i,
];

/** The reply's own text: quoted history, `>` lines and the signature dropped, whitespace tidied. */
export function stripQuoted(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    // "On Mon, Jan 5, 2026 at 10:00 AM Dana Reyes <dana@…>" is often wrapped onto two lines.
    const joined = i + 1 < lines.length ? `${line} ${lines[i + 1]}` : line;
    if (QUOTE_START.some((re) => re.test(line)) || (/^\s*On\b/i.test(line) && QUOTE_START[0]?.test(joined))) break;
    if (/^-- ?$/.test(line)) break; // signature separator
    if (/^\s*>/.test(line)) continue;
    kept.push(line.trimEnd());
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** At most `max` characters of the reply's own text, cut at a word boundary. */
export function replyNote(text: string, max = 500): string {
  const own = stripQuoted(text).replace(/[ \t]+/g, ' ');
  if (own.length <= max) return own;
  const cut = own.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export type Outcome = 'rejected' | 'offer';

const REJECTION = [
  /\b(decided|chosen|elected|opted|going|decision) to (move|go|proceed) (forward|ahead) with (an?other|other|a different) (candidate|applicant|person)s?\b/i,
  /\b(will not|won't|not be|are not|aren't|unable to|cannot|can't) (be )?(moving|move|proceeding|proceed|going|go) (forward|ahead) with your (application|candidacy)\b/i,
  /\bnot (be )?(moving|proceeding) forward with your\b/i,
  /\b(position|role|vacancy) has (now )?been filled\b/i,
  /\bregret to (inform|let you know|tell you)\b/i,
  /\b(pursue|pursuing) other candidates\b/i,
  /\bnot (be )?(able to )?offer(ing)? you (the|this) (position|role|job)\b/i,
  /\bunfortunately,? (you|your application) (were|was|have|has) not (been )?(selected|successful)\b/i,
];

const OFFER = [
  /\b(like|love|pleased|happy|delighted|excited|thrilled|glad) to (extend|make|offer) (you )?(an|the|a formal|a verbal|our) (job )?offer\b/i,
  /\b(pleased|happy|delighted|excited|thrilled|glad) to offer you (the|this|a) (position|role|job)\b/i,
  /\b(attached|enclosed) (is|please find) (your|the) offer letter\b/i,
  /\byour offer letter\b/i,
  /\bwe(?:'d| would) like to offer you\b/i,
];

/** A clear rejection or offer in the reply's own text; the sentence is quoted back to the user. */
export function proposedOutcome(text: string): { outcome: Outcome; quote: string } | undefined {
  const own = stripQuoted(text);
  for (const [outcome, patterns] of [
    ['rejected', REJECTION],
    ['offer', OFFER],
  ] as const) {
    for (const re of patterns) {
      const m = re.exec(own);
      if (m) return { outcome, quote: sentenceAround(own, m.index) };
    }
  }
  return undefined;
}

function sentenceAround(text: string, index: number): string {
  const before = text.slice(0, index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('! ')) + 1;
  const rest = text.slice(index);
  const endMatch = /[.!?](\s|$)|\n/.exec(rest);
  const end = endMatch ? index + endMatch.index + 1 : text.length;
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** Words that introduce the day an out-of-office sender is back. */
const RETURN_CUE = /\b(back|return\w*|until|till|through|thru|resum\w*|away|out|in the office|from)\b[^.!?\n]{0,60}$/i;

/** The longest absence an auto-reply may claim: anyone can send one, and "until 2099" must not stop the plan. */
export const MAX_AWAY_DAYS = 60;

/**
 * The return date an auto-reply states (YYYY-MM-DD in `zone`), read relative to when it arrived; undefined when
 * it gives none, or one more than MAX_AWAY_DAYS away (then the planner's default pause applies).
 * "Out from Jan 12 to Jan 16" gives Jan 16; "back on Monday" the coming Monday.
 */
export function returnDate(text: string, received: DateTime, zone: string): string | undefined {
  const date = statedReturnDate(text, received, zone);
  if (!date) return undefined;
  const limit = received.setZone(zone).startOf('day').plus({ days: MAX_AWAY_DAYS }).toISODate() as string;
  return date <= limit ? date : undefined;
}

function statedReturnDate(text: string, received: DateTime, zone: string): string | undefined {
  // An auto-reply states its dates up front; chrono's time grows with what it reads.
  const own = stripQuoted(text).slice(0, 4000);
  const ref = received.setZone(zone);
  const results = chrono.parse(own, { instant: ref.toJSDate(), timezone: ref.offset }, { forwardDate: true });
  const today = ref.startOf('day');
  let best: { date: DateTime; cued: boolean } | undefined;
  for (const result of results) {
    const component = result.end ?? result.start;
    const year = component.get('year');
    const month = component.get('month');
    const day = component.get('day');
    if (!year || !month || !day) continue;
    const date = DateTime.fromObject({ year, month, day }, { zone });
    if (!date.isValid || date < today) continue;
    const cued = Boolean(result.end) || RETURN_CUE.test(own.slice(Math.max(0, result.index - 80), result.index));
    if (!best || (cued && !best.cued)) best = { date, cued };
    if (best.cued) break;
  }
  return best?.date.toISODate() ?? undefined;
}
