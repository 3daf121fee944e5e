/**
 * Pure rules behind schema.test.ts, kept apart so they can be tested against deliberately
 * bad schemas (a check that cannot fail is a defect, ARCHITECTURE.md → Tests).
 */

/** One object store as Dexie reports it: `src` strings of the primary key and indexes. */
export interface TableShape {
  name: string;
  primKey: string;
  indexes: string[];
}

export interface VersionSpec {
  version: number;
  /** Dexie store specs; `null` deletes a table in that version. */
  stores: Record<string, string | null>;
}

/** Parses Dexie store specs ("id, nameKey, *tags, [a+b]") into table shapes, by name. */
export function parseStores(stores: Record<string, string>): TableShape[] {
  return Object.entries(stores)
    .map(([name, spec]) => {
      const [primKey = '', ...indexes] = spec.split(',').map((part) => part.trim());
      return { name, primKey, indexes: indexes.filter(Boolean).sort() };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The schema in force at each version. Dexie merges versions: a version lists only the
 * tables it adds or changes (or `null` to delete one); the others carry over.
 */
export function effectiveSchemas(versions: readonly VersionSpec[]) {
  let current: Record<string, string> = {};
  return versions.map(({ version, stores }) => {
    current = { ...current };
    for (const [name, spec] of Object.entries(stores)) {
      if (spec === null) delete current[name];
      else current[name] = spec;
    }
    return { version, tables: parseStores(current) };
  });
}

/** What `after` lost or changed compared with `before`: tables, primary keys, indexes. */
export function lostFrom(before: readonly TableShape[], after: readonly TableShape[]): string[] {
  const problems: string[] = [];
  const byName = new Map(after.map((table) => [table.name, table]));
  for (const old of before) {
    const now = byName.get(old.name);
    if (!now) {
      problems.push(`table "${old.name}" is gone`);
      continue;
    }
    if (now.primKey !== old.primKey) {
      problems.push(
        `primary key of "${old.name}" changed from "${old.primKey}" to "${now.primKey}"`,
      );
    }
    for (const index of old.indexes) {
      if (!now.indexes.includes(index)) problems.push(`index "${old.name}.${index}" is gone`);
    }
  }
  return problems;
}

/** What `after` has that `before` does not: new tables and new indexes. */
export function addedTo(before: readonly TableShape[], after: readonly TableShape[]): string[] {
  const added: string[] = [];
  const byName = new Map(before.map((table) => [table.name, table]));
  for (const table of after) {
    const old = byName.get(table.name);
    if (!old) {
      added.push(`table "${table.name}"`);
      continue;
    }
    for (const index of table.indexes) {
      if (!old.indexes.includes(index)) added.push(`index "${table.name}.${index}"`);
    }
  }
  return added;
}

/**
 * Problems with a list of schema versions: numbers must strictly increase, and each
 * version's schema must keep every table, primary key and index of the one before it.
 */
export function versionProblems(versions: readonly VersionSpec[]): string[] {
  const problems: string[] = [];
  if (versions.length === 0) problems.push('no schema versions are declared');
  versions.forEach(({ version }, i) => {
    if (!(version > 0)) problems.push(`version ${version} must be a positive number`);
    const previous = versions[i - 1];
    if (previous && version <= previous.version) {
      problems.push(`version ${version} does not come after version ${previous.version}`);
    }
  });
  const schemas = effectiveSchemas(versions);
  schemas.forEach(({ version, tables }, i) => {
    const previous = schemas[i - 1];
    if (!previous) return;
    for (const problem of lostFrom(previous.tables, tables)) {
      problems.push(`version ${version}: ${problem}`);
    }
  });
  return problems;
}
