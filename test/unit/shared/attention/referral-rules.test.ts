import { describe, expect, it } from 'vitest';
import { dueItems } from '../../../../shared/attention/engine';
import type { Interaction, Person, Referral } from '../../../../shared/records';
import { input, interaction, partner, person, referral } from './records';

const TODAY = '2026-11-20';
const dana = person('dana', 'Dana Ruiz', { partnerId: 'ruiz' });
const patels = person('patels', 'the Patels');
const lee = person('lee', 'Lee Chen');
const sam = person('sam', 'Sam Okafor');
const ruiz = partner('ruiz', 'Ruiz Insurance', { status: 'active' });
const people = [dana, patels, lee, sam];

function itemsOf(
  reason: string,
  records: { referrals: Referral[]; interactions?: Interaction[]; people?: Person[] },
) {
  return dueItems(
    input({
      people: records.people ?? people,
      partners: [ruiz],
      referrals: records.referrals,
      interactions: records.interactions ?? [],
      cadenceDefaults: {},
    }),
    TODAY,
  ).filter((item) => item.reason === reason);
}

describe('thank: a received referral with nothing linked to thank for it', () => {
  const sent = referral('r1', '2026-11-03', {
    referrerPersonId: 'dana',
    introducedPersonId: 'patels',
  });
  const linked = (kind: Interaction['kind'], more: Partial<Interaction> = {}) =>
    interaction('i1', '2026-11-06', { kind, personIds: ['dana'], referralId: 'r1', ...more });

  it('is due two days after the referral, naming who sent whom', () => {
    expect(itemsOf('thank', { referrals: [sent] })).toEqual([
      {
        key: 'thank:referral:r1',
        reason: 'thank',
        subject: { kind: 'person', id: 'dana', name: 'Dana Ruiz' },
        dueDate: '2026-11-05',
        explanation: 'Dana Ruiz sent you the Patels on 3 Nov — say thank you',
        referralId: 'r1',
        personIds: ['dana'],
        partnerIds: [],
      },
    ]);
  });

  it.each([
    ['a thank-you linked to it', [linked('thank-you')], 0],
    ['a gift linked to it', [linked('gift')], 0],
    ['a handshake linked to it', [linked('handshake')], 1],
    ['a thank-you linked to another referral', [linked('thank-you', { referralId: 'r2' })], 1],
    ['a thank-you to Dana not linked to it', [linked('thank-you', { referralId: undefined })], 1],
    ['a linked thank-you in the Trash', [linked('thank-you', { deletedAt: 1 })], 1],
  ] as const)('with %s: %i item', (_, interactions, count) => {
    expect(itemsOf('thank', { referrals: [sent], interactions: [...interactions] })).toHaveLength(
      count,
    );
  });

  it('is never due for a given referral, or one in the Trash', () => {
    const given = { ...sent, direction: 'given' as const, partnerId: 'ruiz' };
    expect(itemsOf('thank', { referrals: [given] })).toEqual([]);
    expect(itemsOf('thank', { referrals: [{ ...sent, deletedAt: 1 }] })).toEqual([]);
  });

  it('thanks the partner when only a partner sent it, or the person is in the Trash', () => {
    const fromPartner = { ...sent, referrerPersonId: undefined, referrerPartnerId: 'ruiz' };
    expect(itemsOf('thank', { referrals: [fromPartner] })[0]).toMatchObject({
      subject: { kind: 'partner', id: 'ruiz', name: 'Ruiz Insurance' },
      explanation: 'Ruiz Insurance sent you the Patels on 3 Nov — say thank you',
      partnerIds: ['ruiz'],
    });
    const both = { ...sent, referrerPartnerId: 'ruiz' };
    const trashedDana = [{ ...dana, deletedAt: 1 }, patels];
    expect(itemsOf('thank', { referrals: [both], people: trashedDana })[0]?.subject.id).toBe(
      'ruiz',
    );
    expect(itemsOf('thank', { referrals: [sent], people: trashedDana })).toEqual([]);
  });

  it('names the year of a referral from another year', () => {
    const old = { ...sent, date: '2025-12-30' };
    expect(itemsOf('thank', { referrals: [old] })[0]).toMatchObject({
      dueDate: '2026-01-01',
      explanation: 'Dana Ruiz sent you the Patels on 30 Dec 2025 — say thank you',
    });
  });
});

