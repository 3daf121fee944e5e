import { addDays, addWeeks, format } from 'date-fns';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { DueItem } from '../../../../shared/attention/types';
import { parseLocalDate, toLocalDateString } from '../../../../shared/dates';
import { showError } from '../../app/errors';
import { snoozeItem } from './commands';

interface SnoozeMenuProps {
  item: DueItem;
  today: string;
  /** "Pick a date…": the screen opens its date dialog for this item. */
  onPickDate: (item: DueItem) => void;
}

/** The words in the toast: "Monday 23 Nov". */
export const snoozeWords = (date: string) => format(parseLocalDate(date), 'EEEE d MMM');

/**
 * Snooze: a menu button (1 day, 1 week, Pick a date…) with the keyboard behaviour of
 * the ARIA menu pattern — arrows move, Esc closes and returns focus to the button.
 */
/** One choice of the menu: focus moves between them with the arrow keys (onMenuKey). */
function MenuItem({ label, onChoose }: { label: string; onChoose: () => void }) {
  return (
    <li role="none">
      <button type="button" role="menuitem" tabIndex={-1} onClick={onChoose}>
        {label}
      </button>
    </li>
  );
}

export function SnoozeMenu({ item, today, onPickDate }: SnoozeMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  function snoozeFor(date: Date) {
    close();
    const until = toLocalDateString(date);
    snoozeItem(item, until, snoozeWords(until)).catch(showError);
  }

  function onMenuKey(event: KeyboardEvent) {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => list[(to + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  }

  const day = parseLocalDate(today);
  return (
    <div className="snooze">
      <button
        ref={button}
        type="button"
        className="button button--ghost"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Snooze
      </button>
      {open && (
        <ul
          className="snooze__menu"
          role="menu"
          id={menuId}
          aria-label="Snooze"
          ref={menu}
          onKeyDown={onMenuKey}
        >
          <MenuItem label="1 day" onChoose={() => snoozeFor(addDays(day, 1))} />
          <MenuItem label="1 week" onChoose={() => snoozeFor(addWeeks(day, 1))} />
          <MenuItem
            label="Pick a date…"
            onChoose={() => {
              setOpen(false);
              onPickDate(item);
            }}
          />
        </ul>
      )}
    </div>
  );
}
