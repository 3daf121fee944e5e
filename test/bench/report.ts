/**
 * The benchmark's report: each measure's samples summarised (median, p95), judged against
 * its budget from README.md → Performance, as JSON and as a table a person can read. Pure: the
 * teardown feeds it what the measures recorded.
 */

export type Unit = 'ms' | 'MB' | 'rows' | '×';
export type Statistic = 'median' | 'p95' | 'max';

export interface MeasureSpec {
  id: string;
  label: string;
  unit: Unit;
  /** The budget's limit (at most), or null for a figure reported without a budget. */
  limit: number | null;
  /** Which figure the budget is judged on. */
  judgedOn: Statistic;
}

/** What a measure recorded: its samples, or why the feature could not be measured yet. */
export interface MeasureResult {
  id: string;
  samples: number[];
  unavailable?: string;
  note?: string;
}

export type Status = 'pass' | 'fail' | 'info' | 'not available yet' | 'not measured';

export interface MeasureSummary extends MeasureSpec {
  runs: number;
  median: number | null;
  p95: number | null;
  max: number | null;
  status: Status;
  note?: string;
}

export interface BenchReport {
  size: 'full' | 'quick';
  dataset: Record<string, number>;
  /** How the dataset got into the app's database. */
  seededBy: string;
  startedAt: string;
  measures: MeasureSummary[];
  /** Every budget held (figures without a budget do not count). */
  passed: boolean;
}

const ms = (id: string, label: string, limit: number | null, judgedOn: Statistic = 'median') =>
  ({ id, label, unit: 'ms', limit, judgedOn }) satisfies MeasureSpec;

/** Every measure of README.md → Performance, in report order. */
export const MEASURES: readonly MeasureSpec[] = [
  ms('start-this-week', 'App start to This week rendered (cold, new page)', 1_000),
  ms('search-keystroke', 'Global search: keystroke to results painted', 50, 'p95'),
  ms('this-week-compute', 'This week computation', 100),
  ms('this-week-render', 'This week screen render (from another screen)', null),
  ms('open-person', 'Open a person with 500 timeline entries', 150),
  {
    id: 'people-dom-rows',
    label: 'People list: rows in the DOM, top to bottom',
    unit: 'rows',
    limit: 100,
    judgedOn: 'max',
  },
  ms('people-sort-last-touch', 'People list: sort by last touch, click to painted', null),
  ms('log-handshake-open', 'Log handshake: click to dialog open', null),
  ms('log-handshake-saved', 'Log handshake: Save to saved', null),
  ms('log-handshake-updated', 'Log handshake: Save to timeline updated', null),
  ms('import-csv', 'Import 10,000-row Google Contacts CSV', 3_000),
  ms('import-raw-bulkput', 'Raw IndexedDB bulkPut of the same records', null),
  { id: 'import-ratio', label: 'Import ÷ raw bulkPut', unit: '×', limit: 2, judgedOn: 'median' },
  ms('export-partners', 'Export 2,000 partners to CSV', 300),
  ms('backup-full', 'Back up now, whole dataset', null),
  {
    id: 'heap-after-load',
    label: 'JS heap used after loading the dataset',
    unit: 'MB',
    limit: 250,
    judgedOn: 'max',
  },
];

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile: the smallest sample with at least p% of samples at or below. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarise(spec: MeasureSpec, result: MeasureResult | undefined): MeasureSummary {
  const samples = result?.samples ?? [];
  const figures = {
    median: median(samples),
    p95: percentile(samples, 95),
    max: samples.length > 0 ? Math.max(...samples) : null,
  };
  const judged = figures[spec.judgedOn];
  let status: Status;
  if (result?.unavailable !== undefined) status = 'not available yet';
  else if (judged === null) status = 'not measured';
  else if (spec.limit === null) status = 'info';
  else status = judged <= spec.limit ? 'pass' : 'fail';
  const note = result?.unavailable ?? result?.note;
  return { ...spec, runs: samples.length, ...figures, status, ...(note ? { note } : {}) };
}

export function buildReport(
  results: readonly MeasureResult[],
  meta: Omit<BenchReport, 'measures' | 'passed'>,
): BenchReport {
  const byId = new Map(results.map((result) => [result.id, result]));
  const measures = MEASURES.map((spec) => summarise(spec, byId.get(spec.id)));
  // A budget that could not be checked (missing feature, broken run) is not a pass.
  const passed = measures.every(
    (measure) => measure.status === 'pass' || measure.status === 'info',
  );
  return { ...meta, measures, passed };
}

function figure(value: number | null, unit: Unit): string {
  if (value === null) return '—';
  if (unit === 'ms') return `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  return String(Math.round(value));
}

/** The report as an aligned text table, with a line per note and the verdict. */
export function reportTable(report: BenchReport): string {
  const header = ['measure', 'runs', 'median', 'p95', 'budget', 'result'];
  const rows = report.measures.map((m) => [
    m.label,
    String(m.runs),
    figure(m.median, m.unit),
    figure(m.p95, m.unit),
    m.limit === null ? '—' : `≤ ${figure(m.limit, m.unit)} (${m.judgedOn})`,
    m.status,
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => row[column]!.length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const notes = report.measures.filter((m) => m.note).map((m) => `  ${m.label}: ${m.note}`);
  return [
    `Handshake bench — ${report.size} size (${Object.entries(report.dataset)
      .map(([table, count]) => `${count.toLocaleString('en-US')} ${table}`)
      .join(', ')}); loaded by ${report.seededBy}`,
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    ...(notes.length > 0 ? ['', 'Notes:', ...notes] : []),
    '',
    report.passed ? 'Every budget holds.' : 'Some budgets do not hold (or could not be measured).',
  ].join('\n');
}
