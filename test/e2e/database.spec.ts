import { expect, test } from './fixtures';

test('when another window upgrades the database, this one asks to reload', async ({ page }) => {
  await page.goto('./#/settings');
  await expect(page.getByLabel('Business name')).toBeVisible();

  // A newer Handshake in another tab opens the same database at a higher version.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('handshake', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('the app did not let go of the database'));
      }),
  );

  const banner = page.getByRole('alert').filter({ hasText: 'updated in another window' });
  await expect(banner).toContainText(
    'Handshake was updated in another window — reload to keep working.',
  );
  await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
});

test('the app asks the browser to keep its data', async ({ page }) => {
  await page.goto('./#/settings');
  const data = page.getByRole('region', { name: 'Data' });
  await expect(data).not.toContainText('Checking…');
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await expect(data).toContainText(
    persisted ? 'agreed never to clear' : 'may clear this data when space runs very low',
  );
});
