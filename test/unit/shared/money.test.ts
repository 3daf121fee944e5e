import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, moneyInputText, parseMoney } from '../../../shared/money';

const NNBSP = '\u202f';

describe('parseMoney', () => {
  it.each([
    ['1,200.50', 'en-US', 'USD', 120050],
    ['$1,200', 'en-US', 'USD', 120000],
    ['1200', 'en-US', 'USD', 120000],
    ['1200.5', 'en-US', 'USD', 120050],
    ['1,200', 'en-US', 'USD', 120000],
    ['1200,50', 'en-US', 'USD', 120050],
    ['  $ 0.05 ', 'en-US', 'USD', 5],
    ['1,00,000.00', 'en-IN', 'INR', 10000000],
    ['1200,50', 'de-DE', 'EUR', 120050],
    ['1.200,50', 'de-DE', 'EUR', 120050],
    ['1.200', 'de-DE', 'EUR', 120000],
    ['1.200.000 €', 'de-DE', 'EUR', 120000000],
    ['1200,50', 'fr-FR', 'EUR', 120050],
    [`1${NNBSP}200,50`, 'fr-FR', 'EUR', 120050],
    ['1 200,50 €', 'fr-FR', 'EUR', 120050],
    ['CHF 1’200.50', 'de-CH', 'CHF', 120050],
    ['¥1,200', 'ja-JP', 'JPY', 1200],
    ['1,200', 'en-US', 'JPY', 1200],
    ['1.234', 'en-US', 'KWD', 1234],
    ['£99.99', 'en-GB', 'GBP', 9999],
  ])('reads %s in %s (%s) as %i minor units', (text, locale, currency, minor) => {
    expect(parseMoney(text, locale, currency)).toEqual({ ok: true, value: minor });
  });

  it.each([
    ['abc', 'en-US', 'USD', 'Enter the value as a number, like 1,200.50.'],
    ['-5', 'en-US', 'USD', 'The value cannot be negative.'],
    ['(5)', 'en-US', 'USD', 'The value cannot be negative.'],
    ['1.2.3', 'en-US', 'USD', 'Enter the value as a number, like 1,200.50.'],
    ['1,2,3', 'de-DE', 'EUR', 'Enter the value as a number, like 1,200.50.'],
    ['12abc', 'en-US', 'USD', 'Enter the value as a number, like 1,200.50.'],
    ['', 'en-US', 'USD', 'Enter the value of the business.'],
    ['$', 'en-US', 'USD', 'Enter the value as a number, like 1,200.50.'],
    ['1.505', 'en-US', 'USD', 'Amounts in USD have at most 2 decimal places.'],
    ['1200.5', 'ja-JP', 'JPY', 'Amounts in JPY are whole numbers, without decimals.'],
    ['99999999999999999999', 'en-US', 'USD', 'That value is too large.'],
  ])('refuses %s in %s (%s) with a sentence', (text, locale, currency, error) => {
    expect(parseMoney(text, locale, currency)).toEqual({ ok: false, error });
  });
});

describe('formatMoney', () => {
  it.each([
    [120050, 'en-US', 'USD', '$1,200.50'],
    [120050, 'de-DE', 'EUR', '1.200,50\u00a0€'],
    [1200, 'ja-JP', 'JPY', '￥1,200'],
    [0, 'en-US', 'USD', '$0.00'],
  ])('writes %i in %s (%s) as %s', (minor, locale, currency, text) => {
    expect(formatMoney(minor, locale, currency)).toBe(text);
  });
});

describe('format → parse round trip', () => {
  const places = [
    ['en-US', 'USD'],
    ['de-DE', 'EUR'],
    ['fr-FR', 'EUR'],
    ['de-CH', 'CHF'],
    ['en-IN', 'INR'],
    ['ja-JP', 'JPY'],
    ['en-GB', 'GBP'],
    ['ar-KW', 'KWD'],
    ['es-ES', 'EUR'],
    ['pt-BR', 'BRL'],
  ].filter(([locale]) => new Intl.NumberFormat(locale).format(1) === '1');

  it('reads back every amount it writes, with or without the symbol', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.constantFrom(...places),
        (minor, [locale, currency]) => {
          expect(parseMoney(formatMoney(minor, locale!, currency!), locale!, currency!)).toEqual({
            ok: true,
            value: minor,
          });
          expect(parseMoney(moneyInputText(minor, locale!, currency!), locale!, currency!)).toEqual(
            { ok: true, value: minor },
          );
        },
      ),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parseMoney(text, 'en-US', 'USD')).not.toThrow();
      }),
    );
  });
});
