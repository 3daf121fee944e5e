import { useEffect, useRef, useState } from 'react';
import {
  decideAll,
  defaultDecisions,
  type DuplicateChoice,
} from '../../../../shared/import/review';
import type { ImportReport } from '../../../../shared/import/review-plan';
import type {
  ColumnMapping,
  CsvTable,
  ParsedContacts,
  ReadOptions,
} from '../../../../shared/import/types';
import { DatabaseClosedError, StorageFullError, ValidationError } from '../../data';
import { ImportCancelledError } from '../../data/import-api';
import {
  applyImport,
  pickContactsFile,
  prepareReview,
  readPickedFile,
  type PickedFile,
  type PreparedReview,
} from './commands';

export type ImportStep =
  | { step: 'choose'; problem?: string }
  | { step: 'reading'; fileName?: string }
  | { step: 'mapping'; file: PickedFile; table: CsvTable; mapping: ColumnMapping }
  | {
      step: 'review';
      prepared: PreparedReview;
      decisions: Map<number, DuplicateChoice>;
      /** Why the last attempt wrote nothing (cancelled, disk full, …). */
      problem?: string;
    }
  | { step: 'importing'; prepared: PreparedReview; done: number; total: number }
  | { step: 'report'; report: ImportReport; tag: string; peopleAdded: number };

/** Lets "Reading…" paint before a large file keeps the main thread busy for a moment. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function failureMessage(error: unknown): string {
  if (error instanceof ImportCancelledError) return error.message;
  if (
    error instanceof ValidationError ||
    error instanceof StorageFullError ||
    error instanceof DatabaseClosedError
  )
    return error.message;
  console.error(error);
  return 'Something went wrong, so nothing was imported. Please try again.';
}

/**
 * The steps of Import contacts: choose a file → (map the columns of an unknown CSV) →
 * review duplicates → import with progress → report. A bad file returns to the first step
 * with its sentence; a failed or cancelled import returns to the review with its reason.
 */
export function useImportFlow() {
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const abort = useRef<AbortController | null>(null);
  // The dialog may close mid-import (Esc is a Cancel there): stop writing if it does.
  useEffect(() => () => abort.current?.abort(), []);

  async function review(fileName: string, parsed: ParsedContacts) {
    setState({ step: 'reading', fileName });
    const prepared = await prepareReview(fileName, parsed);
    setState({ step: 'review', prepared, decisions: defaultDecisions(prepared.review) });
  }

  async function read(file: PickedFile, options?: ReadOptions) {
    setState({ step: 'reading', fileName: file.name });
    await nextFrame();
    const result = readPickedFile(file, options);
    if (result.status === 'error') setState({ step: 'choose', problem: result.message });
    else if (result.status === 'needs-mapping')
      setState({ step: 'mapping', file, table: result.table, mapping: result.suggested });
    else await review(file.name, result.parsed);
  }

  /** Runs a step; if reading the stored records fails, says so on the first step. */
  async function guarded(run: () => Promise<void>) {
    try {
      await run();
    } catch (error) {
      setState({ step: 'choose', problem: failureMessage(error) });
    }
  }

  return {
    state,

    chooseFile: () =>
      guarded(async () => {
        const picked = await pickContactsFile();
        if (picked.status === 'picked') await read(picked.file);
        else if (picked.status === 'error') setState({ step: 'choose', problem: picked.message });
      }),

    /** Reads the file again with another delimiter or encoding (mapping step). */
    reread: (file: PickedFile, options: ReadOptions) => guarded(() => read(file, options)),

    setMapping(mapping: ColumnMapping) {
      setState((current) => (current.step === 'mapping' ? { ...current, mapping } : current));
    },

    confirmMapping: (fileName: string, parsed: ParsedContacts) =>
      guarded(() => review(fileName, parsed)),

    decide(index: number, choice: DuplicateChoice) {
      setState((current) =>
        current.step === 'review'
          ? { ...current, decisions: new Map(current.decisions).set(index, choice) }
          : current,
      );
    },

    decideAll(choice: DuplicateChoice) {
      setState((current) =>
        current.step === 'review'
          ? { ...current, decisions: decideAll(current.prepared.review, choice) }
          : current,
      );
    },

    async start() {
      if (state.step !== 'review') return;
      const { prepared, decisions } = state;
      const controller = new AbortController();
      abort.current = controller;
      setState({ step: 'importing', prepared, done: 0, total: 0 });
      try {
        const { report, tag, peopleAdded } = await applyImport(prepared, decisions, {
          signal: controller.signal,
          onProgress: (done, total) =>
            setState((current) =>
              current.step === 'importing' ? { ...current, done, total } : current,
            ),
        });
        setState({ step: 'report', report, tag, peopleAdded });
      } catch (error) {
        setState({ step: 'review', prepared, decisions, problem: failureMessage(error) });
      } finally {
        abort.current = null;
      }
    },

    cancel() {
      abort.current?.abort();
    },

    startOver() {
      setState({ step: 'choose' });
    },
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
