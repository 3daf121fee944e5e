import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { Button } from '../../ui/Button';
import { TextAreaField } from '../../ui/TextAreaField';
import { toast } from '../../ui/toasts';
import { useSubmit } from '../../ui/useSubmit';
import { saveReferralGuide, type ReferralGuide } from './commands';
import { REFERRAL_GUIDE_PRINT_PATH } from './paths';
import './referral-guide.css';

/** The four texts of the referral guide, each with its words and an example. */
const FIELDS: readonly { key: keyof ReferralGuide; label: string; hint: string; rows: number }[] = [
  {
    key: 'idealClient',
    label: 'Ideal client',
    hint: 'Who you help best, so partners recognise them: “Families with children under 12 who just moved to town.”',
    rows: 4,
  },
  {
    key: 'whatIDo',
    label: 'What I do, in plain words',
    hint: 'As you would say it to a neighbour, without jargon.',
    rows: 4,
  },
  {
    key: 'needPhrases',
    label: 'Phrases that signal a need',
    hint: 'What a client says when they need you, one per line: “My tooth hurts when I drink something cold.”',
    rows: 4,
  },
  {
    key: 'afterReferral',
    label: 'What happens after you refer someone',
    hint: 'So partners can reassure the client: when you call, what the first meeting is like.',
    rows: 4,
  },
];

/** Settings → Referral guide: the texts partners are handed, saved, then printed on one page. */
export function ReferralGuideForm({ guide }: { guide: ReferralGuide }) {
  const [, navigate] = useLocation();
  const [values, setValues] = useState(guide);
  const [saved, setSaved] = useState(guide);
  const { busy, errors, run } = useSubmit();
  if (saved !== guide) {
    // Saved elsewhere (another window): follow it unless the owner is mid-edit.
    setSaved(guide);
    if (JSON.stringify(values) === JSON.stringify(saved)) setValues(guide);
  }
  const dirty = JSON.stringify(values) !== JSON.stringify(guide);

  /** Saves; true when the texts are stored (or nothing had changed). */
  function save(): Promise<boolean> {
    return run(() => saveReferralGuide(values));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await save()) toast('Referral guide saved.', { tone: 'success' });
  }

  async function print() {
    // Print what is on screen: unsaved edits are saved first, or the owner is told why not.
    if (dirty && !(await save())) return;
    navigate(REFERRAL_GUIDE_PRINT_PATH);
  }

  return (
    <form className="form-grid referral-guide-form" onSubmit={submit} noValidate>
      {FIELDS.map(({ key, label, hint, rows }) => (
        <TextAreaField
          key={key}
          label={label}
          hint={hint}
          rows={rows}
          value={values[key]}
          onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))}
          error={errors[key]}
        />
      ))}
      <div className="form-grid__actions referral-guide-form__actions">
        <Button onClick={print} disabled={busy}>
          Print referral guide
        </Button>
        <Button type="submit" variant="primary" disabled={busy}>
          Save referral guide
        </Button>
      </div>
    </form>
  );
}
