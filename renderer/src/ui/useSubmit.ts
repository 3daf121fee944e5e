import { useCallback, useRef, useState } from 'react';
import { showError } from '../app/errors';
import { ValidationError } from '../data';

export type FieldMessages = Record<string, string>;

interface SubmitOptions {
  /**
   * The fields the form shows. A refusal naming none of them is also said in a toast, so
   * a rule about something off screen is never silent. Without it, every refusal stays
   * beside the fields.
   */
  shownFields?: readonly string[];
}

/**
 * The busy state and refusals of one form: `run` does the write once at a time, turns a
 * ValidationError into messages beside the fields (`errors`) and a sentence for the form
 * (`message`), and says any other failure in a toast. Resolves true when the write
 * succeeded.
 */
export function useSubmit({ shownFields }: SubmitOptions = {}) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldMessages>({});
  const [message, setMessage] = useState<string>();
  const running = useRef(false);

  const run = useCallback(
    async (write: () => Promise<unknown>): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      try {
        await write();
        setErrors({});
        setMessage(undefined);
        return true;
      } catch (error) {
        if (!(error instanceof ValidationError)) {
          showError(error);
          return false;
        }
        setErrors(error.fields);
        setMessage(error.message);
        const fields = Object.keys(error.fields);
        if (shownFields && !fields.some((field) => shownFields.includes(field))) showError(error);
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [shownFields],
  );

  /** Forgets the messages of the fields just changed. */
  const clear = useCallback((...fields: string[]) => {
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([key]) => !fields.includes(key))),
    );
    setMessage(undefined);
  }, []);

  return { busy, errors, setErrors, message, setMessage, run, clear };
}
