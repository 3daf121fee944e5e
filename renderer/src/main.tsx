import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyRememberedTheme } from './app/ThemeSync';
import { showError } from './app/errors';
import { requestPersistentStorage } from './data';
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
