// Which typeface to set the letter in. pdfkit's built-in Times needs no font file but only covers Windows-1252
// (Western European letters, curly quotes, dashes); a name such as "Łukasz" or "王" would print as garbage. So
// for such text we embed a Unicode TrueType font: the one the user gives, else a common system serif, else we
// refuse naming the characters, rather than post a letter with a mangled name.
import { existsSync } from 'node:fs';
import { FollowthroughError } from '../../core/errors.js';

export const BUILTIN_FONT = 'Times-Roman';

// Windows-1252 beyond Latin-1: what the built-in fonts can print above U+00FF.
const CP1252_EXTRA = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
]);

/** Serif fonts with wide coverage found on common Linux, macOS and Windows installs. */
const SYSTEM_FONTS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
  '/usr/share/fonts/dejavu/DejaVuSerif.ttf',
  '/usr/share/fonts/TTF/DejaVuSerif.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/liberation/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf',
  '/usr/share/fonts/noto/NotoSerif-Regular.ttf',
  '/Library/Fonts/Arial Unicode.ttf',
  '/System/Library/Fonts/Supplemental/Times New Roman.ttf',
  'C:\\Windows\\Fonts\\times.ttf',
];

function builtinCanPrint(cp: number): boolean {
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || cp === 0x0a || cp === 0x09 || CP1252_EXTRA.has(cp);
}

/** The distinct characters of `text` the built-in font cannot print, in order of appearance. */
export function unprintableChars(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text) if (!builtinCanPrint(ch.codePointAt(0) as number)) out.add(ch);
  return [...out];
}

/**
 * The font for `text`: `explicit` (a .ttf/.otf path) when given, the built-in Times when it covers the text,
 * else the first system serif found. Throws CHANNEL naming the characters when there is none.
 */
export function chooseFont(text: string, explicit?: string, systemFonts: readonly string[] = SYSTEM_FONTS): string {
  if (explicit) {
    if (!existsSync(explicit)) throw new FollowthroughError('INVALID_ARGUMENT', `--font: no such file: ${explicit}`);
    return explicit;
  }
  const missing = unprintableChars(text);
  if (missing.length === 0) return BUILTIN_FONT;
  const found = systemFonts.find((path) => existsSync(path));
  if (found) return found;
  const shown = missing.slice(0, 8).join(' ');
  throw new FollowthroughError(
    'CHANNEL',
    `letter: the built-in font cannot print ${shown}; pass --font with a TrueType font that has them (e.g. DejaVu Serif)`,
  );
}
