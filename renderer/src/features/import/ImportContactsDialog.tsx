import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { mapColumns } from '../../../../shared/import/read';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { usePeopleFilters } from '../people/list/filters';
import { MappingStep, mappingNamesRows } from './MappingStep';
import { ReportStep } from './ReportStep';
import { ReviewStep } from './ReviewStep';
import { useImportFlow, type ImportStep } from './useImportFlow';
import './import.css';

const NO_NAME_COLUMN = 'Choose which column holds the name (or first name, last name or company).';

/**
 * Import contacts (Settings → Data, People, the command palette, the File menu): choose a
 * CSV or vCard file, map the columns of an unknown CSV, review new people and possible
 * duplicates, then import it all in one go — or nothing, if it fails or is cancelled.
 */
export function ImportContactsDialog({ onClose }: { onClose: () => void }) {
  const flow = useImportFlow();
  const { state } = flow;
  const [mappingProblem, setMappingProblem] = useState<string>();
  const [, navigate] = useLocation();
  const body = useRef<HTMLDivElement>(null);

  // Each step replaces the controls that had focus: move it to the step's main control, or
  // to the step itself, so keyboard and screen-reader users carry on from there.
  useEffect(() => {
    const dialog = body.current?.closest('dialog');
    const target = dialog?.querySelector<HTMLElement>('[data-autofocus]') ?? body.current;
    // A new step is read from its top, wherever the previous one was scrolled to.
    body.current?.closest('.dialog__body')?.scrollTo({ top: 0 });
    target?.focus({ preventScroll: true });
  }, [state.step]);

  // While writing, Esc and × mean Cancel: the dialog stays until the rollback is done.
  const requestClose = state.step === 'importing' ? flow.cancel : onClose;

  function continueMapping() {
    if (state.step !== 'mapping') return;
    if (!mappingNamesRows(state.mapping)) return setMappingProblem(NO_NAME_COLUMN);
    setMappingProblem(undefined);
    void flow.confirmMapping(state.file.name, mapColumns(state.table, state.mapping));
  }

  function showImported(tag: string) {
    const filters = usePeopleFilters.getState();
    filters.clear();
    filters.setTag(tag);
    onClose();
    navigate('/people');
  }

  const chooseAgain = (
    <Button onClick={flow.startOver} key="again">
      Choose another file
    </Button>
  );
  const footers: Record<ImportStep['step'], ReactNode> = {
    choose: <Button onClick={onClose}>Cancel</Button>,
    reading: <Button onClick={onClose}>Cancel</Button>,
    mapping: (
      <>
        {chooseAgain}
        <Button variant="primary" onClick={continueMapping}>
          Continue
        </Button>
      </>
    ),
    review: (
      <>
        {chooseAgain}
        <Button
          variant="primary"
          disabled={state.step === 'review' && state.prepared.review.items.length === 0}
          onClick={() => void flow.start()}
        >
          Import
        </Button>
      </>
    ),
    importing: <Button onClick={flow.cancel}>Cancel</Button>,
    report: (
      <>
        {state.step === 'report' && state.peopleAdded > 0 && (
          <Button onClick={() => showImported(state.tag)}>Show imported people</Button>
        )}
        <Button variant="primary" onClick={onClose} data-autofocus>
          Done
        </Button>
      </>
    ),
  };

  return (
    <Dialog title="Import contacts" onRequestClose={requestClose} footer={footers[state.step]}>
      <div className="import" ref={body} tabIndex={-1}>
        {state.step === 'choose' && (
          <ChooseStep problem={state.problem} onChoose={() => void flow.chooseFile()} />
        )}
        {state.step === 'reading' && (
          <p role="status" aria-busy="true" className="import__status">
            Reading {state.fileName ? `“${state.fileName}”` : 'the file'}…
          </p>
        )}
        {state.step === 'mapping' && (
          <MappingStep
            fileName={state.file.name}
            table={state.table}
            mapping={state.mapping}
            onMappingChange={(mapping) => {
              setMappingProblem(undefined);
              flow.setMapping(mapping);
            }}
            onReread={(options) => void flow.reread(state.file, options)}
            problem={mappingProblem}
          />
        )}
        {state.step === 'review' && (
          <ReviewStep
            prepared={state.prepared}
            decisions={state.decisions}
            onDecide={flow.decide}
            onDecideAll={flow.decideAll}
            problem={state.problem}
          />
        )}
        {state.step === 'importing' && <ProgressStep done={state.done} total={state.total} />}
        {state.step === 'report' && <ReportStep report={state.report} tag={state.tag} />}
      </div>
    </Dialog>
  );
}

function ChooseStep({ problem, onChoose }: { problem?: string; onChoose: () => void }) {
  return (
    <div className="import__step">
      <p>
        Bring in people from a CSV or vCard file: exports of Google Contacts, LinkedIn connections,
        Outlook, your phone, or any spreadsheet. You will see everything before anything is saved.
      </p>
      {problem && (
        <p className="import__problem" role="alert">
          {problem}
        </p>
      )}
      <div>
        <Button variant="primary" onClick={onChoose} data-autofocus>
          Choose file…
        </Button>
      </div>
    </div>
  );
}

function ProgressStep({ done, total }: { done: number; total: number }) {
  return (
    <div className="import__step">
      <progress
        className="import__progress"
        aria-label="Import progress"
        max={total || undefined}
        value={total ? done : undefined}
      />
      <p className="import__status" aria-live="polite">
        {total
          ? `Importing ${done.toLocaleString()} of ${total.toLocaleString()} records…`
          : 'Preparing the import…'}{' '}
        Nothing is kept unless everything is saved.
      </p>
    </div>
  );
}
