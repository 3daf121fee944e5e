import { useId, useMemo, type KeyboardEvent } from 'react';
import { monthNames, type BirthdayParts } from '../../../../shared/record-form';
import '../records/record.css';

interface BirthdayFieldProps {
  value: BirthdayParts;
  onChange: (value: BirthdayParts) => void;
  error?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
  autoFocus?: boolean;
}

const DAYS = Array.from({ length: 31 }, (_, index) => String(index + 1));

/** Month and day, and the year only if the owner knows it. */
export function BirthdayField({
  value,
  onChange,
  error,
  onKeyDown,
  autoFocus,
}: BirthdayFieldProps) {
  const id = useId();
  const months = useMemo(() => monthNames(navigator.language), []);
  const ids = {
    legend: `${id}-legend`,
    month: `${id}-month`,
    day: `${id}-day`,
    year: `${id}-year`,
    error: `${id}-error`,
  };
  const common = {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? ids.error : undefined,
    onKeyDown,
  };
  // Each control is named "Birthday month", "Birthday day", … by the legend and its label.
  const labelledBy = (part: string) => `${ids.legend} ${id}-${part}-label`;
  return (
    <fieldset className={error ? 'field birthday field--invalid' : 'field birthday'}>
      <legend className="field__label" id={ids.legend}>
        Birthday
      </legend>
      <div className="birthday__parts">
        <div className="birthday__part">
          <label className="birthday__label" id={`${id}-month-label`} htmlFor={ids.month}>
            Month
          </label>
          <select
            id={ids.month}
            className="input select"
            aria-labelledby={labelledBy('month')}
            autoFocus={autoFocus}
            value={value.month}
            onChange={(event) => onChange({ ...value, month: event.target.value })}
            {...common}
          >
            <option value="">—</option>
            {months.map((month, index) => (
              <option key={month} value={String(index + 1)}>
                {month}
              </option>
            ))}
          </select>
        </div>
        <div className="birthday__part birthday__part--day">
          <label className="birthday__label" id={`${id}-day-label`} htmlFor={ids.day}>
            Day
          </label>
          <select
            id={ids.day}
            className="input select"
            aria-labelledby={labelledBy('day')}
            value={value.day}
            onChange={(event) => onChange({ ...value, day: event.target.value })}
            {...common}
          >
            <option value="">—</option>
            {DAYS.map((day) => (
              <option key={day} value={day}>
                {day}
              </option>
            ))}
          </select>
        </div>
        <div className="birthday__part birthday__part--year">
          <label className="birthday__label" id={`${id}-year-label`} htmlFor={ids.year}>
            Year (optional)
          </label>
          <input
            id={ids.year}
            className="input"
            aria-labelledby={labelledBy('year')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            value={value.year}
            onChange={(event) => onChange({ ...value, year: event.target.value })}
            {...common}
          />
        </div>
      </div>
      {error && (
        <p className="field__error" id={ids.error}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
