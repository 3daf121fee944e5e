import { describe, expect, it } from 'vitest';
import {
  computeInsights,
  rateText,
  windowStart,
  type InsightsInput,
} from '../../../shared/insights';

const TODAY = '2026-11-15';

const people = [
  { id: 'dana', name: 'Dana Ruiz', partnerId: 'ruiz' },
  { id: 'sam', name: 'Sam Ruiz', partnerId: 'ruiz' },
  { id: 'lee', name: 'Lee Chen' },
  { id: 'ana', name: 'Ana Berg' },
  { id: 'gone', name: 'Gone Person', partnerId: 'ruiz', deletedAt: 1 },
];
const partners = [
  { id: 'ruiz', name: 'Ruiz Insurance' },
  { id: 'old', name: 'Old Partner', deletedAt: 1 },
];

type Referral = InsightsInput['referrals'][number];
const received = (date: string, fields: Partial<Referral> = {}): Referral => ({
  direction: 'received',
  date,
  status: 'new',
  ...fields,
});

function insights(referrals: Referral[], interactions: InsightsInput['interactions'] = []) {
  return computeInsights({ referrals, people, partners, interactions, today: TODAY });
}

describe('the 12-month window', () => {
  it('starts on the date exactly 12 months ago', () => {
    expect(windowStart(TODAY)).toBe('2025-11-15');
    expect(windowStart('2024-02-29')).toBe('2023-02-28');
  });

  it.each([
    ['2025-11-14', 0, 'a day before the window'],
    ['2025-11-15', 1, 'exactly 12 months ago'],
    ['2026-11-15', 1, 'today'],
    ['2026-11-16', 0, 'tomorrow'],
  ])('a referral dated %s counts %i (%s)', (date, count) => {
    const result = insights([received(date, { referrerPersonId: 'lee' })]);
    expect(result.received).toBe(count);
    expect(result.peopleByCount.length).toBe(count);
  });
});

