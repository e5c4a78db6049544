// Typesets a posted letter on exactly one page with pdfkit. Advice (000): a mailed thank-you is one page only, so
// instead of spilling onto a second page we measure first, shrink the type step by step down to 10 pt, and refuse
// with an estimate of how much to cut when even that does not fit.
import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import type { LetterParts } from '../../core/compose/types.js';
import { FollowthroughError } from '../../core/errors.js';
import { BUILTIN_FONT, chooseFont } from './font.js';
import type { PageSize } from './types.js';

export interface RenderLetterOptions {
  pageSize: PageSize;
  /** PDF creation date (ISO). Default: the letter's date, so the same letter always gives the same bytes. */
  creationDate?: string;
  /** PDF title metadata. Default: "Letter to <recipient>". */
  title?: string;
  /** A TrueType/OpenType font file. Default: built-in Times, or a system serif for text Times cannot print. */
  font?: string;
}

/** One typesetting attempt: font size and page margins, largest first. */
interface Layout {
  fontSize: number;
  margin: number;
}

// 12 pt with one-inch margins is the customary business letter; 10 pt with 3/4-inch margins is the smallest we
// consider comfortable to read on paper.
const LAYOUTS: readonly Layout[] = [
  { fontSize: 12, margin: 72 },
  { fontSize: 11.5, margin: 68 },
  { fontSize: 11, margin: 64 },
  { fontSize: 10.5, margin: 60 },
  { fontSize: 10, margin: 54 },
];

const PAGE_POINTS: Record<PageSize, { width: number; height: number }> = {
  LETTER: { width: 612, height: 792 },
  A4: { width: 595.28, height: 841.89 },
};

/** More characters than one page holds at 10 pt (about 110 a line, 60 lines), with room to spare. */
const PAGE_CHARACTERS = 12_000;

/** A word longer than this cannot fit a line at any size: it is cut into pieces the line breaker can wrap. */
const LONGEST_WORD = 60;
const LONG_RUN = new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'g');
const PIECE = new RegExp(`\\S{${LONGEST_WORD}}(?=\\S)`, 'g');

/**
 * pdfkit measures a word wider than the line by trying ever longer prefixes, which is slow on a long one; a run
 * of LONGEST_WORD non-space characters gets a break opportunity after it, so wrapping stays linear.
 */
export function breakLongWords(text: string): string {
  return text.replace(LONG_RUN, (run) => run.replace(PIECE, '$& '));
}

/** Control and bidi formatting characters have no glyph and no place on paper: a tab is a space, the rest go. */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** Lines of blank space left between the closing and the typed name, for the pen. */
const SIGNATURE_LINES = 3.5;

interface Block {
  text: string;
  /** Space after the block, in lines of the current size. */
  after: number;
  body?: boolean;
}

interface Measured {
  layout: Layout;
  lineStep: number;
  blocks: { block: Block; height: number }[];
  total: number;
  available: number;
  bodyLines: number;
}

export interface TypesetLetter {
  pdf: Buffer;
  /** The font size it fitted at (12 down to 10). */
  fontSize: number;
  /** Page margin in points. */
  margin: number;
}

/** The PDF of a one-page letter; throws CHANNEL when it cannot fit on one page at 10 pt. */
export async function renderLetterPdf(letter: LetterParts, options: RenderLetterOptions): Promise<Buffer> {
  return (await typesetLetter(letter, options)).pdf;
}

