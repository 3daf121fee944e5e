import {
  birthdayParts,
  filledRows,
  formatBirthday,
  parseBirthday,
  rowMessages,
  type BirthdayParts,
} from '../../../../shared/record-form';
import type { Person, PersonInput, Relationship } from '../../../../shared/records';
import { InlineEdit } from '../../ui/InlineEdit';
import { SelectEditor } from '../../ui/inline-editors';
import { MultiValueField } from '../../ui/MultiValueField';
import { BirthdayField } from './BirthdayField';
import { updatePerson } from './commands';
import { PersonPartnerField } from './PersonPartnerField';
import { RELATIONSHIP_OPTIONS, relationshipLabel } from './person-form';
import { CadenceInline, TagsInline, TextInline, enterSaves } from '../records/record-fields';
import { saveField } from '../records/save-field';

/** Every Person field, each shown as text and edited in place. */
export function PersonDetails({ person }: { person: Person }) {
  const save = (changes: Partial<PersonInput>) => saveField(() => updatePerson(person.id, changes));

  const list = (key: 'emails' | 'phones', label: string, addLabel: string) => (
    <InlineEdit<string[]>
      label={label}
      value={person[key]}
      display={
        person[key].length > 0 && (
          <ul className="value-list">
            {person[key].map((value, index) => (
              <li key={index}>{value}</li>
            ))}
          </ul>
        )
      }
      // Blank rows are never saved, so a blank row added and left is no change.
      equal={(a, b) => JSON.stringify(filledRows(a).values) === JSON.stringify(b)}
      save={(draft) => save({ [key]: filledRows(draft).values })}
      renderEditor={(editor) => (
        <MultiValueField
          label={label}
          addLabel={addLabel}
          type={key === 'emails' ? 'email' : 'tel'}
          autoComplete="off"
          autoFocus
          values={editor.draft}
          onChange={editor.setDraft}
          rowErrors={rowMessages(editor.errors, key, filledRows(editor.draft).rowOf)}
          error={editor.errors[key]}
          onKeyDown={enterSaves(() => editor.commit())}
        />
      )}
    />
  );

  return (
    <div className="details-grid">
      <TextInline label="Name" value={person.name} required save={(name) => save({ name })} />
      <TextInline label="Company" value={person.company} save={(company) => save({ company })} />
      <TextInline label="Title" value={person.title} save={(title) => save({ title })} />
      <InlineEdit<string>
        label="Relationship"
        value={person.relationship}
        display={relationshipLabel(person.relationship)}
        save={(draft) => save({ relationship: draft as Relationship })}
        renderEditor={(editor) => <SelectEditor editor={editor} options={RELATIONSHIP_OPTIONS} />}
      />
      <PersonPartnerField person={person} />
      {list('emails', 'Email', 'Add another email')}
      {list('phones', 'Phone', 'Add another phone')}
      <TagsInline tags={person.tags} save={(tags) => save({ tags })} />
      <InlineEdit<BirthdayParts>
        label="Birthday"
        value={birthdayParts(person.birthday)}
        display={person.birthday && formatBirthday(person.birthday, navigator.language)}
        save={(draft) => {
          const birthday = parseBirthday(draft);
          if (!birthday.ok) return Promise.resolve({ birthday: birthday.error });
          return save({ birthday: birthday.value });
        }}
        renderEditor={(editor) => (
          <BirthdayField
            value={editor.draft}
            onChange={editor.setDraft}
            error={editor.error}
            autoFocus
            onKeyDown={enterSaves(() => editor.commit())}
          />
        )}
      />
      <CadenceInline days={person.cadenceDays} save={(cadenceDays) => save({ cadenceDays })} />
      <TextInline
        label="How we met"
        value={person.howWeMet}
        multiline
        save={(howWeMet) => save({ howWeMet })}
      />
      <TextInline label="Notes" value={person.notes} multiline save={(notes) => save({ notes })} />
    </div>
  );
}
