import type { Person } from '../../../../shared/records';
import { RecordPage, RecordView, type RecordKind } from '../records/RecordPage';
import { restorePerson, trashPerson } from './commands';
import { MergeAction } from './merge/MergeAction';
import { PersonDetails } from './PersonDetails';
import { relationshipLabel } from './person-form';
import { usePersonLookup } from './queries';

const PERSON: RecordKind = {
  kind: 'person',
  listPath: '/people',
  listLabel: 'People',
  missing: {
    title: "This person doesn't exist",
    text: 'They may have been deleted forever, or the link is wrong.',
  },
  trashed: {
    title: 'This person is in the Trash',
    text: (name) =>
      `${name} was moved to the Trash. Restore them to see and edit their details again.`,
  },
  trash: trashPerson,
  restore: restorePerson,
};

/** /people/:id — everything about one person, edited in place. */
export function PersonPage({ params }: { params: { id: string } }) {
  return (
    <RecordPage
      kind={PERSON}
      lookup={usePersonLookup(params.id)}
      view={(person) => <PersonView person={person} />}
    />
  );
}

function PersonView({ person }: { person: Person }) {
  return (
    <RecordView
      kind={PERSON}
      record={person}
      subtitle={[person.title, person.company].filter(Boolean).join(' at ')}
      badge={relationshipLabel(person.relationship)}
      actions={<MergeAction personId={person.id} />}
      cadenceDays={person.cadenceDays}
      details={<PersonDetails person={person} />}
    />
  );
}
