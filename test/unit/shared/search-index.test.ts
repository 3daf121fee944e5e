import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, type Searchable } from '../../../shared/search-index';
import { foldText } from '../../../shared/text';

type SearchablePerson = Extract<Searchable, { kind: 'person' }>;
type SearchablePartner = Extract<Searchable, { kind: 'partner' }>;
const person = (id: string, name: string, more: Partial<SearchablePerson> = {}) =>
  ({ kind: 'person', id, name, emails: [], phones: [], tags: [], ...more }) as SearchablePerson;
const partner = (id: string, name: string, more: Partial<SearchablePartner> = {}) =>
  ({ kind: 'partner', id, name, tags: [], ...more }) as SearchablePartner;

const AMELIE = person('p-amelie', 'Amélie Dupont', {
  company: 'Boulangerie Dupont',
  emails: ['amelie@dupont.example'],
  phones: ['+1 (555) 014-2000'],
  tags: ['VIP'],
});
const DANA = person('p-dana', 'Dana Ruiz', {
  company: 'Acme Insurance',
  emails: ['dana.ruiz@acme.example'],
  tags: ['champion'],
});
const SAM = person('p-sam', 'Sam Lee', { company: 'Acme Insurance', phones: ['555 777 1234'] });
const ACME = partner('b-acme', 'Acme Insurance', { category: 'Insurance agent' });
const KIDS = partner('b-kids', 'Kids Teeth', {
  category: 'Pediatric dentist',
  email: 'hello@kidsteeth.example',
  phone: '(555) 300-9000',
  tags: ['Kids'],
});
const SMALL = [AMELIE, DANA, SAM, ACME, KIDS];

const names = (query: string, records: Searchable[] = SMALL) =>
  createSearchIndex(records)
    .search(query)
    .map((hit) => hit.name);

describe('finding people and partners', () => {
  it.each([
    ['by name without the accent', 'amelie', ['Amélie Dupont']],
    ['by name in capitals with the accent', 'AMÉLIE', ['Amélie Dupont']],
    ['by a later word of the name', 'ruiz', ['Dana Ruiz']],
    ['by several words in any order', 'ruiz dana', ['Dana Ruiz']],
    ['by company', 'boulangerie', ['Amélie Dupont']],
    ['by category', 'pediatric', ['Kids Teeth']],
    ['by email', 'dana.ruiz@acme', ['Dana Ruiz']],
    ['by the partner’s email', 'hello@kids', ['Kids Teeth']],
    ['by tag', 'vip', ['Amélie Dupont']],
    ['by phone digits with a space', '555 0142', ['Amélie Dupont']],
    ['by phone digits run together', '5550142', ['Amélie Dupont']],
    ['by phone written another way', '555-014-2', ['Amélie Dupont']],
    ['by the partner’s phone', '5553009', ['Kids Teeth']],
    ['by words in different fields', 'dana champion', ['Dana Ruiz']],
    ['nothing for a word found nowhere', 'zebra', []],
    ['nothing for an empty query', '', []],
    ['nothing for spaces', '   ', []],
  ])('%s (%j)', (_what, query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('shows the company beside a person and the category beside a partner', () => {
    expect(createSearchIndex(SMALL).search('acme')).toEqual([
      { kind: 'partner', id: 'b-acme', name: 'Acme Insurance', detail: 'Insurance agent' },
      { kind: 'person', id: 'p-dana', name: 'Dana Ruiz', detail: 'Acme Insurance' },
      { kind: 'person', id: 'p-sam', name: 'Sam Lee', detail: 'Acme Insurance' },
    ]);
    expect(createSearchIndex([person('x', 'No Company')]).search('no')[0]?.detail).toBe('');
  });

  it('finds only one kind when asked', () => {
    const index = createSearchIndex(SMALL);
    expect(index.search('acme', { kind: 'partner' }).map((hit) => hit.id)).toEqual(['b-acme']);
    expect(index.search('acme', { kind: 'person' }).map((hit) => hit.id)).toEqual([
      'p-dana',
      'p-sam',
    ]);
  });
});

describe('ranking', () => {
  it('puts name prefix before word prefix before other fields before substrings', () => {
    const records = [
      person('1', 'Jordan Miles'), // "dan" inside a word
      person('2', 'Lee Park', { company: 'Dandelion Florists' }), // a company word
      person('3', 'Ana Dantas'), // a later word of the name
      partner('4', 'Danube Catering'), // the name itself
      person('5', 'Daniel Park'),
    ];
    expect(names('dan', records)).toEqual([
      'Daniel Park',
      'Danube Catering',
      'Ana Dantas',
      'Lee Park',
      'Jordan Miles',
    ]);
  });

  it('returns the best 20 by default, and as many as asked', () => {
    const many = Array.from({ length: 30 }, (_, i) => person(`p${i}`, `Pat ${100 + i}`));
    const index = createSearchIndex(many);
    expect(index.search('pat').map((hit) => hit.name)).toEqual(
      many.slice(0, 20).map((record) => record.name),
    );
    expect(index.search('pat', { limit: 3 })).toHaveLength(3);
    expect(index.search('pat', { limit: 0 })).toEqual([]);
  });
});

describe('keeping the index current', () => {
  it('follows edits, trash, restore and removal without a rebuild', () => {
    const index = createSearchIndex(SMALL);
    index.upsert({ ...DANA, name: 'Dana Ortiz', emails: ['dana@ortiz.example'] });
    expect(index.search('ruiz').map((hit) => hit.id)).toEqual([]);
    expect(index.search('ortiz').map((hit) => hit.id)).toEqual(['p-dana']);

    index.upsert({ ...AMELIE, deletedAt: 1 });
    expect(index.search('amelie')).toEqual([]);
    index.upsert(AMELIE);
    expect(index.search('amelie').map((hit) => hit.id)).toEqual(['p-amelie']);

    index.remove('b-kids');
    index.remove('no-such-id');
    expect(index.search('kids')).toEqual([]);
    expect(index.size).toBe(4);

    index.clear('person');
    expect(index.size).toBe(1);
    expect(index.search('acme').map((hit) => hit.id)).toEqual(['b-acme']);
  });

  const arbitraryRecord = fc.record({
    kind: fc.constantFrom('person' as const, 'partner' as const),
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    name: fc.constantFrom('Amélie', 'Amelia Ruiz', 'Dana', 'Daniel', 'Zoë', 'Ann Dana'),
    company: fc.constantFrom(undefined, 'Acme', 'Dana & Co'),
    phones: fc.constantFrom([], ['555 0142'], ['+1 555-9000']),
    tags: fc.constantFrom([], ['vip'], ['ami']),
    deletedAt: fc.constantFrom(undefined, undefined, 5),
  });
  const operation = fc.oneof(
    arbitraryRecord.map((record) => ({ upsert: { ...record, emails: [] } as Searchable })),
    fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f').map((id) => ({ remove: id })),
  );

  it('answers like a fresh build after any sequence of upserts and removes', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const index = createSearchIndex();
        const latest = new Map<string, Searchable>();
        for (const op of operations) {
          if ('upsert' in op) {
            index.upsert(op.upsert);
            latest.set(op.upsert.id, op.upsert);
          } else {
            index.remove(op.remove);
            latest.delete(op.remove);
          }
        }
        const fresh = createSearchIndex(latest.values());
        expect(index.size).toBe(fresh.size);
        for (const query of ['a', 'dan', 'amelie', 'vip', '555', 'acme', 'ann d', 'zzz']) {
          expect(index.search(query)).toEqual(fresh.search(query));
        }
      }),
    );
  });

  it('never throws on arbitrary text, in records or in queries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { maxLength: 6 }),
        fc.string({ unit: 'binary' }),
        (texts, query) => {
          const index = createSearchIndex(
            texts.map((text, i) =>
              person(`p${i}`, text, {
                company: text,
                emails: [text],
                phones: [text],
                tags: [text],
              }),
            ),
          );
          const hits = index.search(query);
          expect(hits.length).toBeLessThanOrEqual(20);
          for (const text of texts) index.search(text);
        },
      ),
    );
  });
});

