import { AddPartnerDialog } from '../features/partners/AddPartnerDialog';
import { AddPersonDialog } from '../features/people/AddPersonDialog';
import { ExportPartnersDialog } from '../features/export/ExportPartnersDialog';
import { ExportPeopleDialog } from '../features/export/ExportPeopleDialog';
import { ImportContactsDialog } from '../features/import/ImportContactsDialog';
import { LogHandshakeDialog } from '../features/interactions/LogHandshakeDialog';
import { RecordReferralDialog } from '../features/referrals/RecordReferralDialog';
import { AddReminderDialog } from '../features/this-week/AddReminderDialog';
import { useDialogs } from './dialogs';

/** Renders the app-wide dialog that was asked for (by a button, a shortcut or the palette). */
export function DialogHost() {
  const current = useDialogs((state) => state.current);
  const close = useDialogs((state) => state.close);
  // Keyed by the request, so asking again with other prefills starts a fresh form.
  const key = current ? JSON.stringify(current) : '';
  switch (current?.kind) {
    case 'add-person':
      return (
        <AddPersonDialog
          key={key}
          partnerId={current.partnerId}
          name={current.name}
          onClose={close}
        />
      );
    case 'import-contacts':
      return <ImportContactsDialog key={key} onClose={close} />;
    case 'add-partner':
      return <AddPartnerDialog key={key} name={current.name} onClose={close} />;
    case 'export-partners':
      return <ExportPartnersDialog key={key} onClose={close} />;
    case 'export-people':
      return <ExportPeopleDialog key={key} onClose={close} />;
    case 'add-reminder':
      return (
        <AddReminderDialog
          key={key}
          personId={current.personId}
          partnerId={current.partnerId}
          onClose={close}
        />
      );
    case 'record-referral':
      return <RecordReferralDialog key={key} {...current} onClose={close} />;
    case 'log-handshake':
      return (
        <LogHandshakeDialog
          key={key}
          personIds={current.personIds}
          partnerIds={current.partnerIds}
          interactionKind={current.interactionKind}
          onClose={close}
        />
      );
    default:
      return null;
  }
}
