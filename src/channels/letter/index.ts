// The one-page posted letter: typesetting (pdfkit), paper size by country, and the candidate's own text.

export type { LetterParts } from '../../core/compose/types.js';
export { BUILTIN_FONT, chooseFont, unprintableChars } from './font.js';
export { findRecipient, hasPostalAddress, letterFrame } from './frame.js';
export { pageSizeForCountry } from './page-size.js';
export { postingAdvice } from './posting.js';
export {
  formatLetterDate,
  type RenderLetterOptions,
  renderLetterPdf,
  type TypesetLetter,
  typesetLetter,
} from './render.js';
export { letterWithText, type ParsedLetterText, parseLetterText } from './text.js';
export type { PageSize } from './types.js';
export { writeLetterPdf } from './write.js';
