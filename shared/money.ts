/**
 * Money as the owner types and reads it. Stored amounts are integers in minor units
 * (cents) of the currency chosen in Settings; the number of minor digits
 * comes from Intl, so JPY has none and KWD has three.
 */

export type MoneyParse = { ok: true; value: number } | { ok: false; error: string };

const NOT_A_NUMBER = 'Enter the value as a number, like 1,200.50.';
const NEGATIVE = 'The value cannot be negative.';
const TOO_LARGE = 'That value is too large.';

function currencyFormat(locale: string, currency: string) {
  return new Intl.NumberFormat(locale, { style: 'currency', currency });
}

/** How many digits after the decimal point the currency has (USD 2, JPY 0, KWD 3). */
export function minorDigits(locale: string, currency: string): number {
  return currencyFormat(locale, currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/** The locale's decimal separator ("." in en-US, "," in de-DE). */
function decimalSeparator(locale: string): string {
  const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
  return parts.find((part) => part.type === 'decimal')?.value ?? '.';
}

/** The currency's symbols as this locale writes them ("$", "US$", "€", "CHF"). */
function currencySymbols(locale: string, currency: string): string[] {
  const symbols = new Set([currency]);
  for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
    const parts = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay,
    }).formatToParts(1);
    const symbol = parts.find((part) => part.type === 'currency')?.value;
    if (symbol) symbols.add(symbol);
  }
  // Longest first, so "US$" goes before "$" would leave "US" behind.
  return [...symbols].sort((a, b) => b.length - a.length);
}

/**
 * Digit groups of a whole part ("1", "200", "000"): the first has one to three digits,
 * the last exactly three, any between two or three (Indian grouping writes 1,00,000).
 */
function validGroups(groups: readonly string[]): boolean {
  if (groups.some((group) => !/^\d+$/.test(group))) return false;
  if (groups.length === 1) return true;
  const [first, ...rest] = groups;
  const last = rest[rest.length - 1]!;
  return (
    first!.length <= 3 &&
    last.length === 3 &&
    rest.slice(0, -1).every((group) => group.length === 2 || group.length === 3)
  );
}

/**
 * Which of "." and "," is the decimal point in `text`, if any: the last of the two when
 * both appear; none when one appears several times (it groups thousands); when one
 * appears once, the locale's decimal point is decimal, and the other is read as grouping
 * only when exactly three digits follow it ("1,200" is 1200 in en-US, "1200,50" is 1200.50).
 */
function findDecimal(text: string, locale: string): string | undefined {
  const dot = text.lastIndexOf('.');
  const comma = text.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ',';
  const mark = dot >= 0 ? '.' : comma >= 0 ? ',' : undefined;
  if (!mark || text.indexOf(mark) !== text.lastIndexOf(mark)) return undefined;
  if (mark === decimalSeparator(locale)) return mark;
  const after = text.slice(text.indexOf(mark) + 1);
  return /^\d{3}$/.test(after) ? undefined : mark;
}

/**
 * Reads an amount the owner typed into minor units: "1,200.50" (en-US), "1.200,50" or
 * "1200,50" (de-DE), "1 200,50" (fr-FR), "$1,200", "1200". Refuses text that is not a
 * number, negative amounts, and more decimals than the currency has — each with a sentence.
 */
export function parseMoney(text: string, locale: string, currency: string): MoneyParse {
  let rest = text.trim();
  if (rest === '') return { ok: false, error: 'Enter the value of the business.' };
  if (/[-−(]/.test(rest)) return { ok: false, error: NEGATIVE };
  for (const symbol of currencySymbols(locale, currency)) rest = rest.split(symbol).join('');
  // Any other currency sign, spaces (fr-FR groups with a narrow no-break space) and
  // apostrophes (de-CH groups with ’) carry no value.
  rest = rest.replace(/\p{Sc}/gu, '').trim();
  if (rest === '' || !/^[\d.,\s'’]+$/u.test(rest) || !/^\d/.test(rest)) {
    return { ok: false, error: NOT_A_NUMBER };
  }
  const decimal = findDecimal(rest, locale);
  const cut = decimal ? rest.lastIndexOf(decimal) : rest.length;
  const whole = rest.slice(0, cut);
  const fraction = decimal ? rest.slice(cut + 1) : '';
  const groups = whole.split(/[.,\s'’]+/u);
  if (!validGroups(groups) || (decimal && !/^\d+$/.test(fraction))) {
    return { ok: false, error: NOT_A_NUMBER };
  }
  const digits = minorDigits(locale, currency);
  if (fraction.length > digits) {
    const error =
      digits === 0
        ? `Amounts in ${currency} are whole numbers, without decimals.`
        : `Amounts in ${currency} have at most ${digits} decimal ${digits === 1 ? 'place' : 'places'}.`;
    return { ok: false, error };
  }
  const minor = Number(groups.join('') + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, error: TOO_LARGE };
  return { ok: true, value: minor };
}

/** Minor units as the locale writes the currency: 120050 → "$1,200.50" / "1.200,50 €". */
export function formatMoney(minor: number, locale: string, currency: string): string {
  const format = currencyFormat(locale, currency);
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}

/** Minor units as the owner would type them back into a field, without the symbol. */
export function moneyInputText(minor: number, locale: string, currency: string): string {
  const digits = minorDigits(locale, currency);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minor / 10 ** digits);
}
