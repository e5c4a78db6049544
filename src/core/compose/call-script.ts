// A phone script for a status call (ADVICE "Calls"): an opening, what to say for each answer, a voicemail and a
// rehearsal tip. Structured for tools, with a text form for people.
import type { Document } from '../document/schema.js';
import { pick } from './hash.js';
import { makeContext } from './messages.js';
import type { Vars } from './phrases.js';
import { resolve } from './resolve.js';
import { parseNow } from './text.js';
import { timelineClause } from './timeline.js';
import type { CallBranch, CallScript } from './types.js';

type Line = (me: string, v: Vars, extra: string) => string;

const OPENING: Line[] = [
  (me, v) =>
    `Hello ${v.first}, this is ${me}. We ${v.met} on ${v.date} about the ${v.role} position, and I enjoyed our conversation about ${v.topic}. I am still very interested in the role, and I wanted to ask whether a decision has been made.`,
  (me, v) =>
    `Hi ${v.first}, it's ${me}; we spoke on ${v.date} about the ${v.role} role, including ${v.topic}. I remain very interested, and I am calling to ask whether you have reached a decision.`,
  (me, v) =>
    `Good morning ${v.first}, this is ${me}. Thank you again for ${v.meeting} about the ${v.role} position on ${v.date}; our talk about ${v.topic} stuck with me. I am still keen on the role and wondered whether there is any decision yet.`,
];

const VOICEMAIL: Line[] = [
  (me, v, contact) =>
    `Hello ${v.first}, this is ${me}. We ${v.met} on ${v.date} about the ${v.role} position. I am calling to check in and to say I am still very interested in the role. ${contact} Thank you, and have a good day.`,
  (me, v, contact) =>
    `Hi ${v.first}, it's ${me}, following up on our ${v.date} conversation about the ${v.role} role. I remain very interested and would be glad to answer any questions. ${contact} Thanks, and I hope your week is going well.`,
  (me, v, contact) =>
    `Good morning ${v.first}, this is ${me}, checking in on the ${v.role} position we discussed on ${v.date}. My interest has not changed, and I am happy to help with anything you need. ${contact} Thank you.`,
];

const REHEARSAL =
  'Before you call, read the script aloud into your phone and play it back; reword any line that sounds stiff until it sounds like you talking, and keep the opening under half a minute.';

export interface CallScriptRequest {
  application: string;
  to?: string;
  now: string;
  interview?: number;
}

export function composeCallScript(doc: Document, request: CallScriptRequest): CallScript {
  const r = resolve(doc, { ...request, kind: 'check-in' });
  const now = parseNow(request.now, r.zone);
  const c = makeContext(doc, r, now, 'call');
  const v = c.vars;
  const me = doc.candidate.name;
  const timeline = c.reply ? undefined : timelineClause(r.interview.nextSteps.expected);
  const opening = pick(OPENING, c.seed, 'opening')(me, v, '');
  const branches: CallBranch[] = [
    {
      id: 'no-decision',
      when: 'They have not decided yet',
      say: [
        'Thank you, that is helpful to know.',
        'Are there any questions or concerns about my candidacy that I could answer for you now?',
        c.reply?.by
          ? `When you wrote on ${c.reply.date}, you expected to decide by ${c.reply.by}; is that still the timeline?`
          : timeline
            ? `When we ${v.met}, ${timeline}; is that still the timeline you expect?`
            : 'When do you expect to make a decision, and would it be all right if I checked back then?',
      ],
    },
    {
      id: 'someone-else',
      when: 'They chose someone else',
      say: [
        'Thank you for letting me know, and for the time you and the team spent with me.',
        `It was good to learn about ${v.company}, and I wish you and the new hire well.`,
        'If another role opens up where my background fits, I would be glad if you kept me in mind.',
      ],
    },
    {
      id: 'good-news',
      when: 'They have good news',
      say: [
        'That is wonderful to hear, thank you.',
        'What are the next steps, and is there anything you need from me?',
      ],
    },
  ];
  const contactBits = [
    doc.candidate.phone && `You can reach me at ${doc.candidate.phone}`,
    doc.candidate.email && `${doc.candidate.phone ? 'or' : 'You can reach me'} by email at ${doc.candidate.email}`,
  ].filter(Boolean);
  const contact = contactBits.length ? `${contactBits.join(' ')}.` : '';
  const voicemail = pick(VOICEMAIL, c.seed, 'voicemail')(me, v, contact).replace(/\s+/g, ' ');
  const who = `${r.person.name}${r.person.title ? `, ${r.person.title}` : ''}`;
  const text = [
    `Call ${who} at ${r.app.company}${r.person.phone ? ` (${r.person.phone})` : ''}`,
    '',
    'Opening:',
    opening,
    '',
    ...branches.flatMap((b) => [`If ${lowerFirst(b.when)}:`, ...b.say.map((s) => `- ${s}`), '']),
    'If you reach voicemail:',
    voicemail,
    '',
    `Rehearse: ${REHEARSAL}`,
  ].join('\n');
  return {
    application: r.app.id,
    company: r.app.company,
    to: r.person.name,
    toPhone: r.person.phone,
    opening,
    branches,
    voicemail,
    rehearsal: REHEARSAL,
    text,
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
