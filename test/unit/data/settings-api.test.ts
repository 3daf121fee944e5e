import { describe, expect, it } from 'vitest';
import { createDataApi } from '../../../renderer/src/data/data-api';
import { ValidationError } from '../../../renderer/src/data/errors';
import type { BusinessProfile, Settings } from '../../../shared/settings';
import { fakeClock, testApi, testDatabase } from './helpers';

function setup(locale = 'en-US') {
  const clock = fakeClock();
  const test = testDatabase();
  const api = createDataApi(test.db, { locale, now: clock.now });
  return { ...test, clock, settings: api.settings };
}

function profileOf(settings: Settings): BusinessProfile {
  const { ownerName, businessName, currency, weekStartsOn, theme } = settings;
  return { ownerName, businessName, currency, weekStartsOn, theme };
}

describe('settings: locale defaults when nothing is saved', () => {
  it.each([
    { locale: 'en-US', currency: 'USD', weekStartsOn: 0 },
    { locale: 'en', currency: 'USD', weekStartsOn: 0 },
    { locale: 'fr-FR', currency: 'EUR', weekStartsOn: 1 },
    { locale: 'fr', currency: 'EUR', weekStartsOn: 1 },
    { locale: 'de-DE', currency: 'EUR', weekStartsOn: 1 },
    { locale: 'ja-JP', currency: 'JPY', weekStartsOn: 0 },
    { locale: 'en-GB', currency: 'GBP', weekStartsOn: 1 },
    { locale: 'ar-EG', currency: 'EGP', weekStartsOn: 6 },
    { locale: 'not a locale!!', currency: 'USD', weekStartsOn: 1 },
  ])('$locale → $currency, week starts on $weekStartsOn', async (c) => {
    const { settings, db, clock } = setup(c.locale);
    const value = await settings.get();
    expect(value).toMatchObject({
      id: 'settings',
      currency: c.currency,
      weekStartsOn: c.weekStartsOn,
      ownerName: '',
      businessName: '',
      theme: 'system',
      cadenceDefaults: { active: 30 },
      createdAt: clock.now(),
    });
    // Reading never writes.
    expect(await db.settings.count()).toBe(0);
  });
});

describe('settings: saveBusinessProfile', () => {
  it('persists, and another connection to the same database sees it', async () => {
    const { settings, reopen, clock } = setup('fr-FR');
    const before = await settings.get();
    clock.advance(1000);
    const saved = await settings.saveBusinessProfile({
      ...profileOf(before),
      ownerName: '  Camille ',
      businessName: 'Boulangerie Camille',
      currency: 'eur',
    });
    expect(saved).toMatchObject({
      ownerName: 'Camille',
      businessName: 'Boulangerie Camille',
      currency: 'EUR',
      weekStartsOn: 1,
      updatedAt: clock.now(),
    });

    // A second window: a new connection and data API, with a different locale even.
    const other = createDataApi(reopen(), { locale: 'en-US', now: clock.now });
    expect(await other.settings.get()).toEqual(saved);
  });

  it('keeps settings that are not part of the business profile', async () => {
    const { settings, db } = setup();
    await db.settings.put({
      ...(await settings.get()),
      cadenceDefaults: { active: 45, champions: 60 },
    });
    const saved = await settings.saveBusinessProfile({
      ...profileOf(await settings.get()),
      currency: 'cad',
    });
    expect(saved).toMatchObject({
      cadenceDefaults: { active: 45, champions: 60 },
      currency: 'CAD',
    });
    expect(await settings.get()).toEqual(saved);
  });

  it('reads the one active-partner cadence that older settings kept', async () => {
    const { settings, db } = setup();
    const { cadenceDefaults: _dropped, ...older } = await settings.get();
    await db.settings.put({ ...older, activePartnerCadenceDays: 21 } as never);
    expect((await settings.get()).cadenceDefaults).toEqual({ active: 21 });
  });

  const CURRENCY_MESSAGE =
    'Choose a currency from the list (a three-letter ISO code such as USD or EUR).';
  const invalid: {
    what: string;
    change: Record<string, unknown>;
    path: string;
    message: string;
  }[] = [
    {
      what: "currency 'XYZ'",
      change: { currency: 'XYZ' },
      path: 'currency',
      message: CURRENCY_MESSAGE,
    },
    { what: "currency ''", change: { currency: '' }, path: 'currency', message: CURRENCY_MESSAGE },
    {
      what: "currency 'EURO'",
      change: { currency: 'EURO' },
      path: 'currency',
      message: CURRENCY_MESSAGE,
    },
    {
      what: 'currency missing',
      change: { currency: undefined },
      path: 'currency',
      message: CURRENCY_MESSAGE,
    },
    {
      what: 'business name over 200',
      change: { businessName: 'b'.repeat(201) },
      path: 'businessName',
      message: 'Business name can be at most 200 characters.',
    },
    {
      what: 'owner name over 200',
      change: { ownerName: 'o'.repeat(201) },
      path: 'ownerName',
      message: 'Your name can be at most 200 characters.',
    },
    {
      what: 'week starting on day 7',
      change: { weekStartsOn: 7 },
      path: 'weekStartsOn',
      message: 'Choose the first day of the week from the list.',
    },
    {
      what: 'unknown theme',
      change: { theme: 'neon' },
      path: 'theme',
      message: 'Choose a theme from the list.',
    },
  ];

  it.each(invalid)('refuses $what and saves nothing', async ({ change, path, message }) => {
    const { settings, db } = setup();
    const defaults = await settings.get();
    const error = await settings
      .saveBusinessProfile({ ...profileOf(defaults), ...change } as BusinessProfile)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ [path]: message });
    expect((error as ValidationError).message).toBe(message);
    expect(await db.settings.count()).toBe(0);
    expect(await settings.get()).toEqual(defaults);
  });

  it('refuses a bad change over saved settings and keeps them as they were', async () => {
    const { settings, db } = setup();
    const saved = await settings.saveBusinessProfile({
      ...profileOf(await settings.get()),
      businessName: 'Acme',
    });
    await expect(
      settings.saveBusinessProfile({ ...profileOf(saved), currency: 'XYZ' }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.settings.get('settings')).toEqual(saved);
  });

  it('accepts a business name of exactly 200 characters', async () => {
    const { settings } = setup();
    const saved = await settings.saveBusinessProfile({
      ...profileOf(await settings.get()),
      businessName: 'b'.repeat(200),
    });
    expect(saved.businessName).toHaveLength(200);
  });
});

