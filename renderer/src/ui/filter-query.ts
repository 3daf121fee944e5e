/**
 * The filter box of a long list: the text typed now (`query`) and the text the list
 * applies (`appliedQuery`), which follows once typing pauses — long enough to skip
 * re-filtering 50,000 rows for every letter of a fast typist, short enough that the list
 * seems to follow the keys. Emptying the box applies at once: there is nothing to wait for.
 */
export const TYPING_PAUSE_MS = 120;

export interface FilterQuery {
  query: string;
  appliedQuery: string;
}

/** One filter box's timer, for a Zustand store whose state includes FilterQuery. */
export function filterQuery(set: (partial: Partial<FilterQuery>) => void) {
  let pending: ReturnType<typeof setTimeout> | undefined;
  return {
    setQuery(query: string) {
      clearTimeout(pending);
      set({ query });
      if (query.trim() === '') set({ appliedQuery: '' });
      else pending = setTimeout(() => set({ appliedQuery: query }), TYPING_PAUSE_MS);
    },
    /** Empties the box now, dropping a pending update. */
    clear() {
      clearTimeout(pending);
      set({ query: '', appliedQuery: '' });
    },
  };
}
