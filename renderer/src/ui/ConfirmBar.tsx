import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from './Button';
import './forms.css';

interface ConfirmBarProps {
  message: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** "danger" for a choice that throws something away. */
  tone?: 'danger' | 'primary';
}

/**
 * A question asked in place (inside a dialog's footer, say) instead of a browser
 * confirm() box. Focus lands on the safe answer; Esc means "no".
 */
export function ConfirmBar({
  message,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  tone = 'danger',
}: ConfirmBarProps) {
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => safe.current?.focus(), []);
  return (
    <div
      className="confirm-bar"
      role="alert"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <p className="confirm-bar__message">{message}</p>
      <div className="confirm-bar__actions">
        {/* A plain button: Button does not pass a ref on, and focus must start here. */}
        <button ref={safe} type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
        <Button variant={tone} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </div>
  );
}