/** As renderLetterPdf, also telling which size it chose. */
export async function typesetLetter(letter: LetterParts, options: RenderLetterOptions): Promise<TypesetLetter> {
  const paragraphs = letter.paragraphs.map((p) => p.trim()).filter((p) => p.length > 0);
  if (paragraphs.length === 0) throw new FollowthroughError('INVALID_ARGUMENT', 'letter: the body text is empty');
  const page = PAGE_POINTS[options.pageSize];
  if (!page) throw new FollowthroughError('INVALID_ARGUMENT', `letter: unknown page size "${options.pageSize}"`);

  const printedDate = formatLetterDate(letter.date, options.pageSize);
  const blocks = letterBlocks(letter, printedDate, paragraphs).map((b) => ({
    ...b,
    text: breakLongWords(printable(b.text)),
  }));
  const allText = blocks.map((b) => b.text).join('\n');
  // Past this no layout can fit: refuse before measuring, so the time stays linear in the text.
  if (allText.length > PAGE_CHARACTERS)
    throw new FollowthroughError(
      'CHANNEL',
      `letter: the text does not fit on one page even at 10 pt; shorten it by about ${Math.ceil((allText.length - PAGE_CHARACTERS / 2) / 6)} words`,
    );
  const font = chooseFont(allText, options.font);
  const created = creationDate(options.creationDate, letter.date);
  const recipient = letter.recipientBlock[0]?.trim();
  const doc = new PDFDocument({
    size: [page.width, page.height],
    autoFirstPage: false,
    info: {
      Title: options.title ?? (recipient ? `Letter to ${recipient}` : 'Letter'),
      Author: letter.signature.trim() || letter.senderBlock[0]?.trim() || '',
      Creator: 'Followthrough',
      Producer: 'Followthrough (PDFKit)',
      ...(created ? { CreationDate: created, ModDate: created } : {}),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const abandon = async (err: FollowthroughError): Promise<never> => {
    doc.end();
    await finished.catch(() => undefined);
    throw err;
  };
  const missing = missingGlyphs(doc, font, allText);
  if (missing.length)
    await abandon(
      new FollowthroughError(
        'CHANNEL',
        `letter: the font ${font} cannot print ${missing.slice(0, 8).join(' ')}; pass --font with one that can`,
      ),
    );
  let fit: Measured | undefined;
  let last: Measured | undefined;
  for (const layout of LAYOUTS) {
    last = measure(doc, blocks, layout, page, font);
    if (last.total <= last.available) {
      fit = last;
      break;
    }
  }
  if (!fit)
    return abandon(
      new FollowthroughError(
        'CHANNEL',
        `letter: the text does not fit on one page even at 10 pt; shorten it by about ${wordsToCut(last as Measured, paragraphs)} words`,
      ),
    );

  draw(doc, fit, page, font);
  doc.end();
  return { pdf: await finished, fontSize: fit.layout.fontSize, margin: fit.layout.margin };
}

function letterBlocks(letter: LetterParts, printedDate: string, paragraphs: string[]): Block[] {
  const blocks: Block[] = [];
  const lines = (xs: string[]) =>
    xs
      .map((x) => x.trim())
      .filter((x) => x.length > 0)
      .join('\n');
  const sender = lines(letter.senderBlock);
  if (sender) blocks.push({ text: sender, after: 1.5 });
  if (printedDate) blocks.push({ text: printedDate, after: 1.5 });
  const recipient = lines(letter.recipientBlock);
  if (recipient) blocks.push({ text: recipient, after: 1.5 });
  if (letter.salutation.trim()) blocks.push({ text: letter.salutation.trim(), after: 0.8 });
  paragraphs.forEach((text, i) => {
    blocks.push({ text, after: i === paragraphs.length - 1 ? 1 : 0.8, body: true });
  });
  if (letter.closing.trim()) blocks.push({ text: letter.closing.trim(), after: SIGNATURE_LINES });
  else blocks.push({ text: '', after: SIGNATURE_LINES });
  if (letter.signature.trim()) blocks.push({ text: letter.signature.trim(), after: 0 });
  return blocks;
}

/** Characters an embedded font has no glyph for (the built-in font was already checked by chooseFont). */
function missingGlyphs(doc: PDFKit.PDFDocument, font: string, text: string): string[] {
  if (font === BUILTIN_FONT) return [];
  doc.font(font);
  // pdfkit keeps the fontkit font of an embedded file on its private `_font`.
  const face = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?(cp: number): boolean } } })._font?.font;
  if (!face?.hasGlyphForCodePoint) return [];
  const out = new Set<string>();
  for (const ch of text) if (!/\s/.test(ch) && !face.hasGlyphForCodePoint(ch.codePointAt(0) as number)) out.add(ch);
  return [...out];
}

