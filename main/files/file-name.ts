/**
 * The renderer suggests a file name for the save dialog; it must never be able to suggest
 * a path (`../../.bashrc`, `C:\Windows\…`). Keep only the last component and drop
 * characters that Windows, macOS or Linux refuse in names.
 */
const FORBIDDEN = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const FALLBACK = 'Handshake export';
const MAX_LENGTH = 200;

function isAllowedCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code >= 0x20 && code !== 0x7f && !FORBIDDEN.has(character);
}

export function sanitizeFileName(suggested: string): string {
  const lastComponent = suggested.split(/[/\\]/).pop() ?? '';
  const cleaned = Array.from(lastComponent)
    .filter(isAllowedCharacter)
    .slice(0, MAX_LENGTH)
    .join('')
    .replace(/^[.\s]+/, '') // no hidden files, no "..", no leading spaces
    .replace(/[.\s]+$/, ''); // Windows drops trailing dots and spaces
  if (cleaned === '' || WINDOWS_RESERVED.test(cleaned)) return FALLBACK;
  return cleaned;
}
