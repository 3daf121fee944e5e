import { useId } from 'react';
import { Button } from '../../ui/Button';
import { REASON_LABEL, formatBackupDate, formatSize } from './format';
import { useAutomaticBackups } from './queries';
import { restoreAutomatic, useRestore } from './restore-store';

/** How many of the kept backups Settings lists (retention keeps at most 10). */
const SHOWN = 10;

/** Settings → Data: the desktop app's backup folder and its latest backups. */
export function AutomaticBackups() {
  const listed = useAutomaticBackups();
  const restoring = useRestore((state) => state.step !== 'idle');
  const headingId = useId();

  let body;
  if (listed === undefined) {
    body = <p aria-busy="true">Loading…</p>;
  } else if (listed.status === 'unsupported') {
    body = (
      <p className="data-group__text">
        Automatic backups are a desktop app feature. In the browser, use Back up now regularly and
        keep the file somewhere safe.
      </p>
    );
  } else if (listed.status === 'error') {
    body = <p role="alert">{listed.message}</p>;
  } else {
    body = (
      <>
        <p className="data-group__text">
          Handshake backs up by itself when it starts, once a day while it runs, before every
          restore and before an update. It keeps up to 3 from today and one for each earlier day, 10
          in all, in <span className="backup-folder">{listed.folder}</span>
        </p>
        {listed.backups.length === 0 ? (
          <p className="data-group__text">No automatic backups yet.</p>
        ) : (
          <ul className="backup-list" aria-labelledby={headingId}>
            {listed.backups.slice(0, SHOWN).map((entry) => (
              <li key={entry.name} className="backup-list__item">
                <span>
                  <span className="backup-list__when">{formatBackupDate(entry.createdAt)}</span>
                  <span className="backup-list__meta">
                    {REASON_LABEL[entry.reason]} · {formatSize(entry.size)}
                  </span>
                </span>
                <Button
                  disabled={restoring}
                  aria-label={`Restore the backup of ${formatBackupDate(entry.createdAt)}`}
                  onClick={() => void restoreAutomatic(entry)}
                >
                  Restore
                </Button>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <div className="data-group">
      <h3 className="data-group__title" id={headingId}>
        Automatic backups
      </h3>
      {body}
    </div>
  );
}
