// Serves the built renderer (out/renderer) on 127.0.0.1 for `npm run web` and the
// end-to-end tests. Module scripts do not load from file:// in a plain browser, hence http.
// Loopback only: the app is for the owner's own computer. What it answers, and why, is in
// ./serve-handler.mjs (unit-tested).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answer } from './serve-handler.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const root = resolve(repo, process.env.HANDSHAKE_RENDERER_OUT ?? 'out/renderer');
const port = Number(process.env.HANDSHAKE_PORT ?? 5173);
const host = '127.0.0.1';

// Same policy as the meta tag the build writes; the header also covers non-HTML files.
const policy = (
  await readFile(join(root, 'index.html'), 'utf8').catch(() => {
    console.error('Nothing to serve: out/renderer is missing. Run "npm run build" first.');
    process.exit(1);
  })
).match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];

const server = createServer(async (request, response) => {
  try {
    const { status, headers, body } = await answer(
      { method: request.method, url: request.url, host: request.headers.host },
      { root, port, policy },
    );
    response.writeHead(status, headers).end(body);
  } catch (error) {
    console.error(error);
    response.writeHead(500, { 'Content-Type': 'text/plain' }).end('Server error');
  }
});

server.listen(port, host, () => {
  console.log(`Handshake is running at http://${host}:${port}/ — open it in your browser.`);
  console.log('Your data stays in that browser on this computer. Press Ctrl+C to stop.');
});
