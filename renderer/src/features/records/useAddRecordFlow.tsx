import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { navigate } from 'wouter/use-hash-location';
import type { Duplicate } from '../../../../shared/duplicates';
import { showError } from '../../app/errors';
import { ValidationError } from '../../data';
import { Button } from '../../ui/Button';
import { ConfirmBar } from '../../ui/ConfirmBar';
import { toast } from '../../ui/toasts';
import type { AddOutcome } from './commands';
import { DuplicateNotice } from './DuplicateNotice';

type Named = { id: string; name: string };

/** The form checked: messages to show, or the write that adds the record. */
export type Prepared<T> =
  { errors: Record<string, string> } | { add: (allowDuplicate: boolean) => Promise<AddOutcome<T>> };

interface AddRecordFlowOptions<T extends Named> {
  /** "person", "partner": for "Discard this new person?". */
  noun: string;
  /** Whether anything was typed: closing then asks first. */
  dirty: boolean;
  onClose: () => void;
  prepare: () => Prepared<T>;
  /** The record's page, opened once added (or instead, for a duplicate). */
  pathFor: (id: string) => string;
  /** Around the fields: where the cursor goes to the first one with a message. */
  body: RefObject<HTMLElement | null>;
}

/**
 * How both Add dialogs save: messages beside the fields (and the cursor on the first),
 * the duplicate question, "Discard this new …?" before dropping typed text, and on
 * success a toast and the new record's page.
 */
export function useAddRecordFlow<T extends Named>({
  noun,
  dirty,
  onClose,
  prepare,
  pathFor,
  body,
}: AddRecordFlowOptions<T>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [duplicates, setDuplicates] = useState<Duplicate<T>[] | null>(null);
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  const [saving, setSaving] = useState(false);
  const focusInvalid = useRef(false);

  useEffect(() => {
    if (!focusInvalid.current) return;
    focusInvalid.current = false;
    body.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });

  function refuse(found: Record<string, string>) {
    setErrors(found);
    focusInvalid.current = true;
  }

  async function save(allowDuplicate: boolean) {
    const prepared = prepare();
    if ('errors' in prepared) {
      refuse(prepared.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const outcome = await prepared.add(allowDuplicate);
      if (outcome.status === 'duplicate') {
        setDuplicates(outcome.duplicates);
        return;
      }
      toast(`Added ${outcome.record.name}`, { tone: 'success' });
      onClose();
      navigate(pathFor(outcome.record.id));
    } catch (error) {
      if (error instanceof ValidationError) refuse(error.fields);
      else showError(error);
    } finally {
      setSaving(false);
    }
  }

  function requestClose() {
    if (dirty) setAskingToDiscard(true);
    else onClose();
  }

  let footer;
  if (askingToDiscard) {
    footer = (
      <ConfirmBar
        message={`Discard this new ${noun}?`}
        confirmLabel="Discard"
        cancelLabel="Keep editing"
        onConfirm={onClose}
        onCancel={() => setAskingToDiscard(false)}
      />
    );
  } else if (duplicates) {
    footer = (
      <DuplicateNotice
        duplicates={duplicates}
        onOpen={(id) => {
          onClose();
          navigate(pathFor(id));
        }}
        onSaveAnyway={() => void save(true)}
        onKeepEditing={() => {
          setDuplicates(null);
          body.current?.querySelector<HTMLElement>('input')?.focus();
        }}
      />
    );
  } else {
    footer = (
      <>
        <Button onClick={requestClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={saving}>
          Save
        </Button>
      </>
    );
  }

  return {
    errors,
    footer,
    requestClose,
    /** The form's onSubmit: Enter in a single-line field, or Save. */
    submit(event: FormEvent) {
      event.preventDefault();
      if (!saving && !duplicates && !askingToDiscard) void save(false);
    },
    /** Call on every change: an answer about duplicates no longer holds. */
    changed() {
      setDuplicates(null);
    },
  };
}
