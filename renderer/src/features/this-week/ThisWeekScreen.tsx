import { useState } from 'react';
import { Link } from 'wouter';
import type { DueItem } from '../../../../shared/attention/types';
import type { ReasonGroup } from '../../../../shared/attention/week';
import { referralDateText } from '../../../../shared/referral-rules';
import { openDialog } from '../../app/dialogs';
import { exportCalendar } from '../calendar/commands';
import { usePaintedMark } from '../../app/perf';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { DoneThisWeek } from './DoneThisWeek';
import { DueRow, subjectPath } from './DueRow';
import { MarkThankedDialog } from './MarkThankedDialog';
import { SnoozeDateDialog } from './SnoozeDateDialog';
import { useDoneThisWeek, useSuggestions, useThisWeek } from './queries';
import './this-week.css';

/** Rows shown per group before "Show all": a long neglected list stays quick to read. */
const FIRST_ROWS = 25;
/** Next week is a look ahead: fewer rows per group, and a quicker first screen. */
const FIRST_ROWS_AHEAD = 10;

interface RowActions {
  today: string;
  onMarkThanked: (item: DueItem) => void;
  onPickSnoozeDate: (item: DueItem) => void;
}

/** A group's rows: the first few, then the rest on "Show all". */
function DueList({
  items,
  first = FIRST_ROWS,
  ...actions
}: { items: readonly DueItem[]; first?: number } & RowActions) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, first);
  return (
    <>
      <ul className="due-list">
        {shown.map((item) => (
          <DueRow key={item.key} item={item} {...actions} />
        ))}
      </ul>
      {shown.length < items.length && (
        <Button variant="ghost" className="due-list__more" onClick={() => setAll(true)}>
          Show all {items.length}
        </Button>
      )}
    </>
  );
}

function DueGroup({ group, ...actions }: { group: ReasonGroup } & RowActions) {
  return (
    <Section title={group.title}>
      <DueList items={group.items} {...actions} />
    </Section>
  );
}

/** An empty week: say so kindly, and suggest who could use a call. */
function EmptyWeek({ today }: { today: string }) {
  const suggestions = useSuggestions(true, today);
  return (
    <Section
      title="All caught up"
      description="Nothing is due this week: everyone is thanked and nobody is overdue. A good moment to get ahead."
    >
      {suggestions && suggestions.length > 0 && (
        <>
          <h3 className="suggestions__title">Who could use a call</h3>
          <ul className="due-list">
            {suggestions.map(({ subject, lastTouch }) => (
              <li className="due-row" key={subject.id}>
                <div className="due-row__text">
                  <div className="due-row__who">
                    <Link href={subjectPath(subject)}>{subject.name}</Link>
                  </div>
                  <p className="due-row__why">
                    {lastTouch
                      ? `Last in touch ${referralDateText(lastTouch)}`
                      : 'Not in touch yet'}
                  </p>
                </div>
                <div className="due-row__actions">
                  <Button
                    onClick={() =>
                      openDialog({
                        kind: 'log-handshake',
                        personIds: subject.kind === 'person' ? [subject.id] : [],
                        partnerIds: subject.kind === 'partner' ? [subject.id] : [],
                      })
                    }
                  >
                    Log touch
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

/**
 * The home screen: everything due by the end of this week, overdue
 * first, grouped by reason, with an action on each; what comes next week; and what was
 * done this week.
 */
export function ThisWeekScreen() {
  const week = useThisWeek();
  const done = useDoneThisWeek(week?.week.start, week?.week.end);
  usePaintedMark('this-week:rendered', week?.today);
  const [thanking, setThanking] = useState<DueItem | null>(null);
  const [picking, setPicking] = useState<DueItem | null>(null);
  const actions: RowActions = {
    today: week?.today ?? '',
    onMarkThanked: setThanking,
    onPickSnoozeDate: setPicking,
  };

  return (
    <>
      <PageHeader
        title="This week"
        description="Whom to thank, whom to follow up and who is overdue."
        actions={
          <>
            <Button onClick={() => openDialog({ kind: 'add-reminder' })}>Add reminder</Button>
            <Button onClick={() => void exportCalendar()}>Export to calendar</Button>
            <Button variant="primary" onClick={() => openDialog({ kind: 'log-handshake' })}>
              Log handshake
            </Button>
          </>
        }
      />
      {week && (
        <div className="this-week">
          {week.groups.length === 0 ? (
            <EmptyWeek today={week.today} />
          ) : (
            week.groups.map((group) => <DueGroup key={group.reason} group={group} {...actions} />)
          )}
          <Section title="Coming up next week">
            {week.nextWeek.length === 0 ? (
              <p className="this-week__quiet">Nothing yet.</p>
            ) : (
              week.nextWeek.map((group) => (
                <div className="next-week__group" key={group.reason}>
                  <h3 className="next-week__title">{group.title}</h3>
                  <DueList items={group.items} first={FIRST_ROWS_AHEAD} {...actions} />
                </div>
              ))
            )}
          </Section>
          <DoneThisWeek done={done} />
        </div>
      )}
      {thanking && week && (
        <MarkThankedDialog item={thanking} today={week.today} onClose={() => setThanking(null)} />
      )}
      {picking && week && (
        <SnoozeDateDialog item={picking} today={week.today} onClose={() => setPicking(null)} />
      )}
    </>
  );
}
