/**
 * Email addresses, internationalised ones included (shared/email.ts): what is an address,
 * and when two are the same — through the schemas, the duplicate check, merges and import.
 */
import { describe, expect, it } from 'vitest';
import { createPersonDuplicateFinder } from '../../../shared/duplicates';
import { asciiDomain, emailKey, isEmailAddress } from '../../../shared/email';
import { mapColumns, readContactsFile } from '../../../shared/import/read';
import { unionEmails } from '../../../shared/merge';
import { partnerInput, personInput } from '../../../shared/records';

describe('isEmailAddress', () => {
  it.each([
    'dana@example.com',
    "o'neil+tag@mail.example.co.uk",
    'chloé@exämple.fr',
    'chloe@exämple.fr',
    'иван@пример.рф',
    '用户@例子.广告',
    'δοκιμή@παράδειγμα.δοκιμή',
    'dana@xn--exmple-cua.fr',
    'dana@xn--e1afmkfd.xn--p1ai',
    'Dana@EXAMPLE.COM',
  ])('keeps %s', (address) => {
    expect(isEmailAddress(address)).toBe(true);
  });

  it.each([
    '',
    'dana',
    '@example.com',
    'dana@',
    'dana@example',
    'dana@example.c',
    'dana@@example.com',
    '.dana@example.com',
    'dana.@example.com',
    'da..na@example.com',
    'da na@example.com',
    'dana@exa mple.com',
    'dana@example.com.',
    'dana@-example.com',
    'dana@1.2.3.4',
    'dana@[1.2.3.4]',
    'dana@example.com/path',
    'dana@example.com:25',
    'dana@evil.example#@good.example',
    'dana@exa%41mple.com',
    '<dana@example.com>',
  ])('refuses %j', (address) => {
    expect(isEmailAddress(address)).toBe(false);
  });
});

describe('emailKey: the domain in ASCII, the local part lower-cased and composed', () => {
  it.each([
    ['chloé@exämple.fr', 'chloé@xn--exmple-cua.fr'],
    ['Chloé@XN--EXMPLE-CUA.FR', 'chloé@xn--exmple-cua.fr'],
    // "é" written as e + combining accent is the same letter.
    ['chloe\u0301@exämple.fr', 'chloé@xn--exmple-cua.fr'],
    ['  Dana@Example.COM ', 'dana@example.com'],
    ['not an address', 'not an address'],
    ['', undefined],
  ])('%j → %j', (email, key) => {
    expect(emailKey(email)).toBe(key);
  });

  it('gives the ASCII form of a domain', () => {
    expect(asciiDomain('exämple.fr')).toBe('xn--exmple-cua.fr');
    expect(asciiDomain('EXAMPLE.com')).toBe('example.com');
    expect(asciiDomain('example.com/x')).toBeUndefined();
  });
});

describe('internationalised addresses through the app', () => {
  it('are stored as written by the person and partner schemas', () => {
    const person = personInput.parse({ name: 'Chloé', emails: [' chloé@exämple.fr '] });
    expect(person.emails).toEqual(['chloé@exämple.fr']);
    const partner = partnerInput.parse({ name: 'Café', email: 'contact@café.fr' });
    expect(partner.email).toBe('contact@café.fr');
  });

  it('find the same person written with the domain in punycode', () => {
    const finder = createPersonDuplicateFinder([
      { id: 'c', name: 'Chloé Martin', emails: ['chloé@exämple.fr'] },
    ]);
    const found = finder.find({ name: 'C. M.', emails: ['CHLOÉ@xn--exmple-cua.fr'] });
    expect(found.map((d) => [d.record.id, d.reasons])).toEqual([
      ['c', [{ kind: 'email', value: 'chloé@exämple.fr' }]],
    ]);
  });

  it('are not added twice by a merge', () => {
    expect(unionEmails(['chloé@exämple.fr'], ['Chloé@xn--exmple-cua.fr', 'b@example.com'])).toEqual(
      ['chloé@exämple.fr', 'b@example.com'],
    );
  });

  it('are kept by import, once per person', () => {
    const csv =
      'Name,Email\r\nChloé Martin,chloé@exämple.fr; Chloé@xn--exmple-cua.fr\r\nИван,иван@пример.рф\r\n';
    const vcf =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Chloé Martin\r\nEMAIL:chloé@exämple.fr\r\nEND:VCARD\r\n';
    const csvResult = readContactsFile(new TextEncoder().encode(csv), 'people.csv');
    if (csvResult.status !== 'needs-mapping') throw new Error(JSON.stringify(csvResult));
    const mapped = mapColumns(csvResult.table, ['name', 'email']);
    expect(mapped.problems).toEqual([]);
    expect(mapped.candidates).toMatchObject([
      { kind: 'person', person: { name: 'Chloé Martin', emails: ['chloé@exämple.fr'] } },
      { kind: 'person', person: { name: 'Иван', emails: ['иван@пример.рф'] } },
    ]);
    const vcfResult = readContactsFile(new TextEncoder().encode(vcf), 'people.vcf');
    if (vcfResult.status !== 'recognised') throw new Error(JSON.stringify(vcfResult));
    expect(vcfResult.parsed.problems).toEqual([]);
    expect(vcfResult.parsed.candidates).toMatchObject([
      { kind: 'person', person: { emails: ['chloé@exämple.fr'] } },
    ]);
  });
});
