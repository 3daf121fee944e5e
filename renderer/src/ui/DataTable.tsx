import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useLocation } from 'wouter';
import { NO_VALUE } from '../../../shared/list-format';
import { nextSort, type SortDirection, type SortState } from '../../../shared/list-rules';
import './DataTable.css';

export interface Column<Row, SortKey extends string> {
  id: string;
  header: string;
  /** Width in rem; with `grow`, the least it shrinks to before the table scrolls sideways. */
  width: number;
  /** Share of the spare width this column takes (like flex-grow); fixed width without. */
  grow?: number;
  cell: (row: Row) => ReactNode;
  /** Makes the header a sort button. */
  sortKey?: SortKey;
  /** The direction a first click sorts in (dates read best newest first). */
  firstDirection?: SortDirection;
  /** Numbers line up on the right. */
  align?: 'end';
}

interface DataTableProps<Row, SortKey extends string> {
  /** Names the table for assistive technology ("People"). */
  label: string;
  rows: readonly Row[];
  columns: readonly Column<Row, SortKey>[];
  rowKey: (row: Row) => string;
  /** Where opening a row goes ("/people/<id>"): rows are links in meaning. */
  rowPath: (row: Row) => string;
  sort: SortState<SortKey>;
  onSortChange: (sort: SortState<SortKey>) => void;
  /** When this changes (new filters, new sort) the table starts again from the top. */
  resetKey?: string;
}

/** Row height in rem, so the owner's font-size setting scales rows and text together. */
const ROW_REM = 2.75;
// Enough rows past each edge that fast scrolling rarely shows a blank, few enough that
// the DOM stays far below the 100-row budget (README.md → Performance).
const OVERSCAN = 8;

/**
 * A virtualised ARIA grid: only the rows in view (plus a few) are in the DOM, each with
 * its aria-rowindex so assistive technology announces "row 1,204 of 50,001". Focus stays on
 * the grid and aria-activedescendant points at the active row; arrows, Page Up/Down, Home
 * and End move it, Enter or a click opens it.
 */
