import { describe, expect, it } from 'vitest';
import type { Partner, Person, PersonInput } from '../../../../shared/records';
import {
  decideAll,
  defaultDecisions,
  reviewImport,
  type ExistingRecords,
} from '../../../../shared/import/review';
import { planImport } from '../../../../shared/import/review-plan';
import type { ImportCandidate, ParsedContacts } from '../../../../shared/import/types';

const TAG = 'Imported from contacts.csv, 22 Nov 2026';
const META = { createdAt: 1, updatedAt: 1 };

function existingPerson(id: string, name: string, more: Partial<Person> = {}): Person {
  return { id, name, relationship: 'client', emails: [], phones: [], tags: [], ...META, ...more };
}

const DANA = existingPerson('p-dana', 'Dana Ruiz', {
  emails: ['dana@acme.example'],
  phones: ['+1 (555) 014-2000'],
  tags: ['champion'],
  notes: 'Prefers mornings.',
});
const SAM = existingPerson('p-sam', 'Sam Lee', { phones: ['020 7946 0958'] });
const AMELIE = existingPerson('p-amelie', 'Amélie Laurent');
const ACME: Partner = {
  id: 'b-acme',
  name: 'Acme Insurance',
  status: 'active',
  tags: [],
  ...META,
};
const EXISTING: ExistingRecords = { people: [DANA, SAM, AMELIE], partners: [ACME] };

const person = (line: number, fields: PersonInput): ImportCandidate => ({
  line,
  kind: 'person',
  person: fields,
});

function parsed(candidates: ImportCandidate[], problems = [{ line: 9, reason: 'No name.' }]) {
  return {
    format: 'csv',
    formatLabel: 'CSV',
    candidates,
    problems,
  } satisfies ParsedContacts;
}

describe('reviewImport', () => {
  it('finds existing people by email, phone digits and folded name, strongest reason first', () => {
    const review = reviewImport(
      parsed([
        person(2, { name: 'D. Ruiz', emails: ['DANA@acme.example'], phones: ['555 014 2000'] }),
        person(3, { name: 'Samuel', phones: ['+44 20 7946 0958'] }),
        person(4, { name: 'amelie  LAURENT' }),
        person(5, { name: 'Nobody Known', emails: ['new@example.com'] }),
      ]),
      EXISTING,
    );
    expect(review.duplicates).toEqual([0, 1, 2]);
    expect(review.items.map((item) => item.match)).toEqual([
      {
        target: { kind: 'existing', id: 'p-dana', name: 'Dana Ruiz' },
        reasons: [
          { kind: 'email', value: 'dana@acme.example' },
          { kind: 'phone', value: '+1 (555) 014-2000' },
        ],
      },
      {
        target: { kind: 'existing', id: 'p-sam', name: 'Sam Lee' },
        reasons: [{ kind: 'phone', value: '020 7946 0958' }],
      },
      {
        target: { kind: 'existing', id: 'p-amelie', name: 'Amélie Laurent' },
        reasons: [{ kind: 'name' }],
      },
      undefined,
    ]);
  });

  it('finds a contact listed twice in the file, pointing at the earlier row', () => {
    const review = reviewImport(
      parsed([
        person(2, { name: 'Lee Park', emails: ['lee@park.example'] }),
        person(3, { name: 'Someone Else' }),
        person(7, { name: 'Lee P.', emails: ['LEE@park.example'] }),
      ]),
      EXISTING,
    );
    expect(review.duplicates).toEqual([2]);
    expect(review.items[2]!.match).toEqual({
      target: { kind: 'file', index: 0, line: 2, name: 'Lee Park' },
      reasons: [{ kind: 'email', value: 'lee@park.example' }],
    });
  });

  it('matches partners by folded name, existing first, then earlier rows', () => {
    const review = reviewImport(
      parsed([
        { line: 2, kind: 'partner', partner: { name: 'ACME insurance' } },
        { line: 3, kind: 'partner', partner: { name: 'Bakery Bros' } },
        { line: 4, kind: 'partner', partner: { name: 'bakery bros' } },
      ]),
      EXISTING,
    );
    expect(review.items.map((item) => item.match?.target)).toEqual([
      { kind: 'existing', id: 'b-acme', name: 'Acme Insurance' },
      undefined,
      { kind: 'file', index: 1, line: 3, name: 'Bakery Bros' },
    ]);
  });

  it('turns rows that break a rule into problems with their line, sorted with the reader’s', () => {
    const review = reviewImport(
      parsed([
        person(12, { name: 'Bad Email', emails: ['not an address'] }),
        person(3, { name: 'Good' }),
        person(5, { name: 'Bad birthday', birthday: { month: 2, day: 30 } }),
      ]),
      EXISTING,
    );
    expect(review.items.map((item) => item.line)).toEqual([3]);
    expect(review.problems).toEqual([
      { line: 5, reason: 'That day does not exist in that month.' },
      { line: 9, reason: 'No name.' },
      { line: 12, reason: 'Enter an email address like name@example.com.' },
    ]);
  });
});

describe('decisions', () => {
  const review = reviewImport(
    parsed([person(2, { name: 'Dana Ruiz' }), person(3, { name: 'New' })]),
    EXISTING,
  );
  it('merge every possible duplicate by default, and apply one choice to all', () => {
    expect([...defaultDecisions(review)]).toEqual([[0, 'merge']]);
    expect([...decideAll(review, 'skip')]).toEqual([[0, 'skip']]);
  });
});

