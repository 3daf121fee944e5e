/**
 * The bench's one browser profile (./profile.ts), loaded with the reference dataset once per run and
 * shared by every measure (one worker, measures in order). Each measure records its
 * samples with `bench.record`; the teardown turns them into the report.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { todayLocalDate } from '../../shared/dates';
import { generateReferenceDataset, type ReferenceDataset } from '../fixtures/dataset-reference';
import { openProfile } from './profile';
import type { MeasureResult } from './report';
import { META_FILE } from './report-teardown';
import { loadDataset } from './seed';
import { benchSettings, type BenchSettings } from './settings';

export interface Bench {
  context: BrowserContext;
  dataset: ReferenceDataset;
  settings: BenchSettings;
  /** Saves what a measure found, for the report. */
  record(...results: MeasureResult[]): Promise<void>;
  /** A new page on `path` (e.g. "/people"), once its heading is on screen. */
  open(path: string): Promise<Page>;
}

const settings = benchSettings();
/** How long the browser is left to finish writing the loaded dataset before measuring. */
const SETTLE_MS = settings.full ? 20_000 : 1_000;

export const test = base.extend<object, { bench: Bench }>({
  bench: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the pattern; it uses none.
    async ({}, use) => {
      // Activity runs up to today, so This week holds what a current owner would see.
      const dataset = generateReferenceDataset({ size: settings.size, today: todayLocalDate() });
      const profile = await openProfile(settings.port);
      const { context } = profile;
      await mkdir(settings.resultsDir, { recursive: true });
      const startedAt = new Date().toISOString();
      const loadedBy = await loadDataset(context, dataset, { settleMs: SETTLE_MS });
      const seededBy = `${loadedBy}, then ${SETTLE_MS / 1000} s at rest`;
      const counts = {
        people: dataset.people.length,
        partners: dataset.partners.length,
        interactions: dataset.interactions.length,
        referrals: dataset.referrals.length,
        reminders: dataset.reminders.length,
      };
      const meta = { size: settings.full ? 'full' : 'quick', dataset: counts, seededBy, startedAt };
      await writeFile(join(settings.resultsDir, META_FILE), JSON.stringify(meta));

      let saved = 0;
      await use({
        context,
        dataset,
        settings,
        async record(...results) {
          saved += 1;
          const file = join(settings.resultsDir, `${String(saved).padStart(2, '0')}.json`);
          await writeFile(file, JSON.stringify(results));
        },
        async open(path) {
          const page = await context.newPage();
          await page.goto(`./#${path}`);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 });
          return page;
        },
      });
      await profile.close();
    },
    { scope: 'worker', timeout: settings.full ? 30 * 60_000 : 5 * 60_000 },
  ],
});

export { expect };
