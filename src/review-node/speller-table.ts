// A prebuilt form of nspell's dictionary, so the CLI does not expand every Hunspell affix at start-up.
// Building nspell from dictionary-en's .aff/.dic takes ~200 ms (mostly affix expansion); reading the
// expanded table back takes well under 100 ms. `npm run build` writes the table (scripts/build-speller.js); without it
// the speller builds from the Hunspell files as before.
//
// Format, one record per line: the first line is the JSON of nspell's compound-rule codes; each other line
// is the JSON of one set of affix codes, a tab, and the space-separated words that carry exactly that set.
import nspell from 'nspell';

type NSpell = ReturnType<typeof nspell>;

/** The parts of nspell's state that its dictionary parse fills (see nspell/lib/dictionary.js). */
interface Internals {
  data: Record<string, string[]>;
  compoundRuleCodes: Record<string, string[]>;
  dictionary(dic: string): void;
}

export function serializeSpeller(spell: NSpell): string {
  const { data, compoundRuleCodes } = spell as unknown as Internals;
  const groups = new Map<string, string[]>();
  for (const [word, codes] of Object.entries(data)) {
    const key = JSON.stringify(codes);
    const words = groups.get(key);
    if (words) words.push(word);
    else groups.set(key, [word]);
  }
  const lines = [JSON.stringify(compoundRuleCodes)];
  for (const [key, words] of groups) lines.push(`${key}\t${words.join(' ')}`);
  return lines.join('\n');
}

export function restoreSpeller(aff: Buffer | string, table: string): NSpell {
  const spell = nspell({ aff });
  const inner = spell as unknown as Internals;
  const lines = table.split('\n');
  Object.assign(inner.compoundRuleCodes, JSON.parse(lines[0] ?? '{}'));
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    const codes = JSON.parse(line.slice(0, tab)) as string[];
    // Each word gets its own array, as after nspell's own parse: add(word, model) and personal() push into it.
    for (const word of line.slice(tab + 1).split(' ')) inner.data[word] = codes.slice();
  }
  // An empty dictionary parse turns the compound-rule codes into nspell's compound expressions.
  inner.dictionary('');
  return spell;
}
