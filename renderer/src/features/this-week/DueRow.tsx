import { Link } from 'wouter';
import { actionsFor } from '../../../../shared/attention/causes';
import type { DueItem, DueSubject } from '../../../../shared/attention/types';
import { describeWhen } from '../../../../shared/attention/week';
import { openDialog } from '../../app/dialogs';
import { Button } from '../../ui/Button';
import { completeReminder, dismissItem } from './commands';
import { SnoozeMenu } from './SnoozeMenu';

/** Where a subject's name leads: their page. */
export const subjectPath = ({ kind, id }: Pick<DueSubject, 'kind' | 'id'>) =>
  kind === 'person' ? `/people/${id}` : `/partners/${id}`;

interface DueRowProps {
  item: DueItem;
  today: string;
  onMarkThanked: (item: DueItem) => void;
  onPickSnoozeDate: (item: DueItem) => void;
}

/** One thing due: who, why, when, and what the owner can do about it. */
export function DueRow({ item, today, onMarkThanked, onPickSnoozeDate }: DueRowProps) {
  const when = describeWhen(item.dueDate, today);
  const overdue = item.dueDate < today;
  const actions = actionsFor(item.reason);
  return (
    <li className="due-row">
      <div className="due-row__text">
        <div className="due-row__who">
          <Link href={subjectPath(item.subject)}>{item.subject.name}</Link>
          <span className={overdue ? 'due-row__when due-row__when--overdue' : 'due-row__when'}>
            {when}
          </span>
        </div>
        <p className="due-row__why">{item.explanation}</p>
      </div>
      <div className="due-row__actions">
        {actions.includes('mark-thanked') && (
          <Button variant="primary" onClick={() => onMarkThanked(item)}>
            Mark thanked
          </Button>
        )}
        {actions.includes('done') && (
          <Button variant="primary" onClick={() => void completeReminder(item)}>
            Done
          </Button>
        )}
        <Button
          onClick={() =>
            openDialog({
              kind: 'log-handshake',
              personIds: item.personIds,
              partnerIds: item.partnerIds,
            })
          }
        >
          Log touch
        </Button>
        <SnoozeMenu item={item} today={today} onPickDate={onPickSnoozeDate} />
        <Button variant="ghost" onClick={() => void dismissItem(item)}>
          Dismiss
        </Button>
      </div>
    </li>
  );
}
