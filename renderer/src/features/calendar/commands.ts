import { buildCalendar, CALENDAR_FILE_NAME, calendarUntil } from '../../../../shared/calendar/ics';
import { todayLocalDate } from '../../../../shared/dates';
import { showError } from '../../app/errors';
import { data } from '../../data';
import { platform } from '../../platform';
import { toast } from '../../ui/toasts';

const remindersWord = (count: number) => (count === 1 ? '1 reminder' : `${count} reminders`);

/**
 * Export to calendar: what is due in the next four weeks (overdue included) as an
 * iCalendar file the owner opens with their calendar. Saved through the platform: a save
 * dialog in the desktop app, a download in the browser. Says how it went in a toast.
 */
export async function exportCalendar(): Promise<void> {
  try {
    const now = new Date();
    const today = todayLocalDate(now);
    const items = await data().attention.dueItems(today, calendarUntil(today));
    if (items.length === 0) {
      toast('Nothing is due in the next four weeks, so there is nothing to export.');
      return;
    }
    const text = buildCalendar(items, { today, now });
    const result = await platform().saveFile({
      suggestedName: CALENDAR_FILE_NAME,
      filters: [{ name: 'Calendar files', extensions: ['ics'] }],
      data: new TextEncoder().encode(text),
    });
    if (result.status === 'saved') {
      toast(
        `Exported ${remindersWord(items.length)} to “${result.name}”. Open it with your calendar; exporting again updates the same events.`,
        { tone: 'success', duration: 8000 },
      );
    } else if (result.status === 'error') {
      toast(result.message, { tone: 'error' });
    }
  } catch (error) {
    showError(error);
  }
}
