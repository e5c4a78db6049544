// Text from a document or a server, made safe for a terminal. A name holding ESC sequences could clear the
// screen, retitle the window or hide a line; a CR could overwrite one; bidi controls could reorder one.
// biome-ignore-all lint/suspicious/noControlCharactersInRegex: matching control characters is the point

/** C0 controls but tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Our own colour codes (see `styler`): select graphic rendition only. */
const COLOUR_OR_CONTROL = /\u001b\[[0-9;]{0,12}m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One table cell or one-line field: line breaks and tabs become spaces, other controls are dropped. */
export function cellText(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, '');
}

/** A block of text for the terminal: newlines and tabs kept, colour codes kept, every other control dropped. */
export function terminalText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(COLOUR_OR_CONTROL, (m) => (m.length > 1 ? m : ''));
}

/**
 * An error line: on one line, with each control shown as an escape (`\x00`, `\x1b`) so the reader sees what a
 * server sent without the terminal acting on it.
 */
export function errorText(text: string): string {
  return text
    .replace(/\r\n|[\r\n\t]/g, ' ')
    .replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
