// Reads a letter the candidate wrote or edited as plain text (`letter --text FILE`) into its parts, so it can be
// typeset like a draft. The address blocks and the date come from the frame (profile and interview), so anything
// above the salutation is set aside rather than printed twice.
import type { LetterParts } from '../../core/compose/types.js';
import { FollowthroughError } from '../../core/errors.js';

export interface ParsedLetterText {
  salutation: string;
  paragraphs: string[];
  closing: string;
  /** The typed name, when the text ends with one under the closing. */
  signature?: string;
  /** Lines found above the salutation (address blocks, a date) that were not used. */
  setAside: string[];
}

const GREETING = /^(dear|hello|hi|good (morning|afternoon|evening)|greetings|to whom)\b/i;
const CLOSING =
  /^(kind|warm|warmest|best|with (best|kind|warm)|many|sincerely|yours|regards|respectfully|thank you|thanks|all the best|cordially|with (gratitude|appreciation))\b/i;
const BULLET = /^\s*([-*•]|\d+[.)])\s/;

/** Splits text into paragraphs on blank lines; lines inside a paragraph keep their breaks. */
function blocksOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) =>
      b
        .split('\n')
        .map((l) => l.trimEnd())
        .join('\n')
        .trim(),
    )
    .filter((b) => b.length > 0);
}

function isClosingLine(line: string): boolean {
  // "Kind regards," or a bare "Sincerely"; never a sentence such as "Thank you again for your time."
  const l = line.trim();
  if (l.length > 40 || !CLOSING.test(l)) return false;
  return l.endsWith(',') || (!/[.!?]$/.test(l) && l.split(/\s+/).length <= 4);
}

/** A text file longer than this is no one-page letter; refused before any parsing, whatever it holds. */
export const MAX_LETTER_TEXT = 50_000;

export function parseLetterText(text: string): ParsedLetterText {
  if (text.length > MAX_LETTER_TEXT)
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `--text: ${text.length} characters is far more than one page holds (at most ${MAX_LETTER_TEXT} are read)`,
    );
  let body = text.replace(/^\uFEFF/, '');
  // A first line "Subject: …" (the review/draft text format) has no place on paper.
  body = body.replace(/^[ \t]*subject:[^\n]*\n/i, '');
  let blocks = blocksOf(body);

  let salutation = '';
  let setAside: string[] = [];
  const greetingAt = blocks.findIndex((b) => GREETING.test(b) && b.split('\n')[0]!.length <= 80);
  if (greetingAt >= 0 && greetingAt <= 4) {
    setAside = blocks.slice(0, greetingAt);
    const [first = '', ...rest] = (blocks[greetingAt] as string).split('\n');
    salutation = first.trim();
    blocks = [...(rest.length ? [rest.join('\n')] : []), ...blocks.slice(greetingAt + 1)];
  }

  let closing = '';
  let signature: string | undefined;
  const last = blocks[blocks.length - 1];
  if (last !== undefined) {
    const lines = last.split('\n');
    // "Kind regards,\nDana Reyes" as one block, possibly ending a paragraph without a blank line.
    const at = lines.findIndex((l) => isClosingLine(l));
    if (at >= 0 && lines.length - at <= 3) {
      closing = (lines[at] as string).trim();
      const name = lines
        .slice(at + 1)
        .map((l) => l.trim())
        .filter(Boolean);
      if (name.length) signature = name.join(' ');
      const before = lines.slice(0, at).join('\n').trim();
      blocks = [...blocks.slice(0, -1), ...(before ? [before] : [])];
    } else if (lines.length === 1 && blocks.length >= 2) {
      // "Kind regards," and the name separated by a blank line.
      const previous = blocks[blocks.length - 2] as string;
      if (!previous.includes('\n') && isClosingLine(previous) && last.split(/\s+/).length <= 5) {
        closing = previous.trim();
        signature = last.trim();
        blocks = blocks.slice(0, -2);
      }
    }
  }

  // Lines inside a paragraph are the editor's wrapping, not the author's breaks: let the PDF re-wrap them.
  // A list keeps its lines.
  const paragraphs = blocks.map((b) => (b.split('\n').some((l) => BULLET.test(l)) ? b : b.replace(/\n\s*/g, ' ')));
  return { salutation, paragraphs, closing, ...(signature ? { signature } : {}), setAside };
}

/** The candidate's text set into a frame: their words replace the frame's salutation, body and closing. */
export function letterWithText(frame: LetterParts, text: string): LetterParts & { setAside: string[] } {
  const parsed = parseLetterText(text);
  return {
    ...frame,
    salutation: parsed.salutation,
    paragraphs: parsed.paragraphs,
    closing: parsed.closing,
    signature: parsed.signature ?? frame.signature,
    setAside: parsed.setAside,
  };
}
