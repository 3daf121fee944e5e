import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../main/menu-template';
import { MENU_ACTIONS } from '../../../shared/bridge';

function build(isMac: boolean, isPackaged: boolean, onAbout = vi.fn(), onMenuAction = vi.fn()) {
  return buildMenuTemplate({ appName: 'Handshake', isMac, isPackaged, onAbout, onMenuAction });
}

function submenu(template: MenuItemConstructorOptions[], label: string) {
  const menu = template.find((item) => item.label === label);
  expect(menu, `menu ${label}`).toBeDefined();
  return menu!.submenu as MenuItemConstructorOptions[];
}

const roles = (items: MenuItemConstructorOptions[]) =>
  items.filter((item) => item.role).map((item) => item.role);

/** Every role anywhere in the menu. */
const allRoles = (template: MenuItemConstructorOptions[]) =>
  template.flatMap((menu) => roles((menu.submenu as MenuItemConstructorOptions[]) ?? []));

describe('buildMenuTemplate', () => {
  it.each([
    [false, ['File', 'Edit', 'View', 'Window', 'Help']],
    [true, ['Handshake', 'File', 'Edit', 'View', 'Window', 'Help']],
  ])('macOS %j: menus %j', (isMac, labels) => {
    expect(build(isMac, true).map((item) => item.label)).toEqual(labels);
  });

  it('has the standard edit actions', () => {
    expect(roles(submenu(build(false, true), 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('File quits on Windows and Linux, closes the window on macOS (quit is in the app menu)', () => {
    expect(roles(submenu(build(false, true), 'File'))).toEqual(['quit']);
    expect(roles(submenu(build(true, true), 'File'))).toEqual(['close']);
    expect(roles(submenu(build(true, true), 'Handshake'))).toContain('quit');
  });

  it.each([true, false])(
    'File offers import, export and backups by their names (macOS %j)',
    (isMac) => {
      const onMenuAction = vi.fn();
      const file = submenu(build(isMac, true, vi.fn(), onMenuAction), 'File');
      const labelled = file.filter((item) => item.label);
      expect(labelled.map((item) => item.label)).toEqual([
        'Import contacts…',
        'Export partners…',
        'Back up now',
        'Restore from backup…',
      ]);
      for (const item of labelled) (item.click as () => void)();
      expect(onMenuAction.mock.calls.map(([action]) => action)).toEqual([...MENU_ACTIONS]);
      // Grouped: the two file transfers, the two backups, then close or quit last.
      expect(file.map((item) => item.type ?? item.role ?? 'item')).toEqual([
        'item',
        'item',
        'separator',
        'item',
        'item',
        'separator',
        isMac ? 'close' : 'quit',
      ]);
    },
  );

  it.each([true, false])('never offers DevTools in a packaged app (macOS %j)', (isMac) => {
    expect(allRoles(build(isMac, true))).not.toContain('toggleDevTools');
    expect(roles(submenu(build(isMac, true), 'View'))).toEqual([
      'reload',
      'forceReload',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it('offers DevTools to developers', () => {
    expect(roles(submenu(build(false, false), 'View'))).toContain('toggleDevTools');
  });

  it('Window minimises and closes; zoom only where it exists (macOS)', () => {
    expect(roles(submenu(build(false, true), 'Window'))).toEqual(['minimize', 'close']);
    expect(roles(submenu(build(true, true), 'Window'))).toEqual(['minimize', 'zoom', 'close']);
  });

  it('Help has an About item that calls back, and nothing that opens the web', () => {
    const onAbout = vi.fn();
    const help = submenu(build(false, true, onAbout), 'Help');
    expect(help.map((item) => item.label)).toEqual(['About Handshake']);
    (help[0]!.click as () => void)();
    expect(onAbout).toHaveBeenCalledOnce();
    expect(JSON.stringify(build(true, false))).not.toMatch(/https?:|openExternal/);
  });
});
