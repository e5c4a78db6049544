// Topics are typed about the interviewer ("their plan to split the orders service", "Priya's move to
// Denver"); in a note to that very person they must read as "your plan", "your move".
import { firstName } from './text.js';

/** Words that follow an object "her"/"them" rather than a noun ("talked with her about" → "with you about"). */
const NOT_A_NOUN = new Set(
  'and or but to about on in at for with from of by as the a an that this when while so if than after before'.split(
    ' ',
  ),
);

/** Third-person present verbs after "he"/"she" in second person ("he wants" → "you want"). */
const IRREGULAR: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do', goes: 'go', "'s": "'re" };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An adverb between a subject and its verb ("she always runs"). */
const ADVERB = '((?:always|also|often|usually|now|still|really|just|never|sometimes|already|currently)\\s+)?';

/** Words ending in -s after a subject that are no third-person verbs. */
const NOT_A_VERB =
  /^(?:always|perhaps|sometimes|also|thus|plus|towards|afterwards|besides|unless|less|was)$|(?:ss|us|ys|is)$/;

function verbFor(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower !== 'is' && NOT_A_VERB.test(lower)) return verb;
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  if (/(?:ss|sh|ch|x|z|o)es$/.test(lower)) return verb.slice(0, -2);
  if (/[^aeiou]ies$/.test(lower)) return `${verb.slice(0, -3)}y`;
  if (/[^s]s$/.test(lower)) return verb.slice(0, -1);
  return verb;
}

/**
 * Rewrites a topic about `name` for a note addressed to that person: their/his/her → your, them/him → you,
 * he/she/they → you (with the verb agreeing), "Priya's" → "your", "Priya" → "you".
 */
export function toSecondPerson(topic: string, name: string): string {
  const parts = name
    .trim()
    .split(/\s+/)
    .filter((p) => p.length > 1 && !/^(?:dr|mr|mrs|ms|mx|prof)\.?$/i.test(p));
  const names = [...new Set([name.trim(), parts.join(' '), firstName(name), parts[parts.length - 1] ?? ''])]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  let out = topic;
  if (names.length) {
    const who = `(?:(?:[Dd]r|[Mm]rs?|[Mm][sx]|[Pp]rof)\\.?\\s+)?(?:${names.join('|')})`;
    out = out.replace(new RegExp(`\\b${who}['\u2019]s?\\b(?:'s)?`, 'g'), 'your');
    out = out.replace(
      new RegExp(`\\b${who}\\s+${ADVERB}(is|was|has|does|goes|[a-z]+s)\\b`, 'g'),
      (_m, adverb: string | undefined, verb: string) => `you ${adverb ?? ''}${verbFor(verb)}`,
    );
    out = out.replace(new RegExp(`\\b${who}\\b`, 'g'), 'you');
  }
  out = out
    .replace(
      new RegExp(`\\b(?:he|she|they)\\s+${ADVERB}(is|was|has|does|goes|'s|[a-z]+s)\\b`, 'gi'),
      (_m, adverb: string | undefined, verb: string) => `you ${adverb ?? ''}${verbFor(verb)}`,
    )
    .replace(/\b(?:he|she)'s\s+(been|got|had)\b/gi, "you've $1")
    .replace(/\b(?:he|she)'s\b/gi, "you're")
    .replace(/\b(?:he|she|they)(?='(?:re|ve|d|ll)\b)/gi, 'you')
    .replace(/\b(?:he|she|they)\b/gi, 'you')
    .replace(/\b(?:himself|herself|themselves|themself)\b/gi, 'yourself')
    .replace(/\b(?:hers|theirs)\b/gi, 'yours')
    .replace(/\b(?:his|their)\b/gi, 'your')
    .replace(/\b(?:him|them)\b/gi, 'you')
    .replace(/\bher\b(\s+([a-z'-]+))?/gi, (_m, rest: string | undefined, next: string | undefined) =>
      next && !NOT_A_NOUN.has(next.toLowerCase()) ? `your${rest}` : `you${rest ?? ''}`,
    );
  return out;
}

/** A topic about someone else, in a note to a colleague: "his work on the build cache" → "Marcus's work …". */
export function toNamed(topic: string, name: string): string {
  const first = firstName(name);
  return topic.replace(/^(?:his|her|their)\b/i, `${first}'s`);
}
