import { Link } from 'wouter';
import { useMoney } from '../referrals/queries';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { AppreciationSection } from './AppreciationSection';
import { ChampionsSection } from './ChampionsSection';
import { useInsights } from './queries';
import { ConversionSection, MonthsSection, ValueSection } from './SourcesSections';
import './insights.css';

/**
 * Insights: champions, conversion, value by source, the monthly flow
 * of referrals, each drawn and also given as numbers, and how quickly thanks follow.
 */
export function InsightsScreen() {
  const insights = useInsights();
  const money = useMoney();
  const header = (
    <PageHeader
      title="Insights"
      description="Who sends you business, how much of it you win, and how referrals flow."
    />
  );
  if (!insights || !money) {
    return (
      <>
        {header}
        <p aria-busy="true">Loading…</p>
      </>
    );
  }
  const none = insights.received === 0 && insights.months.every((m) => m.given === 0);
  if (none) {
    return (
      <>
        {header}
        <Section title="Champions">
          <p className="insights-empty">
            No referrals yet — record one from the <Link href="/referrals">Referrals</Link> screen.
          </p>
        </Section>
      </>
    );
  }
  return (
    <>
      {header}
      <ChampionsSection insights={insights} formatMoney={money.format} />
      <ConversionSection insights={insights} />
      <ValueSection insights={insights} formatMoney={money.format} />
      <MonthsSection insights={insights} />
      <AppreciationSection />
    </>
  );
}
