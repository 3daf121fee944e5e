import { describe, expect, it, vi } from 'vitest';
import {
  installNetworkLockdown,
  shouldAllowRequest,
  type NetworkPolicy,
} from '../../../main/security/network';

const DEV = 'http://127.0.0.1:5173';
const production: NetworkPolicy = {};
const development: NetworkPolicy = { devServerUrl: DEV, allowDevTools: true };

describe('shouldAllowRequest', () => {
  it.each([
    ['app://handshake/index.html', production, true],
    ['app://handshake/assets/index.js', production, true],
    ['APP://HANDSHAKE/index.html', production, true],
    ['data:image/png;base64,iVBORw0KGgo=', production, true],
    ['data:text/html,<script>alert(1)</script>', production, true], // inline data; CSP decides use
    ['blob:app://handshake/4f1c-9a2b', production, true],
    [`${DEV}/src/main.tsx`, development, true],
    ['ws://127.0.0.1:5173/?token=abc', development, true],
    [`blob:${DEV}/4f1c`, development, true],
    ['devtools://devtools/bundled/devtools_app.html', development, true],
  ])('allows %j', (url, policy, expected) => {
    expect(shouldAllowRequest(url, policy)).toBe(expected);
  });

  it.each([
    ['https://evil.example/?next=app://handshake', development],
    ['https://evil.example/app://handshake/', development],
    ['app://handshake.evil/', development],
    ['app://user@handshake/', development],
    ['app://handshake:8080/', development],
    ['javascript:alert(1)', development],
    ['file:///etc/passwd', development],
    // The dev server only when one is given, i.e. never in a packaged app.
    [`${DEV}/`, production],
    ['ws://127.0.0.1:5173/', production],
    [`blob:${DEV}/4f1c`, production],
    ['http://127.0.0.1:5174/', development],
    ['http://localhost:5173/', development],
    ['https://127.0.0.1:5173/', development],
    ['wss://127.0.0.1:5173/', development],
    ['http://127.0.0.1.evil.example:5173/', development],
    ['blob:https://evil.example/4f1c', development],
    ['blob:app://handshake.evil/4f1c', development],
    ['devtools://devtools/bundled/devtools_app.html', production],
    ['chrome-extension://abcdefghijklmnop/background.js', development],
    ['chrome://settings', development],
    ['https://fonts.googleapis.com/css2?family=Inter', development],
    ['https://update.electronjs.org/', development],
    ['ftp://example.com/file', development],
    ['', development],
    ['garbage', development],
    ['\0app://handshake/', development],
  ])('cancels %j', (url, policy) => {
    expect(shouldAllowRequest(url, policy)).toBe(false);
  });
});

describe('installNetworkLockdown', () => {
  type Listener = (
    details: { url: string },
    callback: (response: { cancel?: boolean }) => void,
  ) => void;

  function fakeSession() {
    const onBeforeRequest = vi.fn<(listener: Listener) => void>();
    return { session: { webRequest: { onBeforeRequest } }, onBeforeRequest };
  }

  it('installs exactly one listener that cancels what the policy refuses', () => {
    const { session, onBeforeRequest } = fakeSession();
    installNetworkLockdown(session as never, production);
    expect(onBeforeRequest).toHaveBeenCalledTimes(1);
    // One argument: a listener with no URL filter, so it sees every request.
    expect(onBeforeRequest.mock.calls[0]).toHaveLength(1);
    const listener = onBeforeRequest.mock.calls[0]![0];

    const decide = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return callback.mock.calls[0]![0] as { cancel: boolean };
    };
    expect(decide('app://handshake/index.html')).toEqual({ cancel: false });
    expect(decide('https://evil.example/')).toEqual({ cancel: true });
    expect(decide(`${DEV}/`)).toEqual({ cancel: true });
  });
});
