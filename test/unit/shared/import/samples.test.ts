/**
 * Each sample export (copied from the shared fixtures into test/fixtures/import) read into
 * exactly the people and partners the owner would expect, with problems on their lines.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContactsFile } from '../../../../shared/import/read';
import type { ParsedContacts } from '../../../../shared/import/types';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../fixtures/import', name)));

function read(name: string): ParsedContacts {
  const result = readContactsFile(fixture(name), name);
  if (result.status !== 'recognised') throw new Error(`${name}: ${JSON.stringify(result)}`);
  return result.parsed;
}

/** The schema's defaults, so expectations list only what the file says. */
const person = (fields: Record<string, unknown>) => ({
  emails: [],
  phones: [],
  tags: [],
  relationship: 'other',
  ...fields,
});
const partner = (fields: Record<string, unknown>) => ({ status: 'prospect', tags: [], ...fields });

describe('Google Contacts (current format)', () => {
  const parsed = read('google-contacts.csv');

  it('is recognised from its header', () => {
    expect(parsed.format).toBe('google');
    expect(parsed.formatLabel).toBe('Google Contacts');
    expect(parsed.problems).toEqual([]);
  });

  it('maps every row, primary values first, labels to tags, notes with their line break', () => {
    expect(parsed.candidates).toEqual([
      {
        line: 2,
        kind: 'person',
        person: person({
          name: 'Dana Ruiz',
          company: 'Ruiz Insurance Agency',
          title: 'Owner',
          emails: ['dana@ruiz-insurance.example', 'dana.ruiz@mail.example'],
          phones: ['+1 816-555-0101', '(816) 555-0199'],
          tags: ['Partners', 'Chamber'],
          birthday: { month: 4, day: 12, year: 1979 },
          notes: 'Met at the chamber breakfast.\nRefers auto clients, prefers texts.',
        }),
      },
      // Dana's row spans five physical lines (multi-line notes and address).
      {
        line: 7,
        kind: 'person',
        person: person({
          name: "Sam O'Neil",
          company: 'Ruiz Insurance Agency',
          title: 'Agent',
          emails: ['sam@ruiz-insurance.example'],
          phones: ['816.555.0102'],
        }),
      },
      {
        line: 8,
        kind: 'person',
        person: person({
          name: 'Amélie Dubois-Martin',
          company: 'Clinique Dentaire "Sourire", SARL',
          emails: ['amelie@sourire.example'],
          tags: ['starred'],
          notes: 'Pediatric dentist; partner candidate',
        }),
      },
      {
        line: 9,
        kind: 'person',
        person: person({
          name: 'Kenji Watanabe',
          company: 'Watanabe Chiropractic',
          phones: ['+1 913 555 0144'],
          tags: ['Partners'],
          birthday: { month: 7, day: 30 },
        }),
      },
      {
        line: 10,
        kind: 'person',
        person: person({
          name: 'Lee Patel',
          emails: ['lee.patel@mail.example'],
          tags: ['Clients'],
          notes: 'Client since 2021',
        }),
      },
      {
        line: 11,
        kind: 'partner',
        partner: partner({ name: 'Main Street Body Shop', phone: '816-555-0177' }),
      },
    ]);
  });
});

describe('Google Contacts (older format)', () => {
  it('reads the `- Type` columns and Group Membership', () => {
    const parsed = read('google-contacts-legacy.csv');
    expect(parsed.format).toBe('google-legacy');
    expect(parsed.problems).toEqual([]);
    expect(parsed.candidates).toEqual([
      {
        line: 2,
        kind: 'person',
        person: person({
          name: 'Helen Brooks',
          company: 'Brooks Florist',
          title: 'Owner',
          emails: ['helen@brooksflorist.example'],
          phones: ['816-555-0188'],
          tags: ['Partners'],
          notes: 'Flowers for thank-yous',
        }),
      },
    ]);
  });
});

describe('LinkedIn connections', () => {
  const parsed = read('linkedin-connections.csv');

  it('skips the BOM and the Notes preamble, and reports the row without a name', () => {
    expect(parsed.format).toBe('linkedin');
    expect(parsed.problems).toEqual([
      { line: 7, reason: 'This row has no name, so it was skipped.' },
    ]);
  });

  it('keeps when they connected as how we met, and the profile link in the notes', () => {
    const profile = (slug: string) => `LinkedIn profile: https://www.linkedin.com/in/${slug}`;
    expect(parsed.candidates).toEqual([
      {
        line: 5,
        kind: 'person',
        person: person({
          name: 'Priya Natarajan',
          company: 'Natarajan Bookkeeping, LLC',
          title: 'Founder',
          howWeMet: 'Connected on LinkedIn, 15 Mar 2023',
          notes: profile('priya-natarajan-example'),
        }),
      },
      {
        line: 6,
        kind: 'person',
        person: person({
          name: 'Marcus Green',
          company: 'Green & Hale Injury Law',
          title: 'Partner',
          emails: ['marcus@greenlaw.example'],
          howWeMet: 'Connected on LinkedIn, 02 Nov 2024',
          notes: profile('marcus-green-example'),
        }),
      },
      {
        line: 8,
        kind: 'person',
        person: person({
          name: 'Zoë Kowalczyk',
          company: 'Kowalczyk Massage Therapy',
          title: 'Licensed Massage Therapist',
          howWeMet: 'Connected on LinkedIn, 30 Jun 2025',
          notes: profile('zoe-k-example'),
        }),
      },
    ]);
  });
});

