// The questions to ask before an interview ends (ADVICE.md "At the end of the interview"), in our own words.
// Each answer feeds a flag of `followthrough add`, so the plan can follow what the employer said.

export interface ChecklistItem {
  /** Stable id, for scripts. */
  id: string;
  /** What to ask, ready to say aloud. */
  ask: string;
  /** Why it matters for the follow-up. */
  why: string;
  /** The `add` flag where the answer goes, if any. */
  records?: string;
}

export const CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'next-step',
    ask: 'What is the next step in your process from here?',
    why: 'You learn what you are waiting for instead of guessing.',
  },
  {
    id: 'rounds',
    ask: 'Are there more interviews after this one? How many, and whom would I meet?',
    why: 'Tells you how long the process still has to run and whom to prepare for.',
    records: '--rounds-remaining',
  },
  {
    id: 'references',
    ask: 'Will you be checking references, and at what point?',
    why: 'You can warn your references in time.',
    records: '--references',
  },
  {
    id: 'timing',
    ask: 'When do you expect to make a decision?',
    why: 'Their own date sets your first check-in: one business day after it.',
    records: '--expected',
  },
  {
    id: 'confirm',
    ask: 'Repeat the date back: "So I should expect to hear from you by then?"',
    why: 'A confirmed date is one you can politely refer to later.',
    records: '--expected',
  },
  {
    id: 'when-to-follow-up',
    ask: 'If I have not heard by then, when would be a good time to get in touch?',
    why: 'Their answer beats any default the plan would use.',
    records: '--expected',
  },
  {
    id: 'channel',
    ask: 'What is the best way to follow up: email, a call, a status page, or someone else on the team?',
    why: 'The way they prefer always wins over the default of email.',
    records: '--channel / --contact',
  },
  {
    id: 'contacts',
    ask: 'Could I have your card, or your email and exact title?',
    why: 'Each person you met gets their own thank-you note, with their name and title spelled right.',
    records: '--interviewer',
  },
];
