import { useState } from 'react';
import { Button } from '../../../ui/Button';
import { MergeDialog } from './MergeDialog';

/** "Merge with…" on a person's page: folds a duplicate record into this one. */
export function MergeAction({ personId }: { personId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Merge with…</Button>
      {open && <MergeDialog personId={personId} onClose={() => setOpen(false)} />}
    </>
  );
}
