import { formatDistance } from 'date-fns';
import { useEffect, useId, useRef, useState } from 'react';
import type { TrashedRecord } from '../../data/trash';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { toast } from '../../ui/toasts';
import { useSubmit } from '../../ui/useSubmit';
import { deleteForever, emptyTrash, restoreFromTrash } from './commands';
import { useNow, useTrash } from './queries';
import { TrashConfirm, describeCount } from './TrashConfirm';
import './TrashSection.css';

const KIND_LABEL = { person: 'Person', partner: 'Partner' } as const;

/** Settings → Trash: trashed people and partners, each restored or deleted forever. */
export function TrashSection() {
  const items = useTrash();
  // Moves every half minute, so "3 minutes ago" stays true while Settings is open.
  const now = useNow();
  const ids = useId();
  const [asking, setAsking] = useState<TrashedRecord | readonly TrashedRecord[] | null>(null);
  // Every failure is said in a toast: nothing here has fields to put a message beside.
  const { busy, run } = useSubmit({ shownFields: [] });
  const list = useRef<HTMLDivElement>(null);
  // After a line leaves the list, focus moves to the line that took its place (or to the
  // "empty" sentence), never back to the top of the page.
  const refocusAt = useRef<number | null>(null);

  useEffect(() => {
    const at = refocusAt.current;
    if (at === null || !items || !list.current) return;
    refocusAt.current = null;
    const buttons = list.current.querySelectorAll<HTMLElement>('[data-first-action]');
    const target = buttons[Math.min(at, buttons.length - 1)] ?? list.current;
    target.focus();
  }, [items]);

  async function perform(index: number, work: () => Promise<void>) {
    const done = await run(async () => {
      await work();
      refocusAt.current = index;
    });
    if (done) setAsking(null);
  }

  const restore = (item: TrashedRecord, index: number) =>
    perform(index, async () => {
      await restoreFromTrash(item);
      toast(`Restored ${item.name}.`, { tone: 'success' });
    });

  function confirm() {
    if (!asking) return;
    if (Array.isArray(asking)) {
      void perform(0, async () => {
        const count = await emptyTrash();
        const records = count === 1 ? '1 record' : `${count} records`;
        toast(`Emptied the Trash: ${records} deleted forever.`, { tone: 'success' });
      });
    } else {
      const item = asking as TrashedRecord;
      const index = items?.findIndex((line) => line.id === item.id) ?? 0;
      void perform(Math.max(index, 0), async () => {
        await deleteForever(item);
        toast(`Deleted ${item.name} forever.`, { tone: 'success' });
      });
    }
  }

  return (
    <Section
      title="Trash"
      description="People and partners you moved to the Trash stay here until you restore them or delete them forever."
    >
      <div className="trash" ref={list} tabIndex={-1}>
        {items === undefined ? (
          <p aria-busy="true">Loading…</p>
        ) : items.length === 0 ? (
          <p className="trash__empty">The Trash is empty.</p>
        ) : (
          <>
            <ul className="trash__list" aria-label="In the Trash">
              {items.map((item, index) => (
                <li key={`${item.kind}:${item.id}`} className="trash__item">
                  <div className="trash__what">
                    <span className="trash__name" id={`${ids}-${index}`}>
                      {item.name}
                    </span>
                    <span className="trash__meta">
                      {KIND_LABEL[item.kind]} · trashed{' '}
                      <time
                        dateTime={new Date(item.deletedAt).toISOString()}
                        title={new Date(item.deletedAt).toLocaleString()}
                      >
                        {formatDistance(item.deletedAt, Math.max(now, item.deletedAt), {
                          addSuffix: true,
                        })}
                      </time>
                    </span>
                  </div>
                  <div className="trash__actions">
                    <Button
                      data-first-action
                      aria-describedby={`${ids}-${index}`}
                      disabled={busy}
                      onClick={() => void restore(item, index)}
                    >
                      Restore
                    </Button>
                    <Button
                      variant="danger"
                      aria-describedby={`${ids}-${index}`}
                      disabled={busy}
                      onClick={() => setAsking(item)}
                    >
                      Delete forever
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
            <div className="trash__footer">
              <p className="trash__count">In the Trash: {describeCount(items)}.</p>
              <Button variant="danger" disabled={busy} onClick={() => setAsking(items)}>
                Empty trash
              </Button>
            </div>
          </>
        )}
      </div>
      {asking && (
        <TrashConfirm
          target={asking}
          busy={busy}
          onConfirm={confirm}
          onCancel={() => setAsking(null)}
        />
      )}
    </Section>
  );
}
