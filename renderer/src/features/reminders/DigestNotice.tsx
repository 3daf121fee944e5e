import { Link, useLocation } from 'wouter';
import { useDigestNotice } from './digest-notice';
import './reminders.css';

/**
 * The weekly digest inside the app (browser), under the navigation so it stays in view
 * on every screen until dismissed. A named region, not a live one: it appears as the app
 * opens, and other screens' status messages stay the only ones on the page.
 */
export function DigestNotice() {
  const text = useDigestNotice((state) => state.text);
  const dismiss = useDigestNotice((state) => state.dismiss);
  const [location] = useLocation();
  if (!text) return null;
  return (
    <section aria-label="Weekly reminder" className="digest-notice">
      <div className="digest-notice__head">
        <p className="digest-notice__title">Your week</p>
        <button
          type="button"
          className="digest-notice__close"
          aria-label="Close weekly reminder"
          onClick={dismiss}
        >
          ×
        </button>
      </div>
      <p>{text}.</p>
      {location !== '/' && (
        <Link href="/" onClick={dismiss}>
          See what is due
        </Link>
      )}
    </section>
  );
}
