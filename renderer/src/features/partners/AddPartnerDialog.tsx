import { useRef, useState } from 'react';
import { ValidationError } from '../../data';
import { Dialog } from '../../ui/Dialog';
import { useTagsInUse } from '../records/queries';
import { useAddRecordFlow } from '../records/useAddRecordFlow';
import { addPartner, validatePartner } from './commands';
import { initialPartnerForm, preparePartner, type PartnerFormValues } from './partner-form';
import { PartnerFormFields } from './PartnerFormFields';
import { useStatusCadence } from './queries';

/** Add partner: every field, checked for a partner of the same name before it is saved. */
export function AddPartnerDialog({ name, onClose }: { name?: string; onClose: () => void }) {
  const [initial] = useState(() => initialPartnerForm({ name }));
  const [values, setValues] = useState<PartnerFormValues>(initial);
  const [tagsWanted, setTagsWanted] = useState(false);
  const tagsInUse = useTagsInUse(tagsWanted);
  const statusCadence = useStatusCadence(values.status);

  const body = useRef<HTMLDivElement>(null);
  const flow = useAddRecordFlow({
    body,
    noun: 'partner',
    dirty: JSON.stringify(values) !== JSON.stringify(initial),
    onClose,
    pathFor: (id) => `/partners/${id}`,
    prepare() {
      const prepared = preparePartner(values);
      let errors = prepared.errors;
      try {
        validatePartner(prepared.input);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        errors = { ...error.fields, ...errors };
      }
      if (Object.keys(errors).length > 0) return { errors };
      return { add: (allowDuplicate) => addPartner(prepared.input, { allowDuplicate }) };
    },
  });

  return (
    <Dialog
      title="Add partner"
      description="A business that serves the same customers as you do."
      onRequestClose={flow.requestClose}
      onSubmit={flow.submit}
      footer={flow.footer}
    >
      <div ref={body}>
        <PartnerFormFields
          values={values}
          onChange={(patch) => {
            setValues((current) => ({ ...current, ...patch }));
            flow.changed();
          }}
          errors={flow.errors}
          tagsInUse={tagsInUse}
          onTagsFocus={() => setTagsWanted(true)}
          statusCadence={statusCadence}
        />
      </div>
    </Dialog>
  );
}
