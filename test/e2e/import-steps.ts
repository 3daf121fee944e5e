import type { FileChooser, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import contacts' });

/** Opens Import contacts from the People screen, ready for a file. */
export async function openImport(page: Page): Promise<Locator> {
  await page.goto('./#/people');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await page.getByRole('button', { name: 'Import contacts' }).click();
  const dialog = importDialog(page);
  await expect(dialog.getByRole('button', { name: 'Choose file…' })).toBeFocused();
  return dialog;
}

/** Picks a file the way the owner does: the browser's file chooser. */
export async function chooseFile(
  page: Page,
  dialog: Locator,
  file: Parameters<FileChooser['setFiles']>[0],
) {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles(file);
}
