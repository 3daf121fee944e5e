/**
 * What scripts/bench.mjs passes to the Playwright run, through the environment: the size
 * (full reference dataset, or `--quick`), where each measure's samples go, and the port.
 */
import { resolve } from 'node:path';
import { FULL_SIZE, QUICK_SIZE, type ReferenceSize } from '../fixtures/dataset-reference';

export interface BenchSettings {
  full: boolean;
  size: ReferenceSize;
  /** How many times each repeated measure runs (median and p95 are taken over them). */
  runs: number;
  /** How many queries the search measure types. */
  searchQueries: number;
  /** Rows in the generated Google Contacts CSV. */
  importRows: number;
  /** Scroll positions visited from the top of the People list to the bottom. */
  scrollSteps: number;
  port: number;
  /** A directory: one JSON file per measure, collected into the report at the end. */
  resultsDir: string;
  reportFile: string;
}

const repo = resolve(import.meta.dirname, '../..');

export function benchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const full = env.HANDSHAKE_BENCH_SIZE !== 'quick';
  return {
    full,
    size: full ? FULL_SIZE : QUICK_SIZE,
    runs: full ? 7 : 2,
    searchQueries: full ? 50 : 10,
    importRows: full ? 10_000 : 1_000,
    scrollSteps: full ? 40 : 8,
    port: Number(env.HANDSHAKE_BENCH_PORT ?? 5206),
    resultsDir: resolve(repo, env.HANDSHAKE_BENCH_RESULTS ?? 'test-results/bench-results'),
    reportFile: resolve(repo, env.HANDSHAKE_BENCH_REPORT ?? 'bench-report.json'),
  };
}
