import { useEffect, useState } from 'react';
import { defaultChoices, type MergeChoices } from '../../../../../shared/merge';
import { ComboboxField } from '../../../ui/Combobox';
import { Dialog } from '../../../ui/Dialog';
import { toast } from '../../../ui/toasts';
import { useSubmit } from '../../../ui/useSubmit';
import { useSearch } from '../../search/queries';
import { mergePeople } from './commands';
import { MergeTable } from './MergeTable';
import { useMergeSides, usePartnerNames } from './queries';
import './merge.css';

interface MergeDialogProps {
  /** The person whose page this is: the one kept. */
  personId: string;
  onClose: () => void;
}

/**
 * Merge with…: pick the other record of this person (type-ahead over the search index),
 * choose field by field what to keep, then Merge. The other record goes to the Trash and
 * everything that pointed to it points here.
 */
export function MergeDialog({ personId, onClose }: MergeDialogProps) {
  const [query, setQuery] = useState('');
  const [otherId, setOtherId] = useState<string>();
  const [choices, setChoices] = useState<MergeChoices>();
  const { busy, message: problem, setMessage: setProblem, run } = useSubmit();
  const { kept, other } = useMergeSides(personId, otherId);
  const partnerNames = usePartnerNames([kept?.partnerId, other?.partnerId]);
  // One more than shown, since this person may be among the hits.
  const { hits } = useSearch(query, { kind: 'person', limit: 9 });
  // Once someone is chosen the suggestions rest, until the text is changed again.
  const options =
    other && query === other.name
      ? []
      : hits
          .filter((hit) => hit.id !== personId)
          .slice(0, 8)
          .map((hit) => ({ key: hit.id, label: hit.name, detail: hit.detail || undefined }));

  // This person was trashed or merged away in another window while the dialog was open.
  useEffect(() => {
    if (kept === null) onClose();
  }, [kept, onClose]);

  function pick(id: string) {
    setOtherId(id);
    setChoices(undefined);
    setProblem(undefined);
  }

  // Choices start from the rule "keep this page's value unless it is empty" once both
  // records are loaded, and follow the owner's radios after that.
  const effective = choices ?? (kept && other ? defaultChoices(kept, other) : undefined);

  function merge() {
    if (!kept || !other || !effective) return;
    void run(async () => {
      const result = await mergePeople(kept.id, other.id, effective);
      toast(`Merged into ${result.name}`, { tone: 'success' });
      onClose();
    });
  }

  const name = kept?.name ?? 'this person';
  return (
    <Dialog
      title="Merge with…"
      description={`Fold a duplicate record into ${name}. ${name} stays; the other record goes to the Trash.`}
      onRequestClose={onClose}
      primary={{ label: 'Merge', onClick: merge, disabled: !other }}
      busy={busy}
    >
      <div className="merge">
        <ComboboxField
          label="Person to merge with"
          hint="Type part of their name, company, email or phone, then choose them."
          data-autofocus
          value={query}
          onValueChange={setQuery}
          options={options}
          onSelect={(option) => {
            setQuery(option.label);
            pick(option.key);
          }}
          onKeyDown={(event) => {
            // Enter with no suggestion highlighted takes the best match.
            if (event.key === 'Enter' && options[0]) {
              event.preventDefault();
              setQuery(options[0].label);
              pick(options[0].key);
            }
          }}
        />
        {otherId && other === null && (
          <p className="merge__problem" role="alert">
            That person is no longer available. Choose someone else.
          </p>
        )}
        {kept && other && effective && (
          <>
            <MergeTable
              kept={kept}
              other={other}
              choices={effective}
              onChoose={(field, side) => setChoices({ ...effective, [field]: side })}
              partnerNames={partnerNames}
            />
            <p className="merge__summary">
              {other.name} will go to the Trash. Their interactions, referrals and reminders will
              point to {kept.name}.
            </p>
          </>
        )}
        {problem && (
          <p className="merge__problem" role="alert">
            {problem}
          </p>
        )}
      </div>
    </Dialog>
  );
}
