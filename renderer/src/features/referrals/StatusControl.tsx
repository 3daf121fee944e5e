import { REFERRAL_STATUSES, type ReferralStatus } from '../../../../shared/records';
import { STATUS_LABELS } from '../../../../shared/referral-rules';
import { showError } from '../../app/errors';
import { setReferralStatus } from './commands';
import type { LedgerRow } from './ledger-rows';

interface StatusControlProps {
  row: LedgerRow;
  /** Won needs a date and a value: the screen asks for them. */
  onWon: (row: LedgerRow) => void;
}

/**
 * The status of one referral, changed in one choice from its row. A native select: it is
 * keyboard-operable and announced everywhere; clicks stay off the row (which would open it).
 */
export function StatusControl({ row, onWon }: StatusControlProps) {
  const { referral } = row;
  return (
    <select
      className="input select status-select"
      data-status={referral.status}
      aria-label={`Status of the ${row.description}`}
      value={referral.status}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
      onChange={(event) => {
        const status = event.target.value as ReferralStatus;
        if (status === 'won') onWon(row);
        else setReferralStatus(referral.id, status).catch(showError);
      }}
    >
      {REFERRAL_STATUSES.map((status) => (
        <option key={status} value={status}>
          {STATUS_LABELS[status]}
        </option>
      ))}
    </select>
  );
}
