/**
 * Global search: from each keystroke in the command palette to its results painted, over
 * queries of 1–4 letters typed one key at a time, as a person types them.
 */
import { expect, type Page } from '@playwright/test';
import { foldText } from '../../../shared/text';
import { randomSource } from '../../fixtures/dataset';
import { COMPANY_WORDS, FIRST_NAMES, LAST_NAMES } from '../../fixtures/dataset-pools';
import type { Bench } from '../fixtures';
import { lastInput, requireMark, settle } from '../marks';
import type { MeasureResult } from '../report';

export const paletteInput = (page: Page) =>
  page
    .getByRole('dialog', { name: 'Command palette' })
    .getByRole('combobox', { name: 'Search people, partners and actions' });

/** The beginnings of names and companies people search for, 1–4 letters, the same every run. */
export function searchQueries(count: number, seed = 8): string[] {
  const random = randomSource(seed);
  const words = [...FIRST_NAMES, ...LAST_NAMES, ...COMPANY_WORDS]
    .map((word) => foldText(word).replace(/[^a-z]/g, ''))
    .filter((word) => word.length >= 4);
  return Array.from({ length: count }, () => random.pick(words).slice(0, random.int(1, 4)));
}

export async function measureSearch(bench: Bench): Promise<MeasureResult[]> {
  const page = await bench.open('/');
  await page.keyboard.press('ControlOrMeta+K');
  const input = paletteInput(page);
  await expect(input).toBeFocused();
  // The index loads in the background at start; measuring begins once it is ready.
  await input.fill('a');
  await requireMark(page, 'search:results', { key: 'a', timeout: 120_000 });

  const samples: number[] = [];
  for (const query of searchQueries(bench.settings.searchQueries)) {
    await input.fill('');
    await settle(page);
    for (let length = 1; length <= query.length; length++) {
      await page.keyboard.press(query[length - 1]!);
      const pressed = await lastInput(page, 'keydown');
      const key = query.slice(0, length);
      const painted = await requireMark(page, 'search:results', { key, after: pressed });
      samples.push(painted.startTime - pressed);
    }
  }
  await page.close();
  return [{ id: 'search-keystroke', samples }];
}
