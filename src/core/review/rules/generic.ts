// Generic notes: a template sent with its blanks unfilled, or a note with nothing in it that could only have
// been written after this interview. Both read as mass-mailed. These need no context: the document-aware
// check (personalization.no-specifics) adds what the topics on record say.
import type { CheckRule, PatternRule } from '../rule.js';
import { type PreparedText, SALUTATIONS } from '../text.js';
import { contentStems } from '../words.js';
import { bodySpan } from './context.js';

/** Template blanks: [Name], {first_name}, {{company}}, <hiring manager>, %FIRSTNAME%, XXX, "insert … here". */
const PLACEHOLDER =
  /\[[^\]\n]{1,40}\]|\{\{?\s*[A-Za-z_][A-Za-z_. ]{0,30}\s*\}?\}|<\s*[A-Za-z][A-Za-z' _-]{1,30}\s*>|%[A-Z_]{3,20}%|\bX{3,}\b|_{3,}|\b(?:insert|add|your) [a-z ]{0,30}\bhere\b/gi;
/** A note on the medium, not a blank: "[voicemail transcript]", "[handwritten card]", "[sent from my phone]", "[sic]". */
const MEDIUM_NOTE =
  /^\[(?:\s*(?:voice\s*mail|voicemail|vm|transcript|transcribed|transcription|handwritten|hand-written|card|note|inside|front|back|of|the|a|message|left|on|printed|typed|posted|enclosed|attached|attachment|photo|sms|text|whatsapp|linkedin|dm|email|e-mail|letter|copy|translated|translation|from|my|phone|iphone|sent|pause|beep|laughs|sic|signed|signature)\b[\s,.:;-]*)+\]$/i;

/** One word a medium note needs: "[text]" or "[LinkedIn]" alone are blanks. */
const MEDIUM_WORD =
  /voice|transcri|hand-?written|card|\bsic\b|printed|typed|enclosed|pause|beep|laughs|sent\b|translat/i;

/** A blank typed in capitals in a note that is not: "Hi NAME", "COMPANY NAME", "JOB TITLE". */
const CAPS_BLANK =
  /\b(?:(?:HIRING|MANAGER|INTERVIEWER|RECRUITER|CONTACT|FIRST|LAST|FULL|YOUR|COMPANY|JOB|POSITION|ROLE|EMPLOYER|ORGANI[SZ]ATION)[ \t]+)*(?:NAME|TITLE|COMPANY[ \t]+NAME|POSITION|DATE)\b/g;

/** Is the offset on a reference line typed in capitals ("RE: APPLICATION FOR THE POSITION OF …")? */
export function inCapitalLine(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(start, end < 0 ? text.length : end);
  return /^[ \t]*(?:RE|REF|SUBJECT|SUBJ)[ \t]*:/.test(line) && !/\p{Ll}/u.test(line);
}

export const PLACEHOLDER_RULE: CheckRule = {
  id: 'personalization.placeholder',
  category: 'personalization',
  severity: 'error',
  message: 'A template blank is still in the note; fill it in with the real name or detail before sending.',
  check(text) {
    const hits = [];
    for (const m of text.text.matchAll(PLACEHOLDER)) {
      // Links and e-mail addresses in angle brackets are not blanks; nor is a note on what the text is.
      if (/@|:\/\/|www\./.test(m[0]) || (MEDIUM_NOTE.test(m[0]) && MEDIUM_WORD.test(m[0]))) continue;
      hits.push({ start: m.index, end: m.index + m[0].length });
    }
    // In a note typed in capitals throughout, NAME is just a word; so it is in a heading line typed in capitals.
    if (!/^[^a-z]*$/.test(text.text.slice(text.bodyStart)))
      for (const m of text.text.matchAll(CAPS_BLANK)) {
        if (hits.some((h) => m.index >= h.start && m.index < h.end)) continue;
        if (inCapitalLine(text.text, m.index)) continue;
        hits.push({ start: m.index, end: m.index + m[0].length });
      }
    return hits.sort((a, b) => a.start - b.start);
  },
  examples: {
    pass: [
      'Thank you for meeting with me about the data analyst role.',
      'You can reach me at <dana@example.com> or see my work at <https://example.com/dana>.',
      'I enjoyed the tour (and the coffee) at the Tacoma site.',
      '[voicemail transcript]\nHi Dana, it is Sam Ortiz, thank you for the tour of the plant.',
      '[Handwritten card]\n\nDear Mrs Lee, thank you for showing me the new kitchen.',
      'I passed the CPA and the PMP, and I use SQL daily.',
      'HI MR. DUNCAN, THANK YOU FOR THE INTERVIEW. MY NAME IS RAY AND I AM STILL INTERESTED.',
      'Dear Sir,\n\nRE: APPLICATION FOR THE POSITION OF GRADUATE ESTATE SURVEYOR\n\nI write with reference to the interview.',
    ],
    fail: [
      'Dear [Interviewer Name], thank you for your time.',
      'Hi {first_name}, just checking in.',
      'I enjoyed learning about {{company}}.',
      'Hi {{ recruiter.name }}, thank you for the {{ job.title }} interview.',
      'Dear <hiring manager>,',
      'Hi %FIRSTNAME%, thanks again.',
      'Thank you for the interview at XXX.',
      'Dear ____________, thank you for meeting me on ________.',
      'Hi NAME, thank you for the interview for the JOB TITLE role.',
      'I enjoyed our talk. (INSERT SOMETHING FROM INTERVIEW HERE)',
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
    background abilities ability bring believe confident would could make great excellent attend attended
    discussion discussions informative insightful productive enjoyable due course willing train trained training
    bless god join joining addition member culture mission values vision goals contribution chance applied
    applying apply offer offers received receive another competing deadline worker player learner fast passion
    super amazing awesome exciting fantastic incredible thrilled honored honoured privilege open opening vacancy
    reply response respond answer touch base circle circling back touching hope hoping organisation organisations
    organization organizations company's individual hardworking hard-working convenience earliest recent recently
    regarding remain remaining add adding growth grow delivering deliver greetings day positive faithfully yours
    concern concerned calling call called interviewed excited exciting keen eager believe belief strong stronger
    success successful next steps step see seeing`,
  ),
);

/** Distinct content stems of the prose (greeting and sign-off left out), and of the subject line when asked. */
function specifics(text: PreparedText, withSubject = false): number {
  const stems = new Set<string>();
  if (withSubject && text.subject)
    for (const stem of contentStems(text.text.slice(text.subject.start, text.subject.end)))
      if (!STOCK.has(stem)) stems.add(stem);
  for (const s of text.sentences) {
    if (s.start < text.bodyStart) continue;
    // A greeting on the same line as the first sentence ("Hi Keith, I'm checking in …") is left out.
    const start = text.greeting && s.start < text.greeting.end ? text.greeting.end : s.start;
    const words = text.bodyWords.filter((w) => w.start >= start && w.end <= s.end);
    if (words.length <= 3) continue; // sign-offs and names
    const said = text.text.slice(start, s.end);
    for (const stem of contentStems(said)) if (!STOCK.has(stem)) stems.add(stem);
    // A date ("on the 12th") is a specific that word stems leave out.
    for (const m of said.matchAll(/\b\d{1,2}(?:st|nd|rd|th)\b/gi)) stems.add(m[0].toLowerCase());
  }
  // So is a time, even in a short sentence ("See you 7am.").
  for (const m of text.text.slice(text.bodyStart).matchAll(/\b\d{1,2}(?::\d{2})?[ \t]?(?:am|pm|a\.m\.|p\.m\.)(?!\w)/gi))
    stems.add(m[0].replace(/[ \t.]/g, '').toLowerCase());
  return stems.size;
}

/** A check-in may be short and plain: naming the role is enough there, in its subject line too. */
const MIN_SPECIFICS: Partial<Record<string, number>> = {
  'check-in': 2,
  'gracious-close': 2,
  'offer-notice': 2,
  'call-script': 2,
};
/** Greetings to nobody in particular: "Dear Sir/Madam", "Hi there", "Dear Hiring Committee". */
const FACELESS = new RegExp(
  `^[ \\t]*(?:${SALUTATIONS}|greetings|to)\\b[ \\t,]*(?:(?:sir|madam|ma'?am|sir\\/madam|sir\\/ma'?am|or|and|mr\\.?\\/ms\\.?|there|all|everyone|team|hiring|manager|committee|recruiter|recruitment|whom|it|may|concern|the|panel)[ \\t/,!.]*)+$`,
  'im',
);

export const GENERIC_RULE: CheckRule = {
  id: 'personalization.generic',
  category: 'personalization',
  severity: 'error',
  message:
    'Nothing in this note could only come from your interview; add one thing you discussed or a need of the role you can meet.',
  kinds: ['thank-you', 'check-in', 'follow-up', 'gracious-close', 'letter', 'offer-notice', 'call-script'],
  check: (text, context) => {
    // A one-line acceptance or heads-up about an offer is not a template.
    if (context.kind === 'offer-notice' && text.bodyWords.length < 20) return [];
    const short = MIN_SPECIFICS[context.kind ?? ''];
    // A note to nobody by name needs more of this interview in it to read as written for them.
    const faceless = FACELESS.test(text.text.slice(text.bodyStart, text.bodyStart + 200)) ? 2 : 0;
    return specifics(text, short !== undefined) < (short ?? 3) + faceless ? [bodySpan(text)] : [];
  },
  examples: {
    pass: [
      {
        text: 'Dear Ana,\n\nThank you for showing me how the night crew restocks the pharmacy aisles. My forklift certificate is current, and I would be glad to help with the spring inventory count.\n\nBest,\nLee',
        context: { kind: 'thank-you' },
      },
      {
        text: 'Subject: Forklift operator - timeline\n\nHi Dale,\n\nIs there an update on the timeline? Still interested.\n\nThanks,\nRon',
        context: { kind: 'check-in' },
      },
      { text: 'Hi Dale, just checking in. Could we talk Tuesday at 4pm?', context: { kind: 'check-in' } },
    ],
    fail: [
      {
        text: 'Dear Ana,\n\nThank you for the interview today. I enjoyed our conversation and learning more about the role. I look forward to hearing from you.\n\nBest,\nLee',
        context: { kind: 'thank-you' },
      },
      { text: 'hi, just following up on my interview. any news?', context: { kind: 'check-in' } },
      {
        text: "Hello, I'm calling about the job I interviewed for. I just wanted to see if there's any update. Thank you.",
        context: { kind: 'call-script' },
      },
      {
        text: 'To whom it may concern,\n\nI am writing to thank you for the recent interview. I am a hard-working and motivated individual and I feel I would be an asset to your organisation.\n\nYours faithfully,\nL. Moss',
        context: { kind: 'thank-you' },
      },
    ],
  },
};

export const GENERIC_RULES: Array<CheckRule | PatternRule> = [PLACEHOLDER_RULE, GENERIC_RULE];
