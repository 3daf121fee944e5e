import { useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Partner } from '../../../../shared/records';
import { openDialog } from '../../app/dialogs';
import { showError } from '../../app/errors';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { toast } from '../../ui/toasts';
import { usePartnerChoices } from '../people/queries';
import { unlinkPerson } from './commands';
import { ExistingPersonPicker } from './ExistingPersonPicker';
import { usePartnerPeople } from './queries';
import './partner.css';

/** A partner's people: the Persons linked to it, with ways to add more. */
export function PartnerPeople({ partner }: { partner: Partner }) {
  const people = usePartnerPeople(partner.id);
  const partners = usePartnerChoices();
  const [picking, setPicking] = useState(false);
  const pickButton = useRef<HTMLButtonElement>(null);
  const partnerNames = useMemo(
    () => new Map(partners.map((other) => [other.id, other.name])),
    [partners],
  );

  function closePicker() {
    setPicking(false);
    // Back to the button that opened it, once it is on screen again.
    requestAnimationFrame(() => pickButton.current?.focus());
  }

  return (
    <Section
      title="People"
      description={
        people?.length === 0 ? `No one at ${partner.name} is in Handshake yet.` : undefined
      }
    >
      {people && people.length > 0 && (
        <ul className="partner-people">
          {people.map((person) => (
            <li key={person.id} className="partner-people__row">
              <div className="partner-people__who">
                <Link href={`/people/${person.id}`}>{person.name}</Link>
                {person.title && <span className="partner-people__title">{person.title}</span>}
              </div>
              <Button
                variant="ghost"
                className="partner-people__unlink"
                aria-label={`Unlink ${person.name}`}
                onClick={() =>
                  unlinkPerson(person.id)
                    .then(() => toast(`${person.name} is no longer linked to ${partner.name}`))
                    .catch(showError)
                }
              >
                Unlink
              </Button>
            </li>
          ))}
        </ul>
      )}
      {picking ? (
        <ExistingPersonPicker partner={partner} partnerNames={partnerNames} onDone={closePicker} />
      ) : (
        <div className="partner-people__actions">
          <Button onClick={() => openDialog({ kind: 'add-person', partnerId: partner.id })}>
            Add person
          </Button>
          <button
            ref={pickButton}
            type="button"
            className="button button--secondary"
            onClick={() => setPicking(true)}
          >
            Add existing person
          </button>
        </div>
      )}
    </Section>
  );
}
