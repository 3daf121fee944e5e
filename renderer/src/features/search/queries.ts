import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { SearchHit, SearchOptions } from '../../../../shared/search-index';
import { data } from '../../data';
import { afterFirstScreen } from '../../app/perf';
import { createLiveSearchIndex, type LiveSearchIndex } from './live-index';

let live: LiveSearchIndex | undefined;

/** The renderer's one search index over people and partners, created on first use. */
function searchIndex(): LiveSearchIndex {
  live ??= createLiveSearchIndex({
    page: async (kind, afterId, limit) => {
      if (kind === 'person') {
        const { records, last } = await data().people.page(afterId, limit);
        return { records: records.map((person) => ({ kind, ...person })), last };
      }
      const { records, last } = await data().partners.page(afterId, limit);
      return { records: records.map((partner) => ({ kind, ...partner })), last };
    },
    getMany: async (kind, ids) =>
      kind === 'person'
        ? (await data().people.getMany(ids)).map((person) => ({ kind, ...person }))
        : (await data().partners.getMany(ids)).map((partner) => ({ kind, ...partner })),
    watch: (listener) => data().watchRecords(listener),
  });
  return live;
}

/**
 * Starts loading the index once the first screen has its data and the browser is idle,
 * so the palette is ready by the time it is opened without slowing the first screen
 * down: at 50,000 people the index reads every record (seconds of database work), and
 * "idle" alone comes early while that screen is still waiting for the database.
 */
export function warmUpSearch(): () => void {
  const start = () => void searchIndex().start();
  let cancelIdle = () => {};
  const cancelWait = afterFirstScreen(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(start, { timeout: 2000 });
      cancelIdle = () => window.cancelIdleCallback(handle);
    } else {
      const timer = window.setTimeout(start, 200);
      cancelIdle = () => window.clearTimeout(timer);
    }
  });
  return () => {
    cancelWait();
    cancelIdle();
  };
}

const subscribe = (listener: () => void) => searchIndex().subscribe(listener);
const view = () => searchIndex().view();

/**
 * People and partners matching `query`, best first, kept current as records change in
 * this window or another (starting the index if nothing has yet). `ready` is false until
 * the first load has finished.
 */
export function useSearch(
  query: string,
  { limit, kind }: SearchOptions = {},
): { hits: SearchHit[]; ready: boolean } {
  useEffect(startSearch, []);
  const current = useSyncExternalStore(subscribe, view);
  const hits = useMemo(() => current.search(query, { limit, kind }), [current, query, limit, kind]);
  return { hits, ready: current.ready };
}

/** Starts the index now (the palette or a picker is open and needs it). */
export function startSearch(): void {
  void searchIndex().start();
}
