import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyRememberedTheme } from './app/ThemeSync';
import { showError } from './app/errors';
import { prepareDatabase, requestPersistentStorage } from './data';
import { saveUpgradeBackup } from './features/backups/commands';
import { toast } from './ui/toasts';
import './ui/tokens.css';
import './ui/base.css';
import './ui/components.css';
import './app/layout.css';

applyRememberedTheme();
void requestPersistentStorage();

// A failed write that no screen handled still gets a sentence, never silence.
window.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  showError(event.reason);
});

// Before anything opens (and so upgrades) the database: a newer app backs up the older
// database first. If that fails the app still opens — the upgrade keeps the records — but
// the owner is told, so they can make a backup of their own.
void prepareDatabase(saveUpgradeBackup)
  .catch((error: unknown) => {
    console.error(error);
    toast(
      'Handshake could not back up your data before updating it. Your records are kept; make a backup in Settings → Data.',
      { tone: 'error', duration: 15_000 },
    );
  })
  .finally(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
