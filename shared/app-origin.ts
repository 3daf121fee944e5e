/**
 * The renderer is served from this scheme and host in the desktop app. IndexedDB is
 * stored per origin, so these must never change after a release: a new origin would open
 * an empty database.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'handshake';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
