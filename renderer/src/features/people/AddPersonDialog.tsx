import { useRef, useState } from 'react';
import { ValidationError } from '../../data';
import { Dialog } from '../../ui/Dialog';
import { addPerson, validatePerson } from './commands';
import { initialPersonForm, preparePerson, type PersonFormValues } from './person-form';
import { PersonFormFields } from './PersonFormFields';
import { useTagsInUse } from '../records/queries';
import { usePartnerChoices } from './queries';
import { useAddRecordFlow } from '../records/useAddRecordFlow';

interface AddPersonDialogProps {
  partnerId?: string;
  name?: string;
  onClose: () => void;
}

/** Add person (Ctrl/Cmd+N): every field, checked for duplicates before it is saved. */
export function AddPersonDialog({ partnerId, name, onClose }: AddPersonDialogProps) {
  const partners = usePartnerChoices();
  const [initial] = useState(() =>
    initialPersonForm({ name, partner: partnerId ? { id: partnerId, name: '' } : undefined }),
  );
  const [values, setValues] = useState(initial);
  const [rowOf, setRowOf] = useState({ emails: [] as number[], phones: [] as number[] });
  const [tagsWanted, setTagsWanted] = useState(false);
  const tagsInUse = useTagsInUse(tagsWanted);

  // A prefilled partner is known by id until the partner list arrives with its name.
  const shown: PersonFormValues =
    values.partner.id && values.partner.text === ''
      ? {
          ...values,
          partner: {
            ...values.partner,
            text: partners.find((partner) => partner.id === values.partner.id)?.name ?? '',
          },
        }
      : values;

  const body = useRef<HTMLDivElement>(null);
  const flow = useAddRecordFlow({
    body,
    noun: 'person',
    dirty: JSON.stringify(values) !== JSON.stringify(initial),
    onClose,
    pathFor: (id) => `/people/${id}`,
    prepare() {
      const prepared = preparePerson(shown, partners);
      setRowOf(prepared.rowOf);
      let errors = prepared.errors;
      try {
        validatePerson(prepared.input, prepared.newPartnerName);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        // Our own messages (cadence, birthday, partner) are the more specific ones.
        errors = { ...error.fields, ...errors };
      }
      if (Object.keys(errors).length > 0) return { errors };
      return {
        add: (allowDuplicate) =>
          addPerson(prepared.input, { newPartnerName: prepared.newPartnerName, allowDuplicate }),
      };
    },
  });

  return (
    <Dialog
      title="Add person"
      onRequestClose={flow.requestClose}
      onSubmit={flow.submit}
      footer={flow.footer}
    >
      <div ref={body}>
        <PersonFormFields
          values={shown}
          onChange={(patch) => {
            setValues((current) => ({ ...current, ...patch }));
            flow.changed();
          }}
          errors={flow.errors}
          rowOf={rowOf}
          partners={partners}
          tagsInUse={tagsInUse}
          onTagsFocus={() => setTagsWanted(true)}
        />
      </div>
    </Dialog>
  );
}
