import { addDays } from 'date-fns';
import { useState, type FormEvent } from 'react';
import type { DueItem } from '../../../../shared/attention/types';
import { parseLocalDate, toLocalDateString } from '../../../../shared/dates';
import { showError } from '../../app/errors';
import { ValidationError } from '../../data';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
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
  const [error, setError] = useState<string>();

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await snoozeItem(item, until, snoozeWords(until));
      onClose();
    } catch (caught) {
      if (caught instanceof ValidationError) setError(caught.message);
      else showError(caught);
    }
  }

  return (
    <Dialog
      title="Snooze until"
      description={item.explanation}
      onRequestClose={onClose}
      onSubmit={save}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary">
            Snooze
          </Button>
        </>
      }
    >
      <TextField
        label="Date"
        type="date"
        min={tomorrow}
        value={until}
        onChange={(event) => {
          setUntil(event.target.value);
          setError(undefined);
        }}
        error={error}
      />
    </Dialog>
  );
}
