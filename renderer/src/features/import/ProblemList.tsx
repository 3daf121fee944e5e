import { useId } from 'react';
import type { ImportProblem } from '../../../../shared/import/types';
import { usePaged } from './paged';

const PAGE = 100;

/** Rows not imported, each with its line in the file and why, in file order. */
export function ProblemList({
  title,
  problems,
}: {
  title: string;
  problems: readonly ImportProblem[];
}) {
  const id = useId();
  const { visible, more } = usePaged(problems, PAGE);
  return (
    <section className="import__section" aria-labelledby={id}>
      <h3 className="import__heading" id={id}>
        {title}
      </h3>
      <ul className="import__problems">
        {visible.map((problem, index) => (
          <li key={index}>
            <span className="import__problem-line">Line {problem.line}</span> {problem.reason}
          </li>
        ))}
      </ul>
      {more}
    </section>
  );
}
