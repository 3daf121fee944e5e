import { useEffect } from 'react';
import { useToasts, type Toast } from './toasts';

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToasts((state) => state.dismiss);
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss(toast.id), toast.duration);
    return () => window.clearTimeout(timer);
  }, [toast.id, toast.duration, dismiss]);

  return (
    <li className={`toast toast--${toast.tone}`}>
      <span className="toast__message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast__action"
          onClick={() => {
            dismiss(toast.id);
            void toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="toast__close"
        aria-label="Close notification"
        onClick={() => dismiss(toast.id)}
      >
        ×
      </button>
    </li>
  );
}

/**
 * Toasts live in two always-present live regions (errors are assertive, the rest
 * polite), so screen readers announce them as they arrive.
 */
export function Toaster() {
  const toasts = useToasts((state) => state.toasts);
  const errors = toasts.filter((toast) => toast.tone === 'error');
  const others = toasts.filter((toast) => toast.tone !== 'error');
  return (
    <div className="toaster">
      {/* The live-region roles sit on wrappers: on the lists they would hide the items. */}
      <div role="alert" aria-label="Errors">
        <ol className="toaster__list">
          {errors.map((toast) => (
            <ToastItem key={toast.id} toast={toast} />
          ))}
        </ol>
      </div>
      <div role="status" aria-label="Notifications">
        <ol className="toaster__list">
          {others.map((toast) => (
            <ToastItem key={toast.id} toast={toast} />
          ))}
        </ol>
      </div>
    </div>
  );
}
