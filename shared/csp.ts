/**
 * The renderer's Content Security Policy (SECURITY.md). Nothing may be loaded from
 * anywhere but the app itself: this is how the offline promise is kept even if a bug
 * tried to reach the network.
 */
export const PRODUCTION_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
