import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { PRODUCTION_CSP } from './shared/csp';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as {
  version: string;
};

/**
 * The production build carries its CSP in a <meta> tag so that it holds wherever the
 * renderer is served from: the app:// protocol (which also sends it as a header) and the
 * plain http server behind `npm run web`. The dev server is left without it because Vite's
 * hot reload injects inline scripts.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'handshake-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${PRODUCTION_CSP}" />`,
      ),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require chunks: it must be one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    plugins: [react(), contentSecurityPolicy()],
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    build: {
      // Overridable so that parallel builds (several engineers, one machine) do not collide.
      outDir: resolve(import.meta.dirname, process.env.HANDSHAKE_RENDERER_OUT ?? 'out/renderer'),
      // electron-vite leaves the renderer unminified; a smaller bundle starts faster.
      minify: true,
      rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
