// Renders first and writes after, so a letter that cannot be typeset never leaves a half-written file behind.
import { writeFileSync } from 'node:fs';
import type { LetterParts } from '../../core/compose/types.js';
import { FollowthroughError } from '../../core/errors.js';
import { type RenderLetterOptions, type TypesetLetter, typesetLetter } from './render.js';

/** Typesets `letter` and writes the PDF to `path` ('-' = stdout). Nothing is written when it does not fit. */
export async function writeLetterPdf(
  letter: LetterParts,
  path: string,
  options: RenderLetterOptions,
): Promise<TypesetLetter> {
  const result = await typesetLetter(letter, options);
  if (path === '-') {
    process.stdout.write(result.pdf);
    return result;
  }
  try {
    writeFileSync(path, result.pdf);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new FollowthroughError('CHANNEL', `-o: cannot write ${path}: ${code}`);
  }
  return result;
}
