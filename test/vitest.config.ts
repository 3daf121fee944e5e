import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    // Property tests run a hundred cases against a real (in-memory) Dexie: a second when
    // the machine is idle, more than vitest's default 5 s when it is busy. No test here
    // measures speed (npm run bench does), so a generous budget hides nothing.
    testTimeout: 60_000,
  },
});
