import { describe, expect, it } from 'vitest';
import {
  MEASURES,
  buildReport,
  median,
  percentile,
  reportTable,
  summarise,
  type MeasureResult,
} from '../../bench/report';

const meta = { size: 'full' as const, dataset: { people: 50_000 }, seededBy: 'x', startedAt: 't' };
const spec = (id: string) => MEASURES.find((measure) => measure.id === id)!;
const passing = (): MeasureResult[] =>
  MEASURES.map(({ id, limit }) => ({ id, samples: [limit === null ? 5 : limit / 2] }));

describe('the bench report', () => {
  it('takes the median and the nearest-rank p95', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
    const hundred = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile([10, 20, 30], 95)).toBe(30);
    expect(percentile([7], 95)).toBe(7);
  });

  it('judges each budget on its own figure: search on p95, start on the median', () => {
    const search = summarise(spec('search-keystroke'), {
      id: 'search-keystroke',
      samples: [...Array<number>(19).fill(10), 80],
    });
    expect(search).toMatchObject({ median: 10, p95: 10, status: 'pass' });
    const slowTail = summarise(spec('search-keystroke'), {
      id: 'search-keystroke',
      samples: [...Array<number>(18).fill(10), 80, 80],
    });
    expect(slowTail).toMatchObject({ p95: 80, status: 'fail' });
    const start = summarise(spec('start-this-week'), {
      id: 'start-this-week',
      samples: [900, 950, 1_400],
    });
    expect(start).toMatchObject({ median: 950, status: 'pass' });
    expect(
      summarise(spec('people-dom-rows'), { id: 'people-dom-rows', samples: [30, 101] }),
    ).toMatchObject({ max: 101, status: 'fail' });
  });

  it('passes only when every budget was measured and holds', () => {
    expect(buildReport(passing(), meta).passed).toBe(true);

    const missing = passing().filter((result) => result.id !== 'export-partners');
    const report = buildReport(missing, meta);
    expect(report.passed).toBe(false);
    expect(report.measures.find((m) => m.id === 'export-partners')?.status).toBe('not measured');

    const unavailable = passing().map((result) =>
      result.id === 'import-csv' ? { ...result, samples: [], unavailable: 'no button' } : result,
    );
    const withGap = buildReport(unavailable, meta);
    expect(withGap.passed).toBe(false);
    expect(withGap.measures.find((m) => m.id === 'import-csv')).toMatchObject({
      status: 'not available yet',
      note: 'no button',
    });
  });

  it('reports figures without a budget, and never lets them fail the run', () => {
    const results = passing().map((result) =>
      result.id === 'backup-full' ? { ...result, samples: [99_999] } : result,
    );
    const report = buildReport(results, meta);
    expect(report.measures.find((m) => m.id === 'backup-full')?.status).toBe('info');
    expect(report.passed).toBe(true);
  });

  it('prints a table with one line per measure and the verdict', () => {
    const table = reportTable(buildReport(passing(), meta));
    const lines = table.split('\n');
    for (const measure of MEASURES) expect(table).toContain(measure.label);
    expect(lines.find((line) => line.startsWith('Global search'))).toMatch(
      /25 ms\s+25 ms\s+≤ 50 ms \(p95\)\s+pass$/,
    );
    expect(lines.at(-1)).toBe('Every budget holds.');
  });
});
