import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { PageHeader } from '../../ui/PageHeader';
import './record.css';

interface RecordGoneProps {
  title: string;
  explanation: string;
  /** The list to go back to: "/people", "/partners". */
  listPath: string;
  listLabel: string;
  actions?: ReactNode;
}

/** What a record page says when its record is in the Trash or does not exist. */
export function RecordGone({ title, explanation, listPath, listLabel, actions }: RecordGoneProps) {
  return (
    <>
      <PageHeader title={title} />
      <div className="record-gone">
        <p>{explanation}</p>
        {actions}
        <Link href={listPath}>Back to {listLabel}</Link>
      </div>
    </>
  );
}
