/**
 * Mutated real backups (made by the app's own writer from a small dataset): forbidden
 * keys at random depths and in `$types` paths, values of other types, truncation,
 * duplicated rows, huge strings, deep nesting, an older schema version. Whatever the
 * file, reading it either gives a preview or refuses with a sentence (a BackupFileError,
 * never another exception), leaves every built-in prototype as it was, and writes nothing.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackupFileError, RECORD_SCHEMAS } from '../../../renderer/src/data/backup-format';
import {
  defineOwn,
  everything,
  file,
  prototypeChanges,
  prototypeSnapshot,
  seeded,
  type BackupJson,
} from './backup-helpers';

type Json = Record<string, unknown> | unknown[];
interface Place {
  parent: Json;
  key: string | number;
}

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;

/** Every place in the tree a value sits, the root aside, in a stable order. */
function places(root: Json): Place[] {
  const found: Place[] = [];
  const queue: Json[] = [root];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const key of Array.isArray(parent) ? parent.keys() : Object.keys(parent)) {
      found.push({ parent, key });
      const value = (parent as Record<string | number, unknown>)[key];
      if (typeof value === 'object' && value !== null) queue.push(value as Json);
    }
  }
  return found;
}

const at = (list: readonly Place[], pick: number) => list[pick % list.length]!;
const set = ({ parent, key }: Place, value: unknown) =>
  defineOwn(parent, String(key), value as never);
const objectsIn = (root: Json) =>
  [root, ...places(root).map((place) => (place.parent as Record<string, unknown>)[place.key])]
    .filter(
      (value): value is Record<string, unknown> => typeof value === 'object' && value !== null,
    )
    .filter((value) => !Array.isArray(value));
const rowsIn = (json: BackupJson) =>
  json.data.data.flatMap((table) => table.rows).filter((row) => typeof row === 'object') as Record<
    string,
    unknown
  >[];

function wrap(value: unknown, depth: number): unknown {
  let wrapped = value;
  for (let level = 0; level < depth; level++) wrapped = level % 2 ? [wrapped] : { x: wrapped };
  return wrapped;
}

/** One change to the file, and whether a file with it must be refused. */
type Mutation = { apply: (json: BackupJson) => void; mustRefuse: boolean };

const pick = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .record({ pick, key: fc.constantFrom(...FORBIDDEN), value: fc.jsonValue({ maxDepth: 2 }) })
    .map(({ pick, key, value }) => ({
      mustRefuse: true,
      apply: (json: BackupJson) => {
        const objects = objectsIn(json as never);
        defineOwn(objects[pick % objects.length]!, key, value);
      },
    })),
  fc
    .record({
      pick,
      path: fc.array(fc.constantFrom('birthday', 'name', 'x', 'toString', ...FORBIDDEN), {
        maxLength: 4,
      }),
      forbidden: fc.constantFrom(...FORBIDDEN),
      at: fc.nat(4),
      tag: fc.constantFrom('undef', 'arrayNonindexKeys', 'date'),
    })
    .map(({ pick, path, forbidden, at: index, tag }) => ({
      mustRefuse: true,
      apply: (json: BackupJson) => {
        const rows = rowsIn(json);
        if (rows.length === 0) return defineOwn(json, forbidden, 1);
        const row = rows[pick % rows.length]!;
        const keys = [...path];
        keys.splice(index % (keys.length + 1), 0, forbidden);
        const types = typeof row.$types === 'object' && row.$types ? row.$types : {};
        defineOwn(types, keys.join('.'), tag);
        row.$types = types;
      },
    })),
  fc.record({ pick, value: fc.jsonValue({ maxDepth: 3 }) }).map(({ pick, value }) => ({
    mustRefuse: false,
    apply: (json: BackupJson) => set(at(places(json as never), pick), value),
  })),
  pick.map((index) => ({
    mustRefuse: false,
    apply: (json: BackupJson) => {
      const place = at(places(json as never), index);
      if (Array.isArray(place.parent)) place.parent.splice(Number(place.key), 1);
      else delete place.parent[place.key];
    },
  })),
  fc
    .record({ pick, times: fc.integer({ min: 1, max: 3 }), count: fc.boolean() })
    .map(({ pick, times, count }) => ({
      mustRefuse: false,
      apply: (json: BackupJson) => {
        const table = json.data.data[pick % json.data.data.length]!;
        if (table.rows.length === 0) return;
        const row = table.rows[pick % table.rows.length];
        for (let copy = 0; copy < times; copy++) table.rows.push(structuredClone(row));
        const listed = json.data.tables.find(
          (entry: { name: string }) => entry.name === table.tableName,
        );
        if (count && listed) listed.rowCount = table.rows.length;
      },
    })),
  fc
    .record({ pick, length: fc.integer({ min: 20_001, max: 200_000 }) })
    .map(({ pick, length }) => ({
      mustRefuse: false,
      apply: (json: BackupJson) => set(at(places(json as never), pick), 'x'.repeat(length)),
    })),
  fc.record({ pick, depth: fc.integer({ min: 2, max: 2000 }) }).map(({ pick, depth }) => ({
    mustRefuse: false,
    apply: (json: BackupJson) => {
      const place = at(places(json as never), pick);
      set(place, wrap((place.parent as Record<string | number, unknown>)[place.key], depth));
    },
  })),
  fc.integer({ min: 0, max: 6 }).map((version) => ({
    mustRefuse: false,
    apply: (json: BackupJson) => (json.data.databaseVersion = version),
  })),
);

/** The keys a stored record may have: its schema's, and the index fields derived on restore. */
function allowedKeys(table: string): Set<string> {
  const schema = RECORD_SCHEMAS[table] as unknown as z.ZodObject;
  return new Set([...Object.keys(schema.shape), 'nameKey']);
}

describe('reading mutated backups', () => {
  let seed: Awaited<ReturnType<typeof seeded>>;
  let text: string;
  let before: Awaited<ReturnType<typeof everything>>;

  beforeAll(async () => {
    seed = await seeded();
    text = await (await seed.api.backup.create()).text();
    before = await everything(seed.db);
  });

  it('never throws past the boundary, never pollutes a prototype, never writes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        async (mutations, cut) => {
          const json = JSON.parse(text) as BackupJson;
          for (const { apply } of mutations) apply(json);
          const whole = JSON.stringify(json);
          const bytes = cut === undefined ? whole : whole.slice(0, Math.floor(whole.length * cut));
          const mustRefuse = mutations.some((change) => change.mustRefuse) || bytes !== whole;

          const prototypes = prototypeSnapshot();
          const outcome = await seed.api.backup
            .read(new Blob([bytes]), file)
            .catch((error: unknown) => error);
          expect(prototypeChanges(prototypes)).toEqual([]);
          if (outcome instanceof Error || mustRefuse) {
            expect(outcome).toBeInstanceOf(BackupFileError);
            expect((outcome as Error).message).toMatch(
              /^“backup\.json” .+ Nothing was changed\.$/s,
            );
          } else {
            const prepared = outcome as Awaited<ReturnType<typeof seed.api.backup.read>>;
            for (const [table, rows] of Object.entries(prepared.rows)) {
              const allowed = allowedKeys(table);
              for (const row of rows) {
                expect(Object.keys(row).filter((key) => !allowed.has(key))).toEqual([]);
              }
            }
          }
          expect(await everything(seed.db)).toEqual(before);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