/** A deterministic generator (mulberry32), so the 52,000 records are the same every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(people: number, partners: number): Searchable[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const first = ['Dana', 'Sam', 'Zoë', 'Noémie', 'Lee', 'Priya', 'José', 'Mia', 'Omar', 'Ana'];
  const last = ['Ruiz', 'Patel', 'Nguyễn', 'Smith', 'Müller', 'Kowalski', 'Dantas', 'Okafor'];
  const companies = ['Acme Insurance', 'Bright Smiles', 'Lopez Auto', 'Green Realty', undefined];
  const categories = ['Insurance agent', 'Pediatrician', 'Realtor', 'Accountant', 'Lawyer'];
  const records: Searchable[] = [];
  for (let i = 0; i < people; i++) {
    const name = `${pick(first)} ${pick(last)}`;
    records.push(
      person(`person-${i}`, name, {
        company: pick(companies),
        emails: [`${foldText(name).replace(' ', '.')}${i}@example.com`],
        phones: [`+1 (${200 + (i % 700)}) ${String(i).padStart(7, '0')}`],
        tags: next() < 0.1 ? ['champion'] : [],
      }),
    );
  }
  for (let i = 0; i < partners; i++) {
    records.push(
      partner(`partner-${i}`, `${pick(last)} ${pick(categories)}`, { category: pick(categories) }),
    );
  }
  return records;
}

describe('at 50,000 people and 2,000 partners', () => {
  const records = [
    ...generate(50_000, 2_000),
    AMELIE,
    person('p-typo', 'Amelie Dupond', { company: 'Dupond Bakery' }),
  ];
  const index = createSearchIndex(records);

  it('holds every record', () => {
    expect(index.size).toBe(52_002);
  });

  it('finds the one record by accent-free name, phone digits and email', () => {
    expect(index.search('amelie dupont').map((hit) => hit.id)).toEqual(['p-amelie']);
    expect(index.search('5550142000').map((hit) => hit.id)).toEqual(['p-amelie']);
    expect(index.search('(555) 014-2000').map((hit) => hit.id)).toEqual(['p-amelie']);
    expect(index.search('amelie@dupont').map((hit) => hit.id)).toEqual(['p-amelie']);
  });

  it('returns the alphabetically first name-prefix matches for a short query', () => {
    const expected = records
      .filter((record) => foldText(record.name).startsWith('no'))
      .sort((a, b) => {
        const [x, y] = [foldText(a.name), foldText(b.name)];
        return x === y ? (a.id < b.id ? -1 : 1) : x < y ? -1 : 1;
      })
      .slice(0, 20)
      .map((record) => record.id);
    expect(expected).toHaveLength(20);
    expect(index.search('no').map((hit) => hit.id)).toEqual(expected);
  });

  it('follows an edit and a removal at full size', () => {
    const copy = createSearchIndex(records);
    copy.upsert({ ...AMELIE, name: 'Amélie Laurent' });
    expect(copy.search('amelie laurent').map((hit) => hit.id)).toEqual(['p-amelie']);
    copy.remove('p-amelie');
    expect(copy.search('amelie laurent')).toEqual([]);
    expect(copy.size).toBe(52_001);
  });
});
