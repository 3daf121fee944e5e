/**
 * The This week view as stored, and as it must be: computed from scratch over every record
 * (shared/attention/view.ts). Buckets may differ (a kept view can hold empty ones), so both
 * are compared by their entries.
 */
import { contentsOf, META_KEY, VIEW_FORMAT } from '../../../shared/attention/view';
import { viewOf } from '../../../shared/attention/view-rules';
import type { ViewBucket, ViewMeta } from '../../../shared/attention/view';
import type { HandshakeDatabase } from '../../../renderer/src/data/database';

const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function comparable(records: Iterable<ViewBucket | ViewMeta>) {
  const contents = contentsOf(records);
  return {
    people: byId(contents.people),
    partners: byId(contents.partners),
    referrals: byId(contents.referrals),
    interactions: byId(contents.interactions),
    reminders: byId(contents.reminders),
    named: [...contents.named].sort(([a], [b]) => (a < b ? -1 : 1)),
  };
}

/** The stored view's entries; undefined while it is stale (no meta record of this format). */
export async function storedView(db: HandshakeDatabase) {
  const records = await db.attention.toArray();
  const meta = records.find((record) => record.key === META_KEY) as ViewMeta | undefined;
  return meta?.format === VIEW_FORMAT ? comparable(records) : undefined;
}

/** What the view must hold for the records in the database now. */
export async function expectedView(db: HandshakeDatabase) {
  const [people, partners, interactions, referrals, reminders] = await Promise.all([
    db.people.toArray(),
    db.partners.toArray(),
    db.interactions.toArray(),
    db.referrals.toArray(),
    db.reminders.toArray(),
  ]);
  return comparable(viewOf({ people, partners, interactions, referrals, reminders }).values());
}
