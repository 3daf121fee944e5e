import { describe, expect, it, vi } from 'vitest';
import { PRODUCTION_CSP } from '../../../shared/csp';
import { developmentCsp, installDevelopmentCsp } from '../../../main/security/csp';

const DEV = 'http://127.0.0.1:5173';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('developmentCsp', () => {
  it('relaxes only what the dev server needs', () => {
    const production = directives(PRODUCTION_CSP);
    const development = directives(developmentCsp(DEV));
    expect([...development.keys()]).toEqual([...production.keys()]);
    const added = new Map(
      [...development].map(([name, values]) => [
        name,
        values.filter((value) => !production.get(name)!.includes(value)),
      ]),
    );
    expect(Object.fromEntries([...added].filter(([, values]) => values.length > 0))).toEqual({
      'script-src': ["'unsafe-inline'"],
      'style-src': ["'unsafe-inline'"],
      'connect-src': ['ws://127.0.0.1:5173'],
    });
  });

  it('never allows eval or remote hosts', () => {
    expect(developmentCsp(DEV)).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('installDevelopmentCsp', () => {
  type Listener = (
    details: { url: string; responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
  ) => void;

  function install() {
    const onHeadersReceived = vi.fn<(listener: Listener) => void>();
    installDevelopmentCsp({ webRequest: { onHeadersReceived } } as never, DEV);
    expect(onHeadersReceived).toHaveBeenCalledTimes(1);
    const listener = onHeadersReceived.mock.calls[0]![0];
    return (url: string, responseHeaders: Record<string, string[]>) => {
      const callback = vi.fn();
      listener({ url, responseHeaders }, callback);
      return callback.mock.calls[0]![0] as { responseHeaders?: Record<string, string[]> };
    };
  }

  it('replaces any CSP of dev server responses with the development one', () => {
    const respond = install();
    const result = respond(`${DEV}/`, {
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(result.responseHeaders).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [developmentCsp(DEV)],
    });
  });

  it('leaves other responses alone', () => {
    const respond = install();
    expect(respond('app://handshake/index.html', {})).toEqual({});
  });
});