describe('champions', () => {
  it('ranks by count, then most recent referral, then name', () => {
    const result = insights([
      received('2026-01-01', { referrerPersonId: 'lee' }),
      received('2026-02-01', { referrerPersonId: 'lee' }),
      received('2026-03-01', { referrerPersonId: 'ana' }),
      received('2026-04-01', { referrerPersonId: 'dana' }),
      received('2026-04-01', { referrerPersonId: 'sam' }),
    ]);
    expect(result.peopleByCount.map((c) => [c.name, c.referrals, c.lastReferral])).toEqual([
      ['Lee Chen', 2, '2026-02-01'],
      ['Dana Ruiz', 1, '2026-04-01'],
      ['Sam Ruiz', 1, '2026-04-01'],
      ['Ana Berg', 1, '2026-03-01'],
    ]);
  });

  it("rolls a partner's people up to the partner, and ranks them individually too", () => {
    const result = insights([
      received('2026-01-01', { referrerPersonId: 'dana', status: 'won', value: 1000 }),
      received('2026-02-01', { referrerPersonId: 'sam', referrerPartnerId: 'ruiz' }),
      received('2026-03-01', { referrerPartnerId: 'ruiz', status: 'won', value: 500 }),
      received('2026-03-01', { referrerPersonId: 'lee', status: 'won', value: 2000 }),
    ]);
    expect(result.partnersByCount).toMatchObject([
      { name: 'Ruiz Insurance', referrals: 3, wonValue: 1500, lastReferral: '2026-03-01' },
    ]);
    expect(result.peopleByCount.map((c) => c.name)).toEqual(['Lee Chen', 'Sam Ruiz', 'Dana Ruiz']);
    expect(result.peopleByValue.map((c) => [c.name, c.wonValue])).toEqual([
      ['Lee Chen', 2000],
      ['Dana Ruiz', 1000],
    ]);
    expect(result.partnersByValue.map((c) => c.wonValue)).toEqual([1500]);
  });

  it('breaks value ties by most recent referral, then name', () => {
    const result = insights([
      received('2026-01-01', { referrerPersonId: 'lee', status: 'won', value: 100 }),
      received('2026-05-01', { referrerPersonId: 'ana', status: 'won', value: 100 }),
      received('2026-05-01', { referrerPersonId: 'dana', status: 'won', value: 100 }),
    ]);
    expect(result.peopleByValue.map((c) => c.name)).toEqual(['Ana Berg', 'Dana Ruiz', 'Lee Chen']);
  });

  it('leaves out trashed referrals, trashed referrers and given referrals', () => {
    const result = insights([
      received('2026-01-01', { referrerPersonId: 'lee', deletedAt: 5 }),
      received('2026-01-01', { referrerPersonId: 'gone' }),
      received('2026-01-01', { referrerPartnerId: 'old' }),
      { direction: 'given', date: '2026-01-01', status: 'won', value: 9 },
    ]);
    expect(result.peopleByCount).toEqual([]);
    expect(result.partnersByCount).toEqual([]);
    // The trashed referrers' referrals still happened: they count overall.
    expect(result.received).toBe(2);
  });

  it('knows when each was last thanked (thank-you or gift), partners through their people', () => {
    const result = insights(
      [
        received('2026-01-01', { referrerPersonId: 'dana' }),
        received('2026-01-01', { referrerPersonId: 'lee' }),
      ],
      [
        { kind: 'thank-you', date: '2026-01-05', personIds: ['dana'], partnerIds: [] },
        { kind: 'gift', date: '2026-02-05', personIds: ['dana'], partnerIds: [] },
        { kind: 'gift', date: '2026-03-05', personIds: ['dana'], partnerIds: [], deletedAt: 1 },
        { kind: 'call', date: '2026-04-05', personIds: ['lee'], partnerIds: [] },
      ],
    );
    const thanked = Object.fromEntries(
      [...result.peopleByCount, ...result.partnersByCount].map((c) => [c.name, c.lastThanked]),
    );
    expect(thanked).toEqual({
      'Dana Ruiz': '2026-02-05',
      'Lee Chen': undefined,
      'Ruiz Insurance': '2026-02-05',
    });
  });
});

describe('conversion and sources', () => {
  it.each([
    [[], '—'],
    [['new', 'met'], '—'],
    [['won'], '100%'],
    [['won', 'lost', 'won', 'new'], '67%'],
    [['lost'], '0%'],
  ])('statuses %j convert at %s', (statuses, text) => {
    const result = insights(
      statuses.map((status) => received('2026-01-01', { status, referrerPersonId: 'lee' })),
    );
    expect(rateText(result.overall, 'en-US')).toBe(text);
  });

  it('gives each referral one source: its partner, else the person', () => {
    const result = insights([
      received('2026-01-01', { referrerPersonId: 'dana', status: 'won', value: 300 }),
      received('2026-01-01', { referrerPersonId: 'lee', status: 'lost' }),
      received('2026-01-01', { referrerPersonId: 'lee', status: 'won', value: 100 }),
    ]);
    expect(result.sources.map((s) => [s.kind, s.id, s.wonValue, s.won, s.lost])).toEqual([
      ['partner', 'ruiz', 300, 1, 0],
      ['person', 'lee', 100, 1, 1],
    ]);
  });
});

describe('months', () => {
  it('has 12 calendar months ending with this one, empty ones included', () => {
    const result = insights([
      received('2026-11-01'),
      received('2025-12-31'),
      received('2025-11-30'),
      { direction: 'given', date: '2026-11-10', status: 'new' },
      { direction: 'given', date: '2026-11-20', status: 'new' },
      received('2026-06-01', { deletedAt: 3 }),
    ]);
    expect(result.months).toHaveLength(12);
    expect(result.months[0]).toEqual({ month: '2025-12', received: 1, given: 0 });
    expect(result.months[11]).toEqual({ month: '2026-11', received: 1, given: 1 });
    expect(result.months.reduce((sum, m) => sum + m.received + m.given, 0)).toBe(3);
  });
});
