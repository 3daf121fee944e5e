/** Every guard that belongs to a session, applied in one call so none is forgotten. */
import type { Session } from 'electron';
import { installDevelopmentCsp } from './csp';
import { installNetworkLockdown } from './network';
import { installPermissionGuards } from './permissions';

export interface SessionGuardOptions {
  /** Vite's dev server origin; only set when the app is not packaged. */
  devServerUrl?: string | undefined;
  isPackaged: boolean;
}

export function applySessionGuards(session: Session, options: SessionGuardOptions): void {
  installPermissionGuards(session);
  installNetworkLockdown(session, {
    devServerUrl: options.devServerUrl,
    allowDevTools: !options.isPackaged,
  });
  if (options.devServerUrl !== undefined) installDevelopmentCsp(session, options.devServerUrl);
}
