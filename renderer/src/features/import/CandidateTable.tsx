import type { PartnerInput, PersonInput } from '../../../../shared/records';
import type { ImportProblem } from '../../../../shared/import/types';
import type { ReactNode } from 'react';

/** A row read from the file (before or after review): a person or a company-only partner. */
export type CandidateRow =
  | { line: number; kind: 'person'; person: PersonInput }
  | { line: number; kind: 'partner'; partner: PartnerInput };

interface CandidateTableProps {
  caption: string;
  candidates: readonly CandidateRow[];
  /** Rows that will not be imported, shown among the others by line. */
  problems?: readonly ImportProblem[];
  /** "Show more" under the table, for long lists. */
  more?: ReactNode;
}

const list = (values: readonly string[] | undefined) => (values ?? []).join(', ');

function cells(row: CandidateRow) {
  if (row.kind === 'person') {
    const { name, company, emails, phones, tags } = row.person;
    return { name, company, emails: list(emails), phones: list(phones), tags: list(tags) };
  }
  const { name, email, phone, tags, category } = row.partner;
  return {
    name,
    company: category ? `Partner · ${category}` : 'Partner',
    emails: email ?? '',
    phones: phone ?? '',
    tags: list(tags),
  };
}

/** What the file's rows become: the preview while mapping, the new records in review. */
export function CandidateTable({ caption, candidates, problems = [], more }: CandidateTableProps) {
  const rows = [
    ...candidates.map((row) => ({ line: row.line, row, problem: undefined })),
    ...problems.map((problem) => ({ line: problem.line, row: undefined, problem })),
  ].sort((a, b) => a.line - b.line);
  return (
    <div className="import__table-wrap">
      <table className="import-table">
        <caption className="import__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="import-table__line">
              Line
            </th>
            <th scope="col">Name</th>
            <th scope="col">Company</th>
            <th scope="col">Email</th>
            <th scope="col">Phone</th>
            <th scope="col">Tags</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={6} className="import-table__empty">
                No rows.
              </td>
            </tr>
          )}
          {rows.map(({ line, row, problem }, index) => {
            if (problem) {
              return (
                <tr key={`p${index}`} className="import-table__problem">
                  <td className="import-table__line">{line}</td>
                  <td colSpan={5}>Not imported: {problem.reason}</td>
                </tr>
              );
            }
            const shown = cells(row!);
            return (
              <tr key={`c${index}`}>
                <td className="import-table__line">{line}</td>
                <td>{shown.name}</td>
                <td>{shown.company}</td>
                <td>{shown.emails}</td>
                <td>{shown.phones}</td>
                <td>{shown.tags}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {more}
    </div>
  );
}
