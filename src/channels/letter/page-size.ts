// Paper size follows the candidate's country: US Letter where that is the office standard, A4 elsewhere.
import type { PageSize } from './types.js';

const LETTER_COUNTRIES = new Set(['US', 'CA', 'MX', 'PH']);

/** 'US', 'US-CA', 'ca' → LETTER; 'DE', 'GB', … → A4. */
export function pageSizeForCountry(country: string | undefined): PageSize {
  const code = (country ?? 'US').trim().toUpperCase().split('-')[0] ?? '';
  return LETTER_COUNTRIES.has(code) ? 'LETTER' : 'A4';
}
