import { useMemo, useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/settings';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { toast } from '../../ui/toasts';
import { useSubmit } from '../../ui/useSubmit';
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
  const { busy, errors, run } = useSubmit();

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await saveBusinessProfile({
        ownerName,
        businessName,
        currency,
        weekStartsOn: Number(weekStartsOn),
      });
      toast('Business profile saved.', { tone: 'success' });
    });
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
        <Button type="submit" variant="primary" disabled={busy}>
          Save profile
        </Button>
      </div>
    </form>
  );
}
