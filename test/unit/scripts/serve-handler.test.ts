import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, headerPolicy, type ServeRequest } from '../../../scripts/serve-handler.mjs';

const PORT = 5173;
const OWN = `127.0.0.1:${PORT}`;
const PAGE_POLICY = "default-src 'none'; script-src 'self'";

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'handshake-serve-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Handshake</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'export {};');
  writeFileSync(join(base, 'secret'), 'do not serve');
  // Links inside the served folder: to a system file, to a file and a folder beside the
  // folder, and one that stays inside (which may be served).
  symlinkSync('/etc/passwd', join(root, 'passwd'));
  symlinkSync(join(base, 'secret'), join(root, 'escape.js'));
  symlinkSync(base, join(root, 'up'));
  symlinkSync(join(root, 'assets', 'index.js'), join(root, 'alias.js'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const site = () => ({ root, port: PORT, policy: PAGE_POLICY });
/** `host` undefined sends no Host header at all. */
const request = (url: string, host: string | undefined, method = 'GET') =>
  answer({ method, url, host } satisfies ServeRequest, site());
const get = (url: string) => request(url, OWN);
const text = (body: Buffer | undefined) => body?.toString('utf8') ?? '';

describe('the browser server', () => {
  it.each([OWN, `localhost:${PORT}`, `LOCALHOST:${PORT}`])(
    'serves the app to Host %j',
    async (host) => {
      const response = await request('/', host);
      expect(response.status).toBe(200);
      expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
      expect(text(response.body)).toContain('<title>Handshake</title>');
    },
  );

  it('serves files with their type, and a link that stays inside the folder', async () => {
    for (const url of ['/assets/index.js', '/alias.js', '/index.html?x=1#top']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
    }
    expect(text((await get('/alias.js')).body)).toBe('export {};');
  });

  // DNS rebinding: a page on another name reaches 127.0.0.1 with its own Host header.
  it.each([
    ['another site', 'evil.example'],
    ['another site on our port', `evil.example:${PORT}`],
    ['another port on loopback', '127.0.0.1:8080'],
    ['loopback without the port', '127.0.0.1'],
    ['a look-alike name', `localhost.evil:${PORT}`],
    ['a look-alike suffix', `127.0.0.1:${PORT}.evil.example`],
    ['an empty Host', ''],
    ['no Host at all', undefined],
  ])('answers 421 to %s (%j) and serves nothing', async (_label, host) => {
    const response = await request('/', host);
    expect(response.status).toBe(421);
    expect(text(response.body)).not.toContain('Handshake</title>');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT'])(
    'refuses %s with 405',
    async (method) => {
      const response = await request('/index.html', OWN, method);
      expect(response.status).toBe(405);
      expect(response.headers.Allow).toBe('GET, HEAD');
      expect(text(response.body)).not.toContain('Handshake</title>');
    },
  );

  it.each([
    ['a parent segment', '/../secret'],
    ['parent segments inside a folder', '/assets/../../secret'],
    ['encoded dots', '/%2e%2e/secret'],
    ['encoded dots and slash', '/%2e%2e%2fsecret'],
    ['an encoded slash', '/..%2fsecret'],
    ['a link to /etc/passwd', '/passwd'],
    ['a link to a file beside the folder', '/escape.js'],
    ['a link to the folder above', '/up/secret'],
    ['a missing file', '/assets/missing.js'],
    ['a folder', '/assets/'],
  ])('answers 404 to %s (%j)', async (_label, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(text(response.body)).not.toMatch(/do not serve|root:/);
  });

  it.each([
    ['a NUL byte', '/index.html%00.js'],
    ['a raw NUL byte', '/index.html\0'],
    ['a malformed escape', '/%E0%A4%A'],
  ])('answers 400 to %s (%j)', async (_label, url) => {
    expect((await get(url)).status).toBe(400);
  });

  it('forbids framing and sniffing on every answer', async () => {
    for (const response of [
      await get('/'),
      await request('/', 'evil.example'),
      await get('/nope'),
    ]) {
      expect(response.headers['X-Frame-Options']).toBe('DENY');
      expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
      expect(response.headers['Content-Security-Policy']).toBe(
        `${PAGE_POLICY}; frame-ancestors 'none'`,
      );
    }
  });

  it('answers HEAD without a body', async () => {
    const response = await request('/', OWN, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.body).toBeUndefined();
  });
});

describe('headerPolicy', () => {
  it.each([
    [undefined, "frame-ancestors 'none'"],
    ["default-src 'none';", "default-src 'none'; frame-ancestors 'none'"],
    [PAGE_POLICY, `${PAGE_POLICY}; frame-ancestors 'none'`],
  ])('%j → %j', (page, header) => {
    expect(headerPolicy(page)).toBe(header);
  });
});
