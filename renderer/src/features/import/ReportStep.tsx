import type { ImportReport } from '../../../../shared/import/review-plan';
import { ProblemList } from './ProblemList';

/** The end of an import: what was added, merged and skipped, and each row that was not. */
export function ReportStep({ report, tag }: { report: ImportReport; tag: string }) {
  const facts: [string, number][] = [
    ['Added', report.added],
    ['Merged', report.merged],
    ['Skipped', report.skipped],
    ['Not imported', report.problems.length],
  ];
  return (
    <div className="import__step">
      <p className="import__done" role="status">
        Import finished.
      </p>
      <dl className="import__counts">
        {facts.map(([label, count]) => (
          <div key={label} className="import__count">
            <dt>{label}</dt>
            <dd>{count.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      {report.added > 0 && (
        <p className="import__note">
          Everyone added carries the tag “{tag}”, so you can find them with the Tag filter on the
          People screen.
        </p>
      )}
      {report.problems.length > 0 && (
        <ProblemList title="Rows not imported" problems={report.problems} />
      )}
    </div>
  );
}
