/**
 * Serving the built renderer over `app://handshake/…` (SECURITY.md).
 *
 * A custom privileged scheme instead of file:// gives the renderer one fixed origin for
 * IndexedDB and lets us send a CSP header. The mapping from URL to file is the one place a
 * hostile URL could reach the disk, so it is a pure function that refuses anything that
 * could leave the renderer's folder. No `electron` import here: the tests run it directly.
 */
import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PRODUCTION_CSP } from '../../shared/csp';
import { isAppUrl } from './app-url';

const INDEX_FILE = 'index.html';

/**
 * The absolute path of the file inside `rootDir` that `requestUrl` names, or null.
 *
 * The URL parser already resolves plain and `%2e%2e` dot segments, but encoded slashes
 * (`..%2f..%2f`), backslashes (a separator on Windows), NUL bytes and drive letters
 * survive it, so the decoded path is checked segment by segment and the result must still
 * lie inside `rootDir`.
 */
export function resolveAppFile(requestUrl: string, rootDir: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  // Colons would be drive letters or alternate data streams on Windows.
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes(':')) return null;
  if (decoded.endsWith('/') && decoded !== '/') return null; // a folder, not a file
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return null;
  if (segments.length === 0) segments.push(INDEX_FILE);

  const root = resolve(rootDir);
  const file = resolve(root, ...segments);
  return isInside(root, file) ? join(root, relative(root, file)) : null;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Module scripts refuse to run without a JavaScript MIME type, so this must be right. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether `file` lies strictly inside `root` (both absolute, already resolved). */
function isInside(root: string, file: string): boolean {
  const inside = relative(root, file);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

/**
 * The real path of `file` if it is still inside the real `rootDir` once every symlink is
 * followed, else null. resolveAppFile only looks at names; a link inside the folder (left
 * by a careless build, or planted) could still point at any file on the disk.
 */
export async function confineToRoot(file: string, rootDir: string): Promise<string | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(file)]);
    return isInside(realRoot, realFile) ? realFile : null;
  } catch {
    return null; // missing, unreadable, or a loop of links
  }
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * The response for one `app://` request: the file with its type and the production CSP,
 * or 404 (also for a link that leads out of the folder). A path with no extension that is not a file (a deep link such as
 * `/people/42` after a reload) gets index.html so client-side routes survive reloads.
 */
export async function serveAppRequest(requestUrl: string, rootDir: string): Promise<Response> {
  const file = resolveAppFile(requestUrl, rootDir);
  if (file === null) return notFound();
  const candidates = extname(file) === '' ? [file, join(resolve(rootDir), INDEX_FILE)] : [file];
  for (const candidate of candidates) {
    const real = await confineToRoot(candidate, rootDir);
    if (real === null) continue;
    try {
      const bytes = await readFile(real);
      return new Response(new Uint8Array(bytes), {
        status: 200,
        headers: {
          'Content-Type': contentTypeFor(candidate),
          'Content-Security-Policy': PRODUCTION_CSP,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      // Missing, a directory, or unreadable: try the next candidate, then 404.
    }
  }
  return notFound();
}
