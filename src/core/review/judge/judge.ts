// The sentence judge: catches new wordings of the tone mistakes the phrase rules name. Each sentence is read
// (analyze.ts), turned into features (features.ts) and scored by a per-category logistic regression
// (model.ts, weights in reviewer-model.json). A finding points at the words that weighed most, names what
// the sentence does (cues.ts) and offers a better sentence.
import type { CheckRule, Hit } from '../rule.js';
import type { PreparedText } from '../text.js';
import type { Category } from '../types.js';
import { readOnce, type SentenceReading } from './analyze.js';
import type { Act } from './cues.js';
import { type Feature, messageFeatures } from './features.js';
import { gated, type JudgedCategory, type JudgeModel, score } from './model.js';
import MODEL from './reviewer-model.json' with { type: 'json' };

const model = MODEL as JudgeModel;

/** What each act does to the reader, and a sentence to say instead (our wording). */
const ACT_ADVICE: Record<Act, { message: string; suggestion: string }> = {
  demand: {
    message: 'This sentence tells them what to do; an order puts a busy reader on the defensive. Ask for news instead.',
    suggestion: 'Is there any news on the role you can share?',
  },
  ultimatum: {
    message: 'A condition or deadline of your own reads as an ultimatum and makes a quick "no" the easy answer.',
    suggestion: 'I remain very interested and would be glad to hear about next steps whenever you have them.',
  },
  threat: {
    message: 'This reads as a threat (a public review, a visit, going over their head); it ends the conversation.',
    suggestion: 'If it would help, I am happy to answer any questions by email or phone.',
  },
  accusation: {
    message: 'This reads as an accusation about their silence or how you were treated; ask a neutral question instead.',
    suggestion: 'Is there an update on the timeline you can share?',
  },
  complaint: {
    message:
      'Complaining about their people, their process or the role sounds bitter; leave it out and keep to what you offer.',
    suggestion: 'I appreciated the chance to learn how the team works.',
  },
  plea: {
    message: 'Pleading puts the reader in an awkward spot and reads as desperation; say what you would bring instead.',
    suggestion: 'I am confident I could help the team with the work we discussed.',
  },
  hardship: {
    message: 'Your own circumstances make the note about what you need, not about the role; keep to what you offer.',
    suggestion: 'I would bring steady experience with the work we discussed.',
  },
  sarcasm: {
    message: 'This reads as sarcastic or passive-aggressive; say plainly what you would like to know.',
    suggestion: 'I wanted to check whether there is any news on the role.',
  },
  insult: {
    message: 'Insults and rough language end the conversation; take them out.',
    suggestion: 'Thank you again for considering me.',
  },
};

const ACTS_OF: Record<JudgedCategory, Act[]> = {
  desperation: ['plea', 'hardship'],
  negativity: ['complaint', 'insult', 'sarcasm', 'accusation', 'threat'],
  pushiness: ['demand', 'ultimatum', 'threat', 'accusation', 'sarcasm'],
};
const DEFAULT_ACT: Record<JudgedCategory, Act> = {
  desperation: 'plea',
  negativity: 'complaint',
  pushiness: 'demand',
};

interface Reading {
  sentence: SentenceReading;
  features: Feature[];
}

// Three rules read the same text: read it once.
const readings = new WeakMap<PreparedText, Reading[]>();

function read(text: PreparedText): Reading[] {
  let r = readings.get(text);
  if (!r) {
    const sentences = readOnce(text);
    const features = messageFeatures(text.norm, sentences);
    r = sentences.map((sentence, i) => ({ sentence, features: features[i] ?? [] }));
    readings.set(text, r);
  }
  return r;
}

/** The judge's findings for one category over a prepared text. */
export function judge(text: PreparedText, category: JudgedCategory, m: JudgeModel = model): Hit[] {
  const cm = m.categories[category];
  const hits: Hit[] = [];
  for (const { sentence, features } of read(text)) {
    if (
      !gated(
        category,
        features.map((f) => f.name),
      )
    )
      continue;
    const { probability, reasons } = score(cm, features);
    if (probability < cm.threshold) continue;
    const act = pickAct(category, reasons);
    const advice = ACT_ADVICE[act];
    hits.push({ ...pointAt(sentence, reasons), message: advice.message, suggestions: [advice.suggestion] });
  }
  return hits;
}

/** The act among the category's acts whose cue weighed most. */
function pickAct(category: JudgedCategory, reasons: Array<{ feature: Feature }>): Act {
  for (const { feature } of reasons) {
    const m = /^act:([a-z]+)/.exec(feature.name);
    const act = m?.[1] as Act | undefined;
    if (act && ACTS_OF[category].includes(act)) return act;
  }
  return DEFAULT_ACT[category];
}

/** From the first to the last word among those that weighed at least half as much as the heaviest. */
function pointAt(sentence: SentenceReading, reasons: Array<{ feature: Feature; weight: number }>): Hit {
  const local = reasons.filter((r) => r.feature.end - r.feature.start < sentence.end - sentence.start);
  const top = local[0]?.weight ?? 0;
  const strong = local.filter((r) => r.weight >= top / 2);
  if (!strong.length) return { start: sentence.start, end: sentence.end };
  return {
    start: Math.min(...strong.map((r) => r.feature.start)),
    end: Math.max(...strong.map((r) => r.feature.end)),
  };
}

function judgeRule(category: JudgedCategory, examples: CheckRule['examples']): CheckRule {
  return {
    id: `${category}.sentence`,
    category: category as Category,
    severity: 'error',
    message: ACT_ADVICE[DEFAULT_ACT[category]].message,
    check: (text) => judge(text, category),
    examples,
  };
}

/** The judge's rules, one per category; their examples are our own sentences, never used in training. */
export const JUDGE_RULES: CheckRule[] = [
  judgeRule('negativity', {
    pass: [
      'Thank you so much for walking me through the roadmap.',
      'I was sorry to hear the role went to someone else, and I wish the team well.',
      'The late invoices you described are a problem I fixed at my last job.',
      'I did not expect the tour of the plant, and I enjoyed it.',
    ],
    fail: [
      'Honestly the whole hiring experience left a sour taste.',
      'Your recruiters seem to have no idea what they are doing.',
    ],
  }),
  judgeRule('desperation', {
    pass: [
      'I would welcome the chance to bring my scheduling experience to your clinic.',
      'My family and I are excited about the move to Denver.',
      'I need a day to look over the offer details.',
    ],
    fail: ['I will take literally anything you have open.'],
  }),
  judgeRule('pushiness', {
    pass: [
      'Please let me know if there is anything else I can send.',
      "I have another offer that expires Friday, so I'd be grateful to hear back as soon as possible.",
      'Is there any update on the timeline you can share?',
    ],
    fail: ['I expect a call from you today.'],
  }),
];

/** Ids of the judge's rules: a phrase rule's finding in the same sentence and category makes theirs redundant. */
export const JUDGE_RULE_IDS = new Set(JUDGE_RULES.map((r) => r.id));
