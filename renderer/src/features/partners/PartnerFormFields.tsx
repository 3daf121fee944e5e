import { SelectField, TextField } from '../../ui/Field';
import { TagInput } from '../../ui/TagInput';
import { TextAreaField } from '../../ui/TextAreaField';
import { messageFor } from '../../../../shared/record-form';
import { bindFields } from '../records/form-binding';
import { CategoryField } from './CategoryField';
import {
  MOTIVATION_HINT,
  RECOMMENDATION_HINT,
  STATUS_OPTIONS,
  partnerCadenceHint,
  type PartnerFormValues,
} from './partner-form';
import '../records/record.css';

interface PartnerFormFieldsProps {
  values: PartnerFormValues;
  onChange: (patch: Partial<PartnerFormValues>) => void;
  errors: Readonly<Record<string, string>>;
  tagsInUse: readonly string[];
  onTagsFocus: () => void;
  /** The default cadence for the status chosen in the form (Settings). */
  statusCadence: number | undefined;
}

/** Every Partner field, laid out for the Add partner dialog. */
export function PartnerFormFields({
  values,
  onChange,
  errors,
  tagsInUse,
  onTagsFocus,
  statusCadence,
}: PartnerFormFieldsProps) {
  const field = bindFields(values, onChange, errors);
  return (
    <div className="record-form">
      <TextField label="Name" required autoComplete="off" data-autofocus {...field('name')} />
      <CategoryField
        value={values.category}
        onChange={(category) => onChange({ category })}
        error={errors.category}
      />
      <SelectField
        label="Status"
        hint="Prospect → talking → active; paused when it goes quiet."
        options={STATUS_OPTIONS}
        {...field('status')}
      />
      <TextField
        label="Website"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        {...field('website')}
      />
      <TextField
        label="Email"
        // Not type="email", which turns a Unicode domain into punycode (shared/email.ts).
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
        {...field('email')}
      />
      <TextField label="Phone" type="tel" autoComplete="off" {...field('phone')} />
      <div className="record-form__wide">
        <TextAreaField label="Address" rows={2} {...field('address')} />
      </div>
      <div className="record-form__wide">
        <TextAreaField
          label="What's in it for them"
          hint={MOTIVATION_HINT}
          rows={2}
          {...field('whatsInItForThem')}
        />
      </div>
      <div className="record-form__wide">
        <TextField
          label="Why we recommend them"
          hint={RECOMMENDATION_HINT}
          autoComplete="off"
          {...field('recommendation')}
        />
      </div>
      <TagInput
        tags={values.tags}
        onChange={(tags) => onChange({ tags })}
        inUse={tagsInUse}
        onFocus={onTagsFocus}
        error={messageFor(errors, 'tags')}
      />
      <TextField
        label="Keep-in-touch cadence"
        hint={partnerCadenceHint(values.status, statusCadence)}
        inputMode="numeric"
        autoComplete="off"
        {...field('cadence', 'cadenceDays')}
      />
      <div className="record-form__wide">
        <TextAreaField label="Notes" rows={4} {...field('notes')} />
      </div>
    </div>
  );
}
