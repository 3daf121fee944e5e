import { useId } from 'react';
import type { DoneEntry, DoneThisWeek as Done } from '../../data/attention-reads';
import { Section } from '../../ui/Section';

const SHOWN = 5;

function Tally({ label, entries }: { label: string; entries: readonly DoneEntry[] }) {
  const labelId = useId();
  return (
    <div className="done__tally" role="group" aria-labelledby={labelId}>
      <h3 className="done__label" id={labelId}>
        {label}
      </h3>
      <p className="done__count">{entries.length}</p>
      {entries.length > 0 && (
        <ul className="done__list">
          {entries.slice(0, SHOWN).map((entry) => (
            <li key={entry.id}>{entry.text}</li>
          ))}
          {entries.length > SHOWN && <li>and {entries.length - SHOWN} more</li>}
        </ul>
      )}
    </div>
  );
}

/** Done this week: what the owner already did, so the week shows progress too. */
export function DoneThisWeek({ done }: { done: Done | undefined }) {
  return (
    <Section title="Done this week">
      {done && (
        <div className="done">
          <Tally label="Thank-yous sent" entries={done.thanks} />
          <Tally label="Handshakes logged" entries={done.touches} />
          <Tally label="Referrals in" entries={done.received} />
          <Tally label="Referrals out" entries={done.given} />
        </div>
      )}
    </Section>
  );
}
