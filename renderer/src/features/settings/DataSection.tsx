import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/bridge';
import { useDatabaseStatus } from '../../data/status';
import { platform } from '../../platform';
import { AutomaticBackups } from '../backups/AutomaticBackups';
import { backUpNowAndTell } from '../backups/commands';
import { restoreFromFile, useRestore } from '../backups/restore-store';
import '../backups/backups.css';
import { ImportContactsButton } from '../import/ImportContactsButton';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';

/** Where the owner's data lives, how it gets in and out, and its backups. */
export function DataSection() {
  const persisted = useDatabaseStatus((state) => state.persisted);
  const restoring = useRestore((state) => state.step !== 'idle');
  const [backingUp, setBackingUp] = useState(false);
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    platform()
      .appInfo()
      .then(setInfo, () => undefined);
  }, []);

  const where =
    info?.shell === 'browser'
      ? 'Your records are stored in this browser’s database on this computer, for this address only.'
      : 'Your records are stored on this computer only, in Handshake’s own database.';

  async function backUp() {
    setBackingUp(true);
    try {
      await backUpNowAndTell();
    } finally {
      setBackingUp(false);
    }
  }

  return (
    <Section
      title="Data"
      description="Where your records live, bringing contacts in, and backups that keep them safe."
    >
      <div className="data-group">
        <dl className="facts">
          <dt>Where your data lives</dt>
          <dd>{where} Nothing is ever sent over the internet.</dd>
          <dt>Protection from clean-up</dt>
          <dd>
            {persisted === undefined
              ? 'Checking…'
              : persisted
                ? 'Your computer has agreed never to clear Handshake’s data to free space.'
                : 'Your computer may clear this data when space runs very low — keep backups.'}
          </dd>
          {info && (
            <>
              <dt>Version</dt>
              <dd>
                Handshake {info.version} (
                {info.shell === 'desktop' ? 'desktop app' : 'in the browser'})
              </dd>
            </>
          )}
        </dl>
      </div>

      {/* Getting data in and out: import here; exports may join it. */}
      <div className="data-group">
        <h3 className="data-group__title">Import and export</h3>
        <div className="import-entry">
          <ImportContactsButton />
        </div>
      </div>

      <div className="data-group">
        <h3 className="data-group__title">Backups</h3>
        <p className="data-group__text">
          A backup is one file holding every record, the Trash included. Keep it somewhere other
          than this computer — another disk, a USB stick. Restoring a backup replaces your current
          data with what it holds, after saving a safety backup.
        </p>
        <div className="data-group__actions">
          <Button variant="primary" onClick={() => void backUp()} disabled={backingUp}>
            {backingUp ? 'Backing up…' : 'Back up now'}
          </Button>
          <Button onClick={() => void restoreFromFile()} disabled={restoring}>
            Restore from backup
          </Button>
        </div>
      </div>

      <AutomaticBackups />
    </Section>
  );
}
