// Run before `electron-vite preview|dev`: makes sure the Electron binary is there. Electron
// downloads it on first use; without internet that fails with a long stack trace, so we
// try once, quietly, with a time limit, and otherwise say in one line what to do instead.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronPackageDir, findElectronBinary } from './electron-binary.mjs';

const DOWNLOAD_TIMEOUT_MS = 60_000;
const MESSAGE =
  'Handshake\'s desktop window needs the Electron binary, which could not be downloaded on this machine — run "npm run web" to use Handshake in your browser instead.';

function tryDownload() {
  const packageDir = electronPackageDir();
  if (packageDir === null) return;
  spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    stdio: 'ignore',
    timeout: DOWNLOAD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
}

if (findElectronBinary() === null) {
  tryDownload();
  if (findElectronBinary() === null) {
    process.stderr.write(`${MESSAGE}\n`);
    process.exit(1);
  }
}
