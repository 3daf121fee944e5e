import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { platform } from '../../../platform';
import { Button } from '../../../ui/Button';
import { Toaster } from '../../../ui/Toaster';
import { toast } from '../../../ui/toasts';
import './print.css';

interface PrintPageProps {
  /** The document's title while the view is open: browsers name a saved PDF after it. */
  title: string;
  /** File name offered when saving the PDF in the desktop app. */
  fileName: string;
  back: { href: string; label: string };
  /** False when there is nothing to print; the page says why in its body. */
  printable: boolean;
  children: ReactNode;
}

type Shell = 'desktop' | 'browser';

/**
 * A print view: the sheet exactly as it prints, without the app's navigation, under a
 * toolbar that print styles hide. The desktop app saves it as a PDF (main renders this
 * page with printToPDF); a browser opens its print dialog, which can save a PDF too.
 */
export function PrintPage({ title, fileName, back, printable, children }: PrintPageProps) {
  const [shell, setShell] = useState<Shell>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void platform()
      .appInfo()
      .then((info) => live && setShell(info.shell));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);

  async function print() {
    setBusy(true);
    try {
      const result = await platform().printToPdf({ suggestedName: fileName });
      if (result.status === 'saved') toast(`Saved “${result.name}”.`, { tone: 'success' });
      if (result.status === 'error') toast(result.message, { tone: 'error' });
    } catch {
      toast('The PDF could not be made. Nothing was saved.', { tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="print-page">
      <header className="print-toolbar">
        <Link href={back.href} className="print-toolbar__back">
          <span aria-hidden="true">←</span> {back.label}
        </Link>
        <p className="print-toolbar__hint">
          {shell === 'browser'
            ? 'This is how it prints. In the print dialog, choose “Save as PDF” to keep a file.'
            : 'This is how it prints.'}
        </p>
        <Button variant="primary" onClick={print} disabled={!shell || busy || !printable}>
          {shell === 'browser' ? 'Print' : 'Save as PDF'}
        </Button>
      </header>
      <main className="paper">{children}</main>
      <Toaster />
    </div>
  );
}
