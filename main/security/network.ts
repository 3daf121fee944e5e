/**
 * Network lockdown (SECURITY.md): the app is local-first, so the renderer never
 * needs anything but itself. One `onBeforeRequest` listener cancels every other request,
 * which keeps the offline promise even if a dependency or a bug tried to phone home.
 */
import type { Session } from 'electron';
import { isAppUrl, isDevServerUrl } from './app-url';

export interface NetworkPolicy {
  /** Vite's dev server origin; only passed when the app is not packaged. */
  devServerUrl?: string | undefined;
  /**
   * Whether DevTools may load its own front end (`devtools://`). Only when not packaged:
   * the menu offers DevTools only then. Extensions (`chrome-extension:`) are never loaded,
   * so that scheme is never allowed.
   */
  allowDevTools?: boolean;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Decides one request. Anything not recognised is refused. */
export function shouldAllowRequest(url: string, policy: NetworkPolicy = {}): boolean {
  const parsed = parse(url);
  if (parsed === null) return false;
  switch (parsed.protocol) {
    case 'app:':
      return isAppUrl(url);
    // Inline data never leaves the machine (the CSP decides where it may be used).
    case 'data:':
      return true;
    // A blob URL names its creator's origin: `blob:app://handshake/<uuid>`.
    case 'blob:':
      return isAppUrl(parsed.pathname) || isDevServerUrl(parsed.pathname, policy.devServerUrl);
    case 'devtools:':
      return policy.allowDevTools === true;
    case 'http:':
    case 'ws:':
      return isDevServerUrl(url, policy.devServerUrl, { withSocket: true });
    default:
      return false;
  }
}

/**
 * Installs the single listener. Electron keeps one `onBeforeRequest` listener per session
 * (a second call replaces the first), so this must be the only place that sets it.
 */
export function installNetworkLockdown(
  session: Pick<Session, 'webRequest'>,
  policy: NetworkPolicy,
): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !shouldAllowRequest(details.url, policy) });
  });
}
