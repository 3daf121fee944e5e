/**
 * Which records changed, whoever changed them.
 *
 * Built on Dexie's documented `storagemutated` event rather than a change feed of our own:
 * Dexie fires it after every committed write transaction — in this window, and, through
 * its BroadcastChannel, in every other window or tab on the same database — and it names
 * the primary keys each transaction touched. A feed of our own would have to be raised by
 * every writer (table APIs, interactions, merge, imports, restores) and relayed across
 * windows by hand; forgetting one writer would leave search silently stale. This way every
 * write made through Dexie is seen, at no cost to the writer.
 */
import Dexie, { type IntervalTree, type IntervalTreeNode, type ObservabilitySet } from 'dexie';
import type { HandshakeDatabase } from './database';

export type WatchedTable = 'people' | 'partners';

/**
 * Records of one table that may have changed: re-read them to learn how (created, edited,
 * trashed, restored or deleted). `ids: 'all'` when Dexie could only name a range of keys
 * (a clear, a bulk delete by range, the database being created or the page coming back
 * from the back/forward cache): re-read the whole table.
 */
export interface TableChange {
  table: WatchedTable;
  ids: readonly string[] | 'all';
}

const WATCHED: readonly WatchedTable[] = ['people', 'partners'];

/** The single keys in an interval tree, or 'all' if it holds a real range. */
function keysOf(tree: IntervalTree): string[] | 'all' {
  const keys: string[] = [];
  // An empty tree is `{ d: 0 }`, without `from`.
  const pending: IntervalTreeNode[] = 'from' in tree ? [tree as IntervalTreeNode] : [];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    keys.push(node.from);
    if (node.l) pending.push(node.l);
    if (node.r) pending.push(node.r);
  }
  return keys;
}

/** Calls `listener` after each committed change to people or partners; returns unsubscribe. */
export function watchRecords(
  db: HandshakeDatabase,
  listener: (changes: TableChange[]) => void,
): () => void {
  const handler = (parts: ObservabilitySet) => {
    const changes: TableChange[] = [];
    for (const table of WATCHED) {
      // Part names are `idb://<database>/<table>/<index>`; the empty index is the primary key.
      const tree = parts[`idb://${db.name}/${table}/`];
      if (parts.all) changes.push({ table, ids: 'all' });
      else if (tree) {
        const ids = keysOf(tree);
        if (ids === 'all' || ids.length > 0) changes.push({ table, ids });
      }
    }
    if (changes.length > 0) listener(changes);
  };
  Dexie.on.storagemutated.subscribe(handler);
  return () => Dexie.on.storagemutated.unsubscribe(handler);
}

/**
 * Calls `listener` after each committed write to any of `tables`, in any window, without
 * saying which records: for readers that start over on any change (This week), and would
 * otherwise pay liveQuery's bookkeeping of every key they read. Returns unsubscribe.
 */
export function watchTables(
  db: HandshakeDatabase,
  tables: readonly string[],
  listener: () => void,
): () => void {
  const prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  const handler = (parts: ObservabilitySet) => {
    const touched = (part: string) => prefixes.some((prefix) => part.startsWith(prefix));
    if (parts.all || Object.keys(parts).some(touched)) listener();
  };
  Dexie.on.storagemutated.subscribe(handler);
  return () => Dexie.on.storagemutated.unsubscribe(handler);
}
