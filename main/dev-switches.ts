/**
 * Developer-only switches, honoured only when the app is not packaged (SECURITY.md): in an
 * installed app an environment variable set by another program, a shortcut or a login
 * script must not move the owner's data. No `electron` import here: the tests run it
 * directly.
 */
import { resolve } from 'node:path';

/**
 * The profile folder HANDSHAKE_USER_DATA asks for (a throwaway profile for tests and
 * development), or undefined to keep Electron's own: always undefined when packaged.
 */
export function userDataOverride(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): string | undefined {
  if (isPackaged) return undefined;
  const wanted = env.HANDSHAKE_USER_DATA?.trim();
  return wanted ? resolve(wanted) : undefined;
}
