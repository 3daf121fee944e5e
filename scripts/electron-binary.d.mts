/** The directory of the installed `electron` package, or null when it is not installed. */
export function electronPackageDir(): string | null;
/** Absolute path of the Electron executable, or null when it has not been downloaded. */
export function findElectronBinary(): string | null;
