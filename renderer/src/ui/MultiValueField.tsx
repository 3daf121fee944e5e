import { useEffect, useId, useRef, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { Button } from './Button';
import './forms.css';

interface MultiValueFieldProps {
  /** Singular, as the field is named: "Email", "Phone". */
  label: string;
  /** "Add another email". */
  addLabel: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** Messages by row. */
  rowErrors?: Readonly<Record<number, string>>;
  /** A message about the whole list ("at most 20"). */
  error?: string;
  type?: 'email' | 'tel' | 'text';
  autoComplete?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  autoFocus?: boolean;
}

const rowName = (label: string, index: number) => (index === 0 ? label : `${label} ${index + 1}`);

/**
 * Several values of one kind (a person's emails or phones): one row each, rows added and
 * removed with buttons, each row's message beside it. Empty rows are simply not saved.
 */
export function MultiValueField({
  label,
  addLabel,
  values,
  onChange,
  rowErrors = {},
  error,
  type = 'text',
  autoComplete,
  inputMode,
  onKeyDown,
  autoFocus,
}: MultiValueFieldProps) {
  const legendId = useId();
  const errorId = useId();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const focusRow = useRef<number | null>(null);
  const rows = values.length === 0 ? [''] : values;

  // After adding or removing a row, put the cursor where the owner expects it.
  useEffect(() => {
    if (focusRow.current === null) return;
    inputs.current[focusRow.current]?.focus();
    focusRow.current = null;
  });

  function setRow(index: number, value: string) {
    onChange(rows.map((row, at) => (at === index ? value : row)));
  }

  return (
    <fieldset className={error ? 'field multi field--invalid' : 'field multi'}>
      <legend className="field__label" id={legendId}>
        {label}
      </legend>
      {rows.map((row, index) => {
        const rowError = rowErrors[index];
        const rowErrorId = `${errorId}-${index}`;
        const name = rowName(label, index);
        return (
          <div key={index} className="multi__row">
            <div className="multi__line">
              <input
                ref={(element) => {
                  inputs.current[index] = element;
                }}
                className={rowError ? 'input input--invalid' : 'input'}
                aria-label={name}
                aria-invalid={rowError ? true : undefined}
                aria-describedby={
                  [rowError && rowErrorId, error && errorId].filter(Boolean).join(' ') || undefined
                }
                // Not type="email": Chromium turns a Unicode domain into punycode and
                // refuses an accented local part, which Handshake keeps as written.
                type={type === 'email' ? 'text' : type}
                autoComplete={autoComplete}
                inputMode={inputMode ?? (type === 'email' ? 'email' : undefined)}
                spellCheck={false}
                autoFocus={autoFocus && index === 0}
                value={row}
                onChange={(event) => setRow(index, event.target.value)}
                onKeyDown={onKeyDown}
              />
              {rows.length > 1 && (
                <Button
                  variant="ghost"
                  className="multi__remove"
                  aria-label={`Remove ${name.toLowerCase()}`}
                  onClick={() => {
                    focusRow.current = Math.max(0, index - 1);
                    onChange(rows.filter((_, at) => at !== index));
                  }}
                >
                  <span aria-hidden="true">×</span>
                </Button>
              )}
            </div>
            {rowError && (
              <p className="field__error" id={rowErrorId}>
                {rowError}
              </p>
            )}
          </div>
        );
      })}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      <div>
        <Button
          variant="ghost"
          className="multi__add"
          onClick={() => {
            focusRow.current = rows.length;
            onChange([...rows, '']);
          }}
        >
          <span aria-hidden="true">+</span> {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
