import { afterEach, describe, expect, it } from 'vitest';
import { defaultCurrency, defaultWeekStartsOn } from '../../../shared/locale-defaults';

describe('defaultCurrency', () => {
  it.each([
    ['en-US', 'USD'],
    ['en', 'USD'], // maximised to en-Latn-US
    ['fr-FR', 'EUR'],
    ['fr', 'EUR'],
    ['de-DE', 'EUR'],
    ['de-CH', 'CHF'],
    ['ja-JP', 'JPY'],
    ['ja', 'JPY'],
    ['en-GB', 'GBP'],
    ['en-IN', 'INR'],
    ['pt-BR', 'BRL'],
    ['zh-Hant-TW', 'TWD'],
    ['es-MX', 'MXN'],
    ['und', 'USD'],
    ['es-419', 'USD'], // a region with no single currency
    ['not a locale!!', 'USD'],
    ['', 'USD'],
  ])('%j → %s', (locale, currency) => {
    expect(defaultCurrency(locale)).toBe(currency);
  });
});

describe('defaultWeekStartsOn with the engine’s own week data', () => {
  it.each([
    ['en-US', 0],
    ['en', 0],
    ['ja-JP', 0],
    ['he-IL', 0],
    ['fr-FR', 1],
    ['de-DE', 1],
    ['en-GB', 1],
    ['ar-EG', 6],
    ['not a locale!!', 1],
    ['', 1],
  ])('%j → %i', (locale, day) => {
    expect(defaultWeekStartsOn(locale)).toBe(day);
  });
});

/**
 * Engines expose week data as `getWeekInfo()` (current), as the older `weekInfo` accessor,
 * or not at all. Each case reshapes Intl.Locale.prototype to one of those and puts it back.
 */
describe('defaultWeekStartsOn across engines', () => {
  const proto = Intl.Locale.prototype as object;
  const saved = ['getWeekInfo', 'weekInfo'].map(
    (key) => [key, Object.getOwnPropertyDescriptor(proto, key)] as const,
  );

  afterEach(() => {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(proto, key, descriptor);
      else delete (proto as Record<string, unknown>)[key];
    }
  });

  function engine(shape: { getWeekInfo?: number; weekInfo?: number }) {
    for (const [key] of saved) delete (proto as Record<string, unknown>)[key];
    if (shape.getWeekInfo !== undefined) {
      const firstDay = shape.getWeekInfo;
      Object.defineProperty(proto, 'getWeekInfo', {
        configurable: true,
        value: () => ({ firstDay, weekend: [6, 7], minimalDays: 1 }),
      });
    }
    if (shape.weekInfo !== undefined) {
      const firstDay = shape.weekInfo;
      Object.defineProperty(proto, 'weekInfo', {
        configurable: true,
        get: () => ({ firstDay, weekend: [6, 7], minimalDays: 1 }),
      });
    }
  }

  it.each([
    { engine: 'getWeekInfo() only', shape: { getWeekInfo: 3 }, expected: 3 },
    { engine: 'weekInfo only', shape: { weekInfo: 5 }, expected: 5 },
    { engine: 'both: getWeekInfo() wins', shape: { getWeekInfo: 2, weekInfo: 5 }, expected: 2 },
    { engine: 'getWeekInfo() saying Sunday (7)', shape: { getWeekInfo: 7 }, expected: 0 },
    { engine: 'weekInfo saying Sunday (7)', shape: { weekInfo: 7 }, expected: 0 },
    { engine: 'getWeekInfo() saying Saturday (6)', shape: { getWeekInfo: 6 }, expected: 6 },
    { engine: 'neither: Monday', shape: {}, expected: 1 },
  ])('$engine → $expected', ({ shape, expected }) => {
    engine(shape);
    expect(defaultWeekStartsOn('en-US')).toBe(expected);
    expect(defaultWeekStartsOn('fr-FR')).toBe(expected);
  });

  it('puts the engine back as it was', () => {
    // Runs after the cases above: the real week data answers again.
    expect(defaultWeekStartsOn('en-US')).toBe(0);
    expect(defaultWeekStartsOn('fr-FR')).toBe(1);
  });
});
