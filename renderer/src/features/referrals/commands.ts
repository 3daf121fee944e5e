import type { ReferralInput, ReferralStatus } from '../../../../shared/records';
import { showError } from '../../app/errors';
import { data } from '../../data';
import type { Recorded } from '../../data/referrals-api';
import { toast } from '../../ui/toasts';

const UNDO_FOR_MS = 10_000;

/** Records a referral, creating the new person it names, in one transaction. */
export function recordReferral(input: ReferralInput, newPersonName?: string) {
  return data().referrals.record(input, { newPersonName });
}

/** Takes a just-recorded referral back (see ReferralsApi.undoRecord). */
export function undoRecordReferral(recorded: Recorded) {
  return data().referrals.undoRecord(recorded);
}

export function updateReferral(id: string, changes: Partial<ReferralInput>) {
  return data().referrals.update(id, changes);
}

export function setReferralStatus(
  id: string,
  status: ReferralStatus,
  closing: { closedDate?: string; value?: number } = {},
) {
  return data().referrals.setStatus(id, status, closing);
}

/** Move to trash, with Undo for ten seconds. */
export async function trashReferralWithUndo(id: string, description: string) {
  try {
    await data().referrals.trash(id);
  } catch (error) {
    showError(error);
    return;
  }
  toast(`Moved ${description} to the Trash`, {
    duration: UNDO_FOR_MS,
    action: {
      label: 'Undo',
      run: () => data().referrals.restore(id).catch(showError),
    },
  });
}
