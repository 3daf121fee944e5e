/**
 * Navigation guards (SECURITY.md): the window only ever shows the app. A link, a
 * redirect, a `<webview>` or `window.open` could otherwise load a remote page next to the
 * preload bridge. Applied to every WebContents as it is created, so no window is missed.
 * Nothing here opens the system browser: there is no `shell.openExternal` in main.
 */
import type { WebContents } from 'electron';
import { isAppUrl, isDevServerUrl } from './app-url';

export interface NavigationPolicy {
  /** Vite's dev server origin; only passed when the app is not packaged. */
  devServerUrl?: string | undefined;
}

/** May a frame go to `url`? Only the app itself (and the dev server in development). */
export function isAllowedNavigation(url: string, policy: NavigationPolicy = {}): boolean {
  return isAppUrl(url) || isDevServerUrl(url, policy.devServerUrl);
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardWebContents(contents: GuardedContents, policy: NavigationPolicy): void {
  const preventUnlessAllowed = (event: { url: string; preventDefault(): void }) => {
    if (!isAllowedNavigation(event.url, policy)) event.preventDefault();
  };
  // Top-level navigations, sub-frame navigations and server redirects.
  contents.on('will-navigate', preventUnlessAllowed);
  contents.on('will-frame-navigate', preventUnlessAllowed);
  contents.on('will-redirect', preventUnlessAllowed);
  // webviewTag is off in webPreferences; this stops one being attached regardless.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
