import { useState, type FormEvent } from 'react';
import { CHAMPION_MIN_REFERRALS } from '../../../../shared/attention/champions';
import type { CadenceDefaults } from '../../../../shared/settings';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { toast } from '../../ui/toasts';
import { useSubmit } from '../../ui/useSubmit';
import { savePreferences } from './preferences-commands';
import {
  CADENCE_GROUPS,
  cadenceTexts,
  parseCadenceTexts,
  type CadenceTexts,
} from './preferences-form';

const HINTS: Partial<Record<keyof CadenceDefaults, string>> = {
  champions: `People and partners who sent you at least ${CHAMPION_MIN_REFERRALS} referrals in the last 12 months. A champion partner is due at the shorter of this and its status’s cadence.`,
};

/** Default keep-in-touch cadences, in days, for partners by status and for champions. */
export function PreferencesForm({ cadenceDefaults }: { cadenceDefaults: CadenceDefaults }) {
  const [texts, setTexts] = useState<CadenceTexts>(() => cadenceTexts(cadenceDefaults));
  const { busy, errors, setErrors, run } = useSubmit();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseCadenceTexts(texts);
    if (Object.keys(parsed.errors).length > 0) {
      setErrors(parsed.errors);
      return;
    }
    void run(async () => {
      const saved = await savePreferences(parsed.value);
      // Show the numbers as stored ("030" becomes "30").
      setTexts(cadenceTexts(saved.cadenceDefaults));
      toast('Preferences saved.', { tone: 'success' });
    });
  }

  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      {CADENCE_GROUPS.map(({ key, label }) => (
        <TextField
          key={key}
          label={label}
          hint={HINTS[key] ?? 'Days between contacts. Empty for none.'}
          inputMode="numeric"
          autoComplete="off"
          value={texts[key]}
          onChange={(event) => setTexts((current) => ({ ...current, [key]: event.target.value }))}
          error={errors[key]}
        />
      ))}
      <div className="form-grid__actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Save preferences
        </Button>
      </div>
    </form>
  );
}
