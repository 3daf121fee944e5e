import { useMemo } from 'react';
import type { Decisions, DuplicateChoice } from '../../../../shared/import/review';
import { CandidateTable } from './CandidateTable';
import type { PreparedReview } from './commands';
import { DuplicateList } from './DuplicateList';
import { ProblemList } from './ProblemList';
import { plural, usePaged } from './paged';

interface ReviewStepProps {
  prepared: PreparedReview;
  decisions: Decisions;
  onDecide: (index: number, choice: DuplicateChoice) => void;
  onDecideAll: (choice: DuplicateChoice) => void;
  /** Why the last attempt wrote nothing. */
  problem?: string;
}

const PAGE = 100;

/** What the file holds and what will happen to each row, before anything is written. */
export function ReviewStep({
  prepared,
  decisions,
  onDecide,
  onDecideAll,
  problem,
}: ReviewStepProps) {
  const { parsed, review, fileName } = prepared;
  const fresh = useMemo(() => review.items.filter((item) => !item.match), [review]);
  const { visible, more } = usePaged(fresh, PAGE);
  const people = fresh.filter((item) => item.kind === 'person').length;
  const partners = fresh.length - people;
  const facts = [
    plural(people, 'new person', 'new people'),
    partners > 0 && plural(partners, 'new partner', 'new partners'),
    review.duplicates.length > 0 &&
      plural(review.duplicates.length, 'possible duplicate', 'possible duplicates'),
    review.problems.length > 0 &&
      plural(review.problems.length, 'row with a problem', 'rows with problems'),
  ].filter(Boolean);

  return (
    <div className="import__step">
      <p className="import__summary">
        <strong>{fileName}</strong> ({parsed.formatLabel}): {facts.join(', ')}.
      </p>
      {problem && (
        <p className="import__problem" role="alert">
          {problem}
        </p>
      )}
      {review.duplicates.length > 0 && (
        <DuplicateList
          review={review}
          decisions={decisions}
          onDecide={onDecide}
          onDecideAll={onDecideAll}
        />
      )}
      {fresh.length > 0 && (
        <CandidateTable
          caption={`To be added (${fresh.length.toLocaleString()})`}
          candidates={visible}
          more={more}
        />
      )}
      {review.problems.length > 0 && (
        <ProblemList
          title={`Rows that will not be imported (${review.problems.length.toLocaleString()})`}
          problems={review.problems}
        />
      )}
      {review.items.length === 0 && (
        <p className="import__problem" role="alert">
          No row of this file can be imported.
        </p>
      )}
    </div>
  );
}
