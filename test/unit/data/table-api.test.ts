import { describe, expect, it } from 'vitest';
import type { RecordMeta } from '../../../shared/records';
import type { HandshakeDatabase } from '../../../renderer/src/data/database';
import { NotFoundError, ValidationError } from '../../../renderer/src/data/errors';
import { testApi } from './helpers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type TableName = 'people' | 'partners' | 'interactions' | 'referrals' | 'reminders';

/** The five table APIs share one shape; tests drive them through it with raw values. */
interface LooseTable {
  create(value: unknown): Promise<RecordMeta & Record<string, unknown>>;
  update(id: string, changes: unknown): Promise<RecordMeta & Record<string, unknown>>;
  trash(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  deleteForever(id: string): Promise<void>;
  get(id: string): Promise<(RecordMeta & Record<string, unknown>) | undefined>;
  list(): Promise<(RecordMeta & Record<string, unknown>)[]>;
  listTrashed(): Promise<(RecordMeta & Record<string, unknown>)[]>;
}

/**
 * Interactions must involve someone who exists, and a received referral needs a referrer
 * and the person introduced: tests of those tables get these two people.
 */
const SOMEONE = 'someone-who-exists';
const INTRODUCED = 'someone-introduced';

function setup() {
  const test = testApi();
  let someone: Promise<unknown> | undefined;
  const table = (name: TableName) => {
    // Only interaction and referral tests get the people, so other counts stay exact. IndexedDB
    // runs overlapping write transactions in creation order: it is stored before any
    // interaction the test then creates.
    if (name === 'interactions' || name === 'referrals') {
      const person = (id: string, personName: string) => ({
        id,
        name: personName,
        nameKey: personName.toLowerCase(),
        emails: [],
        phones: [],
        relationship: 'other' as const,
        tags: [],
        createdAt: 0,
        updatedAt: 0,
      });
      someone ??= test.db.people.bulkAdd([
        person(SOMEONE, 'Someone'),
        person(INTRODUCED, 'Someone introduced'),
      ]);
    }
    return test.api[name] as unknown as LooseTable;
  };
  const raw = (name: TableName) => (test.db as HandshakeDatabase)[name];
  return { ...test, table, raw };
}

/** Awaits a rejection and checks it is a ValidationError naming `path`. */
async function expectInvalid(promise: Promise<unknown>, path: string, message?: string) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected a ValidationError for ${path}`).toBeInstanceOf(ValidationError);
  const { fields, message: sentence } = error as ValidationError;
  expect(Object.keys(fields)).toContain(path);
  if (message) expect(fields[path]).toBe(message);
  // The error's own message is one of the field messages: a sentence, not zod's JSON dump.
  expect(Object.values(fields)).toContain(sentence);
  expect(sentence).toMatch(/^[A-Z].*\.$/);
}

/** A valid record for each table, to build on. */
const VALID: Record<TableName, Record<string, unknown>> = {
  people: { name: 'Amélie Dupont' },
  partners: { name: 'Acme Insurance' },
  interactions: { date: '2026-03-14', summary: 'Coffee at the bakery', personIds: [SOMEONE] },
  referrals: {
    direction: 'received',
    date: '2026-03-14',
    referrerPersonId: SOMEONE,
    introducedPersonId: INTRODUCED,
  },
  reminders: { reason: 'thank', dueDate: '2026-03-20' },
};

describe('people: create', () => {
  it('assigns a UUID, timestamps, a folded name key and the defaults', async () => {
    const { table, clock, raw } = setup();
    const person = await table('people').create({ name: '  Amélie   Dupont ' });

    expect(person.id).toMatch(UUID);
    expect(person.createdAt).toBe(clock.now());
    expect(person.updatedAt).toBe(clock.now());
    expect(person).not.toHaveProperty('deletedAt');
    expect(person).toMatchObject({
      name: 'Amélie   Dupont',
      nameKey: 'amelie dupont',
      emails: [],
      phones: [],
      tags: [],
      relationship: 'other',
    });
    expect(await raw('people').get(person.id)).toEqual(person);
  });

  it('gives every record its own id', async () => {
    const { table } = setup();
    const a = await table('people').create({ name: 'A' });
    const b = await table('people').create({ name: 'A' });
    expect(a.id).not.toBe(b.id);
  });

  it('strips keys the owner may not set (id, timestamps, lastTouch, unknown)', async () => {
    const { table, clock } = setup();
    const person = await table('people').create({
      name: 'Bo',
      id: 'chosen-id',
      createdAt: 1,
      deletedAt: 5,
      lastTouch: '2020-01-01',
      nameKey: 'zzz',
      favouriteColour: 'blue',
    });
    expect(person.id).toMatch(UUID);
    expect(person.createdAt).toBe(clock.now());
    expect(person.nameKey).toBe('bo');
    for (const key of ['deletedAt', 'lastTouch', 'favouriteColour']) {
      expect(person).not.toHaveProperty(key);
    }
  });
});

describe('people: update', () => {
  it('applies changes, advances updatedAt, keeps createdAt and refolds the name key', async () => {
    const { table, clock } = setup();
    const created = await table('people').create({ name: 'Amélie Dupont', company: 'Old Co' });
    clock.advance(60_000);
    const updated = await table('people').update(created.id, {
      name: 'Zoë Martin',
      relationship: 'client',
      emails: ['zoe@example.com'],
    });

    expect(updated).toMatchObject({
      id: created.id,
      name: 'Zoë Martin',
      nameKey: 'zoe martin',
      relationship: 'client',
      emails: ['zoe@example.com'],
      company: 'Old Co',
      createdAt: created.createdAt,
      updatedAt: created.createdAt + 60_000,
    });
    expect(await table('people').get(created.id)).toEqual(updated);
  });

  it('preserves denormalised fields written by other code, and strips unknown keys', async () => {
    const { table, raw } = setup();
    const created = await table('people').create({ name: 'Amélie' });
    // The interaction code keeps lastTouch in the same table, outside the data API.
    await raw('people').update(created.id, { lastTouch: '2026-03-01' });

    const updated = await table('people').update(created.id, {
      title: 'Owner',
      lastTouch: '1999-01-01',
      createdAt: 0,
      id: 'other',
      sneaky: true,
    });
    expect(updated.lastTouch).toBe('2026-03-01');
    expect(updated.createdAt).toBe(created.createdAt);
    expect(updated.id).toBe(created.id);
    expect(updated).not.toHaveProperty('sneaky');
    expect(await raw('people').get(created.id)).toEqual(updated);
    expect(await raw('people').count()).toBe(1);
  });

  it('clears a field set to undefined', async () => {
    const { table } = setup();
    const created = await table('people').create({ name: 'Amélie', company: 'Acme' });
    const updated = await table('people').update(created.id, { company: undefined });
    expect(updated.company).toBeUndefined();
    expect((await table('people').get(created.id))?.company).toBeUndefined();
  });

  it.each(['update', 'trash', 'restore'] as const)(
    '%s of a missing id is a NotFoundError with a plain sentence',
    async (method) => {
      const { table, raw } = setup();
      const call =
        method === 'update'
          ? table('people').update('no-such-id', { name: 'X' })
          : table('people')[method]('no-such-id');
      await expect(call).rejects.toBeInstanceOf(NotFoundError);
      // Exactly this sentence: nothing appended by Dexie's error wrapping.
      await expect(call).rejects.toHaveProperty(
        'message',
        'That person no longer exists. It may have been deleted in another window.',
      );
      expect(await raw('people').count()).toBe(0);
    },
  );
});

describe('trash, restore, delete forever', () => {
  it('moves a record to the Trash and back, then deletes it for good', async () => {
    const { table, raw, clock } = setup();
    const people = table('people');
    const keep = await people.create({ name: 'Keep' });
    const first = await people.create({ name: 'First' });
    const second = await people.create({ name: 'Second' });

    clock.advance(1000);
    await people.trash(first.id);
    clock.advance(1000);
    await people.trash(second.id);

    expect(await people.get(first.id)).toBeUndefined();
    expect((await people.list()).map((p) => p.name)).toEqual(['Keep']);
    // Most recently trashed first.
    expect((await people.listTrashed()).map((p) => p.name)).toEqual(['Second', 'First']);
    const trashed = await raw('people').get(first.id);
    expect(trashed?.deletedAt).toBe(first.createdAt + 1000);
    expect(trashed?.updatedAt).toBe(first.createdAt + 1000);

    clock.advance(1000);
    await people.restore(first.id);
    const restored = await people.get(first.id);
    expect(restored).toBeDefined();
    expect(restored).not.toHaveProperty('deletedAt');
    expect(restored?.updatedAt).toBe(first.createdAt + 3000);
    expect((await people.list()).map((p) => p.name).sort()).toEqual(['First', 'Keep']);
    expect((await people.listTrashed()).map((p) => p.name)).toEqual(['Second']);

    await people.deleteForever(second.id);
    expect(await raw('people').get(second.id)).toBeUndefined();
    expect(await people.listTrashed()).toEqual([]);
    expect(await raw('people').count()).toBe(2);
    expect(await people.get(keep.id)).toEqual(keep);
  });
});

describe('every record type: create, update, trash, restore', () => {
  const cases: { table: TableName; change: Record<string, unknown>; expected: object }[] = [
    {
      table: 'partners',
      change: { status: 'active', cadenceDays: 30, email: 'hi@acme.example' },
      expected: { name: 'Acme Insurance', nameKey: 'acme insurance', status: 'active' },
    },
    {
      table: 'interactions',
      change: { kind: 'gift', cost: 2500, personIds: [SOMEONE] },
      expected: { summary: 'Coffee at the bakery', kind: 'gift', cost: 2500 },
    },
    {
      table: 'referrals',
      change: { status: 'won', closedDate: '2026-04-01', value: 120000 },
      expected: { direction: 'received', warmth: 'introduction', status: 'won', value: 120000 },
    },
    {
      table: 'reminders',
      change: { doneDate: '2026-03-21', note: 'Sent flowers' },
      expected: { reason: 'thank', dueDate: '2026-03-20', doneDate: '2026-03-21' },
    },
  ];

  it.each(cases)('$table', async ({ table: name, change, expected }) => {
    const { table, clock } = setup();
    const api = table(name);
    const created = await api.create(VALID[name]);
    expect(created.id).toMatch(UUID);

    clock.advance(5000);
    const updated = await api.update(created.id, change);
    expect(updated).toMatchObject({ ...expected, createdAt: created.createdAt });
    expect(updated.updatedAt).toBe(created.createdAt + 5000);

    await api.trash(created.id);
    expect(await api.get(created.id)).toBeUndefined();
    expect((await api.listTrashed()).map((r) => r.id)).toEqual([created.id]);
    expect(await api.list()).toEqual([]);

    await api.restore(created.id);
    expect(await api.get(created.id)).toMatchObject(expected);
    expect(await api.listTrashed()).toEqual([]);
  });

  it('applies the defaults of each record type', async () => {
    const { table } = setup();
    expect(await table('partners').create(VALID.partners)).toMatchObject({
      status: 'prospect',
      tags: [],
    });
    expect(await table('interactions').create(VALID.interactions)).toMatchObject({
      kind: 'handshake',
      personIds: [SOMEONE],
      partnerIds: [],
    });
    expect(await table('referrals').create(VALID.referrals)).toMatchObject({
      warmth: 'introduction',
      status: 'new',
    });
  });
});

describe('validation writes nothing', () => {
  const CADENCE_MIN = 'Keep-in-touch cadence must be at least 1 day.';
  const CADENCE_INT = 'Keep-in-touch cadence must be a whole number of days.';
  const REAL_DATE = 'Enter a real date (year-month-day).';
  const NO_DAY = 'That day does not exist in that month.';

  const invalid: {
    what: string;
    table: TableName;
    value: Record<string, unknown>;
    path: string;
    message?: string;
  }[] = [
    {
      what: 'empty name',
      table: 'people',
      value: { name: '' },
      path: 'name',
      message: 'Enter a name.',
    },
    {
      what: 'blank name',
      table: 'people',
      value: { name: '   ' },
      path: 'name',
      message: 'Enter a name.',
    },
    {
      what: 'missing name',
      table: 'people',
      value: { name: undefined },
      path: 'name',
      message: 'Enter a name.',
    },
    {
      what: 'name over 200',
      table: 'people',
      value: { name: 'x'.repeat(201) },
      path: 'name',
      message: 'A name can be at most 200 characters.',
    },
    {
      what: 'malformed email',
      table: 'people',
      value: { name: 'A', emails: ['ok@example.com', 'not an email'] },
      path: 'emails.1',
      message: 'Enter an email address like name@example.com.',
    },
    {
      what: 'phone without digits',
      table: 'people',
      value: { name: 'A', phones: ['call me'] },
      path: 'phones.0',
      message: 'A phone number needs at least one digit.',
    },
    {
      what: 'unknown relationship',
      table: 'people',
      value: { name: 'A', relationship: 'enemy' },
      path: 'relationship',
      message: 'Choose a relationship from the list.',
    },
    {
      what: 'cadence 0',
      table: 'people',
      value: { name: 'A', cadenceDays: 0 },
      path: 'cadenceDays',
      message: CADENCE_MIN,
    },
    {
      what: 'cadence 1.5',
      table: 'people',
      value: { name: 'A', cadenceDays: 1.5 },
      path: 'cadenceDays',
      message: CADENCE_INT,
    },
    {
      what: 'cadence -3',
      table: 'people',
      value: { name: 'A', cadenceDays: -3 },
      path: 'cadenceDays',
      message: CADENCE_MIN,
    },
    {
      what: 'cadence "30"',
      table: 'people',
      value: { name: 'A', cadenceDays: '30' },
      path: 'cadenceDays',
      message: CADENCE_INT,
    },
    {
      what: 'birthday 31 Feb',
      table: 'people',
      value: { name: 'A', birthday: { month: 2, day: 31 } },
      path: 'birthday',
      message: NO_DAY,
    },
    {
      what: 'birthday 31 Apr',
      table: 'people',
      value: { name: 'A', birthday: { month: 4, day: 31 } },
      path: 'birthday',
      message: NO_DAY,
    },
    {
      what: 'birthday 29 Feb 2025',
      table: 'people',
      value: { name: 'A', birthday: { month: 2, day: 29, year: 2025 } },
      path: 'birthday',
      message: NO_DAY,
    },
    {
      what: 'birthday month 13',
      table: 'people',
      value: { name: 'A', birthday: { month: 13, day: 1 } },
      path: 'birthday.month',
      message: 'Choose a month from 1 to 12.',
    },
    {
      what: 'partner empty name',
      table: 'partners',
      value: { name: '' },
      path: 'name',
      message: 'Enter a name.',
    },
    {
      what: 'partner malformed email',
      table: 'partners',
      value: { name: 'A', email: 'acme.example' },
      path: 'email',
      message: 'Enter an email address like name@example.com.',
    },
    {
      what: 'partner status',
      table: 'partners',
      value: { name: 'A', status: 'dating' },
      path: 'status',
      message: 'Choose a status from the list.',
    },
    {
      what: 'partner cadence 0',
      table: 'partners',
      value: { name: 'A', cadenceDays: 0 },
      path: 'cadenceDays',
      message: CADENCE_MIN,
    },
    {
      what: 'summary over 200',
      table: 'interactions',
      value: { ...VALID.interactions, summary: 's'.repeat(201) },
      path: 'summary',
      message: 'A summary can be at most 200 characters.',
    },
    {
      what: 'empty summary',
      table: 'interactions',
      value: { ...VALID.interactions, summary: ' ' },
      path: 'summary',
      message: 'Write a one-line summary.',
    },
    {
      what: 'interaction date 2026-02-30',
      table: 'interactions',
      value: { ...VALID.interactions, date: '2026-02-30' },
      path: 'date',
      message: REAL_DATE,
    },
    {
      what: 'interaction follow-up 2026-1-1',
      table: 'interactions',
      value: { ...VALID.interactions, followUpDate: '2026-1-1' },
      path: 'followUpDate',
      message: REAL_DATE,
    },
    {
      what: 'negative gift cost',
      table: 'interactions',
      value: { ...VALID.interactions, kind: 'gift', cost: -500 },
      path: 'cost',
      message: 'An amount cannot be negative.',
    },
    {
      what: 'fractional cents',
      table: 'interactions',
      value: { ...VALID.interactions, cost: 12.5 },
      path: 'cost',
      message: 'An amount is stored in whole cents.',
    },
    {
      what: 'negative referral value',
      table: 'referrals',
      value: { ...VALID.referrals, value: -1 },
      path: 'value',
      message: 'An amount cannot be negative.',
    },
    {
      what: 'referral without direction',
      table: 'referrals',
      value: { date: '2026-03-14', direction: undefined },
      path: 'direction',
      message: 'Choose whether the referral was received or given.',
    },
    {
      what: 'referral closed 2025-02-29',
      table: 'referrals',
      value: { ...VALID.referrals, closedDate: '2025-02-29' },
      path: 'closedDate',
      message: REAL_DATE,
    },
    {
      what: 'reminder due ""',
      table: 'reminders',
      value: { reason: 'thank', dueDate: '' },
      path: 'dueDate',
      message: REAL_DATE,
    },
    {
      what: 'reminder reason',
      table: 'reminders',
      value: { reason: 'nag', dueDate: '2026-03-20' },
      path: 'reason',
      message: 'Choose a reason from the list.',
    },
  ];

  it.each(invalid)('create refuses $what', async ({ table: name, value, path, message }) => {
    const { table, raw } = setup();
    await table(name).create(VALID[name]);
    await expectInvalid(table(name).create(value), path, message);
    expect(await raw(name).count()).toBe(1);
  });

  it.each(invalid)('update refuses $what and leaves the record as it was', async (c) => {
    const { table, raw, clock } = setup();
    const created = await table(c.table).create(VALID[c.table]);
    const before = await raw(c.table).get(created.id);
    clock.advance(1000);
    await expectInvalid(table(c.table).update(created.id, c.value), c.path, c.message);
    expect(await raw(c.table).get(created.id)).toEqual(before);
    expect(await raw(c.table).count()).toBe(1);
  });

  const valid: { what: string; value: Record<string, unknown> }[] = [
    { what: '29 Feb without a year', value: { name: 'A', birthday: { month: 2, day: 29 } } },
    { what: '29 Feb 2024', value: { name: 'A', birthday: { month: 2, day: 29, year: 2024 } } },
    { what: '31 Dec', value: { name: 'A', birthday: { month: 12, day: 31 } } },
    { what: 'cadence 1', value: { name: 'A', cadenceDays: 1 } },
    { what: 'cadence 3650', value: { name: 'A', cadenceDays: 3650 } },
    { what: 'a 200-character name', value: { name: 'n'.repeat(200) } },
  ];

  it.each(valid)('accepts $what', async ({ value }) => {
    const { table, raw } = setup();
    const created = await table('people').create(value);
    expect(await raw('people').get(created.id)).toMatchObject(value);
  });

  it('accepts a 200-character summary and a zero cost', async () => {
    const { table } = setup();
    const created = await table('interactions').create({
      ...VALID.interactions,
      summary: 's'.repeat(200),
      cost: 0,
    });
    expect(created).toMatchObject({ cost: 0 });
  });
});

describe('getMany', () => {
  it('returns the records with these ids that exist and are not in the Trash', async () => {
    const { table, api } = setup();
    const dana = await table('people').create({ name: 'Dana' });
    const sam = await table('people').create({ name: 'Sam' });
    const gone = await table('people').create({ name: 'Gone' });
    await table('people').trash(gone.id);
    const found = await api.people.getMany([sam.id, 'no-such-id', gone.id, dana.id]);
    expect(found.map((person) => person.name).sort()).toEqual(['Dana', 'Sam']);
    expect(await api.people.getMany([])).toEqual([]);
  });
});

describe('reading a table a page at a time', () => {
  it('gives every record once, in id order, without the Trash, and says when it is done', async () => {
    const { api } = testApi();
    const created = [];
    for (const name of ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli']) {
      created.push(await api.people.create({ name }));
    }
    const trashed = created[2]!;
    await api.people.trash(trashed.id);
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const { records, last } = await api.people.page(after, 2);
      seen.push(...records.map((person) => person.id));
      after = last;
      pages += 1;
    } while (after !== undefined);
    const expected = created
      .filter((person) => person.id !== trashed.id)
      .map((person) => person.id)
      .sort();
    expect(seen).toEqual(expected);
    expect(pages).toBe(3);
  });
});
