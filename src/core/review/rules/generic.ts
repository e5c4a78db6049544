// Generic notes: a template sent with its blanks unfilled, or a note with nothing in it that could only have
// been written after this interview. Both read as mass-mailed. These need no context: the document-aware
// check (personalization.no-specifics) adds what the topics on record say.
import type { CheckRule, PatternRule } from '../rule.js';
import type { PreparedText } from '../text.js';
import { contentStems } from '../words.js';
import { bodySpan } from './context.js';

/** Template blanks: [Name], {first_name}, {{company}}, <hiring manager>, %FIRSTNAME%, XXX, "insert … here". */
const PLACEHOLDER =
  /\[[^\]\n]{1,40}\]|\{\{?\s*[A-Za-z_ ]{1,30}\s*\}?\}|<\s*[A-Za-z][A-Za-z' _-]{1,30}\s*>|%[A-Z_]{3,20}%|\bX{3,}\b|\b(?:insert|add|your) [a-z ]{0,30}here\b/g;

export const PLACEHOLDER_RULE: CheckRule = {
  id: 'personalization.placeholder',
  category: 'personalization',
  severity: 'error',
  message: 'A template blank is still in the note; fill it in with the real name or detail before sending.',
  check(text) {
    const hits = [];
    for (const m of text.text.matchAll(PLACEHOLDER)) {
      // Links and e-mail addresses in angle brackets are not blanks.
      if (/@|:\/\/|www\./.test(m[0])) continue;
      hits.push({ start: m.index, end: m.index + m[0].length });
    }
    return hits;
  },
  examples: {
    pass: [
      'Thank you for meeting with me about the data analyst role.',
      'You can reach me at <dana@example.com> or see my work at <https://example.com/dana>.',
      'I enjoyed the tour (and the coffee) at the Tacoma site.',
    ],
    fail: [
      'Dear [Interviewer Name], thank you for your time.',
      'Hi {first_name}, just checking in.',
      'I enjoyed learning about {{company}}.',
      'Dear <hiring manager>,',
      'Hi %FIRSTNAME%, thanks again.',
      'Thank you for the interview at XXX.',
    ],
  },
};

/** Words every note has; what is left after them is what this note alone could say. */
const STOCK = new Set(
  contentStems(
    `interview interviewing conversation chat talk role position job opportunity company team organization time
    today yesterday week thanks thank grateful appreciate appreciated enjoy enjoyed nice great wonderful pleasure
    lovely happy glad excited excitement interested interest hear hearing hope hoping forward learn learning
    learned more about update updates follow following checking check status application applied candidacy
    consider considering consideration decision process regards sincerely kind best cheers warm wishes
    opportunity meet meeting met speak spoke speaking discuss discussed contribute contributing fit strong
    look looking please contact questions anything else further information help helpful possible soon
    wanted writing write reach reaching just quick note message email sir madam whom concern hiring manager
    recruiter dear hello hi hey ok okay yes really very truly much many also again still finds well luck letting
    let know keep touch future openings hard working player passionate success driven results detail oriented
    motivated self starter dedicated dynamic skills skill experience value asset ideal candidate qualified perfect
    background abilities ability bring believe confident would could make great excellent`,
  ),
);

/** Distinct content stems of the prose: greeting, sign-off and the subject line left out. */
function specifics(text: PreparedText): number {
  const stems = new Set<string>();
  for (const s of text.sentences) {
    if (s.start < text.bodyStart) continue;
    // A greeting on the same line as the first sentence ("Hi Keith, I'm checking in …") is left out.
    const start = text.greeting && s.start < text.greeting.end ? text.greeting.end : s.start;
    const words = text.bodyWords.filter((w) => w.start >= start && w.end <= s.end);
    if (words.length <= 3) continue; // sign-offs and names
    for (const stem of contentStems(text.text.slice(start, s.end))) if (!STOCK.has(stem)) stems.add(stem);
  }
  return stems.size;
}

/** A check-in may be short and plain: naming the role is enough there. */
const MIN_SPECIFICS: Partial<Record<string, number>> = { 'check-in': 2, 'gracious-close': 2 };

export const GENERIC_RULE: CheckRule = {
  id: 'personalization.generic',
  category: 'personalization',
  severity: 'error',
  message:
    'Nothing in this note could only come from your interview; add one thing you discussed or a need of the role you can meet.',
  kinds: ['thank-you', 'check-in', 'follow-up', 'gracious-close'],
  check: (text, context) => (specifics(text) < (MIN_SPECIFICS[context.kind ?? ''] ?? 3) ? [bodySpan(text)] : []),
  examples: {
    pass: [
      {
        text: 'Dear Ana,\n\nThank you for showing me how the night crew restocks the pharmacy aisles. My forklift certificate is current, and I would be glad to help with the spring inventory count.\n\nBest,\nLee',
        context: { kind: 'thank-you' },
      },
    ],
    fail: [
      {
        text: 'Dear Ana,\n\nThank you for the interview today. I enjoyed our conversation and learning more about the role. I look forward to hearing from you.\n\nBest,\nLee',
        context: { kind: 'thank-you' },
      },
      { text: 'hi, just following up on my interview. any news?', context: { kind: 'check-in' } },
    ],
  },
};

export const GENERIC_RULES: Array<CheckRule | PatternRule> = [PLACEHOLDER_RULE, GENERIC_RULE];
