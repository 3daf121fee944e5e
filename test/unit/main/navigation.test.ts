import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, isAllowedNavigation } from '../../../main/security/navigation';

const DEV = 'http://127.0.0.1:5173';

describe('isAllowedNavigation', () => {
  it.each([
    ['app://handshake/index.html', {}, true],
    ['app://handshake/index.html#/settings', {}, true],
    ['APP://HANDSHAKE/', {}, true],
    [`${DEV}/`, { devServerUrl: DEV }, true],
  ])('allows %j', (url, policy, expected) => {
    expect(isAllowedNavigation(url, policy)).toBe(expected);
  });

  it.each([
    ['https://evil.example/?next=app://handshake', { devServerUrl: DEV }],
    ['app://handshake.evil/', {}],
    ['app://user@handshake/', {}],
    ['app://handshake:8080/', {}],
    ['javascript:alert(1)', {}],
    ['data:text/html,<script>alert(1)</script>', {}], // a request may be data:, a page may not
    ['blob:app://handshake/4f1c', {}],
    ['file:///etc/passwd', {}],
    ['about:blank', {}],
    [`${DEV}/`, {}], // dev server only when given
    ['ws://127.0.0.1:5173/', { devServerUrl: DEV }],
    ['http://127.0.0.1:5174/', { devServerUrl: DEV }],
    ['mailto:someone@example.com', {}],
    ['', {}],
    ['garbage', {}],
  ])('refuses %j', (url, policy) => {
    expect(isAllowedNavigation(url, policy)).toBe(false);
  });
});

describe('guardWebContents', () => {
  type Listener = (event: { url: string; preventDefault: () => void }) => void;

  function fakeContents() {
    const listeners = new Map<string, Listener>();
    const contents = {
      on: vi.fn((name: string, listener: Listener) => {
        listeners.set(name, listener);
        return contents;
      }),
      setWindowOpenHandler: vi.fn(),
    };
    const fire = (name: string, url: string) => {
      const event = { url, preventDefault: vi.fn() };
      listeners.get(name)!(event);
      return event.preventDefault.mock.calls.length > 0;
    };
    return { contents, listeners, fire };
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: blocks foreign targets and lets the app through',
    (name) => {
      const { contents, fire } = fakeContents();
      guardWebContents(contents as never, {});
      expect(fire(name, 'https://evil.example/?next=app://handshake')).toBe(true);
      expect(fire(name, 'app://handshake.evil/')).toBe(true);
      expect(fire(name, 'file:///etc/passwd')).toBe(true);
      expect(fire(name, `${DEV}/`)).toBe(true);
      expect(fire(name, 'app://handshake/index.html')).toBe(false);
    },
  );

  it('lets the dev server through only when given', () => {
    const { contents, fire } = fakeContents();
    guardWebContents(contents as never, { devServerUrl: DEV });
    expect(fire('will-navigate', `${DEV}/`)).toBe(false);
    expect(fire('will-navigate', 'http://127.0.0.1:9999/')).toBe(true);
  });

  it('always prevents attaching a webview, even of the app itself', () => {
    const { contents, fire } = fakeContents();
    guardWebContents(contents as never, {});
    expect(fire('will-attach-webview', 'app://handshake/index.html')).toBe(true);
  });

  it('denies every window.open', () => {
    const { contents } = fakeContents();
    guardWebContents(contents as never, {});
    const handler = contents.setWindowOpenHandler.mock.calls[0]![0] as (details: {
      url: string;
    }) => unknown;
    for (const url of ['app://handshake/index.html', 'https://evil.example/', 'about:blank']) {
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
  });
});
