/**
 * Hostile backup files, one row each: what a file from someone else could try, and the
 * sentence that refuses it. Every row also checks that no built-in prototype changed and
 * that nothing was written. Each row fails when its own defence (named in the row) is
 * removed from renderer/src/data/backup-format.ts or ./backup-guard.ts.
 */
import { describe, expect, it } from 'vitest';
import { BackupFileError, reviveRow } from '../../../renderer/src/data/backup-format';
import {
  backupText,
  defineOwn,
  edited,
  everything,
  file,
  prototypeChanges,
  prototypeSnapshot,
  rowsOf,
  seeded,
  type BackupJson,
} from './backup-helpers';

const refused = (where: string, what: string) =>
  `“${file}” cannot be restored: ${where} ${what}. Nothing was changed.`;
const field = (key: string) => `contains a field named “${key}”, which Handshake never writes`;
const DEEP = 'nests values more deeply than Handshake ever does';
const text = (length: string) =>
  `holds a text of ${length} characters, more than any field Handshake keeps (20,000 at most)`;

/** The first person row of the file. */
const person = (json: BackupJson) => rowsOf(json, 'people')[0]!;
const withTypes = (row: Record<string, unknown>, types: Record<string, unknown>) =>
  (row.$types = { ...(row.$types as object), ...types });

/** A value nested `depth` levels deep. */
function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { inner: value };
  return value;
}

/** Stands for a value too deep for JSON.stringify, spliced into the file's text. */
const VERY_DEEP = '(two hundred thousand levels)';
const veryDeep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;

const HOSTILE: [string, (json: BackupJson) => void, string][] = [
  [
    // Defence: the guard reads `$types` key paths component by component.
    'a $types path through __proto__ (the reported attack)',
    (json) => withTypes(person(json), { '__proto__.toString': 'undef' }),
    refused('row 1 of “people”', field('__proto__')),
  ],
  [
    // Defence: the same, for a path reaching Object.prototype through a nested field.
    'a nested $types path through constructor.prototype',
    (json) => {
      person(json).birthday = { month: 2, day: 3 };
      withTypes(person(json), { 'birthday.constructor.prototype.hasOwnProperty': 'undef' });
    },
    refused('row 1 of “people”', field('constructor')),
  ],
  [
    // Defence: the guard checks every key of the `$types` map itself.
    'a $types map with an own __proto__ key',
    (json) => defineOwn(person(json), '$types', JSON.parse('{"__proto__":"undef"}')),
    refused('row 1 of “people”', field('__proto__')),
  ],
  [
    // Defence: the guard checks every key of every row.
    'a row with an own __proto__ field',
    (json) => defineOwn(rowsOf(json, 'interactions')[0]!, '__proto__', { polluted: true }),
    refused('row 1 of “interactions”', field('__proto__')),
  ],
  [
    // Defence: the guard checks keys at every depth.
    'a prototype field inside a nested value',
    (json) => (person(json).birthday = { month: 2, day: 3, prototype: { polluted: true } }),
    refused('row 1 of “people”', field('prototype')),
  ],
  [
    // Defence: the guard checks the file's own keys, outside any row.
    'a constructor key at the top of the file',
    (json) => defineOwn(json, 'constructor', { prototype: { polluted: true } }),
    refused('it', field('constructor')),
  ],
  [
    // Defence: table names from the file are refused by name (they are values, not keys).
    'a table named __proto__',
    (json) => {
      json.data.tables.push({ name: '__proto__', schema: 'id', rowCount: 1 });
      json.data.data.push({ tableName: '__proto__', inbound: true, rows: [{ id: 'x' }] });
    },
    `“${file}” cannot be restored: it names a table “__proto__”, which Handshake never writes. Nothing was changed.`,
  ],
  [
    // Defence: the depth cap.
    'a field nested forty levels deep',
    (json) => (person(json).extra = nested(40)),
    refused('row 1 of “people”', DEEP),
  ],
  [
    // Defence: the depth cap keeps the walk off the stack's limit.
    'a field nested two hundred thousand levels deep',
    (json) => (rowsOf(json, 'referrals')[0]!.extra = VERY_DEEP),
    refused('row 1 of “referrals”', DEEP),
  ],
  [
    // Defence: the text cap, for a field no schema reads.
    'a million-character unknown field',
    (json) => (person(json).extra = 'x'.repeat(1_000_000)),
    refused('row 1 of “people”', text('1,000,000')),
  ],
  [
    // Defence: the text cap, for an id (no schema limits an id's length).
    'a 20,001-character id',
    (json) => (rowsOf(json, 'reminders')[0]!.id = 'r'.repeat(20_001)),
    refused('row 1 of “reminders”', text('20,001')),
  ],
  [
    // Defence: the text cap applies to field names too.
    'a 30,000-character field name',
    (json) => (person(json)['k'.repeat(30_000)] = 1),
    refused('row 1 of “people”', text('30,000')),
  ],
  [
    // Defence: the stamp's time must be one a date can show (the preview formats it).
    'a stamp whose time no date can hold',
    (json) => ((json.handshake as unknown as { createdAt: number }).createdAt = 9e15),
    `“${file}” is not a Handshake backup. Nothing was changed.`,
  ],
];

describe('a hostile backup file', () => {
  it.each(HOSTILE)(
    'refuses %s, untouched prototypes, nothing written',
    async (_what, edit, sentence) => {
      const { api, db } = await seeded();
      const bad = new Blob([
        (await edited(await backupText(api), edit).text()).replace(`"${VERY_DEEP}"`, veryDeep),
      ]);
      const before = await everything(db);
      const prototypes = prototypeSnapshot();
      const error = await api.backup.read(bad, file).catch((caught: unknown) => caught);
      expect(prototypeChanges(prototypes)).toEqual([]);
      expect(error).toBeInstanceOf(BackupFileError);
      expect((error as Error).message).toBe(sentence);
      expect(await everything(db)).toEqual(before);
    },
  );

  it('revives a row without following a path through any prototype', () => {
    // Defence: reviveRow follows only own, allowed keys; the guard aside, it holds alone.
    const prototypes = prototypeSnapshot();
    for (const path of ['__proto__.toString', 'constructor.prototype.toString', 'toString']) {
      expect(reviveRow({ name: 'Dana', $types: { [path]: 'undef' } })).toBeUndefined();
    }
    expect(prototypeChanges(prototypes)).toEqual([]);
  });

  it('revives into fresh objects, so the file’s own objects are never written', () => {
    // Defence: copies, not the parsed objects, carry the revived values.
    const row = JSON.parse(
      '{"name":"Dana","birthday":{"month":2,"day":3,"year":0},"$types":{"birthday.year":"undef"}}',
    );
    const revived = reviveRow(row)!;
    expect(revived).toEqual({ name: 'Dana', birthday: { month: 2, day: 3, year: undefined } });
    expect('year' in (revived.birthday as object)).toBe(true);
    expect(row.birthday).toEqual({ month: 2, day: 3, year: 0 });
  });
});
