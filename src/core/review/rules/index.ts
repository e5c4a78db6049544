// Every rule, in report order. Ids are stable: users and scripts filter on them.
import type { Rule } from '../rule.js';
import { CONTEXT_RULES } from './context.js';
import { DESPERATION_RULES } from './desperation.js';
import { CLICHE_RULE, LENGTH_RULES, SPELLING_RULE, STYLE_CHECK_RULES } from './form.js';
import { NEGATIVITY_RULES } from './negativity.js';
import { PUSHINESS_CHECK_RULES, PUSHINESS_PATTERN_RULES } from './pushiness.js';

export const RULES: ReadonlyArray<Rule> = [
  ...DESPERATION_RULES,
  ...NEGATIVITY_RULES,
  ...PUSHINESS_PATTERN_RULES,
  ...PUSHINESS_CHECK_RULES,
  ...CONTEXT_RULES,
  ...LENGTH_RULES,
  SPELLING_RULE,
  ...STYLE_CHECK_RULES,
  CLICHE_RULE,
];
