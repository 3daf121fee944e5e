import type { TrashedRecord } from '../../data/trash';
import { Dialog } from '../../ui/Dialog';

interface TrashConfirmProps {
  /** One record to delete forever, or every record in the Trash. */
  target: TrashedRecord | readonly TrashedRecord[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

const counted = (count: number, one: string, many: string) =>
  `${count} ${count === 1 ? one : many}`;

/** "2 people and 1 partner" */
export function describeCount(records: readonly TrashedRecord[]): string {
  const people = records.filter((record) => record.kind === 'person').length;
  const partners = records.length - people;
  return [
    people > 0 && counted(people, 'person', 'people'),
    partners > 0 && counted(partners, 'partner', 'partners'),
  ]
    .filter(Boolean)
    .join(' and ');
}

/** Asks before anything is deleted forever. Focus starts on Cancel, the safe answer. */
export function TrashConfirm({ target, busy, onConfirm, onCancel }: TrashConfirmProps) {
  const all = Array.isArray(target);
  const single = all ? undefined : (target as TrashedRecord);
  const title = single ? `Delete ${single.name} forever?` : 'Empty trash?';
  const confirmLabel = single ? 'Delete forever' : 'Empty trash';
  return (
    <Dialog
      title={title}
      onRequestClose={onCancel}
      primary={{ label: confirmLabel, onClick: onConfirm, variant: 'danger' }}
      busy={busy}
      cancelFirst
    >
      <p className="trash-confirm">
        {single
          ? single.kind === 'partner'
            ? 'This cannot be undone. Its people stay in Handshake, no longer linked to it.'
            : 'This cannot be undone.'
          : `The ${describeCount(target as readonly TrashedRecord[])} in the Trash will be deleted forever. This cannot be undone.`}
      </p>
    </Dialog>
  );
}
