import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../../shared/records';
import {
  interactionEntry,
  involvedIds,
  type KnownName,
  type NameBook,
} from '../../../shared/timeline-entries';

const interaction = (changes: Partial<Interaction> = {}): Interaction => ({
  id: 'i1',
  kind: 'handshake',
  date: '2026-11-21',
  personIds: ['dana', 'sam'],
  partnerIds: ['agency'],
  summary: 'Coffee',
  createdAt: 5,
  updatedAt: 5,
  ...changes,
});

const book = (
  people: Record<string, KnownName>,
  partners: Record<string, KnownName> = {},
): NameBook => ({
  people: new Map(Object.entries(people)),
  partners: new Map(Object.entries(partners)),
});

const names = book(
  { dana: { name: 'Dana Ruiz', trashed: false }, sam: { name: 'Sam Okafor', trashed: true } },
  { agency: { name: 'Ruiz Insurance', trashed: false } },
);

describe('interactionEntry', () => {
  it('names everyone involved, people first, with the entry’s date and creation time', () => {
    const entry = interactionEntry(interaction(), names);
    expect(entry).toMatchObject({
      type: 'interaction',
      id: 'i1',
      date: '2026-11-21',
      createdAt: 5,
    });
    expect(entry.involved).toEqual([
      { kind: 'person', id: 'dana', name: 'Dana Ruiz', linkable: true },
      { kind: 'person', id: 'sam', name: 'Sam Okafor', linkable: false },
      { kind: 'partner', id: 'agency', name: 'Ruiz Insurance', linkable: true },
    ]);
  });

  it('leaves out the record whose timeline it is, and only that record', () => {
    const onDana = interactionEntry(interaction(), names, { kind: 'person', id: 'dana' });
    expect(onDana.involved.map((one) => one.id)).toEqual(['sam', 'agency']);
    const onAgency = interactionEntry(interaction(), names, { kind: 'partner', id: 'agency' });
    expect(onAgency.involved.map((one) => one.id)).toEqual(['dana', 'sam']);
    // A person and a partner may share an id only by accident; the kind keeps them apart.
    const clash = interactionEntry(interaction({ personIds: ['x'], partnerIds: ['x'] }), names, {
      kind: 'partner',
      id: 'x',
    });
    expect(clash.involved.map((one) => one.kind)).toEqual(['person']);
  });

  it('keeps someone deleted forever, with no name and no link', () => {
    const entry = interactionEntry(interaction({ personIds: ['gone'], partnerIds: [] }), names);
    expect(entry.involved).toEqual([
      { kind: 'person', id: 'gone', name: undefined, linkable: false },
    ]);
  });
});

describe('involvedIds', () => {
  it('lists each person and partner once', () => {
    expect(
      involvedIds([
        interaction(),
        interaction({ id: 'i2', personIds: ['sam', 'lee'], partnerIds: ['agency', 'clinic'] }),
      ]),
    ).toEqual({ personIds: ['dana', 'sam', 'lee'], partnerIds: ['agency', 'clinic'] });
  });
});
