// The Node-side speller: nspell over the dictionary-en Hunspell files. dictionary-en reads its files with
// top-level await on import; we read the same two files synchronously instead, once, on first use (building
// the dictionary takes a few hundred milliseconds, so commands that never check spelling never pay for it).
import { readFileSync } from 'node:fs';
import nspell from 'nspell';
import type { Speller } from '../core/review/types.js';

let cached: Speller | undefined;

/** The shared speller; the first call loads the dictionary. */
export function loadSpeller(): Speller {
  if (cached) return cached;
  const index = import.meta.resolve('dictionary-en');
  const spell = nspell({
    aff: readFileSync(new URL('index.aff', index)),
    dic: readFileSync(new URL('index.dic', index)),
  });
  // Everyday words of the trade that the general dictionary lacks.
  for (const word of EXTRA_WORDS) spell.add(word);
  cached = { correct: (word) => spell.correct(word), suggest: (word) => spell.suggest(word) };
  return cached;
}

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
  // Finance and HR words the general dictionary lacks; the context adds the listing's own terms.
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
