/**
 * Playwright's global teardown for the bench: collects what each measure recorded into
 * one report, writes it to bench-report.json and prints it, as JSON and as a table.
 * scripts/bench.mjs decides the exit code from the written file.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildReport, reportTable, type BenchReport, type MeasureResult } from './report';
import { benchSettings } from './settings';

export const META_FILE = 'meta.json';

export default async function writeBenchReport(): Promise<void> {
  const { resultsDir, reportFile, full } = benchSettings();
  const files = await readdir(resultsDir).catch(() => [] as string[]);
  const results: MeasureResult[] = [];
  let meta: Omit<BenchReport, 'measures' | 'passed'> = {
    size: full ? 'full' : 'quick',
    dataset: {},
    seededBy: 'nothing: the dataset was never loaded',
    startedAt: new Date().toISOString(),
  };
  for (const file of files.filter((name) => name.endsWith('.json')).sort()) {
    const content: unknown = JSON.parse(await readFile(join(resultsDir, file), 'utf8'));
    if (file === META_FILE) meta = content as typeof meta;
    else results.push(...(content as MeasureResult[]));
  }
  const report = buildReport(results, meta);
  await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${JSON.stringify(report)}\n\n${reportTable(report)}\n`);
}
