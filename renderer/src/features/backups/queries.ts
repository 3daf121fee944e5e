import { useEffect, useState } from 'react';
import type { ListBackupsResult } from '../../../../shared/bridge';
import { platform } from '../../platform';
import { useBackupFolderVersion } from './commands';

/** The automatic backup folder's contents, read again after each new backup. */
export function useAutomaticBackups(): ListBackupsResult | undefined {
  const version = useBackupFolderVersion((state) => state.version);
  const [result, setResult] = useState<ListBackupsResult>();
  useEffect(() => {
    let current = true;
    platform()
      .listBackups()
      .then(
        (listed) => current && setResult(listed),
        () =>
          current &&
          setResult({ status: 'error', message: 'The backup folder could not be read.' }),
      );
    return () => {
      current = false;
    };
  }, [version]);
  return result;
}
