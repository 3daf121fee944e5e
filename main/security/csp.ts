/**
 * The development CSP. Production pages carry PRODUCTION_CSP (a <meta> tag from the build
 * and a header from the app:// handler). Vite's dev server sends none, so main adds one
 * that relaxes only what the dev server needs (SECURITY.md):
 * - `'unsafe-inline'` scripts: the React Refresh preamble is an inline module script;
 * - `'unsafe-inline'` styles: Vite injects CSS as <style> elements in development;
 * - connect to the dev server's WebSocket for hot reload.
 * Everything else stays as strict as in production.
 */
import type { Session } from 'electron';
import { PRODUCTION_CSP } from '../../shared/csp';
import { isDevServerUrl } from './app-url';

const DEV_ADDITIONS: Readonly<Record<string, (socketOrigin: string) => string[]>> = {
  'script-src': () => ["'unsafe-inline'"],
  'style-src': () => ["'unsafe-inline'"],
  'connect-src': (socketOrigin) => [socketOrigin],
};

export function developmentCsp(devServerUrl: string): string {
  const socketOrigin = new URL(devServerUrl).origin.replace(/^http:/, 'ws:');
  return PRODUCTION_CSP.split(';')
    .map((directive) => directive.trim())
    .map((directive) => {
      const name = directive.split(/\s+/)[0] ?? '';
      const extra = DEV_ADDITIONS[name]?.(socketOrigin) ?? [];
      return [directive, ...extra].join(' ');
    })
    .join('; ');
}

/** Adds the development CSP to the dev server's responses. Not used when packaged. */
export function installDevelopmentCsp(
  session: Pick<Session, 'webRequest'>,
  devServerUrl: string,
): void {
  const policy = developmentCsp(devServerUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isDevServerUrl(details.url, devServerUrl)) {
      callback({});
      return;
    }
    const headers = { ...details.responseHeaders };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
}
