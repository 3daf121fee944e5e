import { useEffect } from 'react';
import type { Theme } from '../../../shared/settings';

const STORAGE_KEY = 'handshake.theme';

/** Sets the theme on <html>; "system" leaves it to prefers-color-scheme. */
export function applyTheme(theme: Theme | null) {
  const root = document.documentElement;
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}

/**
 * The last theme is mirrored in localStorage only so the first paint, before the
 * database has answered, is already in the owner's theme. The database stays the truth.
 */
export function applyRememberedTheme() {
  applyTheme(localStorage.getItem(STORAGE_KEY) as Theme | null);
}

export function ThemeSync({ theme }: { theme: Theme | undefined }) {
  useEffect(() => {
    if (!theme) return;
    applyTheme(theme);
    localStorage.setItem(STORAGE_KEY, theme);
  }, [theme]);
  return null;
}
