import { format } from 'date-fns';
import { useId } from 'react';
import type { MonthFlow } from '../../../../shared/insights';
import { parseLocalDate } from '../../../../shared/dates';
import './insights.css';

const WIDTH = 600;
const HEIGHT = 200;
const AXIS = 22;
const TOP = 18;
const GROUP = WIDTH / 12;
const BAR = 14;

export const monthLabel = (month: string, pattern = 'MMM') =>
  format(parseLocalDate(`${month}-01`), pattern);

/** "Over the last 12 months you received 14 referrals and sent 5; most in March 2026 (4 in)." */
function describe(months: readonly MonthFlow[]): string {
  const received = months.reduce((sum, month) => sum + month.received, 0);
  const given = months.reduce((sum, month) => sum + month.given, 0);
  const busiest = months.reduce((best, month) =>
    month.received + month.given > best.received + best.given ? month : best,
  );
  const total = busiest.received + busiest.given;
  const peak =
    total > 0
      ? ` The busiest month was ${monthLabel(busiest.month, 'MMMM yyyy')}, with ${busiest.received} in and ${busiest.given} out.`
      : '';
  return `Columns for each of the last 12 months: ${received} referrals in and ${given} out in all.${peak}`;
}

/** Referrals in and out per month, as pairs of columns with a legend. */
export function MonthsChart({ months }: { months: readonly MonthFlow[] }) {
  const titleId = useId();
  const descriptionId = useId();
  const largest = Math.max(1, ...months.map((month) => Math.max(month.received, month.given)));
  const plot = HEIGHT - AXIS - TOP;
  const column = (count: number) => (count / largest) * plot;
  return (
    <figure className="chart">
      <div className="chart__legend" aria-hidden="true">
        <span className="chart__key chart__key--in" /> In
        <span className="chart__key chart__key--out" /> Out
      </div>
      <svg
        className="chart__svg chart__svg--months"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
      >
        <title id={titleId}>Referrals in and out per month</title>
        <desc id={descriptionId}>{describe(months)}</desc>
        <line className="chart__axis" x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} />
        {months.map((month, index) => {
          const x = index * GROUP + GROUP / 2;
          const bottom = HEIGHT - AXIS;
          const inHeight = column(month.received);
          const outHeight = column(month.given);
          return (
            <g key={month.month}>
              <rect
                className="chart__bar"
                x={x - BAR - 1}
                y={bottom - inHeight}
                width={BAR}
                height={inHeight}
              />
              <rect
                className="chart__bar chart__bar--out"
                x={x + 1}
                y={bottom - outHeight}
                width={BAR}
                height={outHeight}
              />
              {month.received > 0 && (
                <text
                  className="chart__count"
                  x={x - BAR / 2 - 1}
                  y={bottom - inHeight - 4}
                  textAnchor="middle"
                >
                  {month.received}
                </text>
              )}
              {month.given > 0 && (
                <text
                  className="chart__count"
                  x={x + BAR / 2 + 1}
                  y={bottom - outHeight - 4}
                  textAnchor="middle"
                >
                  {month.given}
                </text>
              )}
              <text className="chart__label" x={x} y={HEIGHT - 6} textAnchor="middle">
                {monthLabel(month.month)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
