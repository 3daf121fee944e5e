import { useEffect, useState } from 'react';
import type { PreparedRestore } from '../../data/backup-api';
import { platform } from '../../platform';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TABLE_LABEL, formatBackupDate } from './format';
import { closeRestore, confirmRestore, useRestore } from './restore-store';
import './backups.css';

function countText(total: number, trashed: number): string {
  return trashed > 0 ? `${total} (${trashed} in the Trash)` : String(total);
}

/** Where the safety backup goes, which differs between the shells. */
function useSafetyWhere(): string {
  const [where, setWhere] = useState('is saved first');
  useEffect(() => {
    void platform()
      .appInfo()
      .then((info) =>
        setWhere(
          info.shell === 'desktop'
            ? 'is saved first, in the backup folder'
            : 'is downloaded first, so you can go back',
        ),
      );
  }, []);
  return where;
}

function Preview({ prepared, busy }: { prepared: PreparedRestore; busy: boolean }) {
  const safetyWhere = useSafetyWhere();
  const tables = Object.keys(TABLE_LABEL);
  const settings = prepared.counts.settings?.total ?? 0;
  return (
    <>
      <dl className="facts">
        <dt>File</dt>
        <dd className="restore__file">{prepared.file}</dd>
        <dt>Made</dt>
        <dd>{formatBackupDate(prepared.stamp.createdAt)}</dd>
        <dt>Made by</dt>
        <dd>
          Handshake {prepared.stamp.appVersion}
          {prepared.migrated && ' — an older version; its records will be brought up to date'}
        </dd>
      </dl>
      <table className="restore__counts">
        <caption>What the backup holds</caption>
        <tbody>
          {tables.map((table) => (
            <tr key={table}>
              <th scope="row">{TABLE_LABEL[table]}</th>
              <td>
                {countText(
                  prepared.counts[table]?.total ?? 0,
                  prepared.counts[table]?.trashed ?? 0,
                )}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">Settings</th>
            <td>{settings > 0 ? 'Included' : 'None (defaults will apply)'}</td>
          </tr>
        </tbody>
      </table>
      {prepared.danglingLinks.length > 0 && (
        // Focusable: the list makes the preview taller than a small window, and the
        // dialog's body, which then scrolls, holds nothing else a keyboard can reach.
        <ul className="restore__links" aria-label="Links to records this backup lacks" tabIndex={0}>
          {prepared.danglingLinks.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}
      <p className="restore__warning">
        Restoring <strong>replaces all your current data</strong> — people, partners, interactions,
        referrals, reminders, settings and the Trash — with what this backup holds. A safety backup
        of your current data {safetyWhere}.
      </p>
      {busy && (
        <p className="restore__progress" role="status">
          Saving a safety backup, then restoring…
        </p>
      )}
    </>
  );
}

/** Every step of Restore from backup, in one dialog (see restore-store.ts). */
export function RestoreDialog() {
  const state = useRestore();
  if (state.step === 'idle') return null;

  if (state.step === 'reading') {
    return (
      <Dialog title="Restore from backup" onRequestClose={closeRestore}>
        <p role="status" aria-busy="true">
          Checking “{state.file}”…
        </p>
      </Dialog>
    );
  }

  if (state.step === 'failed') {
    return (
      <Dialog
        title="Restore from backup"
        onRequestClose={closeRestore}
        footer={
          <Button variant="primary" data-autofocus onClick={closeRestore}>
            OK
          </Button>
        }
      >
        <p role="alert" className="restore__error">
          {state.message}
        </p>
      </Dialog>
    );
  }

  const busy = state.step === 'restoring';
  return (
    <Dialog
      title="Restore from backup"
      description="Check what this backup holds before it replaces your data."
      onRequestClose={closeRestore}
      footer={
        <>
          <Button onClick={closeRestore} disabled={busy} data-autofocus>
            Cancel
          </Button>
          <Button variant="danger" onClick={() => void confirmRestore()} disabled={busy}>
            {busy ? 'Restoring…' : 'Restore from backup'}
          </Button>
        </>
      }
    >
      <Preview prepared={state.prepared} busy={busy} />
    </Dialog>
  );
}
