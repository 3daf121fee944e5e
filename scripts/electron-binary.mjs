// Finds the Electron executable the way the `electron` package does (its index.js), but
// without its side effect: requiring `electron` from Node starts a download when the
// binary is missing, which hangs or fails on a machine without internet.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The directory of the installed `electron` package, or null when it is not installed. */
export function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** Absolute path of the Electron executable, or null when it has not been downloaded. */
export function findElectronBinary() {
  const packageDir = electronPackageDir();
  if (packageDir === null) return null;
  const pathFile = join(packageDir, 'path.txt');
  const relativeExecutable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let executable;
  if (override) executable = join(override, relativeExecutable || 'electron');
  else if (relativeExecutable) executable = join(packageDir, 'dist', relativeExecutable);
  else return null;
  return existsSync(executable) ? executable : null;
}
