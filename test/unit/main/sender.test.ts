import { describe, expect, it, vi } from 'vitest';
import {
  assertTrustedSender,
  handleTrusted,
  isTrustedSender,
  type TrustedHandler,
} from '../../../main/ipc/sender';

const DEV = 'http://127.0.0.1:5173';

describe('isTrustedSender', () => {
  it.each([
    ['app://handshake/index.html', {}, true],
    ['app://handshake/index.html#/settings', {}, true],
    ['APP://HANDSHAKE/', {}, true],
    [`${DEV}/`, { devServerUrl: DEV }, true],
  ])('trusts %j', (url, policy, expected) => {
    expect(isTrustedSender(url, policy)).toBe(expected);
  });

  it.each([
    ['https://evil.example/?next=app://handshake', { devServerUrl: DEV }],
    ['https://evil.example/app://handshake/index.html', {}],
    ['app://handshake.evil/', {}],
    ['app://user@handshake/', {}],
    ['app://handshake:8080/', {}],
    ['javascript:alert(1)', {}],
    ['data:text/html,<script>handshake.saveFile()</script>', {}],
    ['blob:app://handshake/4f1c', {}],
    ['file:///etc/passwd', {}],
    ['about:blank', {}],
    [`${DEV}/`, {}],
    ['http://127.0.0.1:5174/', { devServerUrl: DEV }],
    ['', {}],
    [undefined, {}],
    ['garbage', {}],
  ])('does not trust %j', (url, policy) => {
    expect(isTrustedSender(url, policy)).toBe(false);
  });
});

describe('assertTrustedSender', () => {
  it('accepts the app top-level frame', () => {
    expect(() =>
      assertTrustedSender({ url: 'app://handshake/index.html', parent: null }),
    ).not.toThrow();
  });

  it.each([
    ['a missing frame', null],
    ['an undefined frame', undefined],
    ['a foreign frame', { url: 'https://evil.example/', parent: null }],
    ['a sub-frame, even of the app', { url: 'app://handshake/index.html', parent: {} }],
  ])('refuses %s', (_label, frame) => {
    expect(() => assertTrustedSender(frame)).toThrow(/refused/);
  });
});

describe('handleTrusted', () => {
  function register(handler: TrustedHandler) {
    const handle = vi.fn();
    handleTrusted({ handle }, 'handshake:test', {}, handler);
    expect(handle).toHaveBeenCalledWith('handshake:test', expect.any(Function));
    return handle.mock.calls[0]![1] as (event: unknown, ...args: unknown[]) => unknown;
  }

  it('runs the handler for the app, with its arguments', async () => {
    const handler = vi.fn(() => 'ok');
    const wrapped = register(handler);
    const event = { senderFrame: { url: 'app://handshake/index.html', parent: null } };
    expect(await wrapped(event, 1, 'two')).toBe('ok');
    expect(handler).toHaveBeenCalledWith(event, 1, 'two');
  });

  it.each([
    { senderFrame: { url: 'https://evil.example/?next=app://handshake', parent: null } },
    { senderFrame: { url: 'app://handshake.evil/', parent: null } },
    { senderFrame: { url: 'app://handshake/', parent: { url: 'app://handshake/' } } },
    { senderFrame: null },
  ])('rejects before the handler sees anything: %j', (event) => {
    const handler = vi.fn();
    const wrapped = register(handler);
    expect(() => wrapped(event, 'payload')).toThrow(/refused/);
    expect(handler).not.toHaveBeenCalled();
  });
});
