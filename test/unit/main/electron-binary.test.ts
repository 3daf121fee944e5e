import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { electronPackageDir, findElectronBinary } from '../../../scripts/electron-binary.mjs';

afterEach(() => vi.unstubAllEnvs());

describe('findElectronBinary', () => {
  it('finds the installed electron package', () => {
    expect(electronPackageDir()).toMatch(/node_modules[/\\]electron$/);
  });

  it('returns null or an executable that exists, never a guess', () => {
    vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', '');
    const found = findElectronBinary();
    if (found !== null) expect(existsSync(found)).toBe(true);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package', () => {
    const dist = mkdtempSync(join(tmpdir(), 'handshake-electron-'));
    try {
      vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', dist);
      expect(findElectronBinary()).toBeNull(); // nothing there yet

      // The electron package names the executable in path.txt once downloaded.
      const pathFile = join(electronPackageDir()!, 'path.txt');
      const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
      const executable = join(dist, relative);
      mkdirSync(dirname(executable), { recursive: true });
      writeFileSync(executable, '');
      expect(findElectronBinary()).toBe(executable);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
