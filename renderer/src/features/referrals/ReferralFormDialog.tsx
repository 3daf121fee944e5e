import { useState, type FormEvent } from 'react';
import { todayLocalDate } from '../../../../shared/dates';
import {
  REFERRAL_STATUSES,
  REFERRAL_WARMTH,
  type Referral,
  type ReferralDirection,
} from '../../../../shared/records';
import { STATUS_LABELS, WARMTH_HINTS, WARMTH_LABELS } from '../../../../shared/referral-rules';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { TextAreaField } from '../../ui/TextAreaField';
import { useSubmit } from '../../ui/useSubmit';
import { RecordPicker } from './RecordPicker';
import {
  buildReferral,
  flipDirection,
  type Built,
  type Money,
  type ReferralFormState,
} from './referral-form';
import './referrals.css';

const DIRECTIONS: { value: ReferralDirection; label: string; hint: string }[] = [
  { value: 'received', label: 'Someone sent me business', hint: 'A referral you received' },
  { value: 'given', label: 'I sent someone to a partner', hint: 'A referral you gave' },
];
const STATUS_OPTIONS = REFERRAL_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));

interface ReferralFormDialogProps {
  title: string;
  initial: ReferralFormState;
  money: Money;
  /** Editing an existing referral: status, closing and Move to trash show too. */
  editing?: Referral | undefined;
  onSave: (built: Built, state: ReferralFormState) => Promise<void>;
  onTrash?: () => void;
  onClose: () => void;
}

/**
 * The referral form, direction first: the two directions need different people, asked
 * for in plain words. Enter saves from any field but Notes.
 */
export function ReferralFormDialog(props: ReferralFormDialogProps) {
  const { title, initial, money, editing, onSave, onTrash, onClose } = props;
  const [state, setState] = useState(initial);
  const { busy, errors, setErrors, clear, run } = useSubmit();
  const received = state.direction === 'received';

  function change(next: Partial<ReferralFormState>, ...fields: string[]) {
    setState((current) => ({ ...current, ...next }));
    clear(...fields);
  }

  function save(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    const built = buildReferral(state, money);
    if (!built.ok) return setErrors(built.fields);
    void run(() => onSave(built, state));
  }

  const firstEmpty = received
    ? !state.referrerPerson && !state.referrerPartner
      ? 'referrer'
      : 'introduced'
    : !state.introduced
      ? 'introduced'
      : 'partner';

  return (
    <Dialog
      title={title}
      onRequestClose={onClose}
      onSubmit={save}
      primary={{ label: 'Save' }}
      busy={busy}
      otherActions={
        onTrash && (
          <Button variant="danger" className="referral-form__trash" onClick={onTrash}>
            Move to trash
          </Button>
        )
      }
    >
      <div className="referral-form">
        <fieldset className="direction-choice">
          <legend className="field__label">Direction</legend>
          {DIRECTIONS.map((option) => (
            <label key={option.value} className="direction-choice__option">
              <input
                type="radio"
                name="referral-direction"
                value={option.value}
                checked={state.direction === option.value}
                onChange={() => {
                  setState((current) => flipDirection(current, option.value));
                  setErrors({});
                }}
              />
              <span className="direction-choice__card">
                <span className="direction-choice__label">{option.label}</span>
                <span className="direction-choice__hint">{option.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {received ? (
          <div className="referral-form__row">
            <RecordPicker
              label="Who referred you"
              hint="A person…"
              kind="person"
              value={state.referrerPerson}
              onChange={(referrerPerson) =>
                change({ referrerPerson }, 'referrerPersonId', 'introducedPersonId')
              }
              error={errors.referrerPersonId}
              autoFocus={firstEmpty === 'referrer'}
            />
            <RecordPicker
              label="Their business"
              hint="…and/or a partner."
              kind="partner"
              value={state.referrerPartner}
              onChange={(referrerPartner) =>
                change({ referrerPartner }, 'referrerPartnerId', 'referrerPersonId')
              }
              error={errors.referrerPartnerId}
            />
          </div>
        ) : null}
        <div className="referral-form__row">
          <RecordPicker
            label={received ? 'Who they introduced' : 'Who you sent'}
            hint={received ? 'Someone you know, or type a new name.' : 'One of your people.'}
            kind="person"
            allowNew={received && !editing}
            value={state.introduced}
            onChange={(introduced) => change({ introduced }, 'introducedPersonId')}
            error={errors.introducedPersonId}
            autoFocus={firstEmpty === 'introduced'}
          />
          {!received && (
            <RecordPicker
              label="To which partner"
              hint="The business you sent them to."
              kind="partner"
              value={state.partner}
              onChange={(partner) => change({ partner }, 'partnerId')}
              error={errors.partnerId}
              autoFocus={firstEmpty === 'partner'}
            />
          )}
        </div>
        <div className="referral-form__row">
          <SelectField
            label="Warmth"
            options={REFERRAL_WARMTH.map((value) => ({
              value,
              label: `${WARMTH_LABELS[value]} — ${WARMTH_HINTS[value].toLowerCase()}`,
            }))}
            value={state.warmth}
            onChange={(event) =>
              change({ warmth: event.target.value as ReferralFormState['warmth'] })
            }
            error={errors.warmth}
          />
          <TextField
            label="Date"
            type="date"
            required
            value={state.date}
            onChange={(event) => change({ date: event.target.value }, 'date', 'closedDate')}
            error={errors.date}
          />
        </div>
        {editing && (
          <div className="referral-form__row referral-form__row--three">
            <SelectField
              label="Status"
              options={STATUS_OPTIONS}
              value={state.status}
              onChange={(event) =>
                change(
                  {
                    status: event.target.value as ReferralFormState['status'],
                    closedDate: state.closedDate || todayLocalDate(),
                  },
                  'closedDate',
                  'value',
                )
              }
            />
            {(state.status === 'won' || state.status === 'lost') && (
              <TextField
                label="Closed date"
                type="date"
                value={state.closedDate}
                onChange={(event) => change({ closedDate: event.target.value }, 'closedDate')}
                error={errors.closedDate}
              />
            )}
            {state.status === 'won' && (
              <TextField
                label="Value"
                inputMode="decimal"
                hint={`In ${money.currency}.`}
                value={state.valueText}
                onChange={(event) => change({ valueText: event.target.value }, 'value')}
                error={errors.value}
              />
            )}
          </div>
        )}
        <TextAreaField
          label="Notes"
          rows={3}
          value={state.notes}
          onChange={(event) => change({ notes: event.target.value }, 'notes')}
          error={errors.notes}
        />
      </div>
    </Dialog>
  );
}
