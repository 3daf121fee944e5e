import { useEffect, useRef } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useSettings } from '../features/settings/queries';
import { PlannedScreen } from '../ui/PlannedScreen';
import { Toaster } from '../ui/Toaster';
import { DatabaseBanner } from './DatabaseBanner';
import { ErrorBoundary } from './ErrorBoundary';
import { Navigation } from './Navigation';
import { DETAIL_ROUTES, PRINT_ROUTES, ROUTES } from './routes';
import { DialogHost } from './DialogHost';
import { BackupCompanion } from '../features/backups/BackupCompanion';
import { CommandPalette } from './CommandPalette';
import { useGlobalShortcuts } from './shortcuts';
import { ThemeSync } from './ThemeSync';

function Shell() {
  const settings = useSettings();
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  useGlobalShortcuts();

  // After navigating, move focus to the new screen so keyboard and screen-reader users
  // start there rather than in the navigation.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#content"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to content
      </a>
      <ThemeSync theme={settings?.theme} />
      <Navigation businessName={settings?.businessName} />
      <main className="content" id="content" ref={main} tabIndex={-1}>
        <DatabaseBanner />
        <div className="content__inner">
          <ErrorBoundary resetKey={location}>
            <Switch>
              {ROUTES.map(({ path, screen }) => (
                <Route key={path} path={path} component={screen} />
              ))}
              {DETAIL_ROUTES.map(({ path, screen }) => (
                <Route key={path} path={path} component={screen} />
              ))}
              <Route>
                <PlannedScreen
                  title="Page not found"
                  description="There is nothing at this address. Choose a section on the left."
                />
              </Route>
            </Switch>
          </ErrorBoundary>
        </div>
      </main>
      <DialogHost />
      <BackupCompanion />
      <CommandPalette />
      <Toaster />
    </div>
  );
}

export function App() {
  return (
    <ErrorBoundary>
      <Router hook={useHashLocation}>
        <Switch>
          {/* Print views fill the window alone: what is on screen is what prints. */}
          {PRINT_ROUTES.map(({ path, screen }) => (
            <Route key={path} path={path} component={screen} />
          ))}
          <Route>
            <Shell />
          </Route>
        </Switch>
      </Router>
    </ErrorBoundary>
  );
}
