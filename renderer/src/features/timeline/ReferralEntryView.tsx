import { useId } from 'react';
import { Link } from 'wouter';
import { STATUS_LABELS } from '../../../../shared/referral-rules';
import type { Involved, ReferralEntry } from '../../../../shared/timeline-entries';
import { ArrowsIcon } from '../../ui/icons';
import { InvolvedName, longDate, Notes } from './TimelineEntryView';

function Name({ who, fallback }: { who: Involved | undefined; fallback: string }) {
  return who ? <InvolvedName person={who} /> : <>{fallback}</>;
}

/** "Dana Ruiz (Ruiz Insurance) introduced Lee Chen" or "You sent Lee Chen to Ruiz Insurance". */
function Sentence({ entry }: { entry: ReferralEntry }) {
  const { referrer, referrerPartner, introduced, partner } = entry;
  if (entry.referral.direction === 'given') {
    return (
      <>
        You sent <Name who={introduced} fallback="someone" /> to{' '}
        <Name who={partner} fallback="a partner" />
      </>
    );
  }
  return (
    <>
      {referrer ? (
        <InvolvedName person={referrer} />
      ) : (
        <Name who={referrerPartner} fallback="Someone" />
      )}
      {referrer && referrerPartner && (
        <>
          {' '}
          (<InvolvedName person={referrerPartner} />)
        </>
      )}{' '}
      introduced <Name who={introduced} fallback="someone" />
    </>
  );
}

interface ReferralEntryViewProps {
  entry: ReferralEntry;
  formatMoney: ((minor: number) => string) | undefined;
  notesExpanded: boolean;
  onToggleNotes: () => void;
}

/**
 * A referral on a timeline: who introduced whom, its status and won value. Read-only here:
 * the Referrals ledger is where it is edited or moved to the Trash.
 */
export function ReferralEntryView({
  entry,
  formatMoney,
  notesExpanded,
  onToggleNotes,
}: ReferralEntryViewProps) {
  const { referral } = entry;
  const titleId = useId();
  const won = referral.status === 'won' && referral.value !== undefined && formatMoney;
  const status = `${STATUS_LABELS[referral.status]}${won ? `, ${formatMoney(referral.value ?? 0)}` : ''}`;
  return (
    <article className="timeline-entry timeline-entry--referral" aria-labelledby={titleId}>
      <span className="timeline-entry__icon timeline-entry__icon--referral">
        <ArrowsIcon />
      </span>
      <div className="timeline-entry__body">
        <p className="timeline-entry__meta">
          <span className="timeline-entry__kind">Referral</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={referral.date}>{longDate(referral.date)}</time>
          <span aria-hidden="true"> · </span>
          {referral.direction === 'given' ? 'Given' : 'Received'}
        </p>
        <p className="timeline-entry__summary" id={titleId}>
          <Sentence entry={entry} />
          <span className={`timeline-entry__status timeline-entry__status--${referral.status}`}>
            {' — '}
            {status}
          </span>
        </p>
        {referral.notes && (
          <Notes notes={referral.notes} expanded={notesExpanded} onToggle={onToggleNotes} />
        )}
      </div>
      <div className="timeline-entry__actions">
        <Link href="/referrals" className="button button--ghost timeline-entry__action">
          Open in Referrals
        </Link>
      </div>
    </article>
  );
}