describe('settings saved by an older version', () => {
  it('fill fields added later, also inside nested groups, with their defaults', async () => {
    const { api, db } = testApi('en-US');
    const saved = await api.settings.saveBusinessProfile({
      ownerName: 'Maria',
      businessName: 'Lopez Auto',
      currency: 'USD',
      weekStartsOn: 0,
      theme: 'system',
    });
    // Simulate a record written before `time` and `afterReferral` existed.
    const { time: _time, ...olderNotifications } = saved.notifications;
    const { afterReferral: _after, ...olderGuide } = saved.referralGuide;
    await db.settings.put({
      ...saved,
      notifications: olderNotifications,
      referralGuide: olderGuide,
    } as unknown as typeof saved);

    const settings = await api.settings.get();
    expect(settings.businessName).toBe('Lopez Auto');
    expect(settings.notifications.time).toBe('09:00');
    expect(settings.referralGuide.afterReferral).toBe('');
  });
});

describe('settings: savePreferences', () => {
  it('saves a cadence per partner status and for champions, and clears empty ones', async () => {
    const { settings, clock, reopen } = setup();
    clock.advance(1000);
    const saved = await settings.savePreferences({
      prospect: 90,
      talking: 14,
      active: undefined,
      paused: 180,
      champions: 21,
    });
    expect(saved.cadenceDefaults).toEqual({
      prospect: 90,
      talking: 14,
      paused: 180,
      champions: 21,
    });
    expect('active' in saved.cadenceDefaults).toBe(false);
    expect(saved.updatedAt).toBe(clock.now());
    const other = createDataApi(reopen(), { locale: 'en-US', now: clock.now });
    expect((await other.settings.get()).cadenceDefaults).toEqual(saved.cadenceDefaults);
  });

  it('keeps "no defaults at all" instead of falling back to 30 days for active partners', async () => {
    const { settings } = setup();
    await settings.savePreferences({});
    expect((await settings.get()).cadenceDefaults).toEqual({});
  });

  it('keeps the business profile and notifications as they are', async () => {
    const { settings } = setup();
    const profile = await settings.saveBusinessProfile({
      ...profileOf(await settings.get()),
      businessName: 'Acme',
    });
    await settings.saveNotifications({ enabled: false, day: 3, time: '17:30' });
    const saved = await settings.savePreferences({ active: 45 });
    expect(saved).toMatchObject({
      businessName: 'Acme',
      currency: profile.currency,
      notifications: { enabled: false, day: 3, time: '17:30' },
      cadenceDefaults: { active: 45 },
    });
  });

  it.each([
    { what: 'zero days', value: 0, message: 'A cadence must be at least 1 day.' },
    { what: 'a fraction', value: 7.5, message: 'A cadence must be a whole number of days.' },
    { what: 'over ten years', value: 3651, message: 'A cadence can be at most 3650 days.' },
    { what: 'text', value: '30', message: 'A cadence must be a whole number of days.' },
  ])('refuses $what beside the field and saves nothing', async ({ value, message }) => {
    const { settings, db } = setup();
    const error = await settings.savePreferences({ active: 30, champions: value as number }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ champions: message });
    expect(await db.settings.count()).toBe(0);
  });
});

