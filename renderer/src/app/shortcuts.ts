import { useLayoutEffect } from 'react';
import { usePalette } from './CommandPalette';
import { openDialog, useDialogs } from './dialogs';

/** A dialog is already up (an app dialog, a confirmation, the palette): shortcuts wait. */
function dialogOpen(): boolean {
  return useDialogs.getState().current !== null || document.querySelector('dialog[open]') !== null;
}

/** The letter pressed, also on keyboards whose layout does not type Latin letters. */
function letterOf(event: KeyboardEvent): string {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  return /^Key[A-Z]$/.test(event.code) ? event.code.slice(3).toLowerCase() : '';
}

/**
 * App-wide shortcuts (ARCHITECTURE.md → Words the interface uses): Ctrl/Cmd+K opens (or closes) the command palette,
 * Ctrl/Cmd+N opens Add person, Ctrl/Cmd+L opens Log handshake. Both Ctrl and Cmd are accepted on every system: macOS
 * users press Cmd, others Ctrl, and a Mac keyboard on another system still works.
 * In a plain browser Chrome keeps Ctrl+N for a new window (pages never see it); the
 * desktop app and the palette's `Add person` cover that.
 */
export function useGlobalShortcuts() {
  // A layout effect: listening from the first paint, so a shortcut pressed as soon as the
  // window shows is not lost.
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const letter = letterOf(event);
      const palette = usePalette.getState();
      if (letter === 'k') {
        // Taken even when it does nothing, so the browser's own Ctrl+K (search bar) stays out.
        event.preventDefault();
        if (event.repeat) return;
        if (palette.open) palette.hide();
        else if (!dialogOpen()) palette.show();
      } else if (letter === 'n' || letter === 'l') {
        // Ctrl+L would otherwise move focus to the browser's address bar.
        event.preventDefault();
        if (dialogOpen() || event.repeat) return;
        openDialog({ kind: letter === 'n' ? 'add-person' : 'log-handshake' });
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
