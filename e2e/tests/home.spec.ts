import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';

for (const lang of ['nl', 'en'] as const) {
  test(`a facilitator creates a board from the start page (${lang})`, async ({ page, server }) => {
    const text =
      lang === 'nl'
        ? { title: 'Titel van het bord', create: 'Bord aanmaken', name: 'Je naam' }
        : { title: 'Board title', create: 'Create board', name: 'Your name' };
    await page.goto(`${server.baseURL}/?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectAccessible(page, `home (${lang})`);
    await page.screenshot({ path: `test-results/screens/home-${lang}.png` });

    await page.getByLabel(text.title).fill('Duurzame financiering — week 1');
    await page.getByRole('button', { name: text.create }).click();
    await expect(page).toHaveURL(/\/b\/[0-9A-Za-z_-]+/);

    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(page.getByLabel(text.name)).toBeFocused();
    await expectAccessible(page, `join dialog (${lang})`);
    await page.screenshot({ path: `test-results/screens/join-${lang}.png` });
    await page.getByLabel(text.name).fill('Fien');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__werkplaats?.synced() === true);
    await expect(page.getByText('Duurzame financiering — week 1')).toBeVisible();
  });
}

test('an unknown board shows a friendly page with a way back', async ({ page, server }) => {
  await page.goto(`${server.baseURL}/b/doesNotExist123?lang=en`);
  await expect(page.getByText('This board does not exist')).toBeVisible();
  await expectAccessible(page, 'board not found');
  await page.getByRole('link', { name: 'Back to start' }).click();
  await expect(page.getByRole('button', { name: 'Create board' })).toBeVisible();
});
