import { describe, expect, it, vi } from 'vitest';
import { installPermissionGuards } from '../../../main/security/permissions';

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'clipboard-sanitized-write',
  'persistent-storage',
  'display-capture',
  'idle-detection',
  'hid',
  'serial',
  'usb',
  'unknown',
];

function install() {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  installPermissionGuards(session as never);
  return session;
}

describe('installPermissionGuards', () => {
  it.each(PERMISSIONS)('refuses a request for %s, even from the app', (permission) => {
    const session = install();
    const handler = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      ...args: unknown[]
    ) => void;
    const callback = vi.fn();
    handler({}, permission, callback, { requestingUrl: 'app://handshake/index.html' });
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it.each(PERMISSIONS)('answers a check for %s with false', (permission) => {
    const session = install();
    const handler = session.setPermissionCheckHandler.mock.calls[0]![0] as (
      ...args: unknown[]
    ) => boolean;
    expect(handler({}, permission, 'app://handshake', {})).toBe(false);
  });

  it('refuses device access', () => {
    const session = install();
    const handler = session.setDevicePermissionHandler.mock.calls[0]![0] as (
      ...args: unknown[]
    ) => boolean;
    expect(handler({ deviceType: 'usb', origin: 'app://handshake' })).toBe(false);
  });
});
