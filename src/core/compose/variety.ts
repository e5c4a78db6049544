// One note never says "enjoyed" or "appreciate" twice: phrasings are still chosen by a stable hash, but a
// choice that would repeat a warm word already used in the note moves on to the next phrasing in the bank.
import { fnv1a } from './hash.js';

/** Words a reader notices when they come twice, reduced to a stem. */
const WARM =
  /\b(enjoy\w*|appreciat\w*|grateful|gratitude|excit\w*|glad|delight\w*|pleasure|look(?:ing)?\s+forward|stay(?:ed|s)?\s+(?:with|on)\s+(?:me|my\s+mind)|stuck\s+with\s+me|keep\s+coming\s+back|especially|keen|enthusias\w*|valu(?:e|ed)|wonderful|really|truly)\b/gi;

function stemOf(word: string): string {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:stay|stuck|keep coming)/.test(w)) return 'lingers';
  if (w.startsWith('look')) return 'look forward';
  return w.replace(/(?:ation|ing|ed|es|e|s)$/, '');
}

export function warmStems(text: string): string[] {
  return [...text.matchAll(WARM)].map((m) => stemOf(m[1]!));
}

/** The words already used in one note. */
export class Variety {
  private used = new Set<string>();

  /** Records text that is in the note whatever the choices (a greeting, a fixed sentence). */
  note(text: string): void {
    for (const s of warmStems(text)) this.used.add(s);
  }

  /**
   * The phrasing the hash picks for `part`, or the next one in the bank that repeats no warm word already
   * used; when every phrasing repeats one, the hash's pick.
   */
  choose<T>(bank: ReadonlyArray<T>, seed: string, part: string, render: (item: T) => string, offset = 0): string {
    if (!bank.length) throw new Error(`empty phrase bank: ${part}`);
    const start = fnv1a(`${seed}|${part}`) + offset;
    let first: string | undefined;
    for (let i = 0; i < bank.length; i++) {
      const text = render(bank[(start + i) % bank.length] as T);
      first ??= text;
      const stems = warmStems(text);
      if (stems.every((s) => !this.used.has(s))) {
        for (const s of stems) this.used.add(s);
        return text;
      }
    }
    this.note(first as string);
    return first as string;
  }
}
