import { useState } from 'react';
import { format } from 'date-fns';
import { parseLocalDate, todayLocalDate } from '../../../../shared/dates';
import { farFutureSuggestion } from '../../../../shared/timeline';
import { Button } from '../../ui/Button';
import './far-future.css';

const longDate = (date: string) => format(parseLocalDate(date), 'd MMM yyyy');

/**
 * A date more than a year ahead is usually a typo: forms ask "Did you mean …?" until the
 * owner uses the suggestion or keeps what they typed. Returns whether the question is
 * open (the form should not save yet) and the question to show.
 */
export function useFarFutureQuestion(date: string, setDate: (date: string) => void, kept = '') {
  const [confirmed, setConfirmed] = useState(kept);
  const suggestion =
    date && date !== confirmed ? farFutureSuggestion(date, todayLocalDate()) : undefined;
  const question = suggestion ? (
    <div className="far-future" role="alert">
      <p>
        {longDate(date)} is more than a year away. Did you mean {longDate(suggestion)}?
      </p>
      <div className="far-future__actions">
        <Button variant="primary" onClick={() => setDate(suggestion)}>
          Use {longDate(suggestion)}
        </Button>
        <Button onClick={() => setConfirmed(date)}>Keep {longDate(date)}</Button>
      </div>
    </div>
  ) : null;
  return { open: suggestion !== undefined, question };
}
