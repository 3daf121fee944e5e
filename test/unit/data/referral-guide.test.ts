import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../renderer/src/data/errors';
import { testApi } from './helpers';

const GUIDE = {
  idealClient: 'Families with young children in Springfield.',
  whatIDo: 'I fix cavities before they hurt.',
  needPhrases: '“My tooth hurts”\n“We just moved here”',
  afterReferral: 'We call within a day and thank you when they come in.',
};

describe('settings: saveReferralGuide', () => {
  it('stores the four texts, trimmed, keeping the rest of the settings', async () => {
    const { api, clock, reopen } = testApi();
    const before = await api.settings.get();
    clock.advance(1000);
    const saved = await api.settings.saveReferralGuide({
      ...GUIDE,
      whatIDo: `  ${GUIDE.whatIDo} `,
    });
    expect(saved.referralGuide).toEqual(GUIDE);
    expect(saved.updatedAt).toBe(clock.now());
    expect(saved.currency).toBe(before.currency);
    // Another connection to the same database reads what was written.
    const stored = await reopen().settings.get('settings');
    expect(stored?.referralGuide).toEqual(GUIDE);
  });

  it('refuses a text over 4,000 characters with a sentence for that field, writing nothing', async () => {
    const { api, db } = testApi();
    const error = await api.settings
      .saveReferralGuide({ ...GUIDE, needPhrases: 'x'.repeat(4001) })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({
      needPhrases: 'Phrases that signal a need can be at most 4000 characters.',
    });
    expect(await db.settings.count()).toBe(0);
  });

  it('refuses a guide missing a text', async () => {
    const { api } = testApi();
    const { afterReferral: _, ...partial } = GUIDE;
    await expect(api.settings.saveReferralGuide(partial as typeof GUIDE)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
