import { describe, expect, it } from 'vitest';
import {
  computeAppreciation,
  daysText,
  median,
  type AppreciationInput,
} from '../../../shared/insights-appreciation';

const TODAY = '2026-11-22';
const people = [
  { id: 'dana', name: 'Dana Ruiz' },
  { id: 'sam', name: 'Sam Lee' },
  { id: 'pat', name: 'The Patels' },
  { id: 'gone', name: 'Gone Person', deletedAt: 1 },
];
const partners = [
  { id: 'acme', name: 'Acme Insurance' },
  { id: 'old', name: 'Old Partner', deletedAt: 1 },
];

type Referral = AppreciationInput['referrals'][number];
const received = (id: string, date: string, more: Partial<Referral> = {}): Referral => ({
  id,
  direction: 'received',
  date,
  referrerPersonId: 'dana',
  ...more,
});
const thanks = (referralId: string, date: string, kind = 'thank-you', deletedAt?: number) => ({
  kind,
  date,
  referralId,
  deletedAt,
});

const run = (
  referrals: Referral[],
  interactions: AppreciationInput['interactions'] = [],
  today = TODAY,
) => computeAppreciation({ referrals, people, partners, interactions, today });

describe('median', () => {
  it.each([
    [[], undefined],
    [[4], 4],
    [[5, 1, 3], 3],
    [[1, 2, 3, 10], 2.5],
    [[0, 0, 7, 7], 3.5],
  ])('%j → %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('computeAppreciation: how quickly thank-yous follow referrals', () => {
  it('takes the median of days to the first thank-you or gift linked to each referral', () => {
    const result = run(
      [
        received('r1', '2026-11-01'),
        received('r2', '2026-10-01'),
        received('r3', '2026-09-01'),
        received('r4', '2026-08-01'),
      ],
      [
        thanks('r1', '2026-11-03'), // 2 days
        thanks('r1', '2026-11-02', 'gift'), // earlier: 1 day counts
        thanks('r2', '2026-10-11'), // 10 days
        thanks('r3', '2026-09-05', 'gift'), // 4 days
      ],
    );
    expect(result).toMatchObject({ since: '2025-11-22', received: 4, thanked: 3, medianDays: 4 });
    expect(result.waiting.map((w) => w.referralId)).toEqual(['r4']);
  });

  it('is not resolved by a thank-you linked to another referral, an unlinked one, a call, or a deleted one', () => {
    const result = run(
      [received('r1', '2026-11-01'), received('r2', '2026-11-05')],
      [
        thanks('r2', '2026-11-06'),
        { kind: 'thank-you', date: '2026-11-02' },
        { kind: 'call', date: '2026-11-02', referralId: 'r1' },
        thanks('r1', '2026-11-02', 'thank-you', 99),
      ],
    );
    expect(result.thanked).toBe(1);
    expect(result.medianDays).toBe(1);
    expect(result.waiting.map((w) => w.referralId)).toEqual(['r1']);
  });

  it('counts only received referrals of the last 12 months in the median', () => {
    const result = run(
      [
        received('old', '2025-11-21'),
        received('edge', '2025-11-22'),
        received('given', '2026-11-01', { direction: 'given' }),
        received('future', '2026-12-01'),
        received('trashed', '2026-11-01', { deletedAt: 5 }),
      ],
      [thanks('old', '2025-12-21'), thanks('edge', '2025-11-24'), thanks('given', '2026-11-01')],
    );
    expect(result).toMatchObject({ received: 1, thanked: 1, medianDays: 2 });
    expect(result.waiting).toEqual([]);
  });

  it('treats a thank-you dated before its referral as the same day', () => {
    expect(run([received('r', '2026-11-10')], [thanks('r', '2026-11-08')]).medianDays).toBe(0);
  });

  it('has no median when nothing was thanked', () => {
    expect(run([received('r', '2026-11-10')])).toMatchObject({
      received: 1,
      thanked: 0,
      medianDays: undefined,
    });
  });

  it('crosses a leap day and the year end in calendar days', () => {
    const result = run(
      [received('leap', '2028-02-28'), received('year', '2027-12-30')],
      [thanks('leap', '2028-03-01'), thanks('year', '2028-01-02')],
      '2028-03-10',
    );
    expect(result.medianDays).toBe(2.5);
  });
});

describe('computeAppreciation: referrals still waiting for thanks', () => {
  it('lists them oldest first, with whom to thank, whom they introduced and days waiting', () => {
    const result = run([
      received('r-new', '2026-11-20', { introducedPersonId: 'pat' }),
      received('r-partner', '2026-10-01', {
        referrerPersonId: undefined,
        referrerPartnerId: 'acme',
      }),
      received('r-old', '2024-01-15', { referrerPersonId: 'sam', referrerPartnerId: 'acme' }),
    ]);
    expect(result.waiting).toEqual([
      {
        referralId: 'r-old',
        date: '2024-01-15',
        daysWaiting: 1042,
        referrer: { kind: 'person', id: 'sam', name: 'Sam Lee' },
        partnerName: 'Acme Insurance',
        introducedName: undefined,
      },
      {
        referralId: 'r-partner',
        date: '2026-10-01',
        daysWaiting: 52,
        referrer: { kind: 'partner', id: 'acme', name: 'Acme Insurance' },
        partnerName: undefined,
        introducedName: undefined,
      },
      {
        referralId: 'r-new',
        date: '2026-11-20',
        daysWaiting: 2,
        referrer: { kind: 'person', id: 'dana', name: 'Dana Ruiz' },
        partnerName: undefined,
        introducedName: 'The Patels',
      },
    ]);
  });

  it('thanks the partner when the referring person is in the Trash, and skips when no one is left', () => {
    const result = run([
      received('a', '2026-11-01', { referrerPersonId: 'gone', referrerPartnerId: 'acme' }),
      received('b', '2026-11-02', { referrerPersonId: 'gone' }),
      received('c', '2026-11-03', { referrerPersonId: undefined, referrerPartnerId: 'old' }),
      received('d', '2026-11-04', { referrerPersonId: undefined }),
    ]);
    expect(result.waiting.map((w) => [w.referralId, w.referrer.name])).toEqual([
      ['a', 'Acme Insurance'],
    ]);
  });
});

describe('daysText', () => {
  it.each([
    [0, 'Same day'],
    [1, '1 day'],
    [2, '2 days'],
    [2.5, '2.5 days'],
  ])('%s → %s', (days, text) => {
    expect(daysText(days)).toBe(text);
  });
});
