import { dateRangeError } from '../../../../shared/timeline-filters';
import { SelectField, TextField } from '../../ui/Field';
import { useTimelineFilters } from './filters-store';
import { isEntryKind, KIND_FILTER_OPTIONS } from './kind-words';
import { useTagsInUse } from './queries';
import { SubjectFilter } from './SubjectFilter';

/** The Timeline screen's filters: kind, dates, person or partner, tag. */
export function TimelineFilters() {
  const { values, resets, change } = useTimelineFilters();
  const tags = useTagsInUse();
  const rangeError = dateRangeError(values);
  const tagOptions = [
    { value: '', label: 'All tags' },
    ...tags.map((tag) => ({ value: tag, label: tag })),
  ];

  return (
    <div className="timeline-filters" role="group" aria-label="Filters">
      <SelectField
        label="Kind"
        value={values.kind ?? ''}
        options={KIND_FILTER_OPTIONS}
        onChange={(event) =>
          change({ kind: isEntryKind(event.target.value) ? event.target.value : undefined })
        }
      />
      <TextField
        label="From"
        type="date"
        value={values.from ?? ''}
        onChange={(event) => change({ from: event.target.value || undefined })}
      />
      <TextField
        label="To"
        type="date"
        value={values.to ?? ''}
        onChange={(event) => change({ to: event.target.value || undefined })}
        error={rangeError}
      />
      <SubjectFilter
        // Clear filters empties the box's own text too.
        key={resets}
        value={values.subject}
        onChange={(subject) => change({ subject })}
      />
      <SelectField
        label="Tag"
        value={values.tag ?? ''}
        options={tagOptions}
        onChange={(event) => change({ tag: event.target.value || undefined })}
      />
    </div>
  );
}
