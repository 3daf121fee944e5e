import { describe, expect, it } from 'vitest';
import {
  isAwaitingThanks,
  markOpenCauses,
  openFollowUpDate,
  withAwaitingThanks,
  withOpenFollowUp,
  type LinkedInteraction,
} from '../../../../shared/attention/open-causes';
import { withKeepInTouchDue } from '../../../../shared/cadence';

const received = { direction: 'received' as const, status: 'new' as const, closedDate: undefined };
const won = { direction: 'received' as const, status: 'won' as const, closedDate: '2026-03-10' };
const link = (kind: LinkedInteraction['kind'], date = '2026-03-12', deletedAt?: number) => ({
  kind,
  date,
  deletedAt,
});

describe('a referral awaiting thanks', () => {
  it.each([
    ['received, nothing linked', received, [], true],
    ['received, thanked', received, [link('thank-you')], false],
    ['received, a gift thanks too', received, [link('gift')], false],
    ['received, only a call linked', received, [link('call')], true],
    ['received, the thank-you in the Trash', received, [link('thank-you', '2026-03-12', 1)], true],
    ['won, thanked, no gift', won, [link('thank-you')], true],
    ['won, a gift before closing', won, [link('gift', '2026-03-01')], true],
    ['won, a gift on the closing day', won, [link('gift', '2026-03-10')], false],
    ['given, nothing linked', { ...received, direction: 'given' as const }, [], false],
  ])('%s', (_case, referral, links, expected) => {
    expect(isAwaitingThanks(referral, links)).toBe(expected);
    const marked = withAwaitingThanks({ ...referral, awaitingThanks: 1 as const }, links);
    expect(marked.awaitingThanks).toBe(expected ? 1 : undefined);
    expect('awaitingThanks' in marked).toBe(expected);
  });
});

describe('an open follow-up', () => {
  const lunch = {
    date: '2026-03-01',
    followUpDate: '2026-03-08',
    personIds: ['dana', 'sam'],
    partnerIds: ['agency'],
  };
  const touches = (map: Record<string, string>) => (id: string) => map[id];
  it.each([
    ['no later touch', {}, '2026-03-08'],
    ['touched the same day', { dana: '2026-03-01' }, '2026-03-08'],
    ['one person touched later', { sam: '2026-03-02' }, undefined],
    ['the partner touched later', { agency: '2026-03-05' }, undefined],
  ])('%s', (_case, map, expected) => {
    expect(openFollowUpDate(lunch, touches(map))).toBe(expected);
    expect(withOpenFollowUp({ ...lunch, openFollowUp: 'x' }, touches(map)).openFollowUp).toBe(
      expected,
    );
  });
  it('is never set without a follow-up date', () => {
    expect(openFollowUpDate({ ...lunch, followUpDate: undefined }, () => undefined)).toBe(
      undefined,
    );
  });
});

describe('markOpenCauses over whole tables', () => {
  it('marks each record from the others, and leaves the inputs alone', () => {
    const referrals = [
      { id: 'r1', ...received },
      { id: 'r2', ...received },
    ];
    const interactions = [
      { id: 'i1', ...link('thank-you'), referralId: 'r1', personIds: ['dana'], partnerIds: [] },
      {
        id: 'i2',
        kind: 'call' as const,
        date: '2026-03-01',
        followUpDate: '2026-03-09',
        personIds: ['lee'],
        partnerIds: [],
      },
    ];
    const people = [
      { id: 'dana', lastTouch: '2026-03-12' },
      { id: 'lee', lastTouch: '2026-03-01' },
    ];
    const marked = markOpenCauses({ people, partners: [], interactions, referrals });
    const field = (record: object, key: string) => (record as Record<string, unknown>)[key];
    expect(marked.referrals.map((r) => field(r, 'awaitingThanks'))).toEqual([undefined, 1]);
    expect(marked.interactions.map((i) => field(i, 'openFollowUp'))).toEqual([
      undefined,
      '2026-03-09',
    ]);
    expect(referrals[1]).not.toHaveProperty('awaitingThanks');
  });
});

describe('keepInTouchDue', () => {
  const created = Date.UTC(2026, 0, 5, 12);
  it.each([
    ['a cadence and a last touch', { cadenceDays: 30, lastTouch: '2026-03-01' }, '2026-03-31'],
    ['a cadence, never met: from the day added', { cadenceDays: 10 }, '2026-01-15'],
    ['no cadence', { lastTouch: '2026-03-01' }, undefined],
    ['a cadence taken away', { keepInTouchDue: '2026-01-01' }, undefined],
  ])('%s', (_case, fields, expected) => {
    const person: { id: string; createdAt: number; keepInTouchDue?: string } = {
      id: 'p',
      createdAt: created,
      ...fields,
    };
    expect(withKeepInTouchDue(person).keepInTouchDue).toBe(expected);
  });
});
