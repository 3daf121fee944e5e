import { Link } from 'wouter';
import { daysText, type Appreciation } from '../../../../shared/insights-appreciation';
import { referralDateText } from '../../../../shared/referral-rules';
import { Section } from '../../ui/Section';
import { useAppreciation } from './appreciation-queries';
import './insights.css';
import './appreciation.css';

// The oldest are the ones that matter; a longer list belongs on This week.
const TABLE_TOP = 20;

const referralsWord = (count: number) => (count === 1 ? '1 referral' : `${count} referrals`);

function Speed({ appreciation }: { appreciation: Appreciation }) {
  const { medianDays, thanked, received, since } = appreciation;
  if (medianDays === undefined) {
    return (
      <p className="insights-empty">
        {received === 0
          ? `No referrals received since ${referralDateText(since)}.`
          : `None of the ${referralsWord(received)} received since ${referralDateText(since)} has been thanked yet. Use Mark thanked on This week to record a thank-you.`}
      </p>
    );
  }
  return (
    <p className="insights-figure">
      {daysText(medianDays)}
      <span className="insights-figure__note">
        the median time from a referral to its first thank-you or gift — {thanked} of{' '}
        {referralsWord(received)} since {referralDateText(since)} thanked so far
      </span>
    </p>
  );
}

function Waiting({ appreciation }: { appreciation: Appreciation }) {
  const { waiting } = appreciation;
  if (waiting.length === 0) {
    return <p className="insights-empty">Everyone who referred you has been thanked.</p>;
  }
  const shown = waiting.slice(0, TABLE_TOP);
  return (
    <div className="insights-table-wrap">
      <table className="insights-table">
        <caption>
          {waiting.length > TABLE_TOP
            ? `Still waiting for thanks: the ${TABLE_TOP} oldest of ${waiting.length}`
            : 'Still waiting for thanks, oldest first'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Referred by</th>
            <th scope="col">Introduced</th>
            <th scope="col">Date</th>
            <th scope="col" className="is-number">
              Waiting
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.referralId}>
              <th scope="row">
                <Link
                  href={
                    row.referrer.kind === 'person'
                      ? `/people/${row.referrer.id}`
                      : `/partners/${row.referrer.id}`
                  }
                >
                  {row.referrer.name}
                </Link>
                {row.partnerName && (
                  <span className="insights-table__detail"> ({row.partnerName})</span>
                )}
              </th>
              <td>{row.introducedName ?? '—'}</td>
              <td>{referralDateText(row.date)}</td>
              <td className="is-number">
                {row.daysWaiting === 0 ? 'Since today' : daysText(row.daysWaiting)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How quickly thank-yous follow referrals, and the referrals still waiting for one. */
export function AppreciationSection() {
  const appreciation = useAppreciation();
  return (
    <Section
      title="Appreciation"
      description="How quickly you thank people for the referrals they send, and who is still waiting."
    >
      {appreciation ? (
        <>
          <Speed appreciation={appreciation} />
          <Waiting appreciation={appreciation} />
        </>
      ) : (
        <p aria-busy="true">Loading…</p>
      )}
    </Section>
  );
}
