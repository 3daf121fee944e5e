import { data } from '../../data';
import type { TrashedRecord } from '../../data/trash';

export function restoreFromTrash({ kind, id }: TrashedRecord) {
  return data().trash.restore(kind, id);
}

/** Deletes one trashed record for good (a partner's people are unlinked, not deleted). */
export function deleteForever({ kind, id }: TrashedRecord) {
  return data().trash.deleteForever(kind, id);
}

/** Deletes everything in the Trash for good; resolves to how many records went. */
export function emptyTrash() {
  return data().trash.empty();
}
