import { describe, expect, it } from 'vitest';
import { decideAll, defaultDecisions, reviewImport } from '../../../shared/import/review';
import type { PersonFields } from '../../../shared/import/review-merge';
import { planImport, type ImportPlan } from '../../../shared/import/review-plan';
import type { ImportCandidate, ParsedContacts } from '../../../shared/import/types';
import { ValidationError } from '../../../renderer/src/data/errors';
import { ImportCancelledError } from '../../../renderer/src/data/import-api';
import { testApi } from './helpers';

const TAG = 'Imported from contacts.csv, 14 Mar 2026';

function parsed(candidates: ImportCandidate[]): ParsedContacts {
  return { format: 'csv', formatLabel: 'CSV', candidates, problems: [] };
}

const row = (line: number, name: string, more: Partial<PersonFields> = {}): ImportCandidate => ({
  line,
  kind: 'person',
  person: { name, ...more },
});

/** Dana and a trashed Sam already stored, then a file reviewed and planned against them. */
async function setUp(candidates: ImportCandidate[], choice?: 'skip' | 'merge' | 'add') {
  const { api, db, clock } = testApi();
  const dana = await api.people.create({
    name: 'Dana Ruiz',
    emails: ['dana@acme.example'],
    tags: ['champion'],
  });
  const sam = await api.people.create({ name: 'Sam Lee' });
  await api.people.trash(sam.id);
  clock.advance(60_000);
  const existing = await api.imports.loadExisting();
  const review = reviewImport(parsed(candidates), existing);
  const decisions = choice ? decideAll(review, choice) : defaultDecisions(review);
  const { plan, report } = planImport(review, decisions, TAG, existing);
  return { api, db, clock, dana, sam, existing, plan, report };
}

async function snapshot(db: Awaited<ReturnType<typeof setUp>>['db']) {
  return { people: await db.people.toArray(), partners: await db.partners.toArray() };
}

const MANY = Array.from({ length: 9 }, (_, i) => row(i + 2, `Person ${i}`));

describe('imports.loadExisting', () => {
  it('gives the people and partners not in the Trash', async () => {
    const { existing, dana } = await setUp([]);
    expect(existing.people.map((person) => person.id)).toEqual([dana.id]);
    expect(existing.partners).toEqual([]);
  });
});

describe('imports.apply', () => {
  it('creates tagged people and partners and merges rows into existing people', async () => {
    const { api, dana, plan, report, clock } = await setUp([
      row(2, 'Lee Park', { emails: ['lee@park.example'], tags: ['golf'] }),
      row(3, 'D. Ruiz', { emails: ['DANA@acme.example', 'dana@home.example'], notes: 'BNI' }),
      row(4, 'Sam Lee'),
      { line: 5, kind: 'partner', partner: { name: 'Bakery Bros', category: 'Food' } },
    ]);
    expect(report).toEqual({ added: 3, merged: 1, skipped: 0, problems: [] });
    const written = await api.imports.apply(plan);
    expect(written).toMatchObject({ updatedPeople: 1, updatedPartners: 0 });

    const people = await api.people.list();
    expect(people).toHaveLength(3);
    const lee = people.find((person) => person.name === 'Lee Park')!;
    expect(lee).toMatchObject({
      emails: ['lee@park.example'],
      tags: ['golf', TAG],
      nameKey: 'lee park',
      relationship: 'other',
      createdAt: clock.now(),
    });
    // A trashed person is not a duplicate: Sam comes back as a new person.
    expect(people.filter((person) => person.name === 'Sam Lee')).toHaveLength(1);
    expect(await api.people.get(dana.id)).toMatchObject({
      name: 'Dana Ruiz',
      emails: ['dana@acme.example', 'dana@home.example'],
      tags: ['champion'],
      notes: 'BNI',
      createdAt: dana.createdAt,
      updatedAt: clock.now(),
    });
    expect(await api.partners.list()).toEqual([
      expect.objectContaining({ name: 'Bakery Bros', category: 'Food', tags: [TAG] }),
    ]);
    expect(written.peopleIds.sort()).toEqual(
      people
        .filter((person) => person.id !== dana.id)
        .map((person) => person.id)
        .sort(),
    );
  });

  it('leaves a person alone when the merged row brings nothing new', async () => {
    const { api, dana, plan } = await setUp([row(2, 'Dana', { emails: ['dana@acme.example'] })]);
    expect(plan.personMerges).toHaveLength(1);
    const written = await api.imports.apply(plan);
    expect(written.updatedPeople).toBe(0);
    expect(await api.people.get(dana.id)).toEqual(dana);
  });

  it('reports progress chunk by chunk up to the total', async () => {
    const { api, plan } = await setUp([...MANY, row(20, 'Dana Ruiz')]);
    const seen: [number, number][] = [];
    await api.imports.apply(plan, { chunkSize: 4, onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([
      [1, 10],
      [5, 10],
      [9, 10],
      [10, 10],
    ]);
  });

  it('writes nothing when cancelled part-way', async () => {
    const { api, db, plan } = await setUp([
      ...MANY,
      row(20, 'D', { emails: ['dana@acme.example'], title: 'CEO' }),
    ]);
    const before = await snapshot(db);
    const controller = new AbortController();
    const attempt = api.imports.apply(plan, {
      chunkSize: 3,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 4) controller.abort();
      },
    });
    await expect(attempt).rejects.toBeInstanceOf(ImportCancelledError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when cancelled before it starts', async () => {
    const { api, db, plan } = await setUp(MANY);
    const before = await snapshot(db);
    const controller = new AbortController();
    controller.abort();
    await expect(api.imports.apply(plan, { signal: controller.signal })).rejects.toThrow(
      'Import cancelled. Nothing was imported.',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when anything fails part-way', async () => {
    const { api, db, plan } = await setUp([
      ...MANY,
      row(20, 'D', { emails: ['dana@acme.example'], title: 'CEO' }),
    ]);
    const before = await snapshot(db);
    const attempt = api.imports.apply(plan, {
      chunkSize: 2,
      onProgress: (done) => {
        if (done > 5) throw new Error('disk on fire');
      },
    });
    await expect(attempt).rejects.toThrow('disk on fire');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a plan with a record that breaks a rule, naming its line', async () => {
    const { api, db, plan } = await setUp(MANY);
    const bad: ImportPlan = {
      ...plan,
      people: [
        ...plan.people,
        { lines: [40], fields: { ...plan.people[0]!.fields, emails: ['x'] } },
      ],
    };
    const before = await snapshot(db);
    const attempt = api.imports.apply(bad);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(
      'Line 40: Enter an email address like name@example.com. Nothing was imported.',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when a person to merge into was trashed after the review', async () => {
    const { api, db, dana, plan } = await setUp([...MANY, row(20, 'Dana Ruiz', { title: 'CEO' })]);
    await api.people.trash(dana.id);
    const before = await snapshot(db);
    await expect(api.imports.apply(plan)).rejects.toThrow(
      /^Dana Ruiz was changed in another window while you reviewed this import, so nothing was imported/,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('adds everyone anyway, or skips the duplicates, as decided', async () => {
    const added = await setUp([row(2, 'Dana Ruiz')], 'add');
    await added.api.imports.apply(added.plan);
    expect((await added.api.people.list()).map((person) => person.name)).toEqual([
      'Dana Ruiz',
      'Dana Ruiz',
    ]);

    const skipped = await setUp([row(2, 'Dana Ruiz', { title: 'CEO' })], 'skip');
    const before = await snapshot(skipped.db);
    await skipped.api.imports.apply(skipped.plan);
    expect(await snapshot(skipped.db)).toEqual(before);
  });
});
