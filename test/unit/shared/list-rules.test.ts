import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distinctValues,
  foldQuickly,
  isEmptyQuery,
  matchesTextQuery,
  nextSort,
  orderIn,
  parseTextQuery,
  rememberingFold,
  searchEntry,
  sortRows,
  type SortKey,
} from '../../../shared/list-rules';
import { countLabel, dayFormatter, NO_VALUE } from '../../../shared/list-format';
import { PARTNER_STATUSES } from '../../../shared/records';
import { foldText } from '../../../shared/text';

describe('the filter box', () => {
  const amelie = searchEntry(
    ['Amélie Dupont', 'Bright Dental', 'amelie@bright.example', 'VIP', 'golf'],
    ['(555) 123-4567', '+44 20 7946 0018'],
  );

  it.each([
    // [query, matches]
    ['', true],
    ['   ', true],
    ['amelie', true],
    ['AMÉLIE', true],
    ['Amélie', true],
    ['amélie dupont', true],
    ['dupont amelie', true],
    ['  dupont   amelie  ', true],
    ['ame', true],
    ['bright dental', true],
    ['BRIGHT.EXAMPLE', true],
    ['vip', true],
    ['golf dupont', true],
    ['amelie smith', false],
    ['zoë', false],
    // Phone numbers match by their digits, however either side writes them.
    ['5551234567', true],
    ['555 123 4567', true],
    ['(555) 123-4567', true],
    ['555-123', true],
    ['+44 20 7946', true],
    ['442079460018', true],
    ['4567', true],
    ['amelie 4567', true],
    ['amelie 9999', false],
    ['0000000', false],
    // Digits never run from one phone number into the next.
    ['45674420', false],
  ])('%j → %s', (query, expected) => {
    expect(matchesTextQuery(amelie, parseTextQuery(query))).toBe(expected);
  });

  it('folds queries and keeps phone digits only for phone-like queries', () => {
    expect(parseTextQuery(' Zoë  Ørsted ')).toEqual({ terms: ['zoe', 'ørsted'], digits: '' });
    expect(parseTextQuery('(555) 123-4567')).toEqual({
      terms: ['(555)', '123-4567'],
      digits: '5551234567',
    });
    expect(parseTextQuery('room 101').digits).toBe('');
    expect(isEmptyQuery(parseTextQuery(' \t '))).toBe(true);
    expect(isEmptyQuery(parseTextQuery('a'))).toBe(false);
  });

  it('treats markup as plain text to look for', () => {
    const entry = searchEntry(['<img src=x onerror=alert(1)>'], []);
    expect(matchesTextQuery(entry, parseTextQuery('<img'))).toBe(true);
    expect(matchesTextQuery(entry, parseTextQuery('onerror=alert(1)>'))).toBe(true);
  });

  it('skips absent fields and phones', () => {
    expect(searchEntry(['Dana', undefined, '', 'Ruiz'], [undefined, 'n/a', '555 0101'])).toEqual({
      text: 'dana ruiz',
      phoneDigits: '5550101',
    });
  });
});

describe('foldQuickly', () => {
  it.each(['Dana RUIZ', '  a\t b\n', 'x\u0001y', 'Amélie', 'Zoë\u00a0Ørsted', 'İstanbul', ''])(
    'folds %j exactly like foldText',
    (value) => {
      expect(foldQuickly(value)).toBe(foldText(value));
    },
  );

  it('remembers accented values it folded and still folds like foldText', () => {
    const fold = rememberingFold();
    for (const value of ['Amélie', 'Amélie', 'DANA', 'Łukasz Øster', '']) {
      expect(fold(value)).toBe(foldText(value));
    }
  });

  it('agrees with foldText on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => foldQuickly(value) === foldText(value)),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii' }),
        (value) => foldQuickly(value) === foldText(value),
      ),
    );
  });
});

describe('distinctValues', () => {
  it.each([
    [[], []],
    [
      ['golf', 'VIP', 'vip', ' Vip '],
      ['golf', 'VIP'],
    ],
    [
      ['Zoë', 'zoe', 'Amélie', 'amelie'],
      ['Amélie', 'Zoë'],
    ],
    [
      ['tag 10', 'tag 9', 'Tag 1'],
      ['Tag 1', 'tag 9', 'tag 10'],
    ],
    [['', '  ', 'x'], ['x']],
  ])('%j → %j', (values, expected) => {
    expect(distinctValues(values, 'en')).toEqual(expected);
  });
});

