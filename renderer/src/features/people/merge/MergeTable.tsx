import { format } from 'date-fns';
import {
  MERGE_FIELDS,
  isBlank,
  unionEmails,
  unionPhones,
  unionTags,
  type MergeChoices,
  type MergeField,
  type MergeSide,
} from '../../../../../shared/merge';
import type { Person } from '../../../../../shared/records';

interface MergeTableProps {
  kept: Person;
  other: Person;
  choices: MergeChoices;
  onChoose: (field: MergeField, side: MergeSide) => void;
  partnerNames: Map<string, string>;
}

/** A field's value as the owner reads it; '' when empty. */
function shown(person: Person, field: MergeField, partnerNames: Map<string, string>): string {
  const value = person[field];
  if (isBlank(value)) return '';
  switch (field) {
    case 'relationship':
      return person.relationship.charAt(0).toUpperCase() + person.relationship.slice(1);
    case 'partnerId':
      return partnerNames.get(person.partnerId!) ?? 'A partner';
    case 'birthday': {
      const { day, month, year } = person.birthday!;
      const date = new Date(year ?? 2000, month - 1, day);
      return format(date, year ? 'd MMMM yyyy' : 'd MMMM');
    }
    case 'cadenceDays':
      return person.cadenceDays === 1 ? 'Every day' : `Every ${person.cadenceDays} days`;
    default:
      return String(value);
  }
}

function Choice(props: {
  field: MergeField;
  label: string;
  side: MergeSide;
  text: string;
  checked: boolean;
  onChoose: (field: MergeField, side: MergeSide) => void;
}) {
  const { field, label, side, text, checked, onChoose } = props;
  return (
    <td>
      <label className="merge-choice">
        <input
          type="radio"
          name={`merge-${field}`}
          checked={checked}
          onChange={() => onChoose(field, side)}
          aria-label={`${label}: ${text || 'empty'}`}
        />
        <span className={text ? 'merge-choice__value' : 'merge-choice__value merge__empty'}>
          {text || 'Empty'}
        </span>
      </label>
    </td>
  );
}

/**
 * Side by side: for each field both values, with a radio to keep one. Fields that agree
 * (or are empty on both sides) need no choice; emails, phones and tags are unioned.
 */
export function MergeTable({ kept, other, choices, onChoose, partnerNames }: MergeTableProps) {
  const lists = [
    { label: 'Emails', values: unionEmails(kept.emails, other.emails) },
    { label: 'Phones', values: unionPhones(kept.phones, other.phones) },
    { label: 'Tags', values: unionTags(kept.tags, other.tags) },
  ].filter(({ values }) => values.length > 0);

  return (
    <table className="merge-table">
      <caption className="visually-hidden">Which value to keep, field by field</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">{kept.name} (this page)</th>
          <th scope="col">{other.name}</th>
        </tr>
      </thead>
      <tbody>
        {MERGE_FIELDS.map(({ key, label }) => {
          const mine = shown(kept, key, partnerNames);
          const theirs = shown(other, key, partnerNames);
          if (!mine && !theirs) return null;
          return (
            <tr key={key}>
              <th scope="row">{label}</th>
              {mine === theirs ? (
                <td colSpan={2} className="merge-table__same">
                  <span className="merge-choice__value">{mine}</span>
                  <span className="merge-table__note">The same on both</span>
                </td>
              ) : (
                <>
                  {(['kept', 'merged'] as const).map((side) => (
                    <Choice
                      key={side}
                      field={key}
                      label={label}
                      side={side}
                      text={side === 'kept' ? mine : theirs}
                      checked={choices[key] === side}
                      onChoose={onChoose}
                    />
                  ))}
                </>
              )}
            </tr>
          );
        })}
        {lists.map(({ label, values }) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td colSpan={2} className="merge-table__same">
              <ul className="merge-table__union">
                {values.map((value) => (
                  <li key={value}>{value}</li>
                ))}
              </ul>
              <span className="merge-table__note">All kept, from both</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
