/** Sensible first values for an owner's settings, read from their locale. */
import { getCurrency } from 'locale-currency';

type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

function maximize(locale: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(locale).maximize();
  } catch {
    return undefined;
  }
}

/** ISO 4217 code for the locale's region ("en" → en-Latn-US → USD); USD when unknown. */
export function defaultCurrency(locale: string): string {
  const region = maximize(locale)?.region;
  return (region && getCurrency(region)) || 'USD';
}

/**
 * First day of the week for the locale, as date-fns counts it (0 = Sunday). Engines expose
 * week info either as `getWeekInfo()` (current) or the older `weekInfo` accessor, counting
 * 1 = Monday … 7 = Sunday; Monday when neither exists.
 */
export function defaultWeekStartsOn(locale: string): WeekDay {
  const full = maximize(locale) as
    | (Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } })
    | undefined;
  const firstDay = full?.getWeekInfo?.().firstDay ?? full?.weekInfo?.firstDay ?? 1;
  return (firstDay % 7) as WeekDay;
}
