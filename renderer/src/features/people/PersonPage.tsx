import { openDialog } from '../../app/dialogs';
import { Link } from 'wouter';
import type { Person } from '../../../../shared/records';
import { showError } from '../../app/errors';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { restorePerson, trashPerson } from './commands';
import { MergeAction } from './merge/MergeAction';
import { Timeline } from '../timeline/Timeline';
import { ReferralsSection } from '../referrals/ReferralsSection';
import { LastTouch } from '../interactions/LastTouch';
import { PersonDetails } from './PersonDetails';
import { relationshipLabel } from './person-form';
import { usePersonLookup } from './queries';
import { RecordGone } from './RecordGone';
import { moveToTrashWithUndo } from './trash-with-undo';
import './person.css';

/** /people/:id — everything about one person, edited in place. */
export function PersonPage({ params }: { params: { id: string } }) {
  const lookup = usePersonLookup(params.id);
  switch (lookup.status) {
    case 'loading':
      return <p aria-busy="true">Loading…</p>;
    case 'missing':
      return (
        <RecordGone
          title="This person doesn't exist"
          explanation="They may have been deleted forever, or the link is wrong."
          listPath="/people"
          listLabel="People"
        />
      );
    case 'trashed':
      return (
        <RecordGone
          title="This person is in the Trash"
          explanation={`${lookup.record.name} was moved to the Trash. Restore them to see and edit their details again.`}
          listPath="/people"
          listLabel="People"
          actions={
            <Button
              variant="primary"
              onClick={() => restorePerson(lookup.record.id).catch(showError)}
            >
              Restore
            </Button>
          }
        />
      );
    case 'found':
      return <PersonView person={lookup.record} />;
  }
}

function PersonView({ person }: { person: Person }) {
  const role = [person.title, person.company].filter(Boolean).join(' at ');
  return (
    <>
      <Link href="/people" className="record-back">
        <span aria-hidden="true">← </span>People
      </Link>
      <div className="record-header">
        <PageHeader
          title={person.name}
          description={
            <span className="record-subtitle">
              {role && <span>{role}</span>}
              <span className="badge">{relationshipLabel(person.relationship)}</span>
            </span>
          }
          actions={
            <>
              <Button
                variant="primary"
                onClick={() => openDialog({ kind: 'log-handshake', personIds: [person.id] })}
              >
                Log handshake
              </Button>
              <MergeAction personId={person.id} />
              <Button
                variant="danger"
                onClick={() =>
                  void moveToTrashWithUndo({
                    name: person.name,
                    trash: () => trashPerson(person.id),
                    restore: () => restorePerson(person.id),
                    listPath: '/people',
                    pagePath: `/people/${person.id}`,
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
        lastTouch={person.lastTouch}
        cadenceDays={person.cadenceDays}
        createdAt={person.createdAt}
      />
      <Section title="Details" description="Click a detail, or press Enter on it, to change it.">
        <PersonDetails person={person} />
      </Section>
      <Timeline subject={{ kind: 'person', id: person.id }} />
      <ReferralsSection subject={{ kind: 'person', id: person.id }} />
    </>
  );
}
