// Every rule, in report order. Ids are stable: users and scripts filter on them.
import { JUDGE_RULES } from '../judge/judge.js';
import type { Rule } from '../rule.js';
import { BITTERNESS_RULES } from './bitterness.js';
import { CONTEXT_RULES } from './context.js';
import { DESPERATION_RULES } from './desperation.js';
import { CLICHE_RULE, LENGTH_RULES, SPELLING_RULE, STYLE_CHECK_RULES } from './form.js';
import { GENERIC_RULES } from './generic.js';
import { NAMING_RULES } from './naming.js';
import { NEED_RULES } from './need.js';
import { NEGATIVITY_RULES } from './negativity.js';
import { PRESSURE_RULES } from './pressure.js';
import { PROFANITY_RULE } from './profanity.js';
import { ALL_CAPS_NOTE, PUSHINESS_CHECK_RULES, PUSHINESS_PATTERN_RULES } from './pushiness.js';

export const RULES: ReadonlyArray<Rule> = [
  ...DESPERATION_RULES,
  ...NEED_RULES,
  ...NEGATIVITY_RULES,
  ...BITTERNESS_RULES,
  PROFANITY_RULE,
  ...PUSHINESS_PATTERN_RULES,
  ...PRESSURE_RULES,
  ...PUSHINESS_CHECK_RULES,
  ...JUDGE_RULES,
  ...CONTEXT_RULES,
  ...NAMING_RULES,
  ...GENERIC_RULES,
  ...LENGTH_RULES,
  SPELLING_RULE,
  ...STYLE_CHECK_RULES,
  CLICHE_RULE,
  ALL_CAPS_NOTE,
];
