/**
 * Is a URL the app's own origin (or, in development, Vite's dev server)?
 *
 * Every guard in main asks this question, so it is answered in one place and only by
 * parsing: substring checks are fooled by `https://evil.example/?next=app://handshake` or
 * `app://handshake.evil/`. Node's URL reports origin "null" for non-special schemes like
 * `app:`, so the parts of the authority are compared one by one instead of `origin`.
 */
import { APP_HOST, APP_SCHEME } from '../../shared/app-origin';

/**
 * The URL parser silently strips leading and trailing controls and spaces
 * (`"\0app://handshake/"` parses as the app). URLs that Chromium hands to the guards are
 * canonical and never contain them raw, so any such string is refused outright.
 */
function hasControlOrSpace(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return false;
}

function parse(url: string | undefined): URL | null {
  if (typeof url !== 'string' || url === '' || hasControlOrSpace(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for `app://handshake/…` with no user info and no port.
 *
 * Chromium registers `app:` as a standard scheme and lower-cases its host, so
 * `APP://HANDSHAKE/` is the very origin the window loads. Node keeps the case of hosts of
 * non-special schemes, hence the explicit lower-casing here: same origin, allowed.
 */
export function isAppUrl(url: string | undefined): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/**
 * The dev server URL to trust, or undefined. Only an unpackaged app uses one, and only
 * an http URL on the loopback interface: an environment variable must not be able to
 * point a packaged app at a remote page.
 */
export function parseDevServerUrl(
  raw: string | undefined,
  isPackaged: boolean,
): string | undefined {
  if (isPackaged) return undefined;
  const parsed = parse(raw);
  if (parsed === null || parsed.protocol !== 'http:') return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  const loopback = ['127.0.0.1', 'localhost', '[::1]'];
  return loopback.includes(parsed.hostname) ? parsed.origin : undefined;
}

/**
 * True when `url` has the same origin as the dev server (http pages and scripts). With
 * `withSocket`, Vite's hot-reload WebSocket on the same host and port counts too.
 */
export function isDevServerUrl(
  url: string | undefined,
  devServerUrl: string | undefined,
  { withSocket = false }: { withSocket?: boolean } = {},
): boolean {
  const server = parse(devServerUrl);
  const target = parse(url);
  if (server === null || target === null || server.origin === 'null') return false;
  if (target.username !== '' || target.password !== '') return false;
  if (target.origin === server.origin) return true;
  // The WebSocket origin is the http origin with the scheme swapped.
  return (
    withSocket &&
    server.protocol === 'http:' &&
    target.protocol === 'ws:' &&
    target.host === server.host
  );
}
