import { describe, expect, it } from 'vitest';
import { isAppUrl, isDevServerUrl, parseDevServerUrl } from '../../../main/security/app-url';

const DEV = 'http://127.0.0.1:5173';

describe('isAppUrl', () => {
  it.each([
    ['app://handshake/', true],
    ['app://handshake/index.html', true],
    ['app://handshake/assets/index-abc.js?v=1#top', true],
    ['app://handshake', true],
    // URL parsing lower-cases the scheme, and Chromium lower-cases the host of a standard
    // scheme: this is the same origin the window loads, so it is allowed.
    ['APP://HANDSHAKE/', true],
    ['app://handshake:/x', true], // an empty port is no port
  ])('allows %j', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });

  it.each([
    'https://evil.example/?next=app://handshake',
    'https://evil.example/app://handshake/',
    'app://handshake.evil/',
    'app://evil.handshake/',
    'app://handshake./',
    'app://hand%73hake/',
    'app://user@handshake/',
    'app://user:pass@handshake/',
    'app://handshake@evil/',
    'app://handshake:8080/',
    'app:handshake/index.html',
    'app:///handshake/',
    'apps://handshake/',
    'blob:app://handshake/123',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'http://handshake/',
    DEV,
    'about:blank',
    '',
    'not a url',
    '\0app://handshake/',
    'app://handshake/index.html\0',
    ' app://handshake/',
    'app://handshake/\t',
    'app://hand\nshake/',
    '💥',
  ])('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses undefined', () => {
    expect(isAppUrl(undefined)).toBe(false);
  });
});

describe('parseDevServerUrl', () => {
  it.each([
    [DEV, false, DEV],
    [`${DEV}/`, false, DEV],
    ['http://localhost:5173', false, 'http://localhost:5173'],
    [DEV, true, undefined], // a packaged app never trusts a dev server
    [undefined, false, undefined],
    ['', false, undefined],
    ['https://evil.example', false, undefined],
    ['http://192.168.1.10:5173', false, undefined],
    ['http://127.0.0.1.evil.example:5173', false, undefined],
    ['http://user@127.0.0.1:5173', false, undefined],
    ['file:///tmp/index.html', false, undefined],
    ['garbage', false, undefined],
  ])('%j (packaged: %j) → %j', (raw, isPackaged, expected) => {
    expect(parseDevServerUrl(raw, isPackaged)).toBe(expected);
  });
});

describe('isDevServerUrl', () => {
  it.each([
    [`${DEV}/`, DEV, {}, true],
    [`${DEV}/src/main.tsx?t=1`, DEV, {}, true],
    ['ws://127.0.0.1:5173/?token=x', DEV, {}, false],
    ['ws://127.0.0.1:5173/?token=x', DEV, { withSocket: true }, true],
    ['ws://127.0.0.1:5174/', DEV, { withSocket: true }, false],
    ['http://127.0.0.1:5174/', DEV, {}, false],
    ['https://127.0.0.1:5173/', DEV, {}, false],
    ['http://127.0.0.1.evil.example:5173/', DEV, {}, false],
    ['http://user@127.0.0.1:5173/', DEV, {}, false],
    [`https://evil.example/?next=${DEV}`, DEV, {}, false],
    [`${DEV}/`, undefined, {}, false], // no dev server given: never allowed
    [`${DEV}/`, 'garbage', {}, false],
    ['app://handshake/', DEV, {}, false],
    ['', DEV, {}, false],
  ])('%j against %j %j → %j', (url, dev, options, expected) => {
    expect(isDevServerUrl(url, dev, options)).toBe(expected);
  });
});
