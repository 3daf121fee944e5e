/**
 * Keeps the This week markers (`awaitingThanks` on referrals, `openFollowUp` on
 * interactions; shared/attention/open-causes.ts) equal to what they are computed from.
 * Callers run these inside their own write transaction, after last touch is current, so a
 * marker never disagrees with the records for even a moment.
 */
import { withAwaitingThanks, withOpenFollowUp } from '../../../shared/attention/open-causes';
import type { Subjects } from '../../../shared/last-touch';
import type { Interaction } from '../../../shared/records';
import type { HandshakeDatabase } from './database';

/** Recomputes the marker of each referral from the interactions linked to it. */
export async function refreshAwaitingThanks(
  db: HandshakeDatabase,
  referralIds: Iterable<string>,
): Promise<void> {
  for (const id of new Set(referralIds)) {
    const referral = await db.referrals.get(id);
    if (!referral) continue;
    const links = await db.interactions.where('referralId').equals(id).toArray();
    const next = withAwaitingThanks(referral, links);
    if (next.awaitingThanks !== referral.awaitingThanks) await db.referrals.put(next);
  }
}

/**
 * Recomputes the marker of every interaction with a follow-up date that involves these
 * people or partners: their last touch may just have moved.
 */
export async function refreshOpenFollowUps(
  db: HandshakeDatabase,
  { personIds, partnerIds }: Subjects,
): Promise<void> {
  const found = new Map<string, Interaction>();
  const collect = (list: Interaction[]) => {
    for (const interaction of list) {
      // One whose follow-up date was just cleared still carries its old marker.
      if (interaction.followUpDate || interaction.openFollowUp) {
        found.set(interaction.id, interaction);
      }
    }
  };
  for (const id of personIds)
    collect(await db.interactions.where('personIds').equals(id).toArray());
  for (const id of partnerIds) {
    collect(await db.interactions.where('partnerIds').equals(id).toArray());
  }
  if (found.size === 0) return;
  const people = new Set<string>();
  const partners = new Set<string>();
  for (const interaction of found.values()) {
    interaction.personIds.forEach((id) => people.add(id));
    interaction.partnerIds.forEach((id) => partners.add(id));
  }
  const touched = new Map<string, string>();
  const [somePeople, somePartners] = await Promise.all([
    db.people.bulkGet([...people]),
    db.partners.bulkGet([...partners]),
  ]);
  for (const record of [...somePeople, ...somePartners]) {
    if (record?.lastTouch) touched.set(record.id, record.lastTouch);
  }
  const changed = [...found.values()].flatMap((interaction) => {
    const next = withOpenFollowUp(interaction, (id) => touched.get(id));
    return next.openFollowUp === interaction.openFollowUp ? [] : [next];
  });
  if (changed.length > 0) await db.interactions.bulkPut(changed);
}
