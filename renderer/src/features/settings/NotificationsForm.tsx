import { useId, useMemo, useState, type FormEvent } from 'react';
import './preferences.css';
import type { NotificationSettings } from '../../../../shared/settings';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { toast } from '../../ui/toasts';
import { useSubmit } from '../../ui/useSubmit';
import { useAppShell } from '../reminders/app-shell';
import { weekdayOptions } from './options';
import { saveNotifications } from './preferences-commands';

/** Whether, on which day and at what time the weekly reminder of what is due comes. */
export function NotificationsForm({ notifications }: { notifications: NotificationSettings }) {
  const weekdays = useMemo(() => weekdayOptions(navigator.language), []);
  const shell = useAppShell();
  const [enabled, setEnabled] = useState(notifications.enabled);
  const [day, setDay] = useState(String(notifications.day));
  const [time, setTime] = useState(notifications.time);
  const { busy, errors, run } = useSubmit();
  const hintId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await saveNotifications({ enabled, day: Number(day), time });
      toast(enabled ? 'Notifications saved.' : 'Notifications saved. The weekly reminder is off.', {
        tone: 'success',
      });
    });
  }

  const where =
    shell === 'desktop'
      ? 'A desktop notification such as “5 people to thank this week”, and the count on the app icon.'
      : 'In the browser it appears at the top of This week the first time you open Handshake that week.';

  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <div className="field notifications-toggle">
        <label className="choice">
          <input
            type="checkbox"
            checked={enabled}
            aria-describedby={hintId}
            onChange={(event) => setEnabled(event.target.checked)}
          />
          Remind me every week
        </label>
        <p className="field__hint" id={hintId}>
          {shell && where}
        </p>
      </div>
      <SelectField
        label="Day"
        options={weekdays}
        value={day}
        disabled={!enabled}
        onChange={(event) => setDay(event.target.value)}
        error={errors.day}
      />
      <TextField
        label="Time"
        type="time"
        required
        value={time}
        disabled={!enabled}
        onChange={(event) => setTime(event.target.value)}
        error={errors.time}
      />
      <div className="form-grid__actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Save notifications
        </Button>
      </div>
    </form>
  );
}
