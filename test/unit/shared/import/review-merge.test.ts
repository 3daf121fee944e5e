import { describe, expect, it } from 'vitest';
import {
  appendNotes,
  importTag,
  mergePartnerFields,
  mergePersonFields,
  type PartnerFields,
  type PersonFields,
} from '../../../../shared/import/review-merge';

const DANA: PersonFields = {
  name: 'Dana Ruiz',
  company: 'Acme Insurance',
  relationship: 'client',
  emails: ['dana@acme.example'],
  phones: ['+1 (555) 014-2000'],
  tags: ['Champion'],
  notes: 'Prefers mornings.',
};
const ROW: PersonFields = {
  name: 'D. Ruiz',
  company: 'Other Co',
  title: 'Agent',
  relationship: 'prospect',
  emails: ['DANA@acme.example', 'dana@home.example'],
  phones: ['555-014-2000', '555 777 1234'],
  tags: ['champion', 'golf'],
  birthday: { month: 2, day: 29 },
  notes: 'Met at BNI.\nLikes golf.',
};

describe('mergePersonFields', () => {
  it('unions lists, fills empty fields, appends notes and keeps what the owner has', () => {
    expect(mergePersonFields(DANA, ROW)).toEqual({
      name: 'Dana Ruiz',
      company: 'Acme Insurance',
      title: 'Agent',
      relationship: 'client',
      emails: ['dana@acme.example', 'dana@home.example'],
      phones: ['+1 (555) 014-2000', '555 777 1234'],
      tags: ['Champion', 'golf'],
      birthday: { month: 2, day: 29 },
      notes: 'Prefers mornings.\n\nMet at BNI.\nLikes golf.',
    });
  });

  it('changes nothing when the same row is merged again', () => {
    const once = mergePersonFields(DANA, ROW);
    expect(mergePersonFields(once, ROW)).toEqual(once);
  });

  it('takes a relationship only over the default "other"', () => {
    expect(mergePersonFields({ ...DANA, relationship: 'other' }, ROW).relationship).toBe(
      'prospect',
    );
  });

  it('keeps the bookkeeping of a stored record', () => {
    const stored = { ...DANA, id: 'p-1', createdAt: 5, updatedAt: 6, nameKey: 'dana ruiz' };
    expect(mergePersonFields(stored, ROW)).toMatchObject({ id: 'p-1', nameKey: 'dana ruiz' });
  });
});

describe('mergePartnerFields', () => {
  it('fills empty fields and keeps the status and name', () => {
    const existing: PartnerFields = { name: 'Acme', status: 'active', tags: ['a'] };
    const row: PartnerFields = {
      name: 'ACME',
      status: 'prospect',
      website: 'acme.example',
      tags: ['A', 'b'],
      notes: 'From the vCard.',
    };
    expect(mergePartnerFields(existing, row)).toEqual({
      name: 'Acme',
      status: 'active',
      website: 'acme.example',
      tags: ['a', 'b'],
      notes: 'From the vCard.',
    });
  });
});

describe('appendNotes', () => {
  it.each([
    [undefined, undefined, undefined],
    ['Own', '  ', 'Own'],
    [' ', 'New', 'New'],
    ['Own text. New', 'New', 'Own text. New'],
    ['Own', 'New', 'Own\n\nNew'],
  ])('%j + %j → %j', (existing, incoming, expected) => {
    expect(appendNotes(existing, incoming)).toBe(expected);
  });
});

describe('importTag', () => {
  const DAY = new Date(2026, 10, 22, 15, 30);
  it('names the file and the day', () => {
    expect(importTag('google-contacts.csv', DAY)).toBe(
      'Imported from google-contacts.csv, 22 Nov 2026',
    );
  });

  it('shortens a long file name to fit a tag', () => {
    const tag = importTag(`${'very long name '.repeat(8)}.vcf`, DAY);
    expect(tag).toHaveLength(60);
    expect(tag).toMatch(/^Imported from very long name very long name .*…, 22 Nov 2026$/);
  });

  it('names a nameless file', () => {
    expect(importTag('  ', DAY)).toBe('Imported from a file, 22 Nov 2026');
  });
});