describe('settings: saveNotifications', () => {
  it('saves the day and time of the weekly reminder, or turns it off', async () => {
    const { settings } = setup();
    expect((await settings.get()).notifications).toEqual({
      enabled: true,
      day: 1,
      time: '09:00',
    });
    const saved = await settings.saveNotifications({ enabled: false, day: 5, time: ' 18:45 ' });
    expect(saved.notifications).toEqual({ enabled: false, day: 5, time: '18:45' });
    expect((await settings.get()).notifications).toEqual(saved.notifications);
  });

  it.each([
    { change: { time: '9:00' }, path: 'time', message: 'Enter a time of day such as 09:00.' },
    { change: { time: '24:00' }, path: 'time', message: 'Enter a time of day such as 09:00.' },
    { change: { time: '' }, path: 'time', message: 'Enter a time of day such as 09:00.' },
    { change: { day: 7 }, path: 'day', message: 'Choose the day of the week from the list.' },
    { change: { day: -1 }, path: 'day', message: 'Choose the day of the week from the list.' },
  ])('refuses $change and saves nothing', async ({ change, path, message }) => {
    const { settings, db } = setup();
    const error = await settings
      .saveNotifications({ enabled: true, day: 1, time: '09:00', ...change })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect((error as ValidationError).fields).toEqual({ [path]: message });
    expect(await db.settings.count()).toBe(0);
  });
});

describe('settings: claimDigest', () => {
  it('lets one caller claim a week, once, and remembers the day', async () => {
    const { settings, reopen, clock } = setup();
    expect((await settings.get()).digestShownOn).toBeUndefined();
    expect(await settings.claimDigest('2026-11-16', '2026-11-16')).toBe(true);
    expect((await settings.get()).digestShownOn).toBe('2026-11-16');
    // Later that week, or from another window: already shown.
    expect(await settings.claimDigest('2026-11-18', '2026-11-16')).toBe(false);
    const other = createDataApi(reopen(), { locale: 'en-US', now: clock.now });
    expect(await other.settings.claimDigest('2026-11-16', '2026-11-16')).toBe(false);
    expect((await settings.get()).digestShownOn).toBe('2026-11-16');
    // The next week.
    expect(await other.settings.claimDigest('2026-11-23', '2026-11-23')).toBe(true);
    expect((await settings.get()).digestShownOn).toBe('2026-11-23');
  });

  it('gives the week to exactly one of two windows asking at the same time', async () => {
    const { settings, reopen, clock } = setup();
    const other = createDataApi(reopen(), { locale: 'en-US', now: clock.now });
    const answers = await Promise.all([
      settings.claimDigest('2026-11-16', '2026-11-16'),
      other.settings.claimDigest('2026-11-16', '2026-11-16'),
    ]);
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it('keeps the rest of the settings', async () => {
    const { settings } = setup();
    await settings.saveNotifications({ enabled: true, day: 4, time: '07:15' });
    await settings.claimDigest('2026-11-19', '2026-11-16');
    expect((await settings.get()).notifications).toEqual({ enabled: true, day: 4, time: '07:15' });
  });

  it('refuses something that is not a date', async () => {
    const { settings, db } = setup();
    await expect(settings.claimDigest('next week', '2026-11-16')).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(settings.claimDigest('2026-11-16', '2026-02-30')).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await db.settings.count()).toBe(0);
  });
});
