import { openDialog } from '../../app/dialogs';
import { Button } from '../../ui/Button';
import './import.css';

/** Opens Import contacts; for screens that offer it (People, Settings → Data). */
export function ImportContactsButton({ variant }: { variant?: 'primary' | 'secondary' }) {
  return (
    <Button variant={variant} onClick={() => openDialog({ kind: 'import-contacts' })}>
      Import contacts
    </Button>
  );
}
