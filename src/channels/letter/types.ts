// What goes on the one-page posted letter. The composer produces it as `Draft.letter`; `--text` builds it from
// the candidate's own edited text. Every field is plain text, already worded: this layer only typesets.
export interface LetterContent {
  /** The date line as printed ("January 6, 2026"), or an ISO date (YYYY-MM-DD) that is formatted for print. */
  date: string;
  /** The candidate's name and postal address, one line each (phone and email may follow). */
  senderBlock: string[];
  /** The addressee's name, title, company and postal address, one line each. */
  recipientBlock: string[];
  /** "Dear Ms. Chen," */
  salutation: string;
  /** Body paragraphs; a paragraph may hold line breaks. */
  paragraphs: string[];
  /** "Kind regards," */
  closing: string;
  /** The typed name under the space left for the handwritten signature. */
  signature: string;
}

export type PageSize = 'LETTER' | 'A4';
