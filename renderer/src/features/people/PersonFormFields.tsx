import type { Partner } from '../../../../shared/records';
import { messageFor, rowMessages } from '../../../../shared/record-form';
import { SelectField, TextField } from '../../ui/Field';
import { MultiValueField } from '../../ui/MultiValueField';
import { TagInput } from '../../ui/TagInput';
import { TextAreaField } from '../../ui/TextAreaField';
import { BirthdayField } from './BirthdayField';
import { PartnerField } from './PartnerField';
import { bindFields } from '../records/form-binding';
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
  const field = bindFields(values, onChange, errors);
  return (
    <div className="record-form">
      <TextField label="Name" required autoComplete="off" data-autofocus {...field('name')} />
      <TextField label="Company" autoComplete="off" {...field('company')} />
      <TextField label="Title" autoComplete="off" {...field('title')} />
      <SelectField label="Relationship" options={RELATIONSHIP_OPTIONS} {...field('relationship')} />
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
        {...field('cadence', 'cadenceDays')}
      />
      <div className="record-form__wide">
        <TextAreaField label="How we met" rows={2} {...field('howWeMet')} />
      </div>
      <div className="record-form__wide">
        <TextAreaField label="Notes" rows={4} {...field('notes')} />
      </div>
    </div>
  );
}
