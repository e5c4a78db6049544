// The drafts matrix (issue 9): every kind of message × channel × interview format × timing × with or
// without a reply, a competing offer and debrief notes, each drafted and run through the reviewer with its
// own context. A draft a person would send as it is has no warning and no error. Used by
// test/compose/matrix.test.ts and by `npm run bench` (bench/drafts.ts).
import { composeCallScript, composeDraft, type Draft } from '../../src/core/compose/index.js';
import { parseDocument } from '../../src/core/document/parse.js';
import type { Document, MessageKind } from '../../src/core/document/schema.js';
import type { StepChannel } from '../../src/core/plan/types.js';
import { type Finding, reviewMessage } from '../../src/core/review/index.js';
import { loadSpeller } from '../../src/review-node/speller.js';

const ZONE = 'America/Chicago';
/** Monday, March 2, 2026, 10:00 in Chicago. */
const INTERVIEW = '2026-03-02T10:00:00-06:00';

export type Format = 'phone' | 'video' | 'onsite' | 'unset';
export type Timing = 'before' | 'same-day' | 'next-day' | 'late';

export interface MatrixCell {
  label: string;
  kind: MessageKind;
  channel: StepChannel;
  touch?: number;
  format: Format;
  timing: Timing;
  reply: boolean;
  offer: boolean;
  debrief: boolean;
}

export interface MatrixResult {
  cell: MatrixCell;
  text: string;
  findings: Finding[];
  /** The composer's word to the candidate, if any. */
  note?: string;
}

const FORMATS: Format[] = ['phone', 'video', 'onsite', 'unset'];

/** When the draft is written, relative to the interview, for each kind. */
function nowFor(kind: MessageKind, timing: Timing, touch = 1): string {
  const day = 24 * 3600 * 1000;
  const base = Date.parse(INTERVIEW);
  if (kind === 'thank-you') {
    const offset = { before: -26 * 3600 * 1000, 'same-day': 6 * 3600 * 1000, 'next-day': day, late: 13 * day }[timing];
    return new Date(base + offset).toISOString();
  }
  // Status touches: on time is after the stated date; late is well after it.
  const onTime = kind === 'check-in' ? 15 : 15 + 10 * (touch - 1);
  return new Date(base + (timing === 'late' ? onTime + 12 : onTime) * day).toISOString();
}

function documentFor(cell: MatrixCell, id: string): Document {
  const thirdPerson = id.length % 2 === 0;
  const interview: Record<string, unknown> = {
    at: INTERVIEW,
    interviewers: [
      {
        name: 'Priya Raman',
        title: 'Engineering Manager',
        email: 'priya@example.com',
        phone: '+1 312 555 0101',
        topics: thirdPerson
          ? ['their plan to split the orders service', "Priya's move from the Denver office"]
          : ['the on-call rotation', 'moving the nightly batch jobs to streaming'],
      },
      {
        name: 'Marcus Hale',
        title: 'Staff Engineer',
        email: 'marcus@example.com',
        topics: ['his work on the build cache'],
      },
    ],
    contact: { name: 'Ana Souza', title: 'Recruiter', email: 'ana@example.com', phone: '+1 312 555 0102' },
    nextSteps: { expected: 'by the end of next week', channel: cell.channel === 'mail' ? 'email' : cell.channel },
  };
  if (cell.format !== 'unset') interview.format = cell.format;
  if (cell.debrief)
    interview.debrief = {
      wentWell: ['the system design exercise'],
      wentPoorly: ['I rushed the estimate question'],
      stoodOut: ['the team ships to production every day', 'the blameless review culture'],
      forgotToMention: ['I led the migration of our payments service to Kubernetes'],
    };
  const events: unknown[] = [];
  const touches = cell.kind === 'follow-up' ? (cell.touch ?? 2) - 1 : 0;
  for (let i = 0; i < touches; i++)
    events.push({
      at: nowFor('check-in', 'same-day', i + 1),
      type: 'sent',
      kind: i ? 'follow-up' : 'check-in',
      to: 'Ana Souza',
    });
  if (cell.reply) {
    const at = new Date(Date.parse(INTERVIEW) + 9 * 24 * 3600 * 1000).toISOString();
    events.push({
      at,
      type: 'replied',
      from: 'Ana Souza',
      note: 'Thanks for your patience. The team is still meeting candidates and we now expect to decide by March 20.',
    });
  }
  if (cell.kind === 'gracious-close')
    events.push({
      at: nowFor('check-in', 'same-day'),
      type: 'rejected',
      from: 'Ana Souza',
      note: 'We decided to go with another candidate.',
    });
  return parseDocument(
    {
      version: 1,
      candidate: {
        name: 'Jordan Blake',
        email: 'jordan.blake@example.com',
        phone: '+1 312 555 0199',
        address: '200 W Madison St\nChicago, IL 60606',
        timezone: ZONE,
        country: 'US',
        achievements: [
          'Cut the p95 latency of the checkout API from 900 ms to 250 ms',
          'Led the move of twelve services to a shared deployment pipeline',
        ],
        testimonials: [{ quote: 'Jordan makes hard systems feel simple.', author: 'Lee Wong, VP of Engineering' }],
      },
      applications: [
        {
          id,
          company: 'Tailspin Software',
          role: 'Backend Engineer',
          listing:
            'Tailspin builds scheduling software for clinics. As a Backend Engineer you will design reliable services, reduce latency across our APIs and improve our deployment pipeline.',
          status: cell.kind === 'gracious-close' ? 'rejected' : 'active',
          companyAddress: '500 N Wells St\nChicago, IL 60654',
          interviews: [interview],
          events,
        },
      ],
      offers: cell.offer ? [{ company: 'Fabrikam', decideBy: '2026-04-30' }] : [],
    },
    { defaultZone: ZONE },
  );
}

