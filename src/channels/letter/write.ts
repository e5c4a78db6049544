// Renders first and writes after, so a letter that cannot be typeset never leaves a half-written file behind.
import type { LetterParts } from '../../core/compose/types.js';
import { type WrittenOutput, writeOutput } from '../files/output.js';
import { type RenderLetterOptions, type TypesetLetter, typesetLetter } from './render.js';

/** Typesets `letter` and writes the PDF to `path` ('-' = stdout). Nothing is written when it does not fit. */
export async function writeLetterPdf(
  letter: LetterParts,
  path: string,
  options: RenderLetterOptions,
): Promise<TypesetLetter & { written: WrittenOutput }> {
  const result = await typesetLetter(letter, options);
  return { ...result, written: writeOutput(path, result.pdf) };
}
