import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import type { BackupEntry } from '../../../../shared/bridge';
import { PALETTE_ACTIONS } from '../../app/palette-actions';
import { platform } from '../../platform';
import { Dialog } from '../../ui/Dialog';
import { RestoreDialog } from './RestoreDialog';
import { REASON_LABEL, formatBackupDate } from './format';
import { restoreAutomatic } from './restore-store';
import { startBackupSchedule } from './schedule';

/**
 * Backups and the File menu, for the whole app: runs the File menu's actions (the palette
 * entry with the same id; one not registered yet is skipped), keeps the automatic backup
 * schedule, offers the latest backup when the app starts with an empty database, and shows
 * the restore dialog wherever a restore was started.
 */
export function BackupCompanion() {
  const [, navigate] = useLocation();
  const [offer, setOffer] = useState<BackupEntry>();

  useEffect(
    () =>
      platform().onMenuAction((id) => {
        PALETTE_ACTIONS.find((action) => action.id === id)?.run({ navigate });
      }),
    [navigate],
  );

  useEffect(() => startBackupSchedule({ offerLatest: setOffer }), []);

  return (
    <>
      <RestoreDialog />
      {offer && (
        <Dialog
          title="Restore your latest backup?"
          description="Handshake has no records, but its backup folder holds backups. If your data went missing, restore the latest one."
          onRequestClose={() => setOffer(undefined)}
          cancelLabel="Not now"
          primary={{
            label: 'Restore latest backup',
            autoFocus: true,
            onClick: () => {
              setOffer(undefined);
              void restoreAutomatic(offer);
            },
          }}
        >
          <p>
            The latest backup is from {formatBackupDate(offer.createdAt)} (
            {REASON_LABEL[offer.reason]}). You will see what it holds before anything is replaced.
          </p>
        </Dialog>
      )}
    </>
  );
}
