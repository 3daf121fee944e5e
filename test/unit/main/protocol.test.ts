import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCTION_CSP } from '../../../shared/csp';
import { contentTypeFor, resolveAppFile, serveAppRequest } from '../../../main/security/protocol';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'handshake-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Handshake</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'my file.css'), 'body{}');
  writeFileSync(join(base, 'secret'), 'do not serve');
  writeFileSync(join(base, 'secret.txt'), 'do not serve');
  // Links inside the served folder: out to a system file, to a file and a folder beside
  // the folder, and one that stays inside (which may be served).
  symlinkSync('/etc/passwd', join(root, 'passwd.txt'));
  symlinkSync(join(base, 'secret'), join(root, 'assets', 'escape.js'));
  symlinkSync(base, join(root, 'up'));
  symlinkSync(join(root, 'assets', 'index.js'), join(root, 'alias.js'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppFile', () => {
  it.each([
    ['app://handshake/', 'index.html'],
    ['app://handshake', 'index.html'],
    ['app://handshake/index.html', 'index.html'],
    ['app://handshake/index.html?x=1#/settings', 'index.html'],
    ['app://handshake/assets/index.js', join('assets', 'index.js')],
    ['app://handshake/assets/my%20file.css', join('assets', 'my file.css')],
    ['APP://HANDSHAKE/index.html', 'index.html'],
    // The URL parser resolves these dot segments before we see them: they stay inside.
    ['app://handshake/../../etc/passwd', join('etc', 'passwd')],
    ['app://handshake/%2e%2e/%2e%2e/etc/passwd', join('etc', 'passwd')],
    ['app://handshake/assets/../index.html', 'index.html'],
    // Encoded leading slashes make an absolute-looking path; it is still taken inside.
    ['app://handshake/%2fetc%2fpasswd', join('etc', 'passwd')],
  ])('%j → <root>/%s', (url, relativePath) => {
    expect(resolveAppFile(url, root)).toBe(join(root, relativePath));
  });

  it.each([
    'app://handshake/..%2f..%2fetc/passwd',
    'app://handshake/..%2F..%2Fsecret',
    'app://handshake/%2e%2e%2fsecret',
    'app://handshake/assets/..\\..\\secret',
    'app://handshake/assets/..%5c..%5csecret',
    'app://handshake/index.html%00.js',
    'app://handshake/index.html\0',
    'app://handshake//etc/passwd/',
    'app://handshake/C:/Windows/win.ini',
    'app://handshake/C%3a%5cWindows%5cwin.ini',
    'app://handshake/assets/',
    'app://handshake/%E0%A4%A',
    'app://handshake.evil/index.html',
    'app://user@handshake/index.html',
    'app://handshake:8080/index.html',
    'https://evil.example/?next=app://handshake/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    '',
    'garbage',
  ])('refuses %j', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('never resolves outside the root, whatever the path', () => {
    const hostile = ['..', '%2e%2e', '.%2e', '%2e.', '..%2f', '%2f..', '..%5c', '%00', '\\'];
    for (const a of hostile) {
      for (const b of hostile) {
        const resolved = resolveAppFile(`app://handshake/${a}/${b}/secret`, root);
        if (resolved !== null) expect(resolved.startsWith(join(root, '/'))).toBe(true);
      }
    }
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.unknown', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('serveAppRequest', () => {
  it('serves a file with its type, the production CSP and nosniff', async () => {
    const response = await serveAppRequest('app://handshake/assets/index.js', root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('export {};');
  });

  it('serves index.html for the root', async () => {
    const response = await serveAppRequest('app://handshake/', root);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Handshake</title>');
  });

  it('serves index.html for an extensionless deep link so reloads keep the route', async () => {
    const response = await serveAppRequest('app://handshake/people/42', root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('serves a link that stays inside the folder', async () => {
    const response = await serveAppRequest('app://handshake/alias.js', root);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export {};');
  });

  it.each([
    ['a link to /etc/passwd', 'app://handshake/passwd.txt'],
    ['a link to a file beside the folder', 'app://handshake/assets/escape.js'],
    ['a link to the folder above', 'app://handshake/up/secret.txt'],
  ])('answers 404 to %s rather than follow it out of the folder (%j)', async (_label, url) => {
    const response = await serveAppRequest(url, root);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/do not serve|root:/);
  });

  it('answers a deep link through a link out of the folder with index.html, not the file', async () => {
    const response = await serveAppRequest('app://handshake/up/secret', root);
    expect(await response.text()).toContain('<title>Handshake</title>');
  });

  it.each([
    'app://handshake/assets/missing.js',
    'app://handshake/..%2fsecret',
    'app://handshake/assets/..\\..\\secret',
    'app://handshake.evil/index.html',
  ])('answers 404 for %j', async (url) => {
    const response = await serveAppRequest(url, root);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
  });
});
