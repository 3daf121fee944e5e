import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { Button } from './Button';
import './Dialog.css';

/** The dialog's main button. Without `onClick` it submits the dialog's form. */
export interface DialogAction {
  label: string;
  onClick?: () => void;
  variant?: 'primary' | 'danger';
  disabled?: boolean;
  /** Focus starts here rather than on the first field. */
  autoFocus?: boolean;
}

interface DialogProps {
  title: string;
  description?: ReactNode;
  /** Esc or the × button: the caller decides whether to close (it may ask first). */
  onRequestClose: () => void;
  /** When given, body and footer form one <form>: Enter in a single-line field submits. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  /** A footer of its own; else `primary` gives the usual Cancel and main button. */
  footer?: ReactNode;
  primary?: DialogAction;
  /** While the main action runs: its button is disabled. */
  busy?: boolean;
  /** "Cancel" unless told otherwise; it does what Esc does. */
  cancelLabel?: string;
  /** Focus starts on Cancel: for questions whose safe answer is no. */
  cancelFirst?: boolean;
  /** Before Cancel, e.g. a "Move to trash" at the far side. */
  otherActions?: ReactNode;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog> element: showModal() makes everything behind it
 * inert and keeps focus inside, with no library and no injected styles (our CSP forbids
 * them). Focus goes to the element marked `data-autofocus` (else the first field) and
 * returns to whatever had it before when the dialog goes away.
 */
export function Dialog({
  title,
  description,
  onRequestClose,
  onSubmit,
  footer,
  primary,
  busy = false,
  cancelLabel = 'Cancel',
  cancelFirst = false,
  otherActions,
  children,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('.dialog__body input, .dialog__body select');
    first?.focus();
    return () => {
      dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const actions =
    footer ??
    (primary && (
      <>
        {otherActions}
        <Button data-autofocus={cancelFirst || undefined} onClick={onRequestClose}>
          {cancelLabel}
        </Button>
        <Button
          type={primary.onClick ? 'button' : 'submit'}
          variant={primary.variant ?? 'primary'}
          disabled={busy || primary.disabled}
          data-autofocus={primary.autoFocus || undefined}
          onClick={primary.onClick}
        >
          {primary.label}
        </Button>
      </>
    ));

  const body = (
    <>
      <div className="dialog__body">{children}</div>
      {actions && <div className="dialog__footer">{actions}</div>}
    </>
  );

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      // Escape is handled here rather than by the browser's cancel: Chromium closes the
      // dialog by itself on a second Esc when the first was refused, which would lose
      // what was typed without asking. Controls inside (an open suggestion list, a
      // question on screen) take Esc first by marking the event as handled.
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onRequestClose();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onRequestClose();
      }}
    >
      <div className="dialog__header">
        <div>
          <h2 className="dialog__title" id={titleId}>
            {title}
          </h2>
          {description && (
            <p className="dialog__description" id={descriptionId}>
              {description}
            </p>
          )}
        </div>
        <button type="button" className="dialog__close" aria-label="Close" onClick={onRequestClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {onSubmit ? (
        <form className="dialog__form" noValidate onSubmit={onSubmit}>
          {body}
        </form>
      ) : (
        body
      )}
    </dialog>
  );
}
