import type { Locator, Page } from '@playwright/test';
import type { Item } from '@werkplaats/shared';
import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/board-page.js';

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never comes. */
async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

const stickies = (items: Item[]) => items.filter((item) => item.type === 'sticky');
const textOf = (item: Item) => ('text' in item ? item.text : '');

for (const lang of ['en', 'nl'] as const) {
  test(`the outline reads, adds, edits and deletes notes with the keyboard only (${lang})`, async ({
    browser,
    server,
  }) => {
    // Two browsers and two axe runs: more than the default minute on the shared test machine.
    test.setTimeout(150_000);
    const t = (nl: string, en: string) => (lang === 'nl' ? nl : en);
    const boardId = await server.createBoard(`Overzicht ${lang}`);
    const ben = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ben', lang: 'en' });
    const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang });

    // Ben sets the board up on the canvas: a named frame with a note in it.
    await ben.page.keyboard.press('f');
    await ben.dragOnBoard({ x: -500, y: -300 }, { x: 500, y: 300 });
    await ben.page.keyboard.press('Enter');
    await ben.page.keyboard.type('Stap 1');
    await ben.page.keyboard.press('Enter');
    await ben.page.keyboard.press('Escape');
    await ben.addStickyAt({ x: -300, y: -100 }, 'Eerste idee');
    await expect.poll(async () => stickies(await ana.items()).length).toBe(1);

    // Ana opens the outline from the header with the keyboard.
    const { page } = ana;
    const toggle = page.getByRole('button', { name: t('Overzicht', 'Outline'), exact: true });
    await tabTo(page, toggle);
    await page.keyboard.press('Enter');
    const outline = page.getByRole('complementary', { name: t('Overzicht', 'Outline') });
    const frame = outline.getByRole('region', { name: /Stap 1/ });
    await expect(frame.getByRole('heading', { name: /Stap 1/ })).toBeVisible();
    await expect(frame.getByRole('listitem')).toHaveText([/Eerste idee/]);

    // Add a note to the frame.
    await tabTo(page, frame.getByLabel(t('Nieuw plakbriefje in “Stap 1”', 'New note in “Stap 1”')));
    await page.keyboard.type('Tweede idee');
    await page.keyboard.press('Enter');
    await expect(frame.getByRole('listitem')).toHaveText([/Eerste idee/, /Tweede idee/]);
    await expect
      .poll(async () =>
        stickies(await ben.items())
          .map(textOf)
          .sort(),
      )
      .toEqual(['Eerste idee', 'Tweede idee']);
    const [frameItem] = (await ben.items()).filter((item) => item.type === 'frame');
    const added = stickies(await ben.items()).find((item) => textOf(item) === 'Tweede idee')!;
    // It lies inside the frame, where the canvas shows it, without covering the first note.
    expect(added.x).toBeGreaterThanOrEqual(frameItem!.x);
    expect(added.y + added.h).toBeLessThanOrEqual(frameItem!.y + frameItem!.h);

    // Edit it: Enter on its edit button, replace the text, Enter saves.
    await tabTo(
      page,
      frame.getByRole('button', { name: t('Plakbriefje bewerken: Tweede idee', 'Edit note: Tweede idee') }),
    );
    await page.keyboard.press('Enter');
    const field = frame.getByLabel(t('Tekst van het plakbriefje', 'Note text'));
    await expect(field).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Tweede idee, herwerkt');
    await page.keyboard.press('Enter');
    await expect(frame.getByRole('listitem')).toHaveText([/Eerste idee/, /Tweede idee, herwerkt/]);
    await expect
      .poll(async () =>
        stickies(await ben.items())
          .map(textOf)
          .sort(),
      )
      .toEqual(['Eerste idee', 'Tweede idee, herwerkt']);

    // Changes on the canvas show in the outline at once.
    // Half over the frame's edge: not inside it, so it reads as a loose note.
    await ben.addStickyAt({ x: 580, y: -250 }, 'Los idee');
    const loose = outline.getByRole('region', { name: t('Niet in een kader', 'Not in a frame') });
    await expect(loose.getByRole('listitem')).toHaveText([/Los idee/]);

    await ana.screenshot(`outline-${lang}`);
    await expectAccessible(page, `outline (${lang})`);

    // Delete the first note; focus stays in the list.
    await tabTo(
      page,
      frame.getByRole('button', {
        name: t('Plakbriefje verwijderen: Eerste idee', 'Delete note: Eerste idee'),
      }),
    );
    await page.keyboard.press('Enter');
    await expect(frame.getByRole('listitem')).toHaveText([/Tweede idee, herwerkt/]);
    await expect(outline.locator(':focus')).toHaveCount(1);
    await expect
      .poll(async () =>
        stickies(await ben.items())
          .map(textOf)
          .sort(),
      )
      .toEqual(['Los idee', 'Tweede idee, herwerkt']);

    await ana.close();
    await ben.close();
  });
}
