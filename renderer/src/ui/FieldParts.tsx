import { useId } from 'react';

/**
 * Ids that tie a control to its label, hint and message, for form controls built outside
 * Field.tsx (text areas, comboboxes, tag and several-values inputs).
 */
export function useFieldIds(hint?: string, error?: string) {
  const inputId = useId();
  const labelId = `${inputId}-label`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return { inputId, labelId, hintId, errorId, describedBy };
}

/** The hint and the validation message shown right under a control. */
export function FieldMessages({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint?: string | undefined;
  hintId: string;
  error?: string | undefined;
  errorId: string;
}) {
  return (
    <>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </>
  );
}
