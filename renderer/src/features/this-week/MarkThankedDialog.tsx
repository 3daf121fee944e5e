import { useId, useState, type FormEvent } from 'react';
import type { DueItem } from '../../../../shared/attention/types';
import { parseMoney } from '../../../../shared/money';
import { showError } from '../../app/errors';
import { ValidationError } from '../../data';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { TextAreaField } from '../../ui/TextAreaField';
import { useMoney } from '../referrals/queries';
import { markThanked } from './commands';

interface MarkThankedDialogProps {
  item: DueItem;
  today: string;
  onClose: () => void;
}

/**
 * Mark thanked: a note, and whether it was a gift (with its cost). Saving logs the
 * thank-you or gift on the referral, which resolves the item and shows on the timeline.
 */
export function MarkThankedDialog({ item, today, onClose }: MarkThankedDialogProps) {
  const money = useMoney();
  const [note, setNote] = useState('');
  const [gift, setGift] = useState(item.reason === 'gift');
  const [costText, setCostText] = useState('');
  const [date, setDate] = useState(today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const giftHint = useId();

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving || !item.referralId) return;
    let cost: number | undefined;
    if (gift && costText.trim()) {
      if (!money) return;
      const parsed = parseMoney(costText, money.locale, money.currency);
      if (!parsed.ok) return setErrors({ cost: parsed.error });
      cost = parsed.value;
    }
    setSaving(true);
    try {
      await markThanked({ referralId: item.referralId, date, note, gift, cost }, item.subject.name);
      onClose();
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.fields);
      else showError(error);
      setSaving(false);
    }
  }

  return (
    <Dialog
      title="Mark thanked"
      description={item.explanation}
      onRequestClose={onClose}
      onSubmit={save}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={saving}>
            Mark thanked
          </Button>
        </>
      }
    >
      <div className="thank-form">
        <TextAreaField
          label="Note"
          data-autofocus
          hint="What you did, e.g. “Handwritten card”."
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={errors.notes}
          rows={2}
        />
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={gift}
              aria-describedby={giftHint}
              onChange={(event) => setGift(event.target.checked)}
            />
            It was a gift
          </label>
          <p className="field__hint" id={giftHint}>
            Dinner, flowers, a gift card: closed business deserves one.
          </p>
        </div>
        {gift && (
          <TextField
            label="Cost"
            inputMode="decimal"
            hint={money ? `Optional, in ${money.currency}.` : 'Optional.'}
            value={costText}
            onChange={(event) => {
              setCostText(event.target.value);
              setErrors(({ cost: _gone, ...rest }) => rest);
            }}
            error={errors.cost}
          />
        )}
        <TextField
          label="Date"
          type="date"
          required
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={errors.date}
        />
      </div>
    </Dialog>
  );
}
