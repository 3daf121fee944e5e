import { useId } from 'react';
import { describeDuplicate } from '../../../../shared/duplicates';
import {
  DUPLICATE_CHOICES,
  type Decisions,
  type DuplicateChoice,
  type ImportReview,
  type ReviewItem,
} from '../../../../shared/import/review';
import { Button } from '../../ui/Button';
import { plural, usePaged } from './paged';

interface DuplicateListProps {
  review: ImportReview;
  decisions: Decisions;
  onDecide: (index: number, choice: DuplicateChoice) => void;
  onDecideAll: (choice: DuplicateChoice) => void;
}

const PAGE = 50;

const itemName = (item: ReviewItem) =>
  item.kind === 'person' ? item.person.name : item.partner.name;

function itemDetail(item: ReviewItem): string {
  if (item.kind === 'partner') return 'Partner';
  return [item.person.company, ...item.person.emails, ...item.person.phones]
    .filter(Boolean)
    .join(' · ');
}

/** "Same email dana@… as Dana Ruiz, already in Handshake." / "… as line 3 of this file." */
function matchSentence(item: ReviewItem): string {
  const match = item.match!;
  const why = describeDuplicate(match.reasons);
  const what = why.charAt(0).toUpperCase() + why.slice(1);
  return match.target.kind === 'existing'
    ? `${what} as ${match.target.name}, already in Handshake.`
    : `${what} as ${match.target.name} on line ${match.target.line} of this file.`;
}

const ALL_LABELS: Record<DuplicateChoice, string> = {
  skip: 'Skip all',
  merge: 'Merge all',
  add: 'Add all anyway',
};

/**
 * Each possible duplicate with its three choices: skip the row, merge it into the record it
 * matches (nothing the owner has is overwritten), or add it as someone new.
 */
export function DuplicateList({ review, decisions, onDecide, onDecideAll }: DuplicateListProps) {
  const id = useId();
  const { visible, more } = usePaged(review.duplicates, PAGE);
  const count = review.duplicates.length;
  return (
    <section className="import__section" aria-labelledby={`${id}-title`}>
      <h3 className="import__heading" id={`${id}-title`}>
        Possible duplicates ({count.toLocaleString()})
      </h3>
      <p className="import__note">
        {count === 1 ? 'This row looks like someone' : 'These rows look like someone'} you already
        have. Merging adds new emails, phones and tags and fills empty fields; it never overwrites
        what you have.
      </p>
      <div className="import__apply-all" role="group" aria-label="Apply to all">
        <span className="import__apply-label" aria-hidden="true">
          Apply to all:
        </span>
        {DUPLICATE_CHOICES.map(({ value }) => (
          <Button key={value} onClick={() => onDecideAll(value)}>
            {ALL_LABELS[value]}
          </Button>
        ))}
      </div>
      <ul className="import__duplicates">
        {visible.map((index) => {
          const item = review.items[index]!;
          const labelId = `${id}-${index}`;
          const chosen = decisions.get(index) ?? 'merge';
          return (
            <li key={index} className="import__duplicate">
              <div className="import__duplicate-text">
                <p id={labelId} className="import__duplicate-name">
                  Line {item.line}: {itemName(item)}
                </p>
                {itemDetail(item) && <p className="import__note">{itemDetail(item)}</p>}
                <p className="import__match">{matchSentence(item)}</p>
              </div>
              <div className="import__choices" role="radiogroup" aria-labelledby={labelId}>
                {DUPLICATE_CHOICES.map(({ value, label }) => (
                  <label key={value} className="import__choice">
                    <input
                      type="radio"
                      name={`${id}-choice-${index}`}
                      value={value}
                      checked={chosen === value}
                      onChange={() => onDecide(index, value)}
                    />
                    {label}
                  </label>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
      {more}
      <p className="import__note" aria-live="polite">
        {summary(review, decisions)}
      </p>
    </section>
  );
}

function summary(review: ImportReview, decisions: Decisions): string {
  const counts = { skip: 0, merge: 0, add: 0 };
  for (const index of review.duplicates) counts[decisions.get(index) ?? 'merge'] += 1;
  return `${plural(counts.merge, 'row', 'rows')} to merge, ${counts.skip.toLocaleString()} to skip, ${counts.add.toLocaleString()} to add anyway.`;
}
