import { openDialog } from '../../app/dialogs';
import { Timeline } from '../timeline/Timeline';
import { ReferralsSection } from '../referrals/ReferralsSection';
import { LastTouch } from '../interactions/LastTouch';
import { Link } from 'wouter';
import type { Partner } from '../../../../shared/records';
import { showError } from '../../app/errors';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { RecordGone } from '../people/RecordGone';
import { moveToTrashWithUndo } from '../people/trash-with-undo';
import { restorePartner, trashPartner } from './commands';
import { PartnerDetails } from './PartnerDetails';
import { PartnerPeople } from './PartnerPeople';
import { statusLabel } from './partner-form';
import { usePartnerPageLookup, useStatusCadence } from './queries';
import '../people/person.css';

/** /partners/:id — everything about one partner business, edited in place. */
export function PartnerPage({ params }: { params: { id: string } }) {
  const lookup = usePartnerPageLookup(params.id);
  switch (lookup.status) {
    case 'loading':
      return <p aria-busy="true">Loading…</p>;
    case 'missing':
      return (
        <RecordGone
          title="This partner doesn't exist"
          explanation="It may have been deleted forever, or the link is wrong."
          listPath="/partners"
          listLabel="Partners"
        />
      );
    case 'trashed':
      return (
        <RecordGone
          title="This partner is in the Trash"
          explanation={`${lookup.record.name} was moved to the Trash. Its people are still linked to it. Restore it to see and edit its details again.`}
          listPath="/partners"
          listLabel="Partners"
          actions={
            <Button
              variant="primary"
              onClick={() => restorePartner(lookup.record.id).catch(showError)}
            >
              Restore
            </Button>
          }
        />
      );
    case 'found':
      return <PartnerView partner={lookup.record} />;
  }
}

function PartnerView({ partner }: { partner: Partner }) {
  const statusCadence = useStatusCadence(partner.status);
  return (
    <>
      <Link href="/partners" className="record-back">
        <span aria-hidden="true">← </span>Partners
      </Link>
      <div className="record-header">
        <PageHeader
          title={partner.name}
          description={
            <span className="record-subtitle">
              {partner.category && <span>{partner.category}</span>}
              <span className="badge">{statusLabel(partner.status)}</span>
            </span>
          }
          actions={
            <>
              <Button
                variant="primary"
                onClick={() => openDialog({ kind: 'log-handshake', partnerIds: [partner.id] })}
              >
                Log handshake
              </Button>
              <Button
                variant="danger"
                onClick={() =>
                  void moveToTrashWithUndo({
                    name: partner.name,
                    trash: () => trashPartner(partner.id),
                    restore: () => restorePartner(partner.id),
                    listPath: '/partners',
                    pagePath: `/partners/${partner.id}`,
                  })
                }
              >
                Move to trash
              </Button>
            </>
          }
        />
      </div>
      <LastTouch
        lastTouch={partner.lastTouch}
        cadenceDays={partner.cadenceDays ?? statusCadence}
        createdAt={partner.createdAt}
      />
      <Section title="Details" description="Click a detail, or press Enter on it, to change it.">
        <PartnerDetails partner={partner} />
      </Section>
      <PartnerPeople partner={partner} />
      <Timeline subject={{ kind: 'partner', id: partner.id }} />
      <ReferralsSection subject={{ kind: 'partner', id: partner.id }} />
    </>
  );
}