/** The matrix's cells: written kinds by email and letter, status touches by phone too. */
export function matrixCells(): MatrixCell[] {
  const cells: MatrixCell[] = [];
  const kinds: Array<{ kind: MessageKind; touch?: number }> = [
    { kind: 'thank-you' },
    { kind: 'check-in' },
    { kind: 'follow-up', touch: 2 },
    { kind: 'follow-up', touch: 3 },
    { kind: 'offer-notice' },
    { kind: 'gracious-close' },
  ];
  for (const { kind, touch } of kinds) {
    // The channels the planner can give each kind: offer notices and gracious closes always go by email.
    const channels: StepChannel[] =
      kind === 'check-in' || kind === 'follow-up'
        ? ['email', 'mail', 'phone']
        : kind === 'thank-you'
          ? ['email', 'mail']
          : ['email'];
    const timings: Timing[] = kind === 'thank-you' ? ['before', 'same-day', 'next-day', 'late'] : ['same-day', 'late'];
    for (const channel of channels)
      for (const format of FORMATS)
        for (const timing of timings)
          for (const reply of [false, true])
            for (const offer of kind === 'offer-notice' ? [true] : [false, true])
              for (const debrief of [false, true]) {
                const label = [
                  kind + (touch ? ` ${touch}` : ''),
                  channel,
                  format,
                  timing,
                  reply ? 'reply' : 'no reply',
                  offer ? 'offer' : 'no offer',
                  debrief ? 'debrief' : 'no debrief',
                ].join(', ');
                cells.push({ label, kind, channel, touch, format, timing, reply, offer, debrief });
              }
  }
  return cells;
}

let speller: ReturnType<typeof loadSpeller> | undefined;

/** Drafts one cell and reviews it; the application id varies, so every phrasing in the banks gets picked. */
export function runCell(cell: MatrixCell, index: number): MatrixResult {
  const id = `app-${index.toString(36)}`;
  const doc = documentFor(cell, id);
  const to = cell.kind === 'thank-you' ? (index % 3 === 0 ? 'Marcus Hale' : 'Priya Raman') : 'Ana Souza';
  const now = nowFor(cell.kind, cell.timing, cell.touch);
  speller ??= loadSpeller();
  let text: string;
  let note: string | undefined;
  if (cell.channel === 'phone') {
    text = composeCallScript(doc, { application: id, to, now }).text;
  } else {
    const draft: Draft = composeDraft(doc, {
      application: id,
      kind: cell.kind,
      to,
      now,
      channel: cell.channel,
      ...(cell.touch && { touch: cell.touch }),
    });
    text = draft.subject ? `Subject: ${draft.subject}\n\n${draft.body}` : draft.body;
    note = draft.note;
  }
  const kind = cell.channel === 'mail' ? 'letter' : cell.channel === 'phone' ? 'call-script' : cell.kind;
  const review = reviewMessage(text, { document: doc, application: id, to, kind }, { speller });
  return { cell, text, findings: review.findings.filter((f) => f.severity !== 'info'), ...(note && { note }) };
}

export function runMatrix(): MatrixResult[] {
  return matrixCells().map((cell, i) => runCell(cell, i));
}
