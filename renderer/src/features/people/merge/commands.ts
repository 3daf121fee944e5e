import type { MergeChoices } from '../../../../../shared/merge';
import { data } from '../../../data';

/** Merges `mergeId` into `keepId` (see data/merge.ts); resolves to the kept person. */
export function mergePeople(keepId: string, mergeId: string, choices: MergeChoices) {
  return data().mergePeople({ keepId, mergeId, choices });
}
