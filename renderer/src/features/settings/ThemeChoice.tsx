import { useState } from 'react';
import { THEMES, type Theme } from '../../../../shared/settings';
import { showError } from '../../app/errors';
import { applyTheme } from '../../app/ThemeSync';
import { setTheme } from './commands';

const LABELS: Record<Theme, string> = {
  system: 'Match my computer',
  light: 'Light',
  dark: 'Dark',
};

/**
 * Applies at once: the choice shows immediately rather than waiting for the database
 * to answer, and goes back to the saved theme if saving fails.
 */
export function ThemeChoice({ theme }: { theme: Theme }) {
  const [chosen, setChosen] = useState(theme);
  const [saved, setSaved] = useState(theme);
  if (saved !== theme) {
    // The saved theme changed elsewhere (another window): follow it.
    setSaved(theme);
    setChosen(theme);
  }

  function choose(option: Theme) {
    setChosen(option);
    applyTheme(option);
    setTheme(option).catch((error: unknown) => {
      setChosen(saved);
      applyTheme(saved);
      showError(error);
    });
  }

  return (
    <fieldset className="choice-group">
      <legend className="field__label">Theme</legend>
      {THEMES.map((option) => (
        <label key={option} className="choice">
          <input
            type="radio"
            name="theme"
            value={option}
            checked={chosen === option}
            onChange={() => choose(option)}
          />
          {LABELS[option]}
        </label>
      ))}
    </fieldset>
  );
}
