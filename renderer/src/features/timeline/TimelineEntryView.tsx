import { format } from 'date-fns';
import { Fragment, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { parseLocalDate } from '../../../../shared/dates';
import { INTERACTION_KIND_LABELS } from '../../../../shared/interaction-kinds';
import type { InteractionEntry, Involved } from '../../../../shared/timeline-entries';
import { Button } from '../../ui/Button';
import { KindIcon } from './kind-icons';

export const SOMEONE_DELETED = 'someone since deleted';

export const longDate = (date: string) => format(parseLocalDate(date), 'EEE d MMM yyyy');

/** "Follow up by 5 Dec", with the year only when it is not the entry's own. */
function followUpLabel(followUp: string, entryDate: string) {
  const sameYear = followUp.slice(0, 4) === entryDate.slice(0, 4);
  return `Follow up by ${format(parseLocalDate(followUp), sameYear ? 'd MMM' : 'd MMM yyyy')}`;
}

export function InvolvedName({ person }: { person: Involved }) {
  const name = person.name ?? SOMEONE_DELETED;
  if (!person.linkable) return <span className="timeline-entry__gone">{name}</span>;
  const path = person.kind === 'person' ? `/people/${person.id}` : `/partners/${person.id}`;
  return <Link href={path}>{name}</Link>;
}

/** "with Dana, Sam and Ruiz Insurance", each a link to their page. */
function InvolvedList({ involved }: { involved: readonly Involved[] }) {
  return (
    <span className="timeline-entry__with">
      with{' '}
      {involved.map((person, index) => (
        <Fragment key={`${person.kind}:${person.id}`}>
          {index > 0 && (index === involved.length - 1 ? ' and ' : ', ')}
          <InvolvedName person={person} />
        </Fragment>
      ))}
    </span>
  );
}

/** Notes, collapsed to three lines with "Show more" when they are longer. */
export function Notes({
  notes,
  expanded,
  onToggle,
}: {
  notes: string;
  expanded: boolean;
  onToggle: () => void;
}) {
  const notesId = useId();
  const element = useRef<HTMLParagraphElement>(null);
  const [overflows, setOverflows] = useState(false);

  // Whether three lines hide anything depends on the width, so check again on resize.
  useLayoutEffect(() => {
    const paragraph = element.current;
    if (!paragraph || expanded) return;
    const check = () => setOverflows(paragraph.scrollHeight > paragraph.clientHeight + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(paragraph);
    return () => observer.disconnect();
  }, [notes, expanded]);

  return (
    <div className="timeline-entry__notes-block">
      <p
        ref={element}
        id={notesId}
        className={expanded ? 'timeline-entry__notes' : 'timeline-entry__notes is-collapsed'}
      >
        {notes}
      </p>
      {(overflows || expanded) && (
        <button
          type="button"
          className="timeline-entry__more"
          aria-expanded={expanded}
          aria-controls={notesId}
          onClick={onToggle}
        >
          {expanded ? 'Show less' : 'Show more'}
        </button>
      )}
    </div>
  );
}

interface TimelineEntryViewProps {
  entry: InteractionEntry;
  notesExpanded: boolean;
  onToggleNotes: () => void;
  onEdit: () => void;
  onTrash: () => void;
  /** Put the keyboard back on Edit once shown (after the editor closed). */
  focusEdit: boolean;
  onFocused: () => void;
}

/** One interaction on a timeline: kind, date, who else, summary, notes and follow-up. */
export function TimelineEntryView({
  entry,
  notesExpanded,
  onToggleNotes,
  onEdit,
  onTrash,
  focusEdit,
  onFocused,
}: TimelineEntryViewProps) {
  const { interaction, involved } = entry;
  const titleId = useId();
  const editButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focusEdit) return;
    editButton.current?.focus();
    onFocused();
  }, [focusEdit, onFocused]);

  return (
    <article className="timeline-entry" aria-labelledby={titleId}>
      <span className={`timeline-entry__icon timeline-entry__icon--${interaction.kind}`}>
        <KindIcon kind={interaction.kind} />
      </span>
      <div className="timeline-entry__body">
        <p className="timeline-entry__meta">
          <span className="timeline-entry__kind">{INTERACTION_KIND_LABELS[interaction.kind]}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={interaction.date}>{longDate(interaction.date)}</time>
          {involved.length > 0 && (
            <>
              <span aria-hidden="true"> · </span>
              <InvolvedList involved={involved} />
            </>
          )}
        </p>
        <p className="timeline-entry__summary" id={titleId}>
          {interaction.summary}
        </p>
        {interaction.notes && (
          <Notes notes={interaction.notes} expanded={notesExpanded} onToggle={onToggleNotes} />
        )}
        {interaction.followUpDate && (
          <p className="timeline-entry__follow-up">
            {followUpLabel(interaction.followUpDate, interaction.date)}
          </p>
        )}
      </div>
      <div className="timeline-entry__actions">
        <button
          ref={editButton}
          type="button"
          className="button button--ghost timeline-entry__action"
          onClick={onEdit}
        >
          Edit<span className="visually-hidden"> {interaction.summary}</span>
        </button>
        <Button variant="ghost" className="timeline-entry__action" onClick={onTrash}>
          Move to trash<span className="visually-hidden"> {interaction.summary}</span>
        </Button>
      </div>
    </article>
  );
}
