import { SelectField, TextField } from '../../ui/Field';
import { TagInput } from '../../ui/TagInput';
import { TextAreaField } from '../../ui/TextAreaField';
import { messageFor } from '../../../../shared/record-form';
import type { PartnerStatus } from '../../../../shared/records';
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
      <CategoryField
        value={values.category}
        onChange={(category) => onChange({ category })}
        error={errors.category}
      />
      <SelectField
        label="Status"
        hint="Prospect → talking → active; paused when it goes quiet."
        options={STATUS_OPTIONS}
        value={values.status}
        onChange={(event) => onChange({ status: event.target.value as PartnerStatus })}
        error={errors.status}
      />
      <TextField
        label="Website"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        value={values.website}
        onChange={(event) => onChange({ website: event.target.value })}
        error={errors.website}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={values.email}
        onChange={(event) => onChange({ email: event.target.value })}
        error={errors.email}
      />
      <TextField
        label="Phone"
        type="tel"
        autoComplete="off"
        value={values.phone}
        onChange={(event) => onChange({ phone: event.target.value })}
        error={errors.phone}
      />
      <div className="record-form__wide">
        <TextAreaField
          label="Address"
          rows={2}
          value={values.address}
          onChange={(event) => onChange({ address: event.target.value })}
          error={errors.address}
        />
      </div>
      <div className="record-form__wide">
        <TextAreaField
          label="What's in it for them"
          hint={MOTIVATION_HINT}
          rows={2}
          value={values.whatsInItForThem}
          onChange={(event) => onChange({ whatsInItForThem: event.target.value })}
          error={errors.whatsInItForThem}
        />
      </div>
      <div className="record-form__wide">
        <TextField
          label="Why we recommend them"
          hint={RECOMMENDATION_HINT}
          autoComplete="off"
          value={values.recommendation}
          onChange={(event) => onChange({ recommendation: event.target.value })}
          error={errors.recommendation}
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
        value={values.cadence}
        onChange={(event) => onChange({ cadence: event.target.value })}
        error={errors.cadenceDays}
      />
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
