import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { openDialog } from '../../app/dialogs';
import { showError } from '../../app/errors';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { LastTouch } from '../interactions/LastTouch';
import { ReferralsSection } from '../referrals/ReferralsSection';
import { Timeline } from '../timeline/Timeline';
import type { Lookup } from './queries';
import { RecordGone } from './RecordGone';
import { moveToTrashWithUndo } from './trash-with-undo';
import './record.css';

interface PageRecord {
  id: string;
  name: string;
  lastTouch?: string | undefined;
  createdAt: number;
}

/** What differs between a person's page and a partner's. */
export interface RecordKind {
  kind: 'person' | 'partner';
  /** "/people", and the list's name for the way back. */
  listPath: string;
  listLabel: string;
  missing: { title: string; text: string };
  trashed: { title: string; text: (name: string) => string };
  trash: (id: string) => Promise<unknown>;
  restore: (id: string) => Promise<unknown>;
}

/** A record page's subject loading, missing or in the Trash; else `view` shows it. */
export function RecordPage<T extends PageRecord>({
  lookup,
  kind,
  view,
}: {
  lookup: Lookup<T>;
  kind: RecordKind;
  view: (record: T) => ReactNode;
}) {
  switch (lookup.status) {
    case 'loading':
      return <p aria-busy="true">Loading…</p>;
    case 'missing':
      return (
        <RecordGone
          title={kind.missing.title}
          explanation={kind.missing.text}
          listPath={kind.listPath}
          listLabel={kind.listLabel}
        />
      );
    case 'trashed':
      return (
        <RecordGone
          title={kind.trashed.title}
          explanation={kind.trashed.text(lookup.record.name)}
          listPath={kind.listPath}
          listLabel={kind.listLabel}
          actions={
            <Button
              variant="primary"
              onClick={() => kind.restore(lookup.record.id).catch(showError)}
            >
              Restore
            </Button>
          }
        />
      );
    case 'found':
      return view(lookup.record);
  }
}

interface RecordViewProps {
  kind: RecordKind;
  record: PageRecord;
  /** Under the name: role or category, then the relationship or status badge. */
  subtitle: ReactNode;
  badge: string;
  /** Between Log handshake and Move to trash. */
  actions?: ReactNode;
  cadenceDays: number | undefined;
  details: ReactNode;
  /** Between the details and the timeline. */
  children?: ReactNode;
}

/** One record's page: the header and its actions, last touch, details, timeline, referrals. */
export function RecordView({
  kind,
  record,
  subtitle,
  badge,
  actions,
  cadenceDays,
  details,
  children,
}: RecordViewProps) {
  const { id, name } = record;
  const subject = { kind: kind.kind, id };
  const logWith = kind.kind === 'person' ? { personIds: [id] } : { partnerIds: [id] };
  return (
    <>
      <Link href={kind.listPath} className="record-back">
        <span aria-hidden="true">← </span>
        {kind.listLabel}
      </Link>
      <div className="record-header">
        <PageHeader
          title={name}
          description={
            <span className="record-subtitle">
              {subtitle && <span>{subtitle}</span>}
              <span className="badge">{badge}</span>
            </span>
          }
          actions={
            <>
              <Button
                variant="primary"
                onClick={() => openDialog({ kind: 'log-handshake', ...logWith })}
              >
                Log handshake
              </Button>
              {actions}
              <Button
                variant="danger"
                onClick={() =>
                  void moveToTrashWithUndo({
                    name,
                    trash: () => kind.trash(id),
                    restore: () => kind.restore(id),
                    listPath: kind.listPath,
                    pagePath: `${kind.listPath}/${id}`,
                  })
                }
              >
                Move to trash
              </Button>
            </>
          }
        />
      </div>
      <LastTouch
        lastTouch={record.lastTouch}
        cadenceDays={cadenceDays}
        createdAt={record.createdAt}
      />
      <Section title="Details" description="Click a detail, or press Enter on it, to change it.">
        {details}
      </Section>
      {children}
      <Timeline subject={subject} />
      <ReferralsSection subject={subject} />
    </>
  );
}
