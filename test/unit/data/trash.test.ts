import { describe, expect, it } from 'vitest';
import { testApi } from './helpers';

async function seed() {
  const test = testApi();
  const { api, clock } = test;
  const acme = await api.partners.create({ name: 'Acme Insurance' });
  const dana = await api.people.create({ name: 'Dana Ruiz', partnerId: acme.id });
  const sam = await api.people.create({ name: 'Sam Lee', partnerId: acme.id });
  const lee = await api.people.create({ name: 'Lee Park' });
  clock.advance(1000);
  await api.people.trash(sam.id);
  clock.advance(1000);
  await api.partners.trash(acme.id);
  clock.advance(1000);
  await api.people.trash(lee.id);
  return { ...test, acme, dana, sam, lee };
}

describe('the Trash', () => {
  it('lists trashed people and partners, most recently trashed first', async () => {
    const { api, acme, sam, lee, clock } = await seed();
    expect(await api.trash.list()).toEqual([
      { kind: 'person', id: lee.id, name: 'Lee Park', deletedAt: clock.now() },
      { kind: 'partner', id: acme.id, name: 'Acme Insurance', deletedAt: clock.now() - 1000 },
      { kind: 'person', id: sam.id, name: 'Sam Lee', deletedAt: clock.now() - 2000 },
    ]);
  });

  it('trashing a partner leaves its people linked; restoring brings it back as it was', async () => {
    const { api, acme, dana } = await seed();
    expect((await api.people.get(dana.id))?.partnerId).toBe(acme.id);
    await api.trash.restore('partner', acme.id);
    expect(await api.partners.get(acme.id)).toMatchObject({ name: 'Acme Insurance' });
    expect((await api.trash.list()).map((line) => line.name)).toEqual(['Lee Park', 'Sam Lee']);
  });

  it('deleting a partner forever unlinks its people, trashed or not, in one go', async () => {
    const { api, db, acme, dana, sam, lee, clock } = await seed();
    const unlinked = await db.people.get(lee.id);
    clock.advance(1000);
    await api.trash.deleteForever('partner', acme.id);

    expect(await db.partners.get(acme.id)).toBeUndefined();
    const [danaNow, samNow] = await db.people.bulkGet([dana.id, sam.id]);
    expect(danaNow).not.toHaveProperty('partnerId');
    expect(danaNow?.updatedAt).toBe(clock.now());
    expect(samNow).not.toHaveProperty('partnerId');
    expect(samNow?.deletedAt).toBeDefined();
    expect(await db.people.where('partnerId').equals(acme.id).count()).toBe(0);
    // Someone who was never linked is not touched.
    expect(await db.people.get(lee.id)).toEqual(unlinked);
  });

  it('the partners API’s own delete forever unlinks people too', async () => {
    const { api, db, acme, dana } = await seed();
    await api.partners.deleteForever(acme.id);
    expect(await db.partners.count()).toBe(0);
    expect(await db.people.get(dana.id)).not.toHaveProperty('partnerId');
  });

  it('deletes a person forever, and leaves alone a record restored meanwhile', async () => {
    const { api, db, sam, lee } = await seed();
    await api.trash.deleteForever('person', sam.id);
    expect(await db.people.get(sam.id)).toBeUndefined();

    await api.people.restore(lee.id);
    await api.trash.deleteForever('person', lee.id);
    expect(await api.people.get(lee.id)).toMatchObject({ name: 'Lee Park' });
    await api.trash.deleteForever('person', 'no-such-id');
  });

  it('empties the Trash in one transaction and says how many went', async () => {
    const { api, db, dana } = await seed();
    expect(await api.trash.empty()).toBe(3);
    expect(await api.trash.list()).toEqual([]);
    expect(await db.partners.count()).toBe(0);
    expect((await db.people.toArray()).map((person) => person.name)).toEqual(['Dana Ruiz']);
    expect(await db.people.get(dana.id)).not.toHaveProperty('partnerId');
    expect(await api.trash.empty()).toBe(0);
  });

  it('an emptying that fails leaves the Trash as it was', async () => {
    const { api, db } = await seed();
    const before = { people: await db.people.toArray(), partners: await db.partners.toArray() };
    // A write hook that throws aborts the transaction after the people were deleted.
    db.partners.hook('deleting', () => {
      throw new Error('The disk failed.');
    });
    await expect(api.trash.empty()).rejects.toThrow('The disk failed.');
    expect({ people: await db.people.toArray(), partners: await db.partners.toArray() }).toEqual(
      before,
    );
  });
});
