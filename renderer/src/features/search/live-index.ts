import {
  createSearchIndex,
  type SearchHit,
  type SearchKind,
  type SearchOptions,
  type Searchable,
} from '../../../../shared/search-index';
import type { TableChange, WatchedTable } from '../../data/changes';

/** Where the index reads records from and learns of changes (the data API, or a test's). */
export interface SearchSource {
  /**
   * Up to `limit` records after `afterId` in id order (from the first when undefined),
   * leaving the Trash out; `last` is the id to continue after, undefined at the end.
   */
  page(
    kind: SearchKind,
    afterId: string | undefined,
    limit: number,
  ): Promise<{ records: Searchable[]; last: string | undefined }>;
  /** The records with these ids that exist and are not trashed. */
  getMany(kind: SearchKind, ids: readonly string[]): Promise<Searchable[]>;
  watch(listener: (changes: TableChange[]) => void): () => void;
}

const KIND_OF: Record<WatchedTable, SearchKind> = { people: 'person', partners: 'partner' };

/** Records read and indexed per step of the first load: a few milliseconds of work. */
const PAGE_SIZE = 2000;

/** Waits until the browser is idle (at most a second), so screens being used go first. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });

/**
 * The index as it is now. A new object after every change, so React (useSyncExternalStore)
 * sees a change and searches again.
 */
export interface SearchView {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Whether the first load has finished. */
  ready: boolean;
}

/**
 * The search index kept equal to the database: loaded once, then each reported change is
 * applied by re-reading just the records it names (a trashed or deleted one leaves the
 * index, a restored one comes back). Work runs one step at a time, in order, so a change
 * reported while the first load is still reading is applied after it, never lost.
 */
export function createLiveSearchIndex(source: SearchSource) {
  const index = createSearchIndex();
  const listeners = new Set<() => void>();
  let ready = false;
  let queue = Promise.resolve();
  let stopWatching: (() => void) | undefined;

  const makeView = (): SearchView => ({
    search: (query, options) => index.search(query, options),
    ready,
  });
  let view = makeView();

  function publish() {
    view = makeView();
    for (const listener of listeners) listener();
  }

  function enqueue(step: () => Promise<void>) {
    queue = queue.then(step).then(publish, (error: unknown) => {
      // A read failed (the database closed, say): the shell reports that; search keeps
      // what it had rather than stopping for good.
      console.error('The search index could not be updated.', error);
    });
    return queue;
  }

  function stop() {
    stopWatching?.();
    stopWatching = undefined;
  }

  /**
   * Reads a kind in pages and indexes each before reading the next, waiting for an idle
   * moment between pages: at 50,000 people one read and one indexing loop held the database
   * and the main thread for over a second, and any screen opened meanwhile waited.
   */
  async function reload(kind: SearchKind) {
    index.clear(kind);
    let after: string | undefined;
    do {
      const { records, last } = await source.page(kind, after, PAGE_SIZE);
      for (const record of records) index.upsert(record);
      after = last;
      await nextTask();
    } while (after !== undefined);
  }

  async function apply({ table, ids }: TableChange) {
    const kind = KIND_OF[table];
    if (ids === 'all') return reload(kind);
    const live = await source.getMany(kind, ids);
    const found = new Set(live.map((record) => record.id));
    for (const id of ids) if (!found.has(id)) index.remove(id);
    for (const record of live) index.upsert(record);
  }

  return {
    /** Loads everything and starts following changes; later calls do nothing. */
    start(): Promise<void> {
      if (stopWatching) return queue;
      // Watch first, so a write committed while the load reads is applied after it.
      stopWatching = source.watch((changes) => {
        for (const change of changes) void enqueue(() => apply(change));
      });
      return enqueue(async () => {
        try {
          await reload('person');
          await reload('partner');
          ready = true;
        } catch (error) {
          // Let the next start() try again from scratch.
          stop();
          throw error;
        }
      });
    },
    stop,
    /** Calls `listener` after the index changed; returns unsubscribe. */
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    view: (): SearchView => view,
    /** Resolves once every change reported so far is applied. */
    settled(): Promise<void> {
      return queue;
    },
  };
}

export type LiveSearchIndex = ReturnType<typeof createLiveSearchIndex>;
