import { addDays } from 'date-fns';
import { useState, type FormEvent } from 'react';
import type { DueItem } from '../../../../shared/attention/types';
import { parseLocalDate, toLocalDateString } from '../../../../shared/dates';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { useSubmit } from '../../ui/useSubmit';
import { snoozeItem } from './commands';
import { snoozeWords } from './SnoozeMenu';

interface SnoozeDateDialogProps {
  item: DueItem;
  today: string;
  onClose: () => void;
}

/** Snooze → Pick a date…: any day after today. */
export function SnoozeDateDialog({ item, today, onClose }: SnoozeDateDialogProps) {
  const tomorrow = toLocalDateString(addDays(parseLocalDate(today), 1));
  const [until, setUntil] = useState(tomorrow);
  const { message, clear, run } = useSubmit();

  function save(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await snoozeItem(item, until, snoozeWords(until));
      onClose();
    });
  }

  return (
    <Dialog
      title="Snooze until"
      description={item.explanation}
      onRequestClose={onClose}
      onSubmit={save}
      primary={{ label: 'Snooze' }}
    >
      <TextField
        label="Date"
        type="date"
        min={tomorrow}
        value={until}
        onChange={(event) => {
          setUntil(event.target.value);
          clear();
        }}
        error={message}
      />
    </Dialog>
  );
}
