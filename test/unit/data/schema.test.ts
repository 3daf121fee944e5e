/**
 * The committed snapshot of the database schema (ARCHITECTURE.md → Data safety). IndexedDB keeps the
 * owner's data across app updates only if tables and indexes are never dropped or changed
 * in place, so:
 *  - anything in schema-snapshot.json missing from the current schema fails the build;
 *  - anything new in the current schema fails until it is added to the snapshot, so the
 *    snapshot always describes what ships.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from '../../../renderer/src/data/schema';
import { testDatabase } from './helpers';
import snapshot from './schema-snapshot.json';
import {
  addedTo,
  effectiveSchemas,
  lostFrom,
  parseStores,
  versionProblems,
  type TableShape,
  type VersionSpec,
} from './schema-rules';

async function currentSchema(): Promise<TableShape[]> {
  const { db } = testDatabase();
  await db.open();
  const tables = db.tables
    .map((t) => ({
      name: t.name,
      primKey: t.schema.primKey.src,
      indexes: t.schema.indexes.map((i) => i.src).sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  db.close();
  return tables;
}

describe('database schema', () => {
  it('keeps every table, primary key and index in schema-snapshot.json', async () => {
    const lost = lostFrom(snapshot, await currentSchema());
    expect(
      lost,
      `non-additive schema change: ${lost.join('; ')} — add a new version instead`,
    ).toEqual([]);
  });

  it('has nothing that schema-snapshot.json does not record', async () => {
    const grown = addedTo(snapshot, await currentSchema());
    expect(grown, `schema grew: add ${grown.join(', ')} to schema-snapshot.json`).toEqual([]);
  });

  it('declares versions that only ever add', () => {
    const problems = versionProblems(SCHEMA_VERSIONS);
    expect(problems, problems.join('; ')).toEqual([]);
  });

  it('is what the declared store specs say, as Dexie reads them', async () => {
    const latest = effectiveSchemas(SCHEMA_VERSIONS).at(-1);
    expect(latest?.tables).toEqual(await currentSchema());
  });
});

describe('schema rules (so the checks above can fail)', () => {
  const base: TableShape[] = [
    { name: 'people', primKey: 'id', indexes: ['*tags', 'nameKey'] },
    { name: 'settings', primKey: 'id', indexes: [] },
  ];

  it.each([
    {
      what: 'a dropped table',
      after: [base[0]!],
      lost: ['table "settings" is gone'],
    },
    {
      what: 'a dropped index',
      after: [{ ...base[0]!, indexes: ['nameKey'] }, base[1]!],
      lost: ['index "people.*tags" is gone'],
    },
    {
      what: 'an index changed from multi-entry to plain',
      after: [{ ...base[0]!, indexes: ['nameKey', 'tags'] }, base[1]!],
      lost: ['index "people.*tags" is gone'],
    },
    {
      what: 'a changed primary key',
      after: [{ ...base[0]!, primKey: '++id' }, base[1]!],
      lost: ['primary key of "people" changed from "id" to "++id"'],
    },
    { what: 'nothing', after: base, lost: [] },
    {
      what: 'only additions',
      after: [
        { ...base[0]!, indexes: ['*tags', 'company', 'nameKey'] },
        base[1]!,
        { name: 'extra', primKey: 'id', indexes: [] },
      ],
      lost: [],
    },
  ])('lostFrom finds $what', ({ after, lost }) => {
    expect(lostFrom(base, after)).toEqual(lost);
  });

  it('addedTo finds new tables and indexes, and nothing when nothing grew', () => {
    const grown: TableShape[] = [
      { ...base[0]!, indexes: ['*tags', 'company', 'nameKey'] },
      base[1]!,
      { name: 'extra', primKey: 'id', indexes: ['date'] },
    ];
    expect(addedTo(base, grown)).toEqual(['index "people.company"', 'table "extra"']);
    expect(addedTo(base, base)).toEqual([]);
  });

  it('parseStores reads Dexie store specs', () => {
    expect(parseStores({ b: '++id', a: 'id, nameKey , *tags, [direction+date]' })).toEqual([
      { name: 'a', primKey: 'id', indexes: ['*tags', '[direction+date]', 'nameKey'] },
      { name: 'b', primKey: '++id', indexes: [] },
    ]);
  });

  const good: VersionSpec[] = [
    { version: 1, stores: { people: 'id, nameKey', settings: 'id' } },
    // Dexie carries unlisted tables over: listing only what changes is additive.
    { version: 2, stores: { people: 'id, nameKey, company' } },
    { version: 3, stores: { extra: 'id' } },
  ];

  it('accepts versions that only add', () => {
    expect(versionProblems(good)).toEqual([]);
  });

  it.each<{ what: string; versions: VersionSpec[]; problems: string[] }>([
    {
      what: 'a repeated version number',
      versions: [good[0]!, { version: 1, stores: { extra: 'id' } }],
      problems: ['version 1 does not come after version 1'],
    },
    {
      what: 'decreasing version numbers',
      versions: [good[0]!, { version: 3, stores: {} }, { version: 2, stores: {} }],
      problems: ['version 2 does not come after version 3'],
    },
    {
      what: 'version 0',
      versions: [{ version: 0, stores: { people: 'id' } }],
      problems: ['version 0 must be a positive number'],
    },
    { what: 'no versions', versions: [], problems: ['no schema versions are declared'] },
    {
      what: 'a dropped index',
      versions: [good[0]!, { version: 2, stores: { people: 'id' } }],
      problems: ['version 2: index "people.nameKey" is gone'],
    },
    {
      what: 'a deleted table',
      versions: [good[0]!, { version: 2, stores: { settings: null } }],
      problems: ['version 2: table "settings" is gone'],
    },
    {
      what: 'a changed primary key',
      versions: [good[0]!, { version: 2, stores: { settings: 'key' } }],
      problems: ['version 2: primary key of "settings" changed from "id" to "key"'],
    },
  ])('refuses $what', ({ versions, problems }) => {
    expect(versionProblems(versions)).toEqual(problems);
  });
});