describe('sortRows', () => {
  interface Row {
    id: string;
    name: string;
    company?: string;
    touch?: string;
    count?: number;
  }
  const rows: Row[] = [
    { id: 'a', name: 'zoë', company: 'Bright', touch: '2025-03-01', count: 2 },
    { id: 'b', name: 'amélie', touch: '2024-12-31', count: 0 },
    { id: 'c', name: 'émile', company: 'acme', count: 10 },
    { id: 'd', name: 'amelie', company: 'Acme', touch: '2025-03-01' },
    { id: 'e', name: 'bob', company: '' },
    { id: 'f', name: 'item 10', company: 'Bright' },
    { id: 'g', name: 'item 9', company: 'bright' },
  ];
  const byName: SortKey<Row> = { value: (row) => row.name, collate: true };
  const ids = (sorted: Row[]) => sorted.map((row) => row.id).join('');

  it.each<[string, SortKey<Row>[], 'ascending' | 'descending', string]>([
    // Collated: accents after the plain letter, numbers in numeric order, ties keep input order.
    ['name ascending', [byName], 'ascending', 'bdecgfa'],
    ['name descending', [byName], 'descending', 'afgcebd'],
    // Empty values ('' and undefined) last in both directions; ties broken by name.
    [
      'company ascending',
      [{ value: (r) => r.company, collate: true }, byName],
      'ascending',
      'dcgfabe',
    ],
    [
      'company descending',
      [{ value: (r) => r.company, collate: true }, byName],
      'descending',
      'gfadcbe',
    ],
    ['date ascending', [{ value: (r) => r.touch }, byName], 'ascending', 'bdaecgf'],
    ['date descending', [{ value: (r) => r.touch }, byName], 'descending', 'dabecgf'],
    ['number ascending', [{ value: (r) => r.count }, byName], 'ascending', 'bacdegf'],
    ['number descending', [{ value: (r) => r.count }, byName], 'descending', 'cabdegf'],
  ])('%s', (_label, keys, direction, expected) => {
    expect(ids(sortRows(rows, keys, direction, 'en'))).toBe(expected);
  });

  it('keeps the input order for complete ties and does not change the input', () => {
    const same = [{ n: 'x' }, { n: 'X' }, { n: 'x' }];
    const sorted = sortRows(same, [{ value: (row) => row.n, collate: true }], 'descending', 'en');
    expect(sorted).toEqual(same);
    expect(sorted[0]).toBe(same[0]);
    expect(sortRows([], [byName], 'ascending')).toEqual([]);
    const input = [...rows];
    sortRows(rows, [byName], 'ascending', 'en');
    expect(rows).toEqual(input);
  });

  it('orders closed choices by their place in the list, unknown values last', () => {
    const statusOf = orderIn(PARTNER_STATUSES);
    const partners = [{ status: 'paused' }, { status: 'active' }, { status: 'prospect' }];
    const sorted = sortRows(
      [...partners, { status: undefined }],
      [{ value: (row) => statusOf(row.status as (typeof PARTNER_STATUSES)[number]) }],
      'ascending',
    );
    expect(sorted.map((row) => row.status)).toEqual(['prospect', 'active', 'paused', undefined]);
  });

  it.each([
    [{ key: 'name', direction: 'ascending' }, 'name', undefined, 'descending'],
    [{ key: 'name', direction: 'descending' }, 'name', undefined, 'ascending'],
    [{ key: 'name', direction: 'descending' }, 'company', undefined, 'ascending'],
    [{ key: 'name', direction: 'ascending' }, 'created', 'descending', 'descending'],
  ] as const)('nextSort(%j, %s, %s) → %s', (current, key, first, direction) => {
    expect(nextSort(current, key, first)).toEqual({ key, direction });
  });
});

describe('list wording', () => {
  const people = { one: 'person', many: 'people' };
  it.each([
    [0, 0, '0 people'],
    [1, 1, '1 person'],
    [2, 2, '2 people'],
    [1204, 1204, '1,204 people'],
    [50000, 50000, '50,000 people'],
    [3, 50000, '3 of 50,000 people'],
    [0, 1, '0 of 1 person'],
    [1, 12, '1 of 12 people'],
  ])('%d of %d → %s', (matching, total, expected) => {
    expect(countLabel(matching, total, people, 'en-US')).toBe(expected);
  });

  it('uses the locale’s digit grouping', () => {
    expect(countLabel(1204, 1204, people, 'de-DE')).toBe('1.204 people');
  });

  it('formats stored dates and timestamps, and shows a dash for nothing', () => {
    const format = dayFormatter('en-US');
    expect(format.localDate('2024-02-29')).toBe('Feb 29, 2024');
    expect(format.localDate('2023-12-31')).toBe('Dec 31, 2023');
    expect(format.localDate(undefined)).toBe(NO_VALUE);
    expect(format.localDate('2023-02-30')).toBe(NO_VALUE);
    expect(format.timestamp(new Date(2025, 10, 3, 23, 59).getTime())).toBe('Nov 3, 2025');
    expect(format.timestamp(undefined)).toBe(NO_VALUE);
    expect(format.timestamp(Number.NaN)).toBe(NO_VALUE);
  });
});
