// Serves the built renderer (out/renderer) on 127.0.0.1 for `npm run web` and the
// end-to-end tests. Module scripts do not load from file:// in a plain browser, hence http.
// Loopback only: the app is for the owner's own computer.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const root = resolve(repo, process.env.HANDSHAKE_RENDERER_OUT ?? 'out/renderer');
const port = Number(process.env.HANDSHAKE_PORT ?? 5173);
const host = '127.0.0.1';

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

// Same policy as the meta tag the build writes; the header also covers non-HTML files.
const csp = (
  await readFile(join(root, 'index.html'), 'utf8').catch(() => {
    console.error('Nothing to serve: out/renderer is missing. Run "npm run build" first.');
    process.exit(1);
  })
).match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];

function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = normalize(join(root, decoded === '/' ? 'index.html' : decoded));
  return file.startsWith(root + sep) ? file : null;
}

const server = createServer(async (request, response) => {
  const file = resolveFile(request.url ?? '/');
  const info = file && (await stat(file).catch(() => null));
  if (!file || !info?.isFile() || !['GET', 'HEAD'].includes(request.method ?? '')) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(csp ? { 'Content-Security-Policy': csp } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : await readFile(file));
});

server.listen(port, host, () => {
  console.log(`Handshake is running at http://${host}:${port}/ — open it in your browser.`);
  console.log('Your data stays in that browser on this computer. Press Ctrl+C to stop.');
});
