import { foldText } from '../../../shared/text';
import { exportCalendar } from '../features/calendar/commands';
import { backUpNowAndTell } from '../features/backups/commands';
import { restoreFromFile } from '../features/backups/restore-store';
import { openDialog } from './dialogs';
import { ROUTES } from './routes';

/** What an action may do: open a dialog (through the app's stores) or go somewhere. */
export interface ActionContext {
  navigate: (path: string) => void;
}

export interface PaletteAction {
  id: string;
  /** The words of ARCHITECTURE.md → Words the interface uses, as on the button that does the same thing. */
  label: string;
  /** Other words the owner might type for it. */
  keywords?: readonly string[];
  /** The letter of its Ctrl/Cmd shortcut, if it has one. */
  shortcutKey?: string;
  run: (context: ActionContext) => void;
}

/** Every action the palette offers, one line each. Only actions that work are listed. */
export const PALETTE_ACTIONS: readonly PaletteAction[] = [
  {
    id: 'add-person',
    label: 'Add person',
    keywords: ['new', 'contact'],
    shortcutKey: 'N',
    run: () => openDialog({ kind: 'add-person' }),
  },
  {
    id: 'log-handshake',
    label: 'Log handshake',
    keywords: ['meeting', 'call', 'coffee', 'interaction', 'note'],
    shortcutKey: 'L',
    run: () => openDialog({ kind: 'log-handshake' }),
  },
  {
    id: 'record-referral',
    label: 'Record referral',
    keywords: ['introduction', 'sent', 'received', 'given'],
    run: () => openDialog({ kind: 'record-referral' }),
  },
  {
    id: 'add-reminder',
    label: 'Add reminder',
    keywords: ['remind', 'later', 'follow up', 'todo'],
    run: () => openDialog({ kind: 'add-reminder' }),
  },
  {
    id: 'add-partner',
    label: 'Add partner',
    keywords: ['new', 'business'],
    run: () => openDialog({ kind: 'add-partner' }),
  },
  {
    id: 'export-partners',
    label: 'Export partners',
    keywords: ['csv', 'vcard', 'pdf', 'directory', 'print', 'spreadsheet', 'download'],
    run: () => openDialog({ kind: 'export-partners' }),
  },
  {
    id: 'export-people',
    label: 'Export people',
    keywords: ['csv', 'vcard', 'contacts', 'spreadsheet', 'download'],
    run: () => openDialog({ kind: 'export-people' }),
  },
  {
    id: 'import-contacts',
    label: 'Import contacts',
    keywords: ['csv', 'vcard', 'google', 'linkedin', 'outlook', 'upload', 'file'],
    run: () => openDialog({ kind: 'import-contacts' }),
  },
  {
    id: 'export-calendar',
    label: 'Export to calendar',
    keywords: ['ics', 'ical', 'icalendar', 'google calendar', 'outlook', 'reminders'],
    run: () => void exportCalendar(),
  },
  {
    id: 'back-up-now',
    label: 'Back up now',
    keywords: ['backup', 'save everything', 'copy', 'safe'],
    run: () => void backUpNowAndTell(),
  },
  {
    id: 'restore-from-backup',
    label: 'Restore from backup',
    keywords: ['backup', 'recover', 'bring back'],
    run: () => void restoreFromFile(),
  },
  ...ROUTES.map((route): PaletteAction => ({
    id: `go:${route.path}`,
    label: `Go to ${route.label}`,
    keywords: route.path === '/settings' ? ['trash', 'theme', 'business profile'] : [],
    run: ({ navigate }) => navigate(route.path),
  })),
];

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether every word of the query starts a word of the text. */
function wordsStart(text: string, words: readonly string[]) {
  return words.every((word) => {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      if (at === 0 || !WORD_CHARACTER.test(text[at - 1]!)) return true;
    }
    return false;
  });
}

/** macOS names the shortcut with ⌘, other systems with Ctrl. */
const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

export function shortcutLabel(key: string): string {
  return IS_MAC ? `⌘${key}` : `Ctrl+${key}`;
}

export interface ActionMatches {
  actions: PaletteAction[];
  /** An action's name begins with the query: the owner is typing an action, show it first. */
  leading: boolean;
}

/** The actions matching the query (all of them for an empty query), best first. */
export function matchActions(query: string, actions = PALETTE_ACTIONS): ActionMatches {
  const folded = foldText(query);
  if (!folded) return { actions: [...actions], leading: false };
  const words = folded.split(' ');
  const scored = actions
    .map((action) => {
      const label = foldText(action.label);
      const all = [label, ...(action.keywords ?? []).map(foldText)].join('\n');
      const score = label.startsWith(folded)
        ? 3
        : wordsStart(label, words)
          ? 2
          : wordsStart(all, words) || words.every((word) => all.includes(word))
            ? 1
            : 0;
      return { action, score };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score);
  return {
    actions: scored.map(({ action }) => action),
    leading: scored[0]?.score === 3,
  };
}
