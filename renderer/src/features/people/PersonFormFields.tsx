import type { Partner } from '../../../../shared/records';
import { messageFor, rowMessages } from '../../../../shared/record-form';
import { SelectField, TextField } from '../../ui/Field';
import { MultiValueField } from '../../ui/MultiValueField';
import { TagInput } from '../../ui/TagInput';
import { TextAreaField } from '../../ui/TextAreaField';
import { BirthdayField } from './BirthdayField';
import { PartnerField } from './PartnerField';
import { RELATIONSHIP_OPTIONS, type PersonFormValues } from './person-form';
import { CADENCE_HINT } from '../records/record-fields';
import '../records/record.css';

interface PersonFormFieldsProps {
  values: PersonFormValues;
  onChange: (patch: Partial<PersonFormValues>) => void;
  errors: Readonly<Record<string, string>>;
  /** The form row each saved email or phone came from, to put row messages beside it. */
  rowOf: { emails: readonly number[]; phones: readonly number[] };
  partners: readonly Partner[];
  tagsInUse: readonly string[];
  onTagsFocus: () => void;
}

/** Every Person field, laid out for the Add person dialog. */
export function PersonFormFields({
  values,
  onChange,
  errors,
  rowOf,
  partners,
  tagsInUse,
  onTagsFocus,
}: PersonFormFieldsProps) {
  return (
    <div className="record-form">
      <TextField
        label="Name"
        required
        autoComplete="off"
        data-autofocus
        value={values.name}
        onChange={(event) => onChange({ name: event.target.value })}
        error={errors.name}
      />
      <TextField
        label="Company"
        autoComplete="off"
        value={values.company}
        onChange={(event) => onChange({ company: event.target.value })}
        error={errors.company}
      />
      <TextField
        label="Title"
        autoComplete="off"
        value={values.title}
        onChange={(event) => onChange({ title: event.target.value })}
        error={errors.title}
      />
      <SelectField
        label="Relationship"
        options={RELATIONSHIP_OPTIONS}
        value={values.relationship}
        onChange={(event) =>
          onChange({ relationship: event.target.value as PersonFormValues['relationship'] })
        }
        error={errors.relationship}
      />
      <MultiValueField
        label="Email"
        addLabel="Add another email"
        type="email"
        autoComplete="off"
        values={values.emails}
        onChange={(emails) => onChange({ emails })}
        rowErrors={rowMessages(errors, 'emails', rowOf.emails)}
        error={errors.emails}
      />
      <MultiValueField
        label="Phone"
        addLabel="Add another phone"
        type="tel"
        autoComplete="off"
        values={values.phones}
        onChange={(phones) => onChange({ phones })}
        rowErrors={rowMessages(errors, 'phones', rowOf.phones)}
        error={errors.phones}
      />
      <PartnerField
        value={values.partner}
        onChange={(partner) => onChange({ partner })}
        partners={partners}
        error={errors.partnerId}
        hint="The partner business they work for, if any."
      />
      <TagInput
        tags={values.tags}
        onChange={(tags) => onChange({ tags })}
        inUse={tagsInUse}
        onFocus={onTagsFocus}
        error={messageFor(errors, 'tags')}
      />
      <BirthdayField
        value={values.birthday}
        onChange={(birthday) => onChange({ birthday })}
        error={messageFor(errors, 'birthday')}
      />
      <TextField
        label="Keep-in-touch cadence"
        hint={CADENCE_HINT}
        inputMode="numeric"
        autoComplete="off"
        value={values.cadence}
        onChange={(event) => onChange({ cadence: event.target.value })}
        error={errors.cadenceDays}
      />
      <div className="record-form__wide">
        <TextAreaField
          label="How we met"
          rows={2}
          value={values.howWeMet}
          onChange={(event) => onChange({ howWeMet: event.target.value })}
          error={errors.howWeMet}
        />
      </div>
      <div className="record-form__wide">
        <TextAreaField
          label="Notes"
          rows={4}
          value={values.notes}
          onChange={(event) => onChange({ notes: event.target.value })}
          error={errors.notes}
        />
      </div>
    </div>
  );
}
