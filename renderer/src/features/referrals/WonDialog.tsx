import { useState, type FormEvent } from 'react';
import { todayLocalDate } from '../../../../shared/dates';
import { parseMoney } from '../../../../shared/money';
import type { Referral } from '../../../../shared/records';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { toast } from '../../ui/toasts';
import { useSubmit } from '../../ui/useSubmit';
import { setReferralStatus } from './commands';
import type { Money } from './referral-form';
import './referrals.css';

interface WonDialogProps {
  referral: Referral;
  description: string;
  money: Money & { format: (minor: number) => string };
  onClose: () => void;
}

/** Marking a referral won asks for the day it closed (today) and the business's value. */
export function WonDialog({ referral, description, money, onClose }: WonDialogProps) {
  const [closedDate, setClosedDate] = useState(() =>
    todayLocalDate() < referral.date ? referral.date : todayLocalDate(),
  );
  const [valueText, setValueText] = useState('');
  const { busy, errors, setErrors, clear, run } = useSubmit();

  function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const value = parseMoney(valueText, money.locale, money.currency);
    if (!value.ok) return setErrors({ value: value.error });
    void run(async () => {
      await setReferralStatus(referral.id, 'won', { closedDate, value: value.value });
      onClose();
      toast(`Marked the ${description} won: ${money.format(value.value)}`, { tone: 'success' });
    });
  }

  return (
    <Dialog
      title="Mark as won"
      description={`Well done! How much was the ${description} worth?`}
      onRequestClose={onClose}
      onSubmit={save}
      primary={{ label: 'Save' }}
      busy={busy}
    >
      <div className="referral-form">
        <TextField
          label="Value"
          inputMode="decimal"
          data-autofocus
          hint={`The value of the business, in ${money.currency}.`}
          value={valueText}
          onChange={(event) => {
            setValueText(event.target.value);
            clear('value');
          }}
          error={errors.value}
        />
        <TextField
          label="Closed date"
          type="date"
          min={referral.date}
          value={closedDate}
          onChange={(event) => setClosedDate(event.target.value)}
          error={errors.closedDate}
        />
      </div>
    </Dialog>
  );
}
