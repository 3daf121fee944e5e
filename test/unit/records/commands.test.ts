/**
 * The people and partner commands against a real Dexie over fake-indexeddb (the app's own
 * `data()` connection): duplicate checks happen before anything is written, and an
 * invalid person never leaves a half-made partner behind.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataApi } from '../../../renderer/src/data';
import type * as PartnerCommands from '../../../renderer/src/features/partners/commands';
import type * as PeopleCommands from '../../../renderer/src/features/people/commands';

// `data()` reads the owner's language; Node 20 has no navigator.
vi.stubGlobal('navigator', { language: 'en-US' });

let api: DataApi;
let people: typeof PeopleCommands;
let partners: typeof PartnerCommands;

beforeAll(async () => {
  api = (await import('../../../renderer/src/data')).data();
  people = await import('../../../renderer/src/features/people/commands');
  partners = await import('../../../renderer/src/features/partners/commands');
});

beforeEach(async () => {
  for (const table of [api.people, api.partners] as const) {
    const all = [...(await table.list()), ...(await table.listTrashed())];
    for (const record of all) await table.deleteForever(record.id);
  }
});

describe('addPerson', () => {
  it('refuses invalid input with every message and writes nothing, not even the partner', async () => {
    const refused = people.addPerson(
      { name: ' ', emails: ['nope'], cadenceDays: 0 },
      { newPartnerName: 'Acme Insurance' },
    );
    await expect(refused).rejects.toMatchObject({
      fields: {
        name: 'Enter a name.',
        'emails.0': 'Enter an email address like name@example.com.',
        cadenceDays: 'Keep-in-touch cadence must be at least 1 day.',
      },
    });
    expect(await api.people.list()).toEqual([]);
    expect(await api.partners.list()).toEqual([]);
  });

  it('stops at a possible duplicate and saves it only when told to', async () => {
    await people.addPerson(
      { name: 'Dana Ruiz', emails: ['Dana@Ruiz.example'], phones: ['+1 555 010 4477'] },
      {},
    );
    const outcome = await people.addPerson(
      { name: 'Someone', emails: ['dana@ruiz.EXAMPLE'], phones: ['(555) 010-4477'] },
      {},
    );
    expect(outcome.status).toBe('duplicate');
    if (outcome.status !== 'duplicate') return;
    expect(outcome.duplicates.map(({ record }) => record.name)).toEqual(['Dana Ruiz']);
    expect(outcome.duplicates[0]!.reasons.map((reason) => reason.kind)).toEqual(['email', 'phone']);
    expect(await api.people.list()).toHaveLength(1);

    const anyway = await people.addPerson(
      { name: 'Someone', emails: ['dana@ruiz.EXAMPLE'] },
      { allowDuplicate: true },
    );
    expect(anyway.status).toBe('added');
    expect(await api.people.list()).toHaveLength(2);
  });

  it('does not count someone in the Trash as a duplicate', async () => {
    const first = await people.addPerson({ name: 'Dana Ruiz' }, {});
    if (first.status !== 'added') throw new Error('expected the first to be added');
    await people.trashPerson(first.record.id);
    expect((await people.addPerson({ name: 'dana ruiz' }, {})).status).toBe('added');
  });

  it('creates the partner chosen with "Create partner" and links the person to it', async () => {
    const outcome = await people.addPerson(
      { name: 'Dana Ruiz' },
      { newPartnerName: 'Acme Insurance' },
    );
    if (outcome.status !== 'added') throw new Error('expected the person to be added');
    const [acme] = await api.partners.list();
    expect(acme?.name).toBe('Acme Insurance');
    expect(outcome.record.partnerId).toBe(acme?.id);
  });
});

describe('linking people and partners', () => {
  it('links, moves to a new partner by name, and unlinks', async () => {
    const outcome = await people.addPerson({ name: 'Dana Ruiz' }, {});
    const added = await partners.addPartner({ name: 'Acme Insurance' });
    if (outcome.status !== 'added' || added.status !== 'added') throw new Error('not added');
    const dana = outcome.record.id;

    await partners.linkPerson(dana, added.record.id);
    expect((await api.people.listWhere('partnerId', added.record.id)).map((p) => p.id)).toEqual([
      dana,
    ]);

    const moved = await people.setPersonPartner(dana, { newPartnerName: 'Lee Plumbing' });
    const lee = (await api.partners.list()).find((partner) => partner.name === 'Lee Plumbing');
    expect(moved.partnerId).toBe(lee?.id);

    await partners.unlinkPerson(dana);
    expect((await api.people.get(dana))?.partnerId).toBeUndefined();
  });

  it('reports a refused new partner name against the partner field', async () => {
    const outcome = await people.addPerson({ name: 'Dana Ruiz' }, {});
    if (outcome.status !== 'added') throw new Error('not added');
    await expect(
      people.setPersonPartner(outcome.record.id, { newPartnerName: 'x'.repeat(201) }),
    ).rejects.toMatchObject({ fields: { partnerId: 'A name can be at most 200 characters.' } });
  });

  it('keeps a trashed partner’s people linked', async () => {
    const added = await partners.addPartner({ name: 'Acme Insurance' });
    if (added.status !== 'added') throw new Error('not added');
    await people.addPerson({ name: 'Dana Ruiz', partnerId: added.record.id }, {});
    await partners.trashPartner(added.record.id);
    expect(await api.people.listWhere('partnerId', added.record.id)).toHaveLength(1);
  });
});

describe('addPartner', () => {
  it('stops at a partner with the same folded name and saves it only when told to', async () => {
    await partners.addPartner({ name: 'Crème Bakery' });
    const outcome = await partners.addPartner({ name: '  creme   BAKERY ' });
    expect(outcome.status).toBe('duplicate');
    expect(await api.partners.list()).toHaveLength(1);
    expect(
      (await partners.addPartner({ name: 'Creme Bakery' }, { allowDuplicate: true })).status,
    ).toBe('added');
    expect(await api.partners.list()).toHaveLength(2);
  });

  it('refuses invalid input with every message and writes nothing', async () => {
    await expect(
      partners.addPartner({ name: '', email: 'nope', cadenceDays: 1.5 }),
    ).rejects.toMatchObject({
      fields: {
        name: 'Enter a name.',
        email: 'Enter an email address like name@example.com.',
        cadenceDays: 'Keep-in-touch cadence must be a whole number of days.',
      },
    });
    expect(await api.partners.list()).toEqual([]);
  });
});
