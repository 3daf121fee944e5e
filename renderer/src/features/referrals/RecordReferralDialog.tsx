import { todayLocalDate } from '../../../../shared/dates';
import { showError } from '../../app/errors';
import { toast } from '../../ui/toasts';
import { recordReferral, undoRecordReferral } from './commands';
import { useMoney, usePrefilledNames } from './queries';
import { describeReferral, type ReferralFormState } from './referral-form';
import { ReferralFormDialog } from './ReferralFormDialog';

export interface RecordReferralDialogProps {
  direction?: 'received' | 'given' | undefined;
  referrerPersonId?: string | undefined;
  referrerPartnerId?: string | undefined;
  introducedPersonId?: string | undefined;
  partnerId?: string | undefined;
  onClose: () => void;
}

/**
 * Record referral, from the palette, the Referrals screen or a person's or partner's page
 * (prefilled). After saving, a toast offers Undo for ten seconds.
 */
export function RecordReferralDialog(props: RecordReferralDialogProps) {
  const { referrerPersonId, referrerPartnerId, introducedPersonId, partnerId, onClose } = props;
  const personIds = [referrerPersonId, introducedPersonId].filter((id) => id !== undefined);
  const partnerIds = [referrerPartnerId, partnerId].filter((id) => id !== undefined);
  const names = usePrefilledNames(personIds, partnerIds);
  const money = useMoney();
  if (!names || !money) return null;

  const pick = (id: string | undefined) => {
    const name = id === undefined ? undefined : names.get(id);
    return id !== undefined && name !== undefined ? { id, name } : undefined;
  };
  const initial: ReferralFormState = {
    direction: props.direction ?? 'received',
    referrerPerson: pick(referrerPersonId),
    referrerPartner: pick(referrerPartnerId),
    introduced: pick(introducedPersonId),
    partner: pick(partnerId),
    warmth: 'introduction',
    date: todayLocalDate(),
    notes: '',
    status: 'new',
    closedDate: '',
    valueText: '',
  };

  return (
    <ReferralFormDialog
      title="Record referral"
      initial={initial}
      money={money}
      onClose={onClose}
      onSave={async ({ input, newPersonName }, state) => {
        const recorded = await recordReferral(input, newPersonName);
        onClose();
        toast(`Recorded ${describeReferral(state)}`, {
          tone: 'success',
          duration: 10_000,
          action: { label: 'Undo', run: () => undoRecordReferral(recorded).catch(showError) },
        });
      }}
    />
  );
}
