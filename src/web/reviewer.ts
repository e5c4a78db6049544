// The pure core's reviewer in the page, run on every keystroke. The spelling dictionary is fetched from the
// local server only after the first review, so opening a draft never waits for it; reviews re-run once it
// arrives.
import nspell from 'nspell';
import type { Document } from '../core/document/schema.js';
import { type ReviewContext, type ReviewResult, reviewMessage } from '../core/review/index.js';
import type { Speller } from '../core/review/types.js';

let speller: Speller | undefined;
let loading: Promise<Speller | undefined> | undefined;

/** Starts loading the dictionary (once); resolves when spelling can be checked. */
export function loadSpeller(): Promise<Speller | undefined> {
  loading ??= Promise.all([fetch('/dict/index.aff'), fetch('/dict/index.dic')])
    .then(async ([aff, dic]) => {
      if (!aff.ok || !dic.ok) return undefined;
      const spell = nspell({ aff: await aff.text(), dic: await dic.text() });
      for (const word of EXTRA_WORDS) spell.add(word);
      speller = { correct: (w) => spell.correct(w), suggest: (w) => spell.suggest(w) };
      return speller;
    })
    .catch(() => undefined);
  return loading;
}

export function review(
  text: string,
  context: { document?: Document; application?: string; to?: string; kind?: ReviewContext['kind'] },
): ReviewResult {
  return reviewMessage(text, context, speller ? { speller } : {});
}

// The trade words the server's speller adds too (src/review-node/speller.ts).
const EXTRA_WORDS = [
  'onboarding',
  'upskilling',
  'reskilling',
  'walkthrough',
  'dashboards',
  'email',
  'emails',
  'emailed',
  'voicemail',
  'recruiter',
  'recruiters',
  'onsite',
  'follow-up',
  'check-in',
  'workflow',
  'workflows',
  'cross-functional',
  'stakeholder',
  'stakeholders',
  'teammates',
  'payables',
  'receivables',
  'intercompany',
  'accruals',
  'reconciliations',
  'subledger',
  'subledgers',
  'payroll',
  'biweekly',
  'upskill',
];
