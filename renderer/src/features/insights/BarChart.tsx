import { useId } from 'react';
import './insights.css';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as written beside the bar: "4", "$1,200". */
  valueText: string;
}

interface BarChartProps {
  title: string;
  /** A sentence saying what the chart shows, for those who cannot see it. */
  description: string;
  bars: readonly Bar[];
}

// Drawing units; the SVG scales to its box, so these only set proportions.
const WIDTH = 480;
const ROW = 28;
const LABEL = 150;
const VALUE = 80;
const LABEL_CHARS = 22;

const clip = (text: string) =>
  text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…` : text;

/** A horizontal bar chart drawn by hand; the same numbers are always in a table nearby. */
export function BarChart({ title, description, bars }: BarChartProps) {
  const titleId = useId();
  const descriptionId = useId();
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  const track = WIDTH - LABEL - VALUE;
  const height = Math.max(1, bars.length) * ROW;
  return (
    <figure className="chart">
      <figcaption className="chart__title" aria-hidden="true">
        {title}
      </figcaption>
      <svg
        className="chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
      >
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        {bars.map((bar, index) => {
          const y = index * ROW;
          const length = Math.max(2, (bar.value / largest) * track);
          return (
            <g key={bar.key}>
              <text className="chart__label" x={LABEL - 8} y={y + ROW / 2} textAnchor="end">
                {clip(bar.label)}
              </text>
              <rect
                className="chart__bar"
                x={LABEL}
                y={y + 5}
                width={length}
                height={ROW - 10}
                rx={3}
              />
              <text className="chart__value" x={LABEL + length + 6} y={y + ROW / 2}>
                {bar.valueText}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
