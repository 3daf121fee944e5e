import type { Referral } from '../../../../shared/records';
import { toast } from '../../ui/toasts';
import { trashReferralWithUndo, updateReferral } from './commands';
import { useMoney, usePrefilledNames } from './queries';
import { describeReferral, stateFromReferral } from './referral-form';
import { ReferralFormDialog } from './ReferralFormDialog';

interface EditReferralDialogProps {
  referral: Referral;
  onClose: () => void;
}

/** Edits a referral with the Record referral form, plus its status and closing. */
export function EditReferralDialog({ referral, onClose }: EditReferralDialogProps) {
  const personIds = [referral.referrerPersonId, referral.introducedPersonId].filter(
    (id) => id !== undefined,
  );
  const partnerIds = [referral.referrerPartnerId, referral.partnerId].filter(
    (id) => id !== undefined,
  );
  const names = usePrefilledNames(personIds, partnerIds);
  const money = useMoney();
  if (!names || !money) return null;
  const initial = stateFromReferral(referral, names, money);

  return (
    <ReferralFormDialog
      title="Edit referral"
      initial={initial}
      money={money}
      editing={referral}
      onClose={onClose}
      onTrash={() => {
        onClose();
        void trashReferralWithUndo(referral.id, `the ${describeReferral(initial)}`);
      }}
      onSave={async ({ input }, state) => {
        await updateReferral(referral.id, input);
        onClose();
        toast(`Saved the ${describeReferral(state)}`, { tone: 'success' });
      }}
    />
  );
}
