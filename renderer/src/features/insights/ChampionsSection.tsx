import type { Champion, Insights } from '../../../../shared/insights';
import { referralDateText } from '../../../../shared/referral-rules';
import { Section } from '../../ui/Section';
import { BarChart } from './BarChart';
import { ChampionsTable } from './ChampionsTable';

// The charts show the leaders; the table lists a few more.
const CHART_TOP = 8;
const TABLE_TOP = 20;

const referralsWord = (count: number) => (count === 1 ? '1 referral' : `${count} referrals`);

interface RankingProps {
  title: 'People' | 'Partners';
  byCount: readonly Champion[];
  byValue: readonly Champion[];
  formatMoney: (minor: number) => string;
}

function Ranking({ title, byCount, byValue, formatMoney }: RankingProps) {
  const who = title.toLowerCase();
  if (byCount.length === 0) {
    return (
      <>
        <h3 className="insights-subtitle">{title}</h3>
        <p className="insights-empty">
          {title === 'People'
            ? 'No one has referred you in the last 12 months yet.'
            : 'No partner or their people have referred you in the last 12 months yet.'}
        </p>
      </>
    );
  }
  const top = byCount.slice(0, CHART_TOP);
  const topValue = byValue.slice(0, CHART_TOP);
  const leader = top[0]!;
  return (
    <>
      <h3 className="insights-subtitle">{title}</h3>
      <div className="insights-grid">
        <BarChart
          title={`${title} by referrals`}
          description={`The ${top.length} ${who} who referred you most. ${leader.name} leads with ${referralsWord(leader.referrals)}.`}
          bars={top.map((c) => ({
            key: c.id,
            label: c.name,
            value: c.referrals,
            valueText: String(c.referrals),
          }))}
        />
        {topValue.length > 0 ? (
          <BarChart
            title={`${title} by won value`}
            description={`The ${topValue.length} ${who} whose referrals brought the most won business. ${topValue[0]!.name} leads with ${formatMoney(topValue[0]!.wonValue)}.`}
            bars={topValue.map((c) => ({
              key: c.id,
              label: c.name,
              value: c.wonValue,
              valueText: formatMoney(c.wonValue),
            }))}
          />
        ) : (
          <p className="insights-empty">None of their referrals has been won yet.</p>
        )}
      </div>
      <ChampionsTable
        caption={
          byCount.length > TABLE_TOP
            ? `${title}: the top ${TABLE_TOP} of ${byCount.length}`
            : `${title} who referred you`
        }
        champions={byCount.slice(0, TABLE_TOP)}
        formatMoney={formatMoney}
      />
    </>
  );
}

/** Who referred the owner most in the last 12 months, by count and by won value. */
export function ChampionsSection({
  insights,
  formatMoney,
}: {
  insights: Insights;
  formatMoney: (minor: number) => string;
}) {
  return (
    <Section
      title="Champions"
      description={`The people and partners who referred you most since ${referralDateText(insights.since)}. A partner's people count for the partner.`}
    >
      <Ranking
        title="People"
        byCount={insights.peopleByCount}
        byValue={insights.peopleByValue}
        formatMoney={formatMoney}
      />
      <Ranking
        title="Partners"
        byCount={insights.partnersByCount}
        byValue={insights.partnersByValue}
        formatMoney={formatMoney}
      />
    </Section>
  );
}
