// What `npm run web`'s server answers (scripts/serve.mjs), as a function of the request
// alone so the unit tests can feed it hostile requests without a socket. The guards, in
// the order they run (SECURITY.md):
// - Host allow-list: only its own 127.0.0.1:<port> or localhost:<port>. A web page can
//   point its own domain at 127.0.0.1 (DNS rebinding) and then read this server as that
//   domain; its requests still carry the page's Host header, so they get 421.
// - GET and HEAD only: the server has nothing to change.
// - Paths confined with realpath to the renderer folder, so neither `..` nor a symlink
//   inside the folder can lead to a file outside it.
// - No framing: `frame-ancestors 'none'` (the meta tag cannot carry it) and
//   X-Frame-Options for older browsers.
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The CSP header: the page's own policy (from its meta tag) plus what only a header can say. */
export function headerPolicy(pagePolicy) {
  const framing = "frame-ancestors 'none'";
  return pagePolicy ? `${pagePolicy.replace(/;\s*$/, '')}; ${framing}` : framing;
}

/** Whether a Host header names this server itself (compared without case, port included). */
export function isOwnHost(host, port) {
  if (typeof host !== 'string') return false;
  const wanted = host.toLowerCase();
  return wanted === `127.0.0.1:${port}` || wanted === `localhost:${port}`;
}

/** The request path, percent-decoded, or null when it is malformed (bad escapes, NUL). */
function decodedPath(url) {
  let decoded;
  try {
    decoded = decodeURIComponent(url.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  return decoded.includes('\0') ? null : decoded;
}

/**
 * The real path of the file `path` names inside `root`, or null when there is none or it
 * lies outside: `..` segments are resolved by join, symlinks by realpath, and the result
 * must still be inside the root's own real path.
 */
export async function confinedFile(root, path) {
  try {
    const realRoot = await realpath(root);
    const real = await realpath(join(realRoot, path === '/' ? 'index.html' : path));
    const inside = relative(realRoot, real);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      return null;
    }
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null; // missing, unreadable, or a loop of links
  }
}

function plain(status, text, headers) {
  return {
    status,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    body: Buffer.from(text),
  };
}

/**
 * The response to one request: { status, headers, body } (body undefined for HEAD).
 * `request` is { method, url, host } with host the raw Host header (undefined if absent);
 * `site` is { root, port, policy } with policy the page's CSP from its meta tag.
 */
export async function answer(request, site) {
  const headers = {
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': headerPolicy(site.policy),
  };
  if (!isOwnHost(request.host, site.port)) {
    return plain(421, 'Misdirected request: this server answers only its own address.', headers);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plain(405, 'Method not allowed', { ...headers, Allow: 'GET, HEAD' });
  }
  const path = decodedPath(request.url ?? '/');
  if (path === null) return plain(400, 'Bad request', headers);
  const file = await confinedFile(site.root, path);
  if (file === null) return plain(404, 'Not found', headers);
  return {
    status: 200,
    headers: { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' },
    body: request.method === 'HEAD' ? undefined : await readFile(file),
  };
}
