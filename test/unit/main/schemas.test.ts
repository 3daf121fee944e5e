import { describe, expect, it } from 'vitest';
import {
  badgeCountSchema,
  notifyRequestSchema,
  openFileRequestSchema,
  parseArgument,
  saveFileRequestSchema,
} from '../../../main/ipc/schemas';

const bytes = new Uint8Array([1, 2, 3]);
const csv = { name: 'CSV files', extensions: ['csv'] };

describe('saveFileRequestSchema', () => {
  it.each([
    { suggestedName: 'partners.csv', data: bytes },
    { suggestedName: 'partners.csv', data: bytes, filters: [csv] },
    {
      suggestedName: 'backup.json',
      data: new Uint8Array(),
      filters: [{ name: 'All', extensions: ['*'] }],
    },
  ])('accepts %j', (request) => {
    expect(saveFileRequestSchema.safeParse(request).success).toBe(true);
  });

  it.each([
    ['no data', { suggestedName: 'a.csv' }],
    ['data as a string', { suggestedName: 'a.csv', data: 'text' }],
    ['data as an array', { suggestedName: 'a.csv', data: [1, 2, 3] }],
    ['data as an ArrayBuffer', { suggestedName: 'a.csv', data: new ArrayBuffer(3) }],
    ['an empty name', { suggestedName: '', data: bytes }],
    ['a name that is not a string', { suggestedName: 42, data: bytes }],
    ['a name of 256 characters', { suggestedName: 'a'.repeat(256), data: bytes }],
    ['an unknown key', { suggestedName: 'a.csv', data: bytes, defaultPath: '/etc/passwd' }],
    [
      'a filter with a dotted extension',
      { suggestedName: 'a', data: bytes, filters: [{ name: 'x', extensions: ['.csv'] }] },
    ],
    [
      'a filter with a path in the extension',
      { suggestedName: 'a', data: bytes, filters: [{ name: 'x', extensions: ['../x'] }] },
    ],
    [
      'a filter without extensions',
      { suggestedName: 'a', data: bytes, filters: [{ name: 'x', extensions: [] }] },
    ],
    [
      'a filter with an unknown key',
      { suggestedName: 'a', data: bytes, filters: [{ ...csv, x: 1 }] },
    ],
    ['eleven filters', { suggestedName: 'a', data: bytes, filters: Array(11).fill(csv) }],
    ['null', null],
    ['a string', 'partners.csv'],
  ])('refuses %s', (_label, request) => {
    expect(saveFileRequestSchema.safeParse(request).success).toBe(false);
  });
});

describe('openFileRequestSchema', () => {
  it('accepts no filters and valid filters', () => {
    expect(openFileRequestSchema.safeParse({}).success).toBe(true);
    expect(openFileRequestSchema.safeParse({ filters: [csv] }).success).toBe(true);
  });

  it.each([
    ['null', null],
    ['an unknown key', { properties: ['openDirectory', 'multiSelections'] }],
    ['filters that are not an array', { filters: csv }],
  ])('refuses %s', (_label, request) => {
    expect(openFileRequestSchema.safeParse(request).success).toBe(false);
  });
});

describe('notifyRequestSchema', () => {
  it('accepts a title and a body', () => {
    expect(notifyRequestSchema.safeParse({ title: '3 people to reach', body: '' }).success).toBe(
      true,
    );
  });

  it.each([
    ['an empty title', { title: '', body: 'x' }],
    ['no body', { title: 'x' }],
    ['a huge body', { title: 'x', body: 'x'.repeat(1001) }],
    ['an icon path', { title: 'x', body: 'y', icon: '/etc/passwd' }],
  ])('refuses %s', (_label, request) => {
    expect(notifyRequestSchema.safeParse(request).success).toBe(false);
  });
});

describe('badgeCountSchema', () => {
  it.each([0, 1, 42, 100_000])('accepts %j', (count) => {
    expect(badgeCountSchema.safeParse(count).success).toBe(true);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '3', null, undefined, {}])(
    'refuses %j',
    (count) => {
      expect(badgeCountSchema.safeParse(count).success).toBe(false);
    },
  );
});

describe('parseArgument', () => {
  it('returns the parsed value or throws a plain error', () => {
    expect(parseArgument(badgeCountSchema, 3)).toBe(3);
    expect(() => parseArgument(badgeCountSchema, -3)).toThrow(
      'Handshake refused a malformed request.',
    );
  });
});
