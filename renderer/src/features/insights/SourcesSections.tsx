import { conversionOf, rateText, type Insights } from '../../../../shared/insights';
import { Section } from '../../ui/Section';
import { BarChart } from './BarChart';
import { ChampionLink } from './ChampionsTable';
import { monthLabel, MonthsChart } from './MonthsChart';

type Format = (minor: number) => string;

const CHART_TOP = 10;
const TABLE_TOP = 20;
const locale = () => navigator.language;

/** Won / closed, overall and for each source. */
export function ConversionSection({ insights }: { insights: Insights }) {
  const { overall, sources } = insights;
  const closed = overall.won + overall.lost;
  const withClosed = sources.filter((source) => source.won + source.lost > 0);
  return (
    <Section
      title="Conversion"
      description="Of the referrals you received in the last 12 months and closed, how many were won."
    >
      <p className="insights-figure">
        {rateText(overall, locale())}
        <span className="insights-figure__note">
          {closed === 0
            ? 'Nothing has closed yet — mark referrals won or lost on the Referrals screen.'
            : `${overall.won} won and ${overall.lost} lost of ${closed} closed`}
        </span>
      </p>
      {sources.length > 0 && (
        <div className="insights-table-wrap">
          <table className="insights-table">
            <caption>Conversion by source</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col" className="is-number">
                  Referrals
                </th>
                <th scope="col" className="is-number">
                  Won
                </th>
                <th scope="col" className="is-number">
                  Lost
                </th>
                <th scope="col" className="is-number">
                  Conversion
                </th>
              </tr>
            </thead>
            <tbody>
              {[...withClosed, ...sources.filter((s) => !withClosed.includes(s))]
                .slice(0, TABLE_TOP)
                .map((source) => (
                  <tr key={`${source.kind}:${source.id}`}>
                    <th scope="row">
                      <ChampionLink champion={source} />
                    </th>
                    <td className="is-number">{source.referrals}</td>
                    <td className="is-number">{source.won}</td>
                    <td className="is-number">{source.lost}</td>
                    <td className="is-number">{rateText(conversionOf(source), locale())}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

/** Won value per source (a partner, or a person without one). */
export function ValueSection({
  insights,
  formatMoney,
}: {
  insights: Insights;
  formatMoney: Format;
}) {
  const valued = insights.sources.filter((source) => source.wonValue > 0);
  const total = valued.reduce((sum, source) => sum + source.wonValue, 0);
  return (
    <Section
      title="Value by source"
      description="The business won from each source's referrals in the last 12 months. A partner's people count for the partner."
    >
      {valued.length === 0 ? (
        <p className="insights-empty">
          No referral has been won yet — mark one won on the Referrals screen.
        </p>
      ) : (
        <>
          <BarChart
            title="Won value by source"
            description={`${formatMoney(total)} won in all. ${valued[0]!.name} brought the most, ${formatMoney(valued[0]!.wonValue)}.`}
            bars={valued.slice(0, CHART_TOP).map((source) => ({
              key: `${source.kind}:${source.id}`,
              label: source.name,
              value: source.wonValue,
              valueText: formatMoney(source.wonValue),
            }))}
          />
          <div className="insights-table-wrap">
            <table className="insights-table">
              <caption>Won value by source</caption>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col" className="is-number">
                    Won
                  </th>
                  <th scope="col" className="is-number">
                    Won value
                  </th>
                </tr>
              </thead>
              <tbody>
                {valued.slice(0, TABLE_TOP).map((source) => (
                  <tr key={`${source.kind}:${source.id}`}>
                    <th scope="row">
                      <ChampionLink champion={source} />
                    </th>
                    <td className="is-number">{source.won}</td>
                    <td className="is-number">{formatMoney(source.wonValue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}

/** Referrals received and given in each of the last 12 months. */
export function MonthsSection({ insights }: { insights: Insights }) {
  return (
    <Section
      title="Referrals in and out"
      description="Referrals you received (in) and sent to partners (out), month by month."
    >
      <MonthsChart months={insights.months} />
      <div className="insights-table-wrap">
        <table className="insights-table">
          <caption>Referrals per month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="is-number">
                In
              </th>
              <th scope="col" className="is-number">
                Out
              </th>
            </tr>
          </thead>
          <tbody>
            {[...insights.months].reverse().map((month) => (
              <tr key={month.month}>
                <th scope="row">{monthLabel(month.month, 'MMMM yyyy')}</th>
                <td className="is-number">{month.received}</td>
                <td className="is-number">{month.given}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
