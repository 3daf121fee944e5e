/**
 * "Last touch" is the date of the most recent interaction with a person or partner. It is
 * stored on each person and partner (so lists can sort by it at 50,000 rows) and must
 * always equal what these functions compute from the interactions themselves.
 */

export interface TouchingInteraction {
  date: string;
  personIds: readonly string[];
  partnerIds: readonly string[];
  deletedAt?: number | undefined;
}

/** The latest date among interactions that are not in the Trash, or undefined. */
export function latestTouch(interactions: Iterable<TouchingInteraction>): string | undefined {
  let latest: string | undefined;
  for (const interaction of interactions) {
    if (interaction.deletedAt !== undefined) continue;
    // yyyy-MM-dd strings sort as dates.
    if (latest === undefined || interaction.date > latest) latest = interaction.date;
  }
  return latest;
}

export interface Subjects {
  personIds: Set<string>;
  partnerIds: Set<string>;
}

/**
 * Whose last touch can change when an interaction goes from `before` to `after` (either
 * may be absent: a create has no before, a delete forever no after). Someone removed from
 * an interaction is affected as much as someone added to it.
 */
export function affectedSubjects(...versions: (TouchingInteraction | undefined)[]): Subjects {
  const subjects: Subjects = { personIds: new Set(), partnerIds: new Set() };
  for (const version of versions) {
    if (!version) continue;
    for (const id of version.personIds) subjects.personIds.add(id);
    for (const id of version.partnerIds) subjects.partnerIds.add(id);
  }
  return subjects;
}