describe('gift: business won from a referral, with no gift since it closed', () => {
  const won = referral('r1', '2026-11-03', {
    referrerPersonId: 'dana',
    introducedPersonId: 'patels',
    status: 'won',
    closedDate: '2026-11-10',
    value: 120_000,
  });
  const gift = (date: string, kind: Interaction['kind'] = 'gift') =>
    interaction('g', date, { kind, personIds: ['dana'], referralId: 'r1' });

  it('is due seven days after closing', () => {
    expect(itemsOf('gift', { referrals: [won] })).toEqual([
      expect.objectContaining({
        key: 'gift:referral:r1:2026-11-10',
        dueDate: '2026-11-17',
        explanation:
          'the Patels, sent by Dana Ruiz, became business on 10 Nov — a gift says thank you',
        subject: { kind: 'person', id: 'dana', name: 'Dana Ruiz' },
      }),
    ]);
  });

  it.each([
    ['a gift on the closing day', [gift('2026-11-10')], 0],
    ['a gift after closing', [gift('2026-11-12')], 0],
    ['a gift before closing', [gift('2026-11-05')], 1],
    ['a thank-you after closing', [gift('2026-11-12', 'thank-you')], 1],
    ['a gift in the Trash', [{ ...gift('2026-11-12'), deletedAt: 1 }], 1],
  ] as const)('with %s: %i item', (_, interactions, count) => {
    expect(itemsOf('gift', { referrals: [won], interactions: [...interactions] })).toHaveLength(
      count,
    );
  });

  it('a gift after closing thanks for the referral too; a lost referral wants no gift', () => {
    expect(itemsOf('thank', { referrals: [won], interactions: [gift('2026-11-12')] })).toEqual([]);
    const lost = { ...won, status: 'lost' as const, value: undefined };
    expect(itemsOf('gift', { referrals: [lost] })).toEqual([]);
    expect(itemsOf('gift', { referrals: [{ ...won, status: 'met' as const }] })).toEqual([]);
  });
});

describe('follow-up: a client the owner sent to a partner', () => {
  const sent = referral('r1', '2026-11-01', {
    direction: 'given',
    introducedPersonId: 'lee',
    partnerId: 'ruiz',
  });
  const touch = (date: string, more: Partial<Interaction>) => interaction(`t-${date}`, date, more);

  it('is due fourteen days after, about the partner', () => {
    expect(itemsOf('follow-up', { referrals: [sent] })).toEqual([
      {
        key: 'follow-up:referral:r1',
        reason: 'follow-up',
        subject: { kind: 'partner', id: 'ruiz', name: 'Ruiz Insurance' },
        dueDate: '2026-11-15',
        explanation: 'You sent Lee Chen to Ruiz Insurance on 1 Nov — check it went well',
        referralId: 'r1',
        personIds: ['lee'],
        partnerIds: ['ruiz'],
      },
    ]);
  });

  it.each([
    ['new', [], 1],
    ['contacted', [], 1],
    ['met', [], 1],
    ['won', [], 0],
    ['lost', [], 0],
    ['new', [touch('2026-11-05', { personIds: ['lee'] })], 0],
    ['new', [touch('2026-11-05', { partnerIds: ['ruiz'] })], 0],
    ['new', [touch('2026-11-05', { personIds: ['dana'] })], 1],
    ['new', [touch('2026-10-30', { personIds: ['lee'] })], 1],
    ['new', [touch('2026-11-01', { personIds: ['lee'] })], 1],
  ] as const)('status %s with %j: %i item', (status, interactions, count) => {
    const closing =
      status === 'won'
        ? { closedDate: '2026-11-10', value: 1 }
        : status === 'lost'
          ? { closedDate: '2026-11-10' }
          : {};
    expect(
      itemsOf('follow-up', {
        referrals: [{ ...sent, status, ...closing }],
        interactions: [...interactions],
      }),
    ).toHaveLength(count);
  });
});
