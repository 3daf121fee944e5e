/**
 * Links to records a backup lacks: the preview says how many, and the restore leaves them
 * as the app does after Delete forever (renderer/src/data/backup-references.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  backupText,
  dropRow,
  edited,
  file,
  rowsOf,
  seeded,
  type BackupJson,
} from './backup-helpers';

const noSafety = { saveSafetyBackup: async () => undefined };

async function readEdited(
  edit: (json: BackupJson, ids: Awaited<ReturnType<typeof seeded>>) => void,
) {
  const seed = await seeded();
  const text = edited(await backupText(seed.api), (json) => edit(json, seed));
  return { ...seed, prepared: await seed.api.backup.read(text, file) };
}

describe('links to records the backup lacks', () => {
  it('finds none in a backup the app made, trash included', async () => {
    const { prepared } = await readEdited(() => undefined);
    expect(prepared.danglingLinks).toEqual([]);
  });

  it('keeps an interaction naming a missing partner, and unlinks that partner’s people', async () => {
    const { api, db, prepared, acme, dana } = await readEdited((json, { acme }) =>
      dropRow(json, 'partners', acme.id),
    );
    expect(prepared.danglingLinks).toEqual([
      '1 interaction names someone who is not in this backup; it will show “someone since deleted”.',
      '1 person is linked to a partner who is not in this backup; the link will be removed.',
    ]);
    await api.backup.restore(prepared, noSafety);
    expect(await db.people.get(dana.id)).not.toHaveProperty('partnerId');
    const [interaction] = await db.interactions.toArray();
    expect(interaction!.partnerIds).toEqual([acme.id]);
  });

  it('keeps a referral naming a missing person', async () => {
    const { api, db, prepared, lee, referral } = await readEdited((json, { lee }) =>
      dropRow(json, 'people', lee.id),
    );
    expect(prepared.danglingLinks).toEqual([
      '1 referral names someone who is not in this backup; it will show “Someone no longer here”.',
    ]);
    await api.backup.restore(prepared, noSafety);
    expect((await db.referrals.get(referral.id))!.introducedPersonId).toBe(lee.id);
  });

  it('counts interactions and reminders about people the file lacks, in plural', async () => {
    const { prepared } = await readEdited((json, { dana }) => {
      const [interaction] = rowsOf(json, 'interactions');
      const copy = { ...interaction!, id: 'second-interaction', personIds: ['nobody'] };
      rowsOf(json, 'interactions').push(copy);
      json.data.tables.find((table) => table.name === 'interactions')!.rowCount = 2;
      rowsOf(json, 'reminders')[0]!.personId = 'nobody';
      dropRow(json, 'people', dana.id);
    });
    expect(prepared.danglingLinks).toEqual([
      '2 interactions name someone who is not in this backup; they will show “someone since deleted”.',
      '1 referral names someone who is not in this backup; it will show “Someone no longer here”.',
      '1 reminder is about someone who is not in this backup; This week will leave it out.',
    ]);
  });

  it('keeps an interaction linked to a missing referral', async () => {
    const { prepared } = await readEdited((json) => {
      rowsOf(json, 'interactions')[0]!.referralId = 'a-referral-not-here';
    });
    expect(prepared.danglingLinks).toEqual([
      '1 interaction is linked to a referral that is not in this backup; it will show without it.',
    ]);
    expect(prepared.rows.interactions![0]!.referralId).toBe('a-referral-not-here');
  });
});
