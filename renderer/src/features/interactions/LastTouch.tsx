import { format } from 'date-fns';
import { cadenceStatus, describeCadence } from '../../../../shared/cadence';
import { parseLocalDate, todayLocalDate } from '../../../../shared/dates';
import './last-touch.css';

interface LastTouchProps {
  lastTouch?: string | undefined;
  /** The keep-in-touch cadence in force (the record's own, or a default). */
  cadenceDays?: number | undefined;
  createdAt: number;
}

/** "Last touch 3 Nov 2026 · Overdue by 12 days": when they were last seen, and what is due. */
export function LastTouch({ lastTouch, cadenceDays, createdAt }: LastTouchProps) {
  const status = cadenceStatus({ cadenceDays, lastTouch, createdAt }, todayLocalDate());
  const due = describeCadence(status);
  return (
    <p className="last-touch">
      <span>
        Last touch{' '}
        <strong>{lastTouch ? format(parseLocalDate(lastTouch), 'd MMM yyyy') : 'never'}</strong>
      </span>
      {due && <span className={`last-touch__due last-touch__due--${status.state}`}>{due}</span>}
    </p>
  );
}
