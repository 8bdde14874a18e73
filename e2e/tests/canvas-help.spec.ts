import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/board-page.js';

for (const lang of ['nl', 'en'] as const) {
  test(`? opens the shortcuts, listed from the registry, and Esc closes them (${lang})`, async ({
    browser,
    server,
  }) => {
    const boardId = await server.createBoard('Help');
    const board = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang });
    const { page } = board;
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: lang === 'nl' ? 'Sneltoetsen' : 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    // The same names and keys as the toolbar's buttons.
    const pen = page.getByRole('button', { name: 'Pen', includeHidden: true });
    await expect(pen).toHaveAttribute('aria-keyshortcuts', 'P');
    await expect(dialog.getByText(lang === 'nl' ? 'Dupliceren' : 'Duplicate')).toBeVisible();
    await expect(dialog.getByText('Ctrl+D')).toBeVisible();
    await board.screenshot(`canvas-help-${lang}`);
    await expectAccessible(page, `shortcuts dialog (${lang})`);

    // The page behind is inert: Tab stays in the dialog.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await dialog.evaluate((node) => node.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByRole('button', { name: lang === 'nl' ? 'Sneltoetsen' : 'Keyboard shortcuts' }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: lang === 'nl' ? 'Sluiten' : 'Close' }).click();
    await expect(dialog).toBeHidden();
    await board.close();
  });
}
