import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from '../../../main/files/file-name';

describe('sanitizeFileName', () => {
  it.each([
    ['partners.csv', 'partners.csv'],
    ['Referrals 2025-03.csv', 'Referrals 2025-03.csv'],
    ['Café Müller – contacts.vcf', 'Café Müller – contacts.vcf'],
    ['../../.bashrc', 'bashrc'],
    ['/etc/passwd', 'passwd'],
    ['C:\\Windows\\System32\\drivers\\etc\\hosts', 'hosts'],
    ['..\\..\\evil.exe', 'evil.exe'],
    ['a<b>c:d"e|f?g*h.csv', 'abcdefgh.csv'],
    ['report\0.csv', 'report.csv'],
    ['line\nbreak.csv', 'linebreak.csv'],
    ['trailing dots...', 'trailing dots'],
    ['  spaced.csv  ', 'spaced.csv'],
    ['..', 'Handshake export'],
    ['', 'Handshake export'],
    ['///', 'Handshake export'],
    ['CON', 'Handshake export'],
    ['nul.txt', 'Handshake export'],
    ['lpt1.csv', 'Handshake export'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('keeps names to at most 200 characters', () => {
    expect(sanitizeFileName(`${'a'.repeat(300)}.csv`)).toHaveLength(200);
  });
});
