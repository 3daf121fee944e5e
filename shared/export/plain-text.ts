/**
 * Record text made safe to write into a line-based format (vCard, iCalendar): a name or a
 * note may hold any character, but in those files a line break, however written, starts a
 * new property, and control characters confuse the programs that read them.
 */

/** Line breaks in every form a reader may honour: CRLF, lone CR, LF, NEL, LS, PS. */
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;

/** Control characters other than tab and the line breaks above: never meant as text. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/**
 * The text without control characters, each line break written as `lineBreak` (`\n` for
 * the writer to escape, or a space where a value must stay on one line).
 */
export function plainText(value: string, lineBreak = '\n'): string {
  return value.replace(CONTROLS, '').replace(LINE_BREAKS, lineBreak);
}
