import { useEffect, useRef } from 'react';
import { describeDuplicate, type Duplicate } from '../../../../shared/duplicates';
import { Button } from '../../ui/Button';
import './record.css';

interface DuplicateNoticeProps {
  duplicates: readonly Duplicate<{ id: string; name: string }>[];
  onOpen: (id: string) => void;
  onSaveAnyway: () => void;
  onKeepEditing: () => void;
}

const SHOWN = 3;

/**
 * Said before saving someone who may already be there: who, and why we think so, with a
 * way to open them instead (dropping what was typed) or to save anyway.
 */
export function DuplicateNotice({
  duplicates,
  onOpen,
  onSaveAnyway,
  onKeepEditing,
}: DuplicateNoticeProps) {
  const keepEditing = useRef<HTMLButtonElement>(null);
  useEffect(() => keepEditing.current?.focus(), []);
  const more = duplicates.length - SHOWN;
  return (
    <div
      className="duplicate-notice"
      role="alert"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onKeepEditing();
      }}
    >
      <ul className="duplicate-notice__list">
        {duplicates.slice(0, SHOWN).map(({ record, reasons }) => (
          <li key={record.id} className="duplicate-notice__item">
            <p>
              Possible duplicate: <strong>{record.name}</strong> ({describeDuplicate(reasons)})
            </p>
            <Button onClick={() => onOpen(record.id)}>Open {record.name}</Button>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="duplicate-notice__more">…and {more} more with the same details.</p>
      )}
      <div className="duplicate-notice__actions">
        {/* A plain button: Button does not pass a ref on, and focus must start here. */}
        <button
          ref={keepEditing}
          type="button"
          className="button button--secondary"
          onClick={onKeepEditing}
        >
          Keep editing
        </button>
        <Button variant="primary" onClick={onSaveAnyway}>
          Save anyway
        </Button>
      </div>
    </div>
  );
}