export function DataTable<Row, SortKey extends string>(props: DataTableProps<Row, SortKey>) {
  const { label, rows, columns, rowKey, rowPath, sort, onSortChange, resetKey } = props;
  const [, navigate] = useLocation();
  const idPrefix = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const [rowHeight] = useState(() => ROW_REM * rootFontSize());
  const [headHeight, setHeadHeight] = useState(rowHeight);
  const [activeKey, setActiveKey] = useState<string>();
  const gridTemplateColumns = columns
    .map(({ width, grow }) => (grow ? `minmax(${width}rem, ${grow}fr)` : `${width}rem`))
    .join(' ');
  // Narrow windows scroll the table sideways rather than squeezing names to nothing.
  const minWidth = `${columns.reduce((sum, column) => sum + column.width, 0)}rem`;

  // The header's height (its labels may wrap) decides where the rows start.
  useLayoutEffect(() => {
    const element = head.current;
    if (!element) return;
    setHeadHeight(element.offsetHeight);
    const observer = new ResizeObserver(() => setHeadHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new filter or sort is a new list: forget the active row and show its top.
  const [seenResetKey, setSeenResetKey] = useState(resetKey);
  if (seenResetKey !== resetKey) {
    setSeenResetKey(resetKey);
    setActiveKey(undefined);
  }
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [resetKey]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    // The sticky header sits above the rows inside the same scrolling box.
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
    getItemKey: (index) => rowKey(rows[index]!),
  });
  const items = virtualizer.getVirtualItems();

  const activeIndex = useMemo(
    () => (activeKey === undefined ? -1 : rows.findIndex((row) => rowKey(row) === activeKey)),
    [rows, rowKey, activeKey],
  );
  const rowId = (row: Row) => `${idPrefix}row-${rowKey(row)}`;
  const activeRendered = items.some((item) => item.index === activeIndex);

  const open = (row: Row) => navigate(rowPath(row));
  const moveTo = (index: number) => {
    const row = rows[index];
    if (!row) return;
    setActiveKey(rowKey(row));
    virtualizer.scrollToIndex(index);
  };

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    // Arriving on the grid makes the first row fully in view active, so the first arrow
    // press has a start. No scrolling here: a click that focused the grid must still land
    // on the row under the pointer.
    if (event.target !== event.currentTarget || activeIndex >= 0) return;
    const top = (scroller.current?.scrollTop ?? 0) + headHeight;
    const first = items.find((item) => item.start >= top) ?? items[0];
    const row = first && rows[first.index];
    if (row) setActiveKey(rowKey(row));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Keys pressed on a sort button belong to the button.
    if (event.target !== event.currentTarget) return;
    const last = rows.length - 1;
    const viewport = (scroller.current?.clientHeight ?? 0) - headHeight;
    const page = Math.max(1, Math.floor(viewport / rowHeight) - 1);
    const from = Math.max(activeIndex, 0);
    const targets: Record<string, number> = {
      ArrowDown: activeIndex < 0 ? 0 : Math.min(last, from + 1),
      ArrowUp: Math.max(0, from - 1),
      PageDown: Math.min(last, from + page),
      PageUp: Math.max(0, from - page),
      Home: 0,
      End: last,
    };
    if (event.key === 'Enter') {
      const row = rows[activeIndex];
      if (row) open(row);
    } else if (event.key in targets) {
      moveTo(targets[event.key]!);
    } else {
      return;
    }
    event.preventDefault();
  }

  return (
    <div
      ref={scroller}
      className="data-table"
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={activeRendered ? rowId(rows[activeIndex]!) : undefined}
      tabIndex={0}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <div ref={head} className="data-table__head" role="rowgroup" style={{ minWidth }}>
        <div
          className="data-table__row"
          role="row"
          aria-rowindex={1}
          style={{ gridTemplateColumns }}
        >
          {columns.map((column) => (
            <HeaderCell
              key={column.id}
              column={column}
              sort={sort}
              onSort={(key) => onSortChange(nextSort(sort, key, column.firstDirection))}
            />
          ))}
        </div>
      </div>
      <div
        className="data-table__body"
        role="rowgroup"
        style={{ height: virtualizer.getTotalSize(), minWidth }}
      >
        {items.map((item) => {
          const row = rows[item.index]!;
          const classes = ['data-table__row', 'data-table__row--body'];
          if (item.index % 2 === 1) classes.push('data-table__row--striped');
          if (item.index === activeIndex) classes.push('data-table__row--active');
          return (
            <div
              key={item.key}
              id={rowId(row)}
              className={classes.join(' ')}
              role="row"
              aria-rowindex={item.index + 2}
              style={{
                gridTemplateColumns,
                height: rowHeight,
                transform: `translateY(${item.start - headHeight}px)`,
              }}
              onClick={() => open(row)}
            >
              {columns.map((column) => (
                <div
                  key={column.id}
                  className={
                    column.align ? 'data-table__cell data-table__cell--end' : 'data-table__cell'
                  }
                  role="gridcell"
                >
                  {column.cell(row)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}

interface HeaderCellProps<Row, SortKey extends string> {
  column: Column<Row, SortKey>;
  sort: SortState<SortKey>;
  onSort: (key: SortKey) => void;
}

function HeaderCell<Row, SortKey extends string>({
  column,
  sort,
  onSort,
}: HeaderCellProps<Row, SortKey>) {
  const { sortKey } = column;
  const sorted = sortKey !== undefined && sortKey === sort.key ? sort.direction : undefined;
  const classes = column.align ? 'data-table__header data-table__cell--end' : 'data-table__header';
  return (
    <div className={classes} role="columnheader" aria-sort={sorted}>
      {sortKey === undefined ? (
        <span className="data-table__header-label">{column.header}</span>
      ) : (
        <button type="button" className="data-table__sort" onClick={() => onSort(sortKey)}>
          {column.header}
          <SortArrow direction={sorted} />
        </button>
      )}
    </div>
  );
}

function SortArrow({ direction }: { direction: SortDirection | undefined }) {
  return (
    <svg
      className={direction ? 'data-table__arrow data-table__arrow--on' : 'data-table__arrow'}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={direction === 'descending' ? 'M8 3v10M4 9l4 4 4-4' : 'M8 13V3M4 7l4-4 4 4'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** A panel in place of the table: nothing stored yet, or nothing matching the filters. */
export function TableMessage({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="table-message">
      <h2 className="table-message__title">{title}</h2>
      <p className="table-message__text">{children}</p>
      {action && <div className="table-message__action">{action}</div>}
    </div>
  );
}

/** A cell's text, or a quiet dash when there is none. */
export function orDash(text: string | undefined): ReactNode {
  return text ? text : <span className="data-table__muted">{NO_VALUE}</span>;
}

function rootFontSize(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}