describe('planImport', () => {
  const rows = parsed([
    person(2, {
      name: 'D. Ruiz',
      emails: ['dana@home.example', 'dana@acme.example'],
      notes: 'Met at BNI.',
    }),
    person(3, { name: 'Lee Park', emails: ['lee@park.example'], tags: ['golf'] }),
    person(4, { name: 'Lee P.', emails: ['lee@park.example'], phones: ['555 777 1234'] }),
    person(5, { name: 'Sam Lee', title: 'Florist' }),
    { line: 6, kind: 'partner', partner: { name: 'Acme Insurance', website: 'acme.example' } },
    { line: 8, kind: 'partner', partner: { name: 'Bakery Bros' } },
  ]);
  const review = reviewImport(rows, EXISTING);

  it('merges into existing records, folds repeated rows, tags what it creates', () => {
    const { plan, report } = planImport(review, defaultDecisions(review), TAG, EXISTING);
    expect(plan.people).toEqual([
      {
        lines: [3, 4],
        fields: expect.objectContaining({
          name: 'Lee Park',
          emails: ['lee@park.example'],
          phones: ['555 777 1234'],
          tags: ['golf', TAG],
        }),
      },
    ]);
    expect(plan.partners).toEqual([
      { lines: [8], fields: expect.objectContaining({ name: 'Bakery Bros', tags: [TAG] }) },
    ]);
    expect(plan.personMerges.map(({ id, lines }) => ({ id, lines }))).toEqual([
      { id: 'p-dana', lines: [2] },
      { id: 'p-sam', lines: [5] },
    ]);
    // Merged rows are not tagged: trashing "everything imported" must not trash Dana.
    expect(plan.personMerges[0]!.incoming[0]!.tags).toEqual([]);
    expect(plan.partnerMerges).toEqual([expect.objectContaining({ id: 'b-acme', lines: [6] })]);
    expect(report).toEqual({
      added: 2,
      merged: 4,
      skipped: 0,
      problems: [{ line: 9, reason: 'No name.' }],
    });
  });

  it('skips or adds anyway as decided', () => {
    const skip = planImport(review, decideAll(review, 'skip'), TAG, EXISTING);
    expect(skip.plan.people.map((create) => create.lines)).toEqual([[3]]);
    expect(skip.plan.partners.map((create) => create.lines)).toEqual([[8]]);
    expect(skip.plan.personMerges).toEqual([]);
    expect(skip.report).toMatchObject({ added: 2, merged: 0, skipped: 4 });

    const add = planImport(review, decideAll(review, 'add'), TAG, EXISTING);
    expect(add.plan.people.map((create) => create.lines)).toEqual([[2], [3], [4], [5]]);
    expect(add.plan.partners).toHaveLength(2);
    expect(add.report).toMatchObject({ added: 6, merged: 0, skipped: 0 });
  });

  it('adds a row whose match in the file is not imported, so nothing kept is lost', () => {
    // Row 2 is a duplicate of Dana, row 3 of row 2; row 2 is skipped, row 3 merged.
    const file = parsed([
      person(2, { name: 'Dana Ruiz', phones: ['555 333 4444'] }),
      person(3, { name: 'Dana R.', phones: ['555 333 4444'] }),
    ]);
    const twice = reviewImport(file, EXISTING);
    expect(twice.items[1]!.match?.target).toMatchObject({ kind: 'file', index: 0 });
    const { plan, report } = planImport(
      twice,
      new Map([
        [0, 'skip'],
        [1, 'merge'],
      ]),
      TAG,
      EXISTING,
    );
    expect(plan.people.map((create) => create.lines)).toEqual([[3]]);
    expect(report).toMatchObject({ added: 1, merged: 0, skipped: 1 });
  });

  it('reports a row the import’s tag would give one tag too many', () => {
    const tags = Array.from({ length: 100 }, (_, i) => `t${i}`);
    const full = reviewImport(parsed([person(3, { name: 'Tagged', tags })], []), EXISTING);
    const { plan, report } = planImport(full, defaultDecisions(full), TAG, EXISTING);
    expect(plan.people).toEqual([]);
    expect(report).toEqual({
      added: 0,
      merged: 0,
      skipped: 0,
      problems: [{ line: 3, reason: 'A record can have at most 100 tags.' }],
    });
  });

  it('reports a merge that would break a rule instead of writing it', () => {
    const many = existingPerson('p-many', 'Many Mails', {
      emails: Array.from({ length: 20 }, (_, i) => `m${i}@example.com`),
    });
    const file = parsed(
      [person(4, { name: 'Many', emails: ['m0@example.com', 'extra@example.com'] })],
      [],
    );
    const existing = { people: [many], partners: [] };
    const manyReview = reviewImport(file, existing);
    const { plan, report } = planImport(manyReview, defaultDecisions(manyReview), TAG, existing);
    expect(plan.personMerges).toEqual([]);
    expect(report.problems).toEqual([
      {
        line: 4,
        reason:
          'It could not be merged into Many Mails: A person can have at most 20 email addresses.',
      },
    ]);
    expect(report).toMatchObject({ added: 0, merged: 0 });
  });
});
