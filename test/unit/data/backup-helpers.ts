/** A small dataset written by the app, its backups, and edits to backup files. */
import type { BackupApi } from '../../../renderer/src/data/backup-api';
import { recordTables, type HandshakeDatabase } from '../../../renderer/src/data/database';
import { testApi } from './helpers';

/** Every row of every record table, sorted, as the database holds them. */
export async function everything(db: HandshakeDatabase) {
  const tables: Record<string, unknown[]> = {};
  for (const table of recordTables(db)) {
    tables[table.name] = await table.orderBy(':id').toArray();
  }
  return tables;
}

export async function seeded() {
  const test = testApi();
  const { api, clock } = test;
  await api.settings.saveBusinessProfile({
    ownerName: 'Ana',
    businessName: 'Ana’s Garage',
    currency: 'EUR',
    weekStartsOn: 1,
    theme: 'dark',
  });
  const acme = await api.partners.create({ name: 'Acme Insurance', status: 'active' });
  const dana = await api.people.create({
    name: 'Dana Ruiz',
    partnerId: acme.id,
    emails: ['dana@acme.example'],
    tags: ['champion'],
    birthday: { month: 2, day: 29 },
    notes: 'Two lines\nof notes',
  });
  const lee = await api.people.create({ name: 'Lee Park', relationship: 'client' });
  const gone = await api.people.create({ name: 'Sam Trashed' });
  const oldPartner = await api.partners.create({ name: 'Old Bakery' });
  clock.advance(1000);
  await api.interactions.create({
    kind: 'handshake',
    date: '2026-03-10',
    personIds: [dana.id],
    partnerIds: [acme.id],
    summary: 'Coffee with Dana',
  });
  const referral = await api.referrals.create({
    direction: 'received',
    date: '2026-03-11',
    referrerPersonId: dana.id,
    introducedPersonId: lee.id,
  });
  await api.reminders.create({ reason: 'custom', dueDate: '2026-03-20', note: 'Call back' });
  await api.people.trash(gone.id);
  await api.partners.trash(oldPartner.id);
  return { ...test, acme, dana, lee, gone, referral };
}

export const file = 'backup.json';

export async function backupText(api: { backup: BackupApi }) {
  return (await api.backup.create()).text();
}

export const blob = (text: string) => new Blob([text]);

export type Row = Record<string, unknown>;
/** The parts of a backup file the tests edit. */
export interface BackupJson {
  handshake?: { appVersion: string };
  data: {
    databaseVersion: number;
    tables: { name: string; schema: string; rowCount: number }[];
    data: { tableName: string; inbound: boolean; rows: unknown[] }[];
  };
}

/** The backup with its JSON edited. */
export function edited(text: string, edit: (json: BackupJson) => void): Blob {
  const json = JSON.parse(text) as BackupJson;
  edit(json);
  return blob(JSON.stringify(json));
}

export const tableOf = (json: BackupJson, name: string) =>
  json.data.data.find((table) => table.tableName === name)!;
/** A table's rows, to edit in place. */
export const rowsOf = (json: BackupJson, name: string) => tableOf(json, name).rows as Row[];

/** Removes a row from a backup, keeping the table's announced row count true. */
export function dropRow(json: BackupJson, table: string, id: unknown) {
  const rows = rowsOf(json, table);
  rows.splice(
    rows.findIndex((row) => row.id === id),
    1,
  );
  json.data.tables.find((t) => t.name === table)!.rowCount = rows.length;
}

/** Sets an own property, even `__proto__` (an assignment would change the prototype). */
export function defineOwn(target: object, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

const PROTOTYPES: Record<string, object> = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
  Number: Number.prototype,
  Boolean: Boolean.prototype,
  Map: Map.prototype,
  Set: Set.prototype,
  Promise: Promise.prototype,
  Date: Date.prototype,
  RegExp: RegExp.prototype,
  Error: Error.prototype,
};

type Snapshot = Map<string, PropertyDescriptor>;

/** Every own property of the built-in prototypes, to compare after reading a file. */
export function prototypeSnapshot(): Snapshot {
  const snapshot: Snapshot = new Map();
  for (const [name, prototype] of Object.entries(PROTOTYPES)) {
    for (const key of Reflect.ownKeys(prototype)) {
      snapshot.set(`${name}.${String(key)}`, Reflect.getOwnPropertyDescriptor(prototype, key)!);
    }
    snapshot.set(`${name} [[Prototype]]`, { value: Object.getPrototypeOf(prototype) });
  }
  return snapshot;
}

/** What changed on a built-in prototype since the snapshot: added, removed or replaced. */
export function prototypeChanges(before: Snapshot): string[] {
  const after = prototypeSnapshot();
  const changed: string[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const [was, is] = [before.get(key), after.get(key)];
    const same =
      was !== undefined &&
      is !== undefined &&
      was.value === is.value &&
      was.get === is.get &&
      was.set === is.set;
    if (!same) changed.push(key);
  }
  return changed;
}
