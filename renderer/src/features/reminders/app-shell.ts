import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/bridge';
import { platform } from '../../platform';

let shell: Promise<AppInfo['shell']> | undefined;

/** Where the app runs, asked once: the desktop shell or a plain browser. */
export function appShell(): Promise<AppInfo['shell']> {
  shell ??= platform()
    .appInfo()
    .then((info) => info.shell);
  return shell;
}

/** The shell for components; undefined until known. */
export function useAppShell(): AppInfo['shell'] | undefined {
  const [value, setValue] = useState<AppInfo['shell']>();
  useEffect(() => {
    let live = true;
    void appShell().then((known) => live && setValue(known));
    return () => {
      live = false;
    };
  }, []);
  return value;
}
