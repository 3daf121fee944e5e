import { useState } from 'react';
import { dayFormatter } from '../../../../shared/list-format';
import { reciprocityNudge, type Reciprocity } from '../../../../shared/reciprocity';
import type { Referral } from '../../../../shared/records';
import { DIRECTION_LABELS, STATUS_LABELS } from '../../../../shared/referral-rules';
import { openDialog } from '../../app/dialogs';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { EditReferralDialog } from './EditReferralDialog';
import { useMoney, useSubjectReferrals, type ReferralSubject } from './queries';
import './referrals.css';

/**
 * "Referrals" on a person's or partner's page: the balance in one line, the referrals in
 * every role (newest first, each opening its editor), and Record referral prefilled with
 * this record as the referrer.
 */
export function ReferralsSection({ subject }: { subject: ReferralSubject }) {
  const found = useSubjectReferrals(subject);
  const money = useMoney();
  const [editing, setEditing] = useState<Referral>();
  const locale = navigator.language;
  const format = dayFormatter(locale);

  const record = () =>
    openDialog(
      subject.kind === 'person'
        ? { kind: 'record-referral', direction: 'received', referrerPersonId: subject.id }
        : { kind: 'record-referral', direction: 'received', referrerPartnerId: subject.id },
    );

  if (!found || !money) {
    return (
      <Section title="Referrals">
        <p aria-busy="true">Loading referrals…</p>
      </Section>
    );
  }

  const nudge = found.name ? reciprocityNudge(found.name, found.counts) : undefined;

  return (
    <Section title="Referrals" description={summaryLine(subject.kind, found.counts, money.format)}>
      {nudge && <p className="referrals-nudge">{nudge}</p>}
      <div className="referrals-section__actions">
        <Button onClick={record}>Record referral</Button>
      </div>
      {found.rows.length > 0 && (
        <ul className="referrals-list" aria-label="Referrals, newest first">
          {found.rows.map((row) => (
            <li key={row.referral.id}>
              <button
                type="button"
                className="referrals-list__item"
                aria-label={`Edit the ${row.description}, ${format.localDate(row.referral.date)}`}
                onClick={() => setEditing(row.referral)}
              >
                <span className={`direction-badge direction-badge--${row.referral.direction}`}>
                  {DIRECTION_LABELS[row.referral.direction]}
                </span>
                <span className="referrals-list__date">{format.localDate(row.referral.date)}</span>
                <span className="referrals-list__what">
                  {row.referral.direction === 'given'
                    ? `You sent ${row.introduced} to ${row.partner}`
                    : `${row.referrer} introduced ${row.introduced}`}
                </span>
                <span className={`status-badge status-badge--${row.referral.status}`}>
                  {STATUS_LABELS[row.referral.status]}
                </span>
                <span className="referrals-list__value">
                  {row.referral.value === undefined ? '' : money.format(row.referral.value)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing && <EditReferralDialog referral={editing} onClose={() => setEditing(undefined)} />}
    </Section>
  );
}

/**
 * Person: "Referred to you: 4 (won $12,400) · You referred them: 1".
 * Partner: "Sent you: 4 (won $12,400) · You sent them: 1 (won $700)".
 */
function summaryLine(
  kind: ReferralSubject['kind'],
  counts: Reciprocity,
  formatMoney: (minor: number) => string,
): string {
  const won = (value: number) => (value > 0 ? ` (won ${formatMoney(value)})` : '');
  const received = `${counts.received}${won(counts.receivedWonValue)}`;
  const given = `${counts.given}${won(counts.givenWonValue)}`;
  return kind === 'person'
    ? `Referred to you: ${received} · You referred them: ${given}`
    : `Sent you: ${received} · You sent them: ${given}`;
}
