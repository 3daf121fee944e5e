/**
 * Electron glue for the `app:` scheme. The decisions live in ./protocol.ts (tested); this
 * file only tells Electron about them.
 */
import { protocol } from 'electron';
import { APP_SCHEME } from '../../shared/app-origin';
import { serveAppRequest } from './protocol';

/**
 * Must run before the app is ready. `standard` gives the scheme a real origin (relative
 * URLs, IndexedDB and localStorage are per origin); `secure` makes it a secure context
 * (IndexedDB, crypto.subtle); `supportFetchAPI` lets the renderer fetch its own assets;
 * `codeCache` speeds up start-up. `corsEnabled` stays off: it would make the scheme
 * readable from other origins, and the app only ever reads itself. `bypassCSP` stays off
 * so the CSP applies.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves `rootDir` (the built renderer) over `app://handshake/`. Call once app is ready. */
export function handleAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rootDir));
}
