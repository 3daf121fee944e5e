import { SECTIONS, expect, expectAccessible, navigation, test } from './fixtures';

test('opens on This week', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await expect(navigation(page).getByRole('link', { name: 'This week' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('every section is reached by its link in the navigation', async ({ page }) => {
  await page.goto('./');
  for (const section of SECTIONS) {
    await navigation(page).getByRole('link', { name: section }).click();
    await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
    await expect(navigation(page).getByRole('link', { name: section })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
  await expect(page).toHaveURL(/#\/settings$/);
});

test('back and forward move between sections', async ({ page }) => {
  await page.goto('./');
  await navigation(page).getByRole('link', { name: 'People' }).click();
  await navigation(page).getByRole('link', { name: 'Insights' }).click();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
});

test('an unknown address says so instead of showing a blank screen', async ({ page }) => {
  await page.goto('./#/no-such-place');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen is accessible in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    for (const section of SECTIONS) {
      await navigation(page).getByRole('link', { name: section }).click();
      await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
      await expectAccessible(page);
    }
  });
}
