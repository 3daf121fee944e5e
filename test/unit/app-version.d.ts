/** Defined by test/vitest.config.ts, as Vite defines it for the app (renderer/src/vite-env.d.ts). */
declare const __APP_VERSION__: string;
