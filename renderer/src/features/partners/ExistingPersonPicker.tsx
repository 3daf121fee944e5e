import { useState } from 'react';
import type { Partner } from '../../../../shared/records';
import { foldText } from '../../../../shared/text';
import { showError } from '../../app/errors';
import { Button } from '../../ui/Button';
import { ComboboxField } from '../../ui/Combobox';
import { toast } from '../../ui/toasts';
import type { ComboboxOption } from '../../ui/useCombobox';
import { linkPerson } from './commands';
import { usePeopleChoices } from './queries';

const SHOWN = 8;

interface ExistingPersonPickerProps {
  partner: Partner;
  /** Names of the other partners, to say when choosing someone moves them. */
  partnerNames: ReadonlyMap<string, string>;
  onDone: () => void;
}

/** "Add existing person": type-ahead over people not linked to this partner yet. */
export function ExistingPersonPicker({ partner, partnerNames, onDone }: ExistingPersonPickerProps) {
  const people = usePeopleChoices();
  const [text, setText] = useState('');
  const query = foldText(text);

  const options: ComboboxOption[] = [];
  for (const person of people ?? []) {
    if (options.length === SHOWN) break;
    if (person.partnerId === partner.id || !person.nameKey.includes(query)) continue;
    const elsewhere = person.partnerId && partnerNames.get(person.partnerId);
    options.push({
      key: person.id,
      label: person.name,
      detail: elsewhere
        ? `now at ${elsewhere}`
        : [person.title, person.company].filter(Boolean).join(', '),
    });
  }

  return (
    <div className="existing-person">
      <ComboboxField
        label="Person to add"
        hint={
          people === undefined
            ? 'Loading people…'
            : text.trim() !== '' && options.length === 0
              ? `No one else matches “${text.trim()}”. Add someone new with Add person.`
              : 'Type a name, then choose them from the list. Esc closes.'
        }
        autoFocus
        value={text}
        onValueChange={setText}
        options={options}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          onDone();
        }}
        onSelect={(option) => {
          linkPerson(option.key, partner.id)
            .then(() => {
              toast(`Added ${option.label} to ${partner.name}`, { tone: 'success' });
              onDone();
            })
            .catch(showError);
        }}
      />
      <Button variant="ghost" className="existing-person__cancel" onClick={onDone}>
        Cancel
      </Button>
    </div>
  );
}
