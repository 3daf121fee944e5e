/**
 * Birthdays: a person with a birthday is due on the next one on or after today; the day
 * passing resolves it (the next year's is a new item).
 */
import { getYear, isLeapYear } from 'date-fns';
import { parseLocalDate, toLocalDateString } from '../../dates';
import type { Birthday } from '../../records';
import { live, personSubject } from '../context';
import { shortDate } from '../words';
import { defineCause } from './cause';

/** The birthday in a given year; 29 February falls on 28 February outside leap years. */
export function birthdayIn(year: number, { month, day }: Pick<Birthday, 'month' | 'day'>): string {
  const leapDay = month === 2 && day === 29;
  const date = new Date(year, month - 1, leapDay && !isLeapYear(new Date(year, 0, 1)) ? 28 : day);
  return toLocalDateString(date);
}

/** The next birthday on or after today: once the day has passed it waits for next year. */
export function nextBirthday(birthday: Birthday, today: string): string {
  const year = getYear(parseLocalDate(today));
  const thisYear = birthdayIn(year, birthday);
  return thisYear >= today ? thisYear : birthdayIn(year + 1, birthday);
}

export const birthday = defineCause({
  name: 'birthday',
  reason: 'birthday',
  reads: { people: ['birthday'] },
  resolvedBy: 'the day passing',
  actions: ['log-touch', 'snooze', 'dismiss'],
  keeps: { person: (person) => person.birthday !== undefined },
  indexed: [{ table: 'people', index: '[birthday.month+birthday.day]' }],
  items(ctx, input) {
    return live(input.people).flatMap((person) => {
      if (!person.birthday) return [];
      const dueDate = nextBirthday(person.birthday, ctx.today);
      const year = Number(dueDate.slice(0, 4));
      const key = `birthday:person:${person.id}:${year}`;
      if (ctx.beyond(key, dueDate)) return [];
      const born = person.birthday.year;
      const what = born && born < year ? `turns ${year - born}` : 'has a birthday';
      return {
        key,
        reason: 'birthday' as const,
        subject: personSubject(person),
        dueDate,
        explanation: `${person.name} ${what} on ${shortDate(dueDate, ctx.today)}`,
        personIds: [person.id],
        partnerIds: [],
      };
    });
  },
});
