import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../renderer/src/data/errors';
import { REFERRAL_MESSAGES } from '../../../shared/referral-rules';
import { testApi } from './helpers';

async function setUp() {
  const test = testApi();
  const { api } = test;
  const ruiz = await api.partners.create({ name: 'Ruiz Insurance' });
  const dana = await api.people.create({ name: 'Dana Ruiz', partnerId: ruiz.id });
  const lee = await api.people.create({ name: 'Lee Chen', howWeMet: 'School friends' });
  return { ...test, ruiz, dana, lee };
}

async function refusal(work: Promise<unknown>): Promise<ValidationError> {
  const error: unknown = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('referrals API', () => {
  it('records a received referral, creating the new prospect with how we met', async () => {
    const { api, dana } = await setUp();
    const { referral, createdPerson } = await api.referrals.record(
      { direction: 'received', date: '2026-11-03', referrerPersonId: dana.id },
      { newPersonName: 'The Patels' },
    );
    expect(createdPerson?.name).toBe('The Patels');
    expect(referral).toMatchObject({
      introducedPersonId: createdPerson!.id,
      status: 'new',
      warmth: 'introduction',
    });
    const patels = await api.people.get(createdPerson!.id);
    expect(patels).toMatchObject({
      howWeMet: 'Introduced by Dana Ruiz, 3 Nov 2026',
      relationship: 'prospect',
      nameKey: 'the patels',
    });
    expect(await api.referrals.list()).toHaveLength(1);
  });

  it('keeps a how we met already written, and names a partner referrer', async () => {
    const { api, ruiz, lee, dana } = await setUp();
    await api.referrals.record({
      direction: 'received',
      date: '2026-11-03',
      referrerPartnerId: ruiz.id,
      introducedPersonId: lee.id,
    });
    expect((await api.people.get(lee.id))?.howWeMet).toBe('School friends');
    const { howWeMetFilled } = await api.referrals.record({
      direction: 'received',
      date: '2026-11-04',
      referrerPartnerId: ruiz.id,
      introducedPersonId: dana.id,
    });
    expect(howWeMetFilled?.text).toBe('Introduced by Ruiz Insurance, 4 Nov 2026');
  });

  it('writes nothing, not even the new person, when a rule is broken', async () => {
    const { api } = await setUp();
    const error = await refusal(
      api.referrals.record({ direction: 'received', date: '2026-11-03' }, { newPersonName: 'Kim' }),
    );
    expect(error.fields).toEqual({ referrerPersonId: REFERRAL_MESSAGES.noReferrer });
    expect(await api.referrals.list()).toEqual([]);
    expect((await api.people.list()).map((person) => person.name)).not.toContain('Kim');
  });

  it('refuses the same referrer and introduced person, and a given one without a partner', async () => {
    const { api, dana, lee } = await setUp();
    const same = await refusal(
      api.referrals.create({
        direction: 'received',
        date: '2026-11-03',
        referrerPersonId: dana.id,
        introducedPersonId: dana.id,
      }),
    );
    expect(same.fields.introducedPersonId).toBe(REFERRAL_MESSAGES.samePerson);
    const noPartner = await refusal(
      api.referrals.create({ direction: 'given', date: '2026-11-03', introducedPersonId: lee.id }),
    );
    expect(noPartner.message).toBe(REFERRAL_MESSAGES.noPartner);
  });

  it('refuses links to people in the Trash', async () => {
    const { api, dana, lee } = await setUp();
    await api.people.trash(lee.id);
    const error = await refusal(
      api.referrals.create({
        direction: 'received',
        date: '2026-11-03',
        referrerPersonId: dana.id,
        introducedPersonId: lee.id,
      }),
    );
    expect(error.fields.introducedPersonId).toMatch(/no longer exists/);
  });

  it('moves status in one step, asking won for a date and value, and clears them going back', async () => {
    const { api, ruiz, lee } = await setUp();
    const referral = await api.referrals.create({
      direction: 'given',
      date: '2026-11-03',
      introducedPersonId: lee.id,
      partnerId: ruiz.id,
    });
    expect((await api.referrals.setStatus(referral.id, 'contacted')).status).toBe('contacted');
    const noValue = await refusal(
      api.referrals.setStatus(referral.id, 'won', { closedDate: '2026-11-20' }),
    );
    expect(noValue.fields.value).toBe(REFERRAL_MESSAGES.wonNoValue);
    const early = await refusal(
      api.referrals.setStatus(referral.id, 'won', { closedDate: '2026-11-01', value: 5 }),
    );
    expect(early.fields.closedDate).toBe(REFERRAL_MESSAGES.closedBeforeDate);
    expect((await api.referrals.get(referral.id))?.status).toBe('contacted');
    const won = await api.referrals.setStatus(referral.id, 'won', {
      closedDate: '2026-11-20',
      value: 120050,
    });
    expect(won).toMatchObject({ status: 'won', closedDate: '2026-11-20', value: 120050 });
    const back = await api.referrals.setStatus(referral.id, 'met');
    expect(back.closedDate).toBeUndefined();
    expect(back.value).toBeUndefined();
    expect(back.createdAt).toBe(referral.createdAt);
  });

  it('undoes a recording: the referral and the new person go to the Trash', async () => {
    const { api, dana, lee } = await setUp();
    const withNew = await api.referrals.record(
      { direction: 'received', date: '2026-11-03', referrerPersonId: dana.id },
      { newPersonName: 'The Patels' },
    );
    await api.referrals.undoRecord(withNew);
    expect(await api.referrals.list()).toEqual([]);
    expect(await api.people.get(withNew.createdPerson!.id)).toBeUndefined();

    await api.people.update(lee.id, { howWeMet: undefined });
    const filled = await api.referrals.record({
      direction: 'received',
      date: '2026-11-03',
      referrerPersonId: dana.id,
      introducedPersonId: lee.id,
    });
    expect((await api.people.get(lee.id))?.howWeMet).toMatch(/Introduced by Dana Ruiz/);
    await api.referrals.undoRecord(filled);
    expect((await api.people.get(lee.id))?.howWeMet).toBeUndefined();
    await api.referrals.restore(filled.referral.id);
    expect(await api.referrals.listWhere('introducedPersonId', lee.id)).toHaveLength(1);
  });
});