describe('Outlook', () => {
  it('desktop: Referred By, ;-separated categories, M/D/YYYY birthday', () => {
    const parsed = read('outlook-desktop.csv');
    expect(parsed.format).toBe('outlook-desktop');
    expect(parsed.problems).toEqual([]);
    expect(parsed.candidates).toEqual([
      {
        line: 2,
        kind: 'person',
        person: person({
          name: 'Rosa Delgado',
          company: 'Delgado Pediatrics',
          title: 'MD',
          emails: ['rosa@delgadopeds.example'],
          phones: ['816-555-0131', '(816) 555-0130'],
          tags: ['Partners', 'Medical'],
          howWeMet: 'Referred by Dana Ruiz',
          notes: 'Sends families who need a dentist',
        }),
      },
      {
        line: 3,
        kind: 'person',
        person: person({
          name: 'Tom Becker',
          company: 'Becker Auto Repair',
          emails: ['tom@beckerauto.example'],
          phones: ['816-555-0150'],
          tags: ['Partners'],
          birthday: { month: 5, day: 6, year: 1970 },
        }),
      },
    ]);
  });

  it('on the web', () => {
    const parsed = read('outlook-web.csv');
    expect(parsed.format).toBe('outlook-web');
    expect(parsed.candidates).toEqual([
      {
        line: 2,
        kind: 'person',
        person: person({
          name: 'Grace Lin',
          company: 'Lin Realty',
          title: 'Broker',
          emails: ['grace@linrealty.example'],
          phones: ['+1 816 555 0160'],
          notes: 'Realtor; refers new homeowners',
        }),
      },
    ]);
  });
});

describe('vCard', () => {
  it('2.1: QUOTED-PRINTABLE with CHARSET and soft line breaks, bare TEL types', () => {
    const parsed = read('contacts-v21.vcf');
    expect(parsed.formatLabel).toBe('vCard 2.1');
    expect(parsed.problems).toEqual([]);
    expect(parsed.candidates).toEqual([
      {
        line: 1,
        kind: 'person',
        person: person({
          name: 'Amélie Dubois-Martin',
          company: 'Clinique Dentaire Sourire',
          emails: ['amelie@sourire.example'],
          phones: ['+33 6 12 34 56 78', '+33 1 23 45 67 89'],
          notes: 'Pédiatre partenaire\nDeuxième ligne',
        }),
      },
    ]);
  });

  it('3.0: folding, escapes, several EMAIL/TEL, CATEGORIES, --MMDD, a company-only card', () => {
    const parsed = read('contacts-v3.vcf');
    expect(parsed.formatLabel).toBe('vCard 3.0');
    expect(parsed.problems).toEqual([]);
    expect(parsed.candidates).toEqual([
      {
        line: 1,
        kind: 'person',
        person: person({
          name: 'Dana Ruiz',
          company: 'Ruiz Insurance Agency',
          title: 'Owner',
          emails: ['dana@ruiz-insurance.example', 'dana.ruiz@mail.example'],
          phones: ['+1 816-555-0101', '(816) 555-0199'],
          tags: ['Partners', 'Chamber'],
          birthday: { month: 4, day: 12, year: 1979 },
          notes: 'Met at the chamber breakfast.\nRefers auto clients, prefers texts.',
        }),
      },
      {
        line: 17,
        kind: 'person',
        person: person({
          name: 'Kenji Watanabe',
          company: 'Watanabe Chiropractic',
          phones: ['+1 913 555 0144'],
          birthday: { month: 7, day: 30 },
          notes:
            'A long note that is folded across several lines because vCard limits line length to seventy-five octets; unfolding must join these lines without the leading space.',
        }),
      },
      {
        line: 29,
        kind: 'partner',
        partner: partner({ name: 'Main Street Body Shop', phone: '816-555-0177' }),
      },
    ]);
  });

  it('4.0: tel: URIs, PREF, KIND:org', () => {
    const parsed = read('contacts-v4.vcf');
    expect(parsed.formatLabel).toBe('vCard 4.0');
    expect(parsed.problems).toEqual([]);
    expect(parsed.candidates).toEqual([
      {
        line: 1,
        kind: 'person',
        person: person({
          name: 'Lee Patel',
          emails: ['lee.patel@mail.example'],
          phones: ['+1-816-555-0123'],
          tags: ['Clients'],
          notes: 'Client since 2021',
        }),
      },
      {
        line: 11,
        kind: 'partner',
        partner: partner({
          name: 'Delgado Pediatrics',
          phone: '+1-816-555-0130',
          website: 'https://delgadopeds.example',
        }),
      },
    ]);
  });
});