function lineGapFor(layout: Layout): number {
  return layout.fontSize * 0.15;
}

function measure(
  doc: PDFKit.PDFDocument,
  blocks: Block[],
  layout: Layout,
  page: { width: number; height: number },
  font: string,
): Measured {
  doc.font(font).fontSize(layout.fontSize);
  const lineGap = lineGapFor(layout);
  const width = page.width - 2 * layout.margin;
  const lineStep = doc.currentLineHeight(true) + lineGap;
  let total = 0;
  let bodyLines = 0;
  const measured = blocks.map((block) => {
    const height = block.text ? doc.heightOfString(block.text, { width, lineGap }) : 0;
    if (block.body) bodyLines += Math.round(height / lineStep);
    total += height + block.after * lineStep;
    return { block, height };
  });
  // The last block's trailing space is not on the page; a point of slack absorbs rounding in pdfkit's wrapping.
  return {
    layout,
    lineStep,
    blocks: measured,
    total: total + 1,
    available: page.height - 2 * layout.margin,
    bodyLines,
  };
}

function draw(doc: PDFKit.PDFDocument, fit: Measured, page: { width: number; height: number }, font: string): void {
  const { layout } = fit;
  const margins = { top: layout.margin, bottom: layout.margin, left: layout.margin, right: layout.margin };
  doc.addPage({ size: [page.width, page.height], margins });
  doc.font(font).fontSize(layout.fontSize).fillColor('black');
  const width = page.width - 2 * layout.margin;
  const lineGap = lineGapFor(layout);
  let y = layout.margin;
  for (const { block, height } of fit.blocks) {
    if (block.text) {
      doc.text(block.text, layout.margin, y, { width, lineGap, align: 'left' });
    }
    y += height + block.after * fit.lineStep;
  }
}

/** Words to remove, from the overflow at the smallest size and the body's words per line; rounded up to 5. */
function wordsToCut(m: Measured, paragraphs: string[]): number {
  const words = paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
  const perLine = m.bodyLines > 0 ? words / m.bodyLines : 12;
  const lines = Math.ceil((m.total - m.available) / m.lineStep);
  return Math.max(5, Math.ceil((lines * perLine) / 5) * 5);
}

/** An ISO date is printed the way the paper's country writes dates; any other text is printed as given. */
export function formatLetterDate(date: string, pageSize: PageSize): string {
  const trimmed = date.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return trimmed;
  const parsed = DateTime.fromISO(trimmed, { setZone: true });
  if (!parsed.isValid) return trimmed;
  return parsed.setLocale('en-US').toFormat(pageSize === 'LETTER' ? 'LLLL d, yyyy' : 'd LLLL yyyy');
}

const PRINTED_FORMATS = ['LLLL d, yyyy', 'd LLLL yyyy', 'LLL d, yyyy', 'd LLL yyyy', 'cccc, LLLL d, yyyy'];

/** A fixed creation date makes the output reproducible; without a readable date pdfkit stamps the current time. */
function creationDate(explicit: string | undefined, letterDate: string): Date | undefined {
  if (explicit) {
    const d = DateTime.fromISO(explicit, { setZone: true });
    if (!d.isValid) throw new FollowthroughError('INVALID_ARGUMENT', `letter: creation date "${explicit}" is not ISO`);
    return d.toJSDate();
  }
  const text = letterDate.trim();
  const iso = DateTime.fromISO(text, { zone: 'utc' });
  if (iso.isValid) return iso.toJSDate();
  for (const format of PRINTED_FORMATS) {
    const d = DateTime.fromFormat(text, format, { zone: 'utc', locale: 'en-US' });
    if (d.isValid) return d.toJSDate();
  }
  return undefined;
}
