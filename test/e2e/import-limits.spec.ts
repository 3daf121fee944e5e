/**
 * Import limits through the UI: a file past 50 MB, or past 100,000 contacts, is refused
 * with its sentence before it is parsed, and the page stays usable right after.
 */
import { open, writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, navigation, test } from './fixtures';
import { chooseFile, openImport } from './import-steps';

/** A CSV of `bytes` bytes or more: a header and rows of three short columns. */
async function writeBigCsv(file: string, bytes: number) {
  const block = Buffer.from(
    'Name,Email,Phone\r\n' + 'Ann Lee,ann@example.com,555 0100\r\n'.repeat(30_000),
  );
  const handle = await open(file, 'w');
  try {
    for (let written = 0; written < bytes; written += block.length) await handle.write(block);
  } finally {
    await handle.close();
  }
}

/** After a refusal the dialog still answers, closes, and the app still navigates. */
async function expectResponsive(page: Page, dialog: Locator) {
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await navigation(page)
    .getByRole('link', { name: /^Partners/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
}

test('a 60 MB CSV is refused with its sentence and the page stays responsive', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('sixty-megabytes.csv');
  await writeBigCsv(file, 60 * 1024 * 1024);
  const dialog = await openImport(page);
  await chooseFile(page, dialog, file);
  await expect(dialog.getByRole('alert')).toHaveText(
    '“sixty-megabytes.csv” is larger than 50 MB, which is more than any contact list or backup should be. Nothing was imported.',
  );
  await expectResponsive(page, dialog);
});

test('a CSV of more than 100,000 contacts is refused with its sentence', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('everyone.csv');
  const rows = Array.from({ length: 100_001 }, (_, i) => `Person ${i},p${i}@example.com`);
  await writeFile(file, ['Name,Email', ...rows, ''].join('\r\n'));
  const dialog = await openImport(page);
  await chooseFile(page, dialog, file);
  await expect(dialog.getByRole('alert')).toHaveText(
    '“everyone.csv” has more than 100,000 contacts, more than Handshake imports at once. Split it into smaller files and import each. Nothing was imported.',
  );
  await expectResponsive(page, dialog);
  // Nothing was imported.
  await navigation(page)
    .getByRole('link', { name: /^People/ })
    .click();
  await expect(page.getByText('No people yet')).toBeVisible();
});
