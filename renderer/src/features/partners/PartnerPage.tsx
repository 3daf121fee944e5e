import type { Partner } from '../../../../shared/records';
import { data } from '../../data';
import { useLookup } from '../records/queries';
import { RecordPage, RecordView, type RecordKind } from '../records/RecordPage';
import { restorePartner, trashPartner } from './commands';
import { PartnerDetails } from './PartnerDetails';
import { PartnerPeople } from './PartnerPeople';
import { statusLabel } from './partner-form';
import { useStatusCadence } from './queries';

const PARTNER: RecordKind = {
  kind: 'partner',
  listPath: '/partners',
  listLabel: 'Partners',
  missing: {
    title: "This partner doesn't exist",
    text: 'It may have been deleted forever, or the link is wrong.',
  },
  trashed: {
    title: 'This partner is in the Trash',
    text: (name) =>
      `${name} was moved to the Trash. Its people are still linked to it. Restore it to see and edit its details again.`,
  },
  trash: trashPartner,
  restore: restorePartner,
};

/** /partners/:id — everything about one partner business, edited in place. */
export function PartnerPage({ params }: { params: { id: string } }) {
  return (
    <RecordPage
      kind={PARTNER}
      lookup={useLookup(() => data().partners, params.id)}
      view={(partner) => <PartnerView partner={partner} />}
    />
  );
}

function PartnerView({ partner }: { partner: Partner }) {
  const statusCadence = useStatusCadence(partner.status);
  return (
    <RecordView
      kind={PARTNER}
      record={partner}
      subtitle={partner.category}
      badge={statusLabel(partner.status)}
      cadenceDays={partner.cadenceDays ?? statusCadence}
      details={<PartnerDetails partner={partner} />}
    >
      <PartnerPeople partner={partner} />
    </RecordView>
  );
}
