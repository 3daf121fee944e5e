import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { timelineRows, type TimelineRow } from '../../../../shared/timeline';
import type { InteractionEntry, TimelineEntry } from '../../../../shared/timeline-entries';
import { useMoney } from '../referrals/queries';
import { trashInteractionWithUndo } from './commands';
import { EntryEditor } from './EntryEditor';
import { entryCount } from './kind-words';
import { ReferralEntryView } from './ReferralEntryView';
import { TimelineEntryView } from './TimelineEntryView';
import './timeline.css';

type Row = TimelineRow<TimelineEntry>;

// Estimated heights in rem until each row is measured; notes and wrapping vary them.
const MONTH_REM = 3.5;
const ENTRY_REM = 7;
// Rows rendered beyond each edge of the view: enough for smooth scrolling, while the DOM
// stays bounded (a few dozen rows whatever the timeline's length).
const OVERSCAN = 6;
// Ask for older entries while this many rows are still below the view.
const NEAR_END = 10;

const rowKey = (row: Row) => `${row.type}:${row.key}`;

/** Where the list starts inside the app's scrolling `<main id="content">`, kept current. */
function useScrollMargin(list: RefObject<HTMLElement | null>): number {
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const element = list.current;
    const scroller = document.getElementById('content');
    if (!element || !scroller) return;
    // Anything above the list growing or shrinking (an edited detail, a banner) moves it.
    // A ResizeObserver also reports once as soon as it starts observing.
    const observer = new ResizeObserver(() => {
      const top = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      setMargin(Math.round(top + scroller.scrollTop));
    });
    for (const child of scroller.children) observer.observe(child);
    return () => observer.disconnect();
  }, [list]);
  return margin;
}

function rootFontSize(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** The entry nearest to `index` (the next one, else the previous), to move the keyboard to. */
function neighbourEntry(rows: readonly Row[], index: number): string | undefined {
  for (let next = index + 1; next < rows.length; next++) {
    if (rows[next]!.type === 'entry') return rows[next]!.key;
  }
  for (let previous = index - 1; previous >= 0; previous--) {
    if (rows[previous]!.type === 'entry') return rows[previous]!.key;
  }
  return undefined;
}

interface TimelineListProps {
  entries: readonly TimelineEntry[];
  /** Names the list for assistive technology. */
  label: string;
  /** h3 under a record page's "Timeline" heading; h2 on the Timeline screen. */
  monthHeading: 'h2' | 'h3';
  /** Called while the last rows are in view: time to load older entries. */
  onNearEnd?: (() => void) | undefined;
  /** The last entry left (moved to the Trash): somewhere for the keyboard to go. */
  onEmptied: () => void;
}

/**
 * Entries newest first under month headings, virtualised inside the app's scrolling main
 * area: only the rows in view (and a few more) are in the DOM, measured as they render
 * since notes make heights vary. Rows being edited stay rendered while scrolled away.
 */
export function TimelineList({
  entries,
  label,
  monthHeading: Heading,
  onNearEnd,
  onEmptied,
}: TimelineListProps) {
  const rows = useMemo(() => timelineRows(entries), [entries]);
  const list = useRef<HTMLUListElement>(null);
  const scrollMargin = useScrollMargin(list);
  const [rem] = useState(rootFontSize);
  const [editing, setEditing] = useState<ReadonlySet<string>>(() => new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [focusId, setFocusId] = useState<string>();
  const clearFocus = useCallback(() => setFocusId(undefined), []);
  const money = useMoney();

  const pinned = useMemo(() => {
    const ids = new Set(editing);
    if (focusId) ids.add(focusId);
    return rows.flatMap((row, index) => (row.type === 'entry' && ids.has(row.key) ? [index] : []));
  }, [rows, editing, focusId]);
  const rangeExtractor = useCallback(
    (range: Range) =>
      [...new Set([...defaultRangeExtractor(range), ...pinned])].sort((a, b) => a - b),
    [pinned],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => document.getElementById('content'),
    estimateSize: (index) => (rows[index]?.type === 'month' ? MONTH_REM : ENTRY_REM) * rem,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey: (index) => rowKey(rows[index]!),
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();

  const lastInView = virtualizer.range?.endIndex ?? -1;
  useEffect(() => {
    if (onNearEnd && lastInView >= 0 && lastInView >= rows.length - NEAR_END) onNearEnd();
  }, [onNearEnd, lastInView, rows.length]);

  const toggle = (set: ReadonlySet<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };

  async function trash(entry: InteractionEntry, index: number) {
    const neighbour = neighbourEntry(rows, index);
    if (!(await trashInteractionWithUndo(entry.interaction))) return;
    if (neighbour) setFocusId(neighbour);
    else onEmptied();
  }

  function renderEntry(entry: TimelineEntry, index: number) {
    switch (entry.type) {
      case 'referral':
        return (
          <ReferralEntryView
            entry={entry}
            formatMoney={money ? money.format : undefined}
            notesExpanded={expanded.has(entry.id)}
            onToggleNotes={() => setExpanded((set) => toggle(set, entry.id, !set.has(entry.id)))}
          />
        );
      case 'interaction':
        return editing.has(entry.id) ? (
          <EntryEditor
            interaction={entry.interaction}
            onDone={() => {
              setEditing((set) => toggle(set, entry.id, false));
              setFocusId(entry.id);
            }}
          />
        ) : (
          <TimelineEntryView
            entry={entry}
            notesExpanded={expanded.has(entry.id)}
            onToggleNotes={() => setExpanded((set) => toggle(set, entry.id, !set.has(entry.id)))}
            onEdit={() => setEditing((set) => toggle(set, entry.id, true))}
            onTrash={() => void trash(entry, index)}
            focusEdit={focusId === entry.id}
            onFocused={clearFocus}
          />
        );
    }
  }

  return (
    <ul
      ref={list}
      className="timeline-list"
      aria-label={label}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const row = rows[item.index]!;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className={`timeline-list__row timeline-list__row--${row.type}`}
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            {row.type === 'month' ? (
              <div className="timeline-month">
                <Heading className="timeline-month__title">{row.label}</Heading>
                <span className="timeline-month__count">{entryCount(row.count)}</span>
              </div>
            ) : (
              renderEntry(row.entry, item.index)
            )}
          </li>
        );
      })}
    </ul>
  );
}
