import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { dateRangeError } from '../../../../shared/timeline-filters';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { hasEntryFilters, toActivityFilters, useTimelineFilters } from './filters-store';
import { entryCount } from './kind-words';
import { filtersKey, useActivity, type ActivityView } from './queries';
import { TimelineFilters } from './TimelineFilters';
import { TimelineList } from './TimelineList';
import './timeline.css';

/** Entries read per page as the owner scrolls down. */
const PAGE = 200;

function statusText(view: ActivityView): string {
  if (!view.hasMore) return entryCount(view.entries.length);
  const shown = view.entries.length.toLocaleString();
  const of = view.total === undefined ? '' : ` of ${view.total.toLocaleString()}`;
  return `Showing the latest ${shown}${of} — scroll for more`;
}

/**
 * All activity across the business, newest first, read a page at a time
 * as the owner scrolls, so 200,000 interactions never load at once.
 */
export function TimelineScreen() {
  const values = useTimelineFilters((state) => state.values);
  const clear = useTimelineFilters((state) => state.clear);
  const filters = useMemo(() => toActivityFilters(values), [values]);
  const rangeError = dateRangeError(filters);
  const [limit, setLimit] = useState(PAGE);
  const heading = useRef<HTMLDivElement>(null);
  const filterBar = useRef<HTMLDivElement>(null);

  // New filters are a new list: start again from the newest page, at the top.
  const [seenFilters, setSeenFilters] = useState(filters);
  if (seenFilters !== filters) {
    setSeenFilters(filters);
    setLimit(PAGE);
  }
  useEffect(() => {
    document.getElementById('content')?.scrollTo({ top: 0 });
  }, [filters]);

  const asked = rangeError ? undefined : filters;
  const view = useActivity(asked, limit);
  // An answer for other filters is only a placeholder (dimmed) until the new one arrives.
  const sameFilters = view?.filtersKey === filtersKey(asked);
  const current = sameFilters && view?.limit === limit;
  const loadingMore = sameFilters && !current;
  const canLoadMore = current && view.hasMore && view.entries.length >= limit;
  const loadMore = useCallback(() => {
    if (canLoadMore) setLimit((shown) => shown + PAGE);
  }, [canLoadMore]);

  function body() {
    if (rangeError) return null;
    if (!view || (!sameFilters && view.entries.length === 0)) {
      return <p aria-busy="true">Loading…</p>;
    }
    if (sameFilters && view.entries.length === 0) {
      return hasEntryFilters(filters) ? (
        <p className="timeline__empty timeline__empty--screen">
          Nothing matches these filters. Try fewer, or Clear filters to see everything.
        </p>
      ) : (
        <p className="timeline__empty timeline__empty--screen">
          Nothing logged yet — use Log handshake to record your first meeting, call or note.
        </p>
      );
    }
    return (
      <div className={sameFilters ? undefined : 'timeline-screen__stale'} aria-busy={!sameFilters}>
        <TimelineList
          entries={view.entries}
          label="All activity"
          monthHeading="h2"
          onNearEnd={loadMore}
          onEmptied={() => heading.current?.focus()}
        />
        {(view.hasMore || loadingMore) && (
          <div className="timeline-more">
            {loadingMore ? (
              <p aria-busy="true">Loading older entries…</p>
            ) : (
              <Button onClick={loadMore}>Show older entries</Button>
            )}
          </div>
        )}
      </div>
    );
  }

  return (
    <>
      <div ref={heading} tabIndex={-1} className="timeline-screen__header">
        <PageHeader title="Timeline" description="All your activity, newest first." />
      </div>
      <div className="timeline-screen__filters" ref={filterBar}>
        <TimelineFilters />
        <div className="timeline-screen__bar">
          <p className="timeline-screen__status" role="status">
            {view && current && !rangeError && view.entries.length > 0 ? statusText(view) : ''}
          </p>
          {hasEntryFilters(filters) && (
            <Button
              variant="ghost"
              className="timeline-screen__clear"
              onClick={() => {
                clear();
                // The button goes away with the filters: keep the keyboard in the filters.
                filterBar.current?.querySelector<HTMLElement>('select, input')?.focus();
              }}
            >
              Clear filters
            </Button>
          )}
        </div>
      </div>
      <div className="timeline-screen__body">{body()}</div>
    </>
  );
}
