import { describe, expect, it, vi } from 'vitest';
import { sendMenuAction } from '../../../main/ipc/menu-actions';
import { MENU_ACTION_CHANNEL } from '../../../shared/bridge';

function target(url: string, destroyed = false) {
  return { send: vi.fn(), getURL: () => url, isDestroyed: () => destroyed };
}

describe('sendMenuAction', () => {
  it('sends a known action to the app’s own page, on the menu channel only', () => {
    const page = target('app://handshake/index.html#/people');
    expect(sendMenuAction(page, 'back-up-now')).toBe(true);
    expect(page.send).toHaveBeenCalledExactlyOnceWith(MENU_ACTION_CHANNEL, 'back-up-now');
  });

  it.each([
    'delete-everything',
    'BACK-UP-NOW',
    '',
    undefined,
    42,
    { action: 'back-up-now' },
    ['back-up-now'],
  ])('refuses the action %j', (action) => {
    const page = target('app://handshake/index.html');
    expect(sendMenuAction(page, action)).toBe(false);
    expect(page.send).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/?next=app://handshake',
    'app://handshake.evil/',
    'app://user@handshake/',
    'javascript:alert(1)',
    'data:text/html,hi',
    'file:///etc/passwd',
    'about:blank',
    'http://localhost:5173/',
  ])('sends nothing to a page at %s', (url) => {
    const page = target(url);
    expect(sendMenuAction(page, 'restore-from-backup')).toBe(false);
    expect(page.send).not.toHaveBeenCalled();
  });

  it('sends to the dev server only when it is the one in the policy', () => {
    const page = target('http://localhost:5173/');
    expect(sendMenuAction(page, 'import-contacts', { devServerUrl: 'http://localhost:5173' })).toBe(
      true,
    );
  });

  it('sends nothing with no window, or a closed one', () => {
    expect(sendMenuAction(undefined, 'back-up-now')).toBe(false);
    const closed = target('app://handshake/index.html', true);
    expect(sendMenuAction(closed, 'back-up-now')).toBe(false);
    expect(closed.send).not.toHaveBeenCalled();
  });
});
