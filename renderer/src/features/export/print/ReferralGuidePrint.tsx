import { useSettings } from '../../settings/queries';
import { Link } from 'wouter';
import { PrintPage } from './PrintPage';

/** Several phrases, one per line, read best as a list. */
function Phrases({ text }: { text: string }) {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length < 2) return <p className="guide__text">{text}</p>;
  return (
    <ul className="guide__phrases">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

/** /print/referral-guide — the one-page handout that teaches partners how to refer. */
export function ReferralGuidePrint() {
  const settings = useSettings();
  const businessName = settings?.businessName ?? '';
  const guide = settings?.referralGuide;
  const sections = guide
    ? [
        { title: 'Our ideal client', text: guide.idealClient },
        { title: 'What we do', text: guide.whatIDo },
        { title: 'Phrases that signal a need', text: guide.needPhrases, phrases: true },
        { title: 'What happens after you refer someone', text: guide.afterReferral },
      ].filter((section) => section.text.trim() !== '')
    : [];

  return (
    <PrintPage
      title={`${businessName || 'Handshake'} — referral guide`}
      fileName={`${businessName || 'Handshake'} referral guide.pdf`}
      back={{ href: '/settings', label: 'Back to Settings' }}
      printable={sections.length > 0}
    >
      {!settings ? (
        <p aria-busy="true">Loading the referral guide…</p>
      ) : (
        <article className="guide">
          <header className="sheet-header">
            <p className="sheet-header__eyebrow">Referral guide</p>
            <h1 className="sheet-header__title">How to refer clients to {businessName || 'us'}</h1>
            {settings.ownerName && <p className="sheet-header__intro">{settings.ownerName}</p>}
          </header>
          {sections.length === 0 ? (
            <p className="sheet-empty">
              Your referral guide is empty. Write it in{' '}
              <Link href="/settings">Settings → Referral guide</Link>, then print it here.
            </p>
          ) : (
            sections.map((section) => (
              <section key={section.title} className="guide__section" aria-label={section.title}>
                <h2 className="guide__heading">{section.title}</h2>
                {section.phrases ? (
                  <Phrases text={section.text} />
                ) : (
                  <p className="guide__text">{section.text}</p>
                )}
              </section>
            ))
          )}
          <footer className="sheet-footer">
            Thank you for every introduction.
            {(settings.ownerName || businessName) &&
              ` — ${[settings.ownerName, businessName].filter(Boolean).join(', ')}`}
          </footer>
        </article>
      )}
    </PrintPage>
  );
}
