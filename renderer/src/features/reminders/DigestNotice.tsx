import { Link, useLocation } from 'wouter';
import { Button } from '../../ui/Button';
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
      <p className="digest-notice__title">Your week</p>
      <p className="digest-notice__text">{text}.</p>
      <div className="digest-notice__actions">
        {location !== '/' && (
          <Link href="/" className="digest-notice__link" onClick={dismiss}>
            See what is due
          </Link>
        )}
        <Button variant="ghost" onClick={dismiss}>
          Dismiss
        </Button>
      </div>
    </section>
  );
}
