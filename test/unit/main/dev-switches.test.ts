import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataOverride } from '../../../main/dev-switches';

describe('userDataOverride (HANDSHAKE_USER_DATA)', () => {
  it('moves the profile folder in development and tests', () => {
    expect(userDataOverride({ HANDSHAKE_USER_DATA: '/tmp/profile' }, false)).toBe(
      resolve('/tmp/profile'),
    );
    expect(userDataOverride({ HANDSHAKE_USER_DATA: 'relative/profile' }, false)).toBe(
      resolve('relative/profile'),
    );
  });

  it('is ignored in a packaged app', () => {
    expect(userDataOverride({ HANDSHAKE_USER_DATA: '/tmp/profile' }, true)).toBeUndefined();
  });

  it.each([{}, { HANDSHAKE_USER_DATA: '' }, { HANDSHAKE_USER_DATA: '   ' }])(
    'keeps Electron’s own folder when unset or blank (%j)',
    (env) => {
      expect(userDataOverride(env, false)).toBeUndefined();
    },
  );
});
