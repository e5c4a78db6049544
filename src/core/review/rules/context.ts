// Rules that need the document: the right names and company (the copy-paste mistake), a personal touch,
// thanks in a thank-you, and a word of continued interest in every note to the employer.
import distance from 'damerau-levenshtein';
import { isVocativeGreeting, nameParts, namesMatch, TITLES } from '../context.js';
import { test } from '../pattern.js';
import type { CheckRule, Hit } from '../rule.js';
import type { ContextSketch } from '../sketch.js';
import { type PreparedText, SALUTATIONS } from '../text.js';
import { contentStems, stemsMatch, tokenize } from '../words.js';

const GENERIC_GREETING = new Set(
  'hiring manager managers team all everyone committee sir madam recruiter recruiting there folks panel search talent acquisition and'.split(
    ' ',
  ),
);

/** The whole body, trimmed: the span for findings about the message as a whole. */
export function bodySpan(text: PreparedText): Hit {
  let start = text.bodyStart;
  let end = text.text.length;
  while (start < end && /\s/.test(text.text[start] as string)) start++;
  while (end > start && /\s/.test(text.text[end - 1] as string)) end--;
  return { start, end };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Spans where `phrase` appears as whole words (case-insensitive, flexible spaces). */
function findPhrase(text: PreparedText, phrase: string): Hit[] {
  const words = phrase.trim().split(/\s+/).map(escapeRegExp);
  if (!words.length || !words[0]) return [];
  const re = new RegExp(`(?<![\\w])${words.join('\\s+')}(?![\\w])`, 'gi');
  return [...text.text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** One letter added, dropped, swapped or changed. */
function oneSlip(a: string, b: string): boolean {
  return a !== b && distance(a, b).steps === 1;
}

/** A courtesy word greeted on its own ("Good evening Ma,", "Hi Chef"); after a title ("Mr. Ma") it is a surname. */
const BARE_COURTESY = new Set(
  "sir madam madame ma'am maam ma chef coach doctor boss captain principal director chief teacher sensei".split(' '),
);
const TITLED = new RegExp(`^(?:${TITLES})\\b`, 'i');

const SALUTATION = new RegExp(`^(${SALUTATIONS})\\b`, 'i');
/** "Good morning, Ray Kettle speaking": the caller's own name, not the recipient's. */
const SELF_NAMED = /^[ \t]+(?:speaking|here)\b/i;

/** A thank-you to an interviewer with a topic on record: the personal-touch examples that pass and fail. */
const MARIA_TOPIC_SKETCH: ContextSketch = {
  kind: 'thank-you',
  to: 'Maria Chen',
  company: 'Acme Logistics',
  role: 'Controller',
  interviewers: [{ name: 'Maria Chen', topics: ['the month-end close timeline'] }],
};

export const CONTEXT_RULES: CheckRule[] = [
  {
    id: 'names.greeting',
    category: 'names',
    severity: 'error',
    message: 'The greeting names someone other than the recipient; greet the person this note is for.',
    check(text, context) {
      const g = text.greeting;
      if (!g) return [];
      // A full name right before "speaking" is the caller's own.
      const after = text.text.slice(g.nameStart + g.name.length, g.nameStart + g.name.length + 12);
      if (/\s/.test(g.name.trim()) && SELF_NAMED.test(after)) return [];
      const greeted = g.name
        .split(/\s+(?:and|&)\s+|\s*,\s*/)
        .map((n) => n.trim())
        .filter(
          (n) => n && !nameParts(n).every((p) => GENERIC_GREETING.has(p) || (BARE_COURTESY.has(p) && !TITLED.test(n))),
        );
      if (!greeted.length) return [];
      const span = { start: g.nameStart, end: g.nameStart + g.name.length };
      const salutation = SALUTATION.exec(text.text.slice(g.start, g.end))?.[1] ?? 'Dear';
      if (context.to) {
        // The first word alone may match too: a greeting line without a comma runs into the sentence.
        const refersTo = (n: string, who: string) => namesMatch(n, who) || namesMatch(nameParts(n)[0] ?? '', who);
        const first = context.to.split(/\s+/)[0] ?? context.to;
        // Only the name greeted as the recipient is checked further: "Hi Dan and Dana" greets two people.
        const mine = greeted.find((n) => refersTo(n, context.to as string));
        if (mine !== undefined) {
          // The right person with one letter wrong in a name ("Ms. Shirley Kho" for Shirley Khoo).
          const theirs = nameParts(context.to);
          // After a Polish courtesy word the name changes its ending ("Pani Ewo" to Ewa): not a slip.
          if (isVocativeGreeting(mine, context.to)) return [];
          const slip = nameParts(mine).find(
            (w) => !theirs.includes(w) && theirs.some((p) => Math.min(p.length, w.length) >= 3 && oneSlip(w, p)),
          );
          if (!slip) return [];
          const written = new RegExp(`\\b${slip}\\b`, 'i').exec(mine)?.[0] ?? slip;
          return [
            {
              ...span,
              message: `The greeting spells “${written}”, but this note is to ${context.to}; check the spelling of their name.`,
              suggestions: [`${salutation} ${first},`],
            },
          ];
        }
        return [
          {
            ...span,
            message: `The greeting names ${g.name}, but this note is to ${context.to}; greet the recipient by name.`,
            suggestions: [`${salutation} ${first},`],
          },
        ];
      }
      // Without a recipient: only a name that belongs to another application is surely wrong.
      for (const n of greeted) {
        if (context.people.some((p) => namesMatch(n, p.name))) continue;
        const other = context.otherPeople.find((p) => namesMatch(n, p.name));
        if (other)
          return [
            {
              ...span,
              message: `The greeting names ${n}, who is part of your ${other.application.company} application, not this one.`,
            },
          ];
      }
      return [];
    },
    examples: {
      pass: [
        { text: 'Dear Maria,\n\nThank you for your time today.', context: { to: 'Maria Chen' } },
        { text: 'Dear Ms. Chen,\n\nThank you for your time today.', context: { to: 'Maria Chen' } },
        { text: 'Hi Hiring Team,\n\nThank you for your time today.', context: { to: 'Maria Chen' } },
        { text: 'Hello James and Maria,\n\nThank you both.', context: { to: 'Maria Chen' } },
        { text: 'Hi Ms. Shirley Khoo,\n\nThank you for the interview.', context: { to: 'Shirley Khoo' } },
        { text: 'Hi Dan and Dana,\n\nThank you both for the interview.', context: { to: 'Dana Price' } },
        { text: 'Hello Sir Ramon,\n\nThank you for the interview.', context: { to: 'Ramon Cruz' } },
        { text: 'Dear Khun Nicole,\n\nThank you for the interview.', context: { to: 'Nicole Baker' } },
        { text: 'Kia ora Aroha,\n\nThanks for the look round the paint booth.', context: { to: 'Aroha Ngata' } },
        // Polish courtesy words, with the name in the vocative.
        { text: 'Dear Panie Piotrze,\n\nThank you for the meeting on Saturday.', context: { to: 'Piotr Nowak' } },
        { text: 'Dear Pani Ewa,\n\nThank you for the coffee and the interview.', context: { to: 'Ewa Zielinska' } },
        { text: 'Dear Pani Ewo,\n\nThank you for the coffee and the interview.', context: { to: 'Ewa Zielinska' } },
        { text: 'Dear Panie Marku,\n\nThank you for the tour of the depot.', context: { to: 'Marek Hudak' } },
        { text: 'Good evening Ma,\n\nThank you for the interview.', context: { to: 'Adaeze Okonkwo' } },
        { text: 'Hi Jess!\n\nThank you for the interview.', context: { to: 'Jessica Tran' } },
        { text: 'Hi Bob,\n\nThank you for the interview.', context: { to: 'Robert Hale' } },
        { text: 'Dear Don,\n\nThank you for the interview.', context: { to: 'Don Alvarez' } },
        { text: 'Dear Don Miguel,\n\nThank you for the interview.', context: { to: 'Miguel Herrera' } },
        { text: 'Dear Doña Lucía,\n\nThank you for the interview.', context: { to: 'Lucía Paredes' } },
        { text: 'Dear Doña María,\n\nThank you for the interview.', context: { to: 'Maria Chen' } },
        { text: 'Dear Dra. Paredes,\n\nThank you for the interview.', context: { to: 'Lucía Paredes' } },
        { text: "Dear Dato' Razak,\n\nThank you for the interview.", context: { to: 'Amir Razak' } },
        { text: 'Dear Tanaka-san,\n\nThank you for the interview.', context: { to: 'Yuki Tanaka' } },
        { text: 'Good morning Captain Saeed,\n\nThank you for the interview.', context: { to: 'Saeed Al Mansoori' } },
        { text: 'Hi Bec,\n\nThank you for the interview.', context: { to: 'Rebecca Nguyen' } },
        { text: 'Dear Lorraine madam,\n\nThank you for the interview.', context: { to: 'Lorraine Adjei' } },
        { text: 'Dear Manager Lin,\n\nThank you for the interview.', context: { to: 'Meihua Lin' } },
        { text: 'Dear Principal,\n\nThank you for the interview.', context: { to: 'Meihua Lin' } },
        {
          text: 'Good morning, Ray Kettle speaking. Could I leave a message for Neil?',
          context: { to: 'Neil Farrant' },
        },
        { text: 'Good day Sir Rey!\n\nThank you po for the interview.', context: { to: 'Reynaldo Abad' } },
        { text: 'Dear Lok Sophal,\n\nThank you for the interview.', context: { to: 'Sophal Chan' } },
        { text: "Dear Dato' Seri Razak,\n\nThank you for the interview.", context: { to: 'Amir Razak' } },
        { text: 'Hi Bec,\n\nThank you for the interview.', context: { to: 'Becky Nguyen' } },
      ],
      fail: [
        { text: 'Dear James,\n\nThank you for your time today.', context: { to: 'Maria Chen' } },
        { text: 'Hi Mr. Okafor,\n\nThank you for your time today.', context: { to: 'Maria Chen' } },
        { text: 'Hi Ms. Shirley Kho,\n\nThank you for the interview.', context: { to: 'Shirley Khoo' } },
        { text: 'Hello Sir Arnel,\n\nThank you for the interview.', context: { to: 'Ramon Cruz' } },
        { text: 'Hi Dan,\n\nThank you for the interview.', context: { to: 'Dana Price' } },
        { text: 'Dear Panie Pawle,\n\nThank you for the meeting on Saturday.', context: { to: 'Piotr Nowak' } },
        { text: 'Kia ora Mere,\n\nThanks for the look round the yard.', context: { to: 'Aroha Ngata' } },
        { text: 'Dear Mr. Ma,\n\nThank you for the interview.', context: { to: 'Wei Chen' } },
        { text: 'Hi Ali,\n\nThank you for the interview.', context: { to: 'Alicia Ortiz' } },
        { text: 'Dear Doña Marta,\n\nThank you for the interview.', context: { to: 'Lucía Paredes' } },
        { text: 'Good day Mr. Rampart,\n\nThank you for the interview.', context: { to: 'Vishnu Ramdial' } },
        { text: 'Dear Suzuki-san,\n\nThank you for the interview.', context: { to: 'Yuki Tanaka' } },
        {
          text: 'Dear Robert,\n\nThank you for your time today.',
          context: {
            company: 'Acme Logistics',
            interviewers: ['Maria Chen'],
            others: [{ company: 'Northwind Health', interviewers: ['Robert Feld'] }],
          },
        },
      ],
    },
  },
  {
    id: 'names.company',
    category: 'names',
    severity: 'error',
    message: 'The note names a company from another of your applications; use this employer’s name.',
    check(text, context) {
      const own = context.application?.company ?? '';
      const hits: Hit[] = [];
      for (const company of context.otherCompanies) {
        for (const h of findCompany(text, company, own)) {
          // Telling an employer about a competing offer may name the other company.
          if (sentenceAround(text, h.start).includes('offer')) continue;
          hits.push({
            ...h,
            message: `“${text.text.slice(h.start, h.end)}” is another application’s company; this note is for ${own}.`,
            suggestions: [own],
          });
        }
      }
      return hits;
    },
    examples: {
      pass: [
        {
          text: 'I would love to help Acme Logistics open its new distribution centers.',
          context: { company: 'Acme Logistics', others: [{ company: 'Northwind Health' }] },
        },
        {
          text: 'I have an offer from Northwind Health, and Acme is still my first choice.',
          context: { company: 'Acme Logistics', others: [{ company: 'Northwind Health' }] },
        },
      ],
      fail: [
        {
          text: 'I would love to help Northwind Health grow its finance team.',
          context: { company: 'Acme Logistics', others: [{ company: 'Northwind Health' }] },
        },
        {
          text: 'I am excited about the work at Northwind.',
          context: { company: 'Acme Logistics', others: [{ company: 'Northwind Health' }] },
        },
      ],
    },
  },
  {
    id: 'names.other-interviewer',
    category: 'names',
    severity: 'error',
    message: 'The note names an interviewer from another of your applications; check that it went to the right person.',
    check(text, context) {
      const hits: Hit[] = [];
      const greeting = text.greeting;
      for (const person of context.otherPeople) {
        const parts = person.name.trim().split(/\s+/);
        const last = parts[parts.length - 1] ?? '';
        const found = [
          ...findPhrase(text, person.name),
          ...(parts.length > 1
            ? findPhrase(text, `Mr. ${last}`).concat(
                findPhrase(text, `Ms. ${last}`),
                findPhrase(text, `Dr. ${last}`),
                findPhrase(text, `Mrs. ${last}`),
              )
            : []),
        ];
        for (const h of found) {
          if (greeting && h.start >= greeting.nameStart && h.start < greeting.end) continue; // names.greeting says it
          hits.push({
            ...h,
            message: `${person.name} is part of your ${person.application.company} application, not this one.`,
          });
        }
      }
      return hits;
    },
    examples: {
      pass: [
        {
          text: 'Please pass my thanks to James Okafor as well.',
          context: { company: 'Acme Logistics', interviewers: ['Maria Chen', 'James Okafor'] },
        },
      ],
      fail: [
        {
          text: 'Please pass my thanks to Robert Feld as well.',
          context: {
            company: 'Acme Logistics',
            interviewers: ['Maria Chen'],
            others: [{ company: 'Northwind Health', interviewers: ['Robert Feld'] }],
          },
        },
      ],
    },
  },
  {
    id: 'personalization.no-specifics',
    category: 'personalization',
    severity: 'warning',
    message:
      'Nothing in the note points to your conversation; mention a topic you discussed or a need from the listing.',
    kinds: ['thank-you', 'check-in', 'follow-up', 'letter'],
    check(text, context) {
      const app = context.application;
      if (!app) return [];
      const sources: string[] = [];
      const recipientTopics = context.recipient?.interviewer?.topics;
      for (const interview of app.interviews) {
        for (const i of interview.interviewers) if (!recipientTopics?.length) sources.push(...i.topics);
        const d = interview.debrief;
        sources.push(...d.wentWell, ...d.stoodOut, ...d.forgotToMention, ...d.wentPoorly);
      }
      sources.push(...(recipientTopics ?? []));
      const roleWords = contentStems(app.role).filter((s) => !ROLE_NOISE.has(s));
      const body = contentStems(text.text.slice(text.bodyStart));
      const mentions = (stems: string[]) => stems.some((s) => body.some((b) => stemsMatch(s, b)));
      if (roleWords.length && mentions(roleWords)) return [];
      for (const source of sources) if (mentions(contentStems(source))) return [];
      if (app.listing && sharesBigram(app.listing, text.text.slice(text.bodyStart))) return [];
      return [bodySpan(text)];
    },
    examples: {
      pass: [
        {
          text: 'Dear Maria,\n\nThank you for walking me through the month-end close timeline today.',
          context: MARIA_TOPIC_SKETCH,
        },
        {
          text: 'Thank you again. I remain very interested in the Senior Accountant role.',
          context: {
            kind: 'check-in',
            company: 'Acme Logistics',
            role: 'Senior Accountant',
            interviewers: ['Maria Chen'],
          },
        },
      ],
      fail: [
        {
          text: 'Dear Maria,\n\nThank you for your time today. I enjoyed our conversation and hope to hear from you.',
          context: MARIA_TOPIC_SKETCH,
        },
      ],
    },
  },
  {
    id: 'gratitude.missing',
    category: 'gratitude',
    severity: 'warning',
    message: 'A thank-you note should say thank you; add a sentence thanking them for their time.',
    suggestions: ['Thank you for taking the time to talk with me.'],
    kinds: ['thank-you', 'letter'],
    check(text) {
      // British and Antipodean thanks too: "Cheers for the interview", "Ta for today".
      if (
        test(
          text.norm,
          '(thank|thanks|thanking|thankful|grateful|gratitude|appreciate|appreciated|appreciation|thx|ty|cheers_for|ta_for|ta_very_much|ngā_mihi|nga_mihi)',
        )
      )
        return [];
      return [bodySpan(text)];
    },
    examples: {
      pass: [
        { text: 'Thank you for the conversation today.', context: { kind: 'thank-you' } },
        { text: 'Cheers for the chat today and the look round the workshop.', context: { kind: 'thank-you' } },
      ],
      fail: [{ text: 'I enjoyed our conversation about the close today.', context: { kind: 'thank-you' } }],
    },
  },
  {
    id: 'interest.missing',
    category: 'interest',
    severity: 'warning',
    message: 'Say that you are still interested in the role; it is the one thing every follow-up must carry.',
    suggestions: ['I remain very interested in the role.'],
    kinds: ['thank-you', 'check-in', 'follow-up', 'letter'],
    check(text) {
      return INTEREST.some((p) => test(text.norm, p, text.bodyStart)) ? [] : [bodySpan(text)];
    },
    examples: {
      pass: [
        { text: 'Thank you for your time. I am very interested in the role.', context: { kind: 'thank-you' } },
        { text: 'I am excited about the chance to join your team.', context: { kind: 'check-in' } },
        { text: 'I look forward to the next step.', context: { kind: 'follow-up' } },
      ],
      fail: [{ text: 'Thank you for your time today. Have a good weekend.', context: { kind: 'thank-you' } }],
    },
  },
];

const ROLE_NOISE = new Set([
  'senior',
  'junior',
  'lead',
  'associat',
  'principal',
  'staff',
  'head',
  'chief',
  'assistant',
]);

const INTEREST = [
  '(interest|interested|enthusiasm|enthusiastic|excited|exciting|excitement|eager|eagerly|keen)',
  '(look|looking|looked) forward',
  "(would|i'd) (still|really|very_much|truly|certainly|also)? (love|welcome|be_glad|be_happy|be_delighted|be_thrilled|like) to (join|contribute|work|help|bring|be_part|continue|take|build|lead|support|talk|discuss|hear|meet|move)",
  '(hope|hoping|want|wanted|eager) to (join|contribute|work_with|work_on|help|bring|be_part|continue|move_forward|take_the_next)',
  '(great|strong|good|natural|right) fit',
  '(remain|still|very|truly|genuinely|really) (committed|motivated|enthusiastic|drawn)',
  'next (step|steps|round|stage)',
];

/** Content-word pairs of the listing that also appear, as a pair, in the message. */
function sharesBigram(listing: string, message: string): boolean {
  const pairs = (text: string) => {
    const out = new Set<string>();
    for (const sentence of text.split(/[.!?;:\n]+/)) {
      const stems = contentStems(sentence);
      for (let i = 0; i + 1 < stems.length; i++) out.add(`${stems[i]} ${stems[i + 1]}`);
    }
    return out;
  };
  const listingPairs = pairs(listing);
  for (const p of pairs(message)) if (listingPairs.has(p)) return true;
  return false;
}

/** A company's mentions: its full name, or its distinctive first word written with a capital. */
function findCompany(text: PreparedText, company: string, own: string): Hit[] {
  const hits = findPhrase(text, company);
  const first = company.trim().split(/\s+/)[0] ?? '';
  const ownWords = new Set(tokenize(own));
  if (
    first.length >= 4 &&
    /^[A-Z]/.test(first) &&
    !COMMON_COMPANY_WORDS.has(first.toLowerCase()) &&
    !ownWords.has(first.toLowerCase())
  ) {
    for (const h of findPhrase(text, first)) {
      if (!/^[A-Z]/.test(text.text[h.start] ?? '')) continue;
      if (!hits.some((x) => h.start >= x.start && h.start < x.end)) hits.push(h);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

const COMMON_COMPANY_WORDS = new Set(
  'general american national united first global international bank health city state new north south east west central pacific atlantic great the best home world capital standard royal digital data modern advanced applied summit bright blue green red'.split(
    ' ',
  ),
);

function sentenceAround(text: PreparedText, offset: number): string {
  const s = text.sentences.find((x) => offset >= x.start && offset < x.end);
  return s ? text.norm.slice(s.start, s.end) : '';
}
