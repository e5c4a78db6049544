// Fitting text output to the terminal: word wrapping that never breaks a word, measured without colour codes.
// Output to a pipe or a file is never cut (a script reading it wants whole lines); --wide turns fitting off.

/** Colour escape sequences, which take no room on screen. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI colour sequences on purpose
const ANSI = /\u001b\[[0-9;]*m/g;

/** A text with one colour code at each end and none inside. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI colour sequences on purpose
const PAINTED = /^(\u001b\[[0-9;]*m)([^\u001b]*)(\u001b\[[0-9;]*m)$/;

/** Display width of a string, ignoring colour codes. */
export function visibleLength(s: string): number {
  return [...s.replace(ANSI, '')].length;
}

/**
 * The width to fit output to: the terminal's columns (80 when it does not say), or undefined (no fitting)
 * with --wide or when stdout is not a terminal.
 */
export function outputWidth(wide?: boolean, stream: NodeJS.WriteStream = process.stdout): number | undefined {
  if (wide || stream.isTTY !== true) return undefined;
  return stream.columns > 0 ? stream.columns : 80;
}

/**
 * Breaks `text` into lines of at most `width` columns at spaces; the lines after the first start with
 * `indent` spaces. A word longer than a line is kept whole on a line of its own. A text painted as a whole
 * (one colour code at each end) is painted again on every line, so the indent of the next one stays plain.
 */
export function wrapWords(text: string, width: number, indent = 0): string[] {
  const painted = PAINTED.exec(text);
  if (painted) {
    const [, open, inner, close] = painted;
    return wrapWords(inner as string, width, indent).map((line, i) => {
      const pad = i === 0 ? '' : ' '.repeat(indent);
      return `${pad}${open}${line.slice(pad.length)}${close}`;
    });
  }
  const lead = /^ */.exec(text)?.[0] ?? '';
  const lines: string[] = [];
  let line = lead;
  let used = lead.length;
  let empty = true;
  // Each word with the spaces before it, which are kept inside a line and dropped at a break.
  for (const [, gap = '', word = ''] of text.slice(lead.length).matchAll(/( *)([^ ]+)/g)) {
    const w = visibleLength(word);
    const sep = empty ? '' : gap;
    if (!empty && used + sep.length + w > width) {
      lines.push(line);
      line = ' '.repeat(indent);
      used = indent;
      empty = true;
    }
    line += empty ? word : sep + word;
    used += (empty ? 0 : sep.length) + w;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/**
 * Fits each line to `width` (no change when undefined): a long line wraps at a word, its continuation indented
 * like the line and at least four columns, so it reads as part of the entry above.
 */
export function fitLines(lines: string[], width: number | undefined): string[] {
  if (width === undefined) return lines;
  return lines.flatMap((line) =>
    line
      .split('\n')
      .flatMap((one) =>
        visibleLength(one) <= width
          ? [one]
          : wrapWords(one, width, Math.max(4, /^ */.exec(one.replace(ANSI, ''))?.[0].length ?? 0)),
      ),
  );
}
