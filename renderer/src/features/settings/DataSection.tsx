import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/bridge';
import { useDatabaseStatus } from '../../data/status';
import { platform } from '../../platform';
import { ImportContactsButton } from '../import/ImportContactsButton';
import { Section } from '../../ui/Section';

/** Where the owner's data lives, told plainly. Import, export, backups and trash come later. */
export function DataSection() {
  const persisted = useDatabaseStatus((state) => state.persisted);
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
  return (
    <Section
      title="Data"
      description="Importing contacts, exporting partner lists, backups and the Trash will be managed here."
    >
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
      <div className="import-entry">
        <ImportContactsButton />
      </div>
    </Section>
  );
}
