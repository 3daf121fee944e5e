import { openDialog } from '../../app/dialogs';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';

/** The home screen. Its list of what is due arrives with the attention engine. */
export function ThisWeekScreen() {
  return (
    <>
      <PageHeader
        title="This week"
        actions={
          <Button variant="primary" onClick={() => openDialog({ kind: 'log-handshake' })}>
            Log handshake
          </Button>
        }
      />
      <div className="planned">
        <p>
          Whom to thank, whom to follow up and who is overdue this week will be listed here, with an
          action on each.
        </p>
      </div>
    </>
  );
}
