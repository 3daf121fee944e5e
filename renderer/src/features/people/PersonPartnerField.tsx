import { Link } from 'wouter';
import type { Person } from '../../../../shared/records';
import { InlineEdit } from '../../ui/InlineEdit';
import { setPersonPartner } from './commands';
import { PartnerField } from './PartnerField';
import { resolvePartner, type PartnerChoice } from './person-form';
import { usePartnerChoices, usePartnerLookup } from './queries';
import { saveField } from '../records/save-field';

/** The partner a person belongs to: a link to its page, changed with the same type-ahead. */
export function PersonPartnerField({ person }: { person: Person }) {
  const linked = usePartnerLookup(person.partnerId);
  const partners = usePartnerChoices();
  const name = linked.status === 'found' || linked.status === 'trashed' ? linked.record.name : '';
  const value: PartnerChoice = { id: person.partnerId, text: name };

  return (
    <InlineEdit<PartnerChoice>
      label="Partner"
      value={value}
      display={name}
      equal={(a, b) => a.id === b.id && a.text === b.text && !a.create}
      save={async (draft) => {
        const choice = resolvePartner(draft, partners);
        if (choice.error) return { partnerId: choice.error };
        return saveField(() => setPersonPartner(person.id, choice));
      }}
      renderView={(startEditing) => (
        <div className="inline-field__linkview">
          <span className="inline-field__heading">Partner</span>
          <div className="inline-field__linkrow">
            {linked.status === 'found' && (
              <Link href={`/partners/${linked.record.id}`}>{linked.record.name}</Link>
            )}
            {linked.status === 'trashed' && (
              <span>
                {linked.record.name}{' '}
                <span className="inline-field__value--empty">(in the Trash)</span>
              </span>
            )}
            {(linked.status === 'missing' || linked.status === 'loading') && (
              <span className="inline-field__value inline-field__value--empty">Not set</span>
            )}
            <button
              type="button"
              className="inline-field__change"
              data-edit-trigger
              aria-label={person.partnerId ? 'Change partner' : 'Choose partner'}
              onClick={startEditing}
            >
              {person.partnerId ? 'Change' : 'Choose'}
            </button>
          </div>
        </div>
      )}
      renderEditor={(editor) => (
        <PartnerField
          value={editor.draft}
          onChange={editor.setDraft}
          onChoose={(choice) => editor.commit(choice)}
          partners={partners}
          error={editor.error}
          hint="Clear the name to unlink. Enter saves, Esc cancels."
          autoFocus
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            editor.commit();
          }}
        />
      )}
    />
  );
}
