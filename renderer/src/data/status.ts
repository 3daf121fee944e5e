import { create } from 'zustand';

/** Transient facts about the database connection the shell shows to the owner. */
interface DatabaseStatus {
  /** Another window upgraded the database: this one is closed and must be reloaded. */
  closed: boolean;
  /** Opening waits for another window, still on an older version, to close. */
  blocked: boolean;
  /** Whether the browser promised not to evict the data (undefined until asked). */
  persisted: boolean | undefined;
  setClosed: () => void;
  setBlocked: () => void;
  setPersisted: (persisted: boolean) => void;
}

export const useDatabaseStatus = create<DatabaseStatus>((set) => ({
  closed: false,
  blocked: false,
  persisted: undefined,
  setClosed: () => set({ closed: true }),
  setBlocked: () => set({ blocked: true }),
  setPersisted: (persisted) => set({ persisted }),
}));
