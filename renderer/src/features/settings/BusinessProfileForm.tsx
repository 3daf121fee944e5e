import { useMemo, useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/settings';
import { ValidationError } from '../../data';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { toast } from '../../ui/toasts';
import { showError } from '../../app/errors';
import { saveBusinessProfile } from './commands';
import { currencyOptions, weekdayOptions } from './options';

export function BusinessProfileForm({ settings }: { settings: Settings }) {
  const locale = navigator.language;
  const currencies = useMemo(() => currencyOptions(locale), [locale]);
  const weekdays = useMemo(() => weekdayOptions(locale), [locale]);
  const [ownerName, setOwnerName] = useState(settings.ownerName);
  const [businessName, setBusinessName] = useState(settings.businessName);
  const [currency, setCurrency] = useState(settings.currency);
  const [weekStartsOn, setWeekStartsOn] = useState(String(settings.weekStartsOn));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      await saveBusinessProfile({
        ownerName,
        businessName,
        currency,
        weekStartsOn: Number(weekStartsOn),
      });
      setErrors({});
      toast('Business profile saved.', { tone: 'success' });
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.fields);
      else showError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <TextField
        label="Owner's name"
        hint="Your name, as partners know you."
        autoComplete="name"
        value={ownerName}
        onChange={(event) => setOwnerName(event.target.value)}
        error={errors.ownerName}
      />
      <TextField
        label="Business name"
        hint="Printed at the top of your partner directory and referral guide."
        autoComplete="organization"
        value={businessName}
        onChange={(event) => setBusinessName(event.target.value)}
        error={errors.businessName}
      />
      <SelectField
        label="Currency"
        hint="Used for the value of closed business and gift costs."
        options={currencies}
        value={currency}
        onChange={(event) => setCurrency(event.target.value)}
        error={errors.currency}
      />
      <SelectField
        label="First day of the week"
        hint="“This week” runs from this day."
        options={weekdays}
        value={weekStartsOn}
        onChange={(event) => setWeekStartsOn(event.target.value)}
        error={errors.weekStartsOn}
      />
      <div className="form-grid__actions">
        <Button type="submit" variant="primary" disabled={saving}>
          Save profile
        </Button>
      </div>
    </form>
  );
}
