import { useId, useMemo, useRef, useState } from 'react';
import { countLabel } from '../../../../shared/list-format';
import { entryKind, type EntryKind, type SubjectRef } from '../../../../shared/timeline-entries';
import { usePaintedMark } from '../../app/perf';
import { SelectField } from '../../ui/Field';
import { isEntryKind, KIND_FILTER_OPTIONS, KIND_PLURALS } from './kind-words';
import { useSubjectName, useSubjectTimeline } from './queries';
import { TimelineList } from './TimelineList';
import './timeline.css';

const ENTRIES = { one: 'entry', many: 'entries' };

/**
 * The "Timeline" section of a person's or partner's page: every interaction and referral
 * involving them (for a partner, also its people's), newest first by month, filterable by
 * kind, each interaction editable in place.
 */
export function Timeline({ subject }: { subject: SubjectRef }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const name = useSubjectName(subject);
  const entries = useSubjectTimeline(subject);
  const [kind, setKind] = useState<EntryKind>();
  // The page stays mounted when it moves to another record: start that one unfiltered.
  const subjectKey = `${subject.kind}:${subject.id}`;
  const [seenSubject, setSeenSubject] = useState(subjectKey);
  if (seenSubject !== subjectKey) {
    setSeenSubject(subjectKey);
    setKind(undefined);
  }
  const shown = useMemo(
    () => (kind ? entries?.filter((entry) => entryKind(entry) === kind) : entries),
    [entries, kind],
  );
  const who = subject.kind === 'partner' ? `${name} and its people` : name;
  const painted = shown && name !== undefined ? `${subject.id}:${shown.length}` : undefined;
  usePaintedMark(`${subject.kind}:timeline-rendered`, painted);

  function body() {
    if (!entries || !shown || name === undefined) return <p aria-busy="true">Loading…</p>;
    if (entries.length === 0) {
      return (
        <p className="timeline__empty">
          No meetings, calls or notes with {who} yet — use Log handshake to add the first.
        </p>
      );
    }
    if (kind && shown.length === 0) {
      return (
        <p className="timeline__empty">
          No {KIND_PLURALS[kind]} with {who} yet.
        </p>
      );
    }
    return (
      <TimelineList
        entries={shown}
        label={`Timeline of ${name}`}
        monthHeading="h3"
        onEmptied={() => heading.current?.focus()}
      />
    );
  }

  return (
    <section className="section timeline" aria-labelledby={headingId}>
      <div className="timeline__header">
        <div>
          <h2 className="section__title" id={headingId} ref={heading} tabIndex={-1}>
            Timeline
          </h2>
          <p className="section__description">
            {name === undefined
              ? 'Every meeting, call and note, newest first.'
              : `Every meeting, call and note with ${who}, newest first.`}
          </p>
        </div>
        {entries && entries.length > 0 && (
          <div className="timeline__filter">
            <SelectField
              label="Kind"
              value={kind ?? ''}
              options={KIND_FILTER_OPTIONS}
              onChange={(event) =>
                setKind(isEntryKind(event.target.value) ? event.target.value : undefined)
              }
            />
          </div>
        )}
      </div>
      {entries && entries.length > 0 && shown && (
        <p className="timeline__count" role="status">
          {countLabel(shown.length, entries.length, ENTRIES)}
        </p>
      )}
      {body()}
    </section>
  );
}
