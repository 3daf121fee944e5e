import { useId, useState, type FormEvent } from 'react';
import type { DueItem } from '../../../../shared/attention/types';
import { parseMoney } from '../../../../shared/money';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { TextAreaField } from '../../ui/TextAreaField';
import { useSubmit } from '../../ui/useSubmit';
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
  const { busy, errors, setErrors, clear, run } = useSubmit();
  const giftHint = useId();

  function save(event: FormEvent) {
    event.preventDefault();
    const referralId = item.referralId;
    if (busy || !referralId) return;
    let cost: number | undefined;
    if (gift && costText.trim()) {
      if (!money) return;
      const parsed = parseMoney(costText, money.locale, money.currency);
      if (!parsed.ok) return setErrors({ cost: parsed.error });
      cost = parsed.value;
    }
    void run(async () => {
      await markThanked({ referralId, date, note, gift, cost }, item.subject.name);
      onClose();
    });
  }

  return (
    <Dialog
      title="Mark thanked"
      description={item.explanation}
      onRequestClose={onClose}
      onSubmit={save}
      primary={{ label: 'Mark thanked' }}
      busy={busy}
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
              clear('cost');
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
