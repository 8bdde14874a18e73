import type { FrameItem, Item } from '@werkplaats/shared';
import type { Page } from '@playwright/test';
import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';
import { facilitatorPage } from '../pages/facilitator.js';
import { TemplatePicker } from '../pages/template-picker.js';

const items = (page: Page) => page.evaluate(() => window.__werkplaats!.items());
const frames = (list: Item[]) => list.filter((item): item is FrameItem => item.type === 'frame');
const synced = (page: Page) => page.waitForFunction(() => window.__werkplaats?.synced() === true);

/** Zooms in on the middle of a frame with Ctrl+wheel, as a person looks closer at one step. */
async function zoomInto(page: Page, frame: FrameItem): Promise<void> {
  const centre = await page.evaluate((point) => window.__werkplaats!.boardToPage(point), {
    x: frame.x + frame.w / 2,
    y: frame.y + frame.h / 2,
  });
  await page.mouse.move(centre.x, centre.y);
  await page.keyboard.down('Control');
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await page.waitForTimeout(300);
}

test('a network made from the programme gets its five sessions laid out; week 3 shows its steps', async ({
  browser,
  server,
}) => {
  const fien = await facilitatorPage(browser, server.baseURL, 'en');
  const { page } = fien;
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'New learning network' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Duurzame financiering');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await page.getByLabel('Start date').fill('2026-10-05');
  await expect(page.getByLabel('Programme')).toHaveValue('design-thinking-5');
  await page.getByLabel('Theme pack').selectOption('sustainable-financing');
  await expectAccessible(page, 'new network with programme (en)');
  await page.getByRole('button', { name: 'Create network' }).click();

  const sessions = page.locator('.session-row');
  await expect(sessions).toHaveCount(5);
  await expect(sessions.nth(2).getByLabel('Title')).toHaveValue('Week 3 · Ideeën bedenken');

  // Week 3: the agenda, then the six steps of ideation left to right, in Dutch.
  await page.getByRole('link', { name: 'Open board' }).nth(2).click();
  await synced(page);
  const week3 = frames(await items(page));
  expect(week3.map((frame) => frame.title)).toEqual([
    'Agenda',
    '1. Opwarmer: cirkels',
    '2. Brainwriting',
    '3. Crazy 8’s',
    '4. Ideeënkaarten',
    '5. Input van de expert',
    '6. Stemmen op de ideeën',
  ]);
  expect(week3.reduce((sum, frame) => sum + (frame.step?.minutes ?? 0), 0)).toBe(120);
  expect(week3.every((frame) => frame.locked)).toBe(true);
  await page.screenshot({ path: 'test-results/screens/templates-week3-nl.png' });

  // Week 4 carries the theme pack's frame.
  await page.goBack();
  await page.getByRole('link', { name: 'Open board' }).nth(3).click();
  await synced(page);
  expect(frames(await items(page)).map((frame) => frame.title)).toContain('3. Financieringsmix en cashflow');
  await fien.context.close();
});

test('week 1 in both languages; the board chrome follows the language switch', async ({
  browser,
  server,
}) => {
  const cookie = await server.facilitator();
  const boards: Record<string, string> = {};
  for (const language of ['nl', 'en'] as const) {
    const response = await server.api(
      'POST',
      '/api/networks',
      {
        title: `Lerend netwerk ${language}`,
        language,
        startDate: '2026-10-05',
        programme: 'design-thinking-5',
      },
      cookie,
    );
    boards[language] = ((await response.json()) as { sessions: { boardId: string }[] }).sessions[0]!.boardId;
  }
  const fien = await facilitatorPage(browser, server.baseURL, 'nl');
  const { page } = fien;
  await page.setViewportSize({ width: 1600, height: 900 });
  for (const language of ['nl', 'en'] as const) {
    await page.goto(`/b/${boards[language]}?lang=${language}`);
    await synced(page);
    const week1 = frames(await items(page));
    expect(week1[2]!.title).toBe(language === 'nl' ? '2. Wie is er?' : '2. Who is here?');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `test-results/screens/templates-week1-${language}.png` });
    await zoomInto(page, week1[2]!);
    await page.screenshot({ path: `test-results/screens/templates-week1-step-${language}.png` });
  }

  // The board chrome (tool names) changes with the language; the board's content stays as it was made.
  await page.goto(`/b/${boards.nl}?lang=nl`);
  await synced(page);
  const toolbar = page.getByRole('toolbar', { name: 'Gereedschap' });
  await expect(toolbar.getByRole('button', { name: 'Sjablonen' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('toolbar', { name: 'Tools' }).getByRole('button', { name: 'Templates' }),
  ).toBeVisible();
  expect(frames(await items(page))[1]!.title).toBe('1. Check-in');
  await fien.context.close();
});

test('library templates insert as one step; a saved frame is reused on another board and managed', async ({
  browser,
  server,
}) => {
  const first = await server.createBoard('Week 1');
  const second = await server.createBoard('Week 2');
  const fien = await facilitatorPage(browser, server.baseURL, 'en');
  const { page } = fien;
  await page.goto(`/b/${first}?lang=en`);
  await synced(page);
  const picker = new TemplatePicker(page);
  // At 50 % a template fits the window, though not the part of it beside the run-sheet.
  await page.keyboard.press('Minus');
  await page.keyboard.press('Minus');
  await expect(page.getByText('50%', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Run-sheet' }).click();
  const runSheet = page.getByRole('complementary', { name: 'Run-sheet' });
  await expect(runSheet).toBeVisible();

  await picker.open();
  await expect(picker.dialog.locator('.template-card')).toHaveCount(14);
  await expectAccessible(page, 'template picker (en)');
  await page.screenshot({ path: 'test-results/screens/templates-picker-en.png' });
  await picker.search('empathy');
  await expect(picker.dialog.locator('.template-card')).toHaveCount(1);
  await picker.insert('Empathy map');

  const inserted = await items(page);
  expect(frames(inserted).map((frame) => frame.title)).toEqual(['Empathy map']);
  expect(inserted.some((item) => item.type === 'text' && item.text === 'Feels')).toBe(true);
  // It lands in the part of the view the run-sheet leaves free, not half under it.
  const frame = frames(inserted)[0]!;
  const frameRight = await page.evaluate(
    (f) => window.__werkplaats!.boardToPage({ x: f.x + f.w, y: f.y }).x,
    frame,
  );
  expect(frameRight).toBeLessThanOrEqual((await runSheet.boundingBox())!.x);
  await runSheet.getByRole('button', { name: 'Close run-sheet' }).click();
  // One undo step takes all of it away, and redo brings all of it back.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await items(page)).length).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await items(page)).length).toBe(inserted.length);

  // Save the frame with its contents as an organisation template.
  await page.keyboard.press('Control+a');
  await picker.open();
  await picker.saveSelection('Our empathy map');
  await expectAccessible(page, 'template management (en)');
  await picker.rename('Our empathy map', 'Empathy, our way');
  await page.screenshot({ path: 'test-results/screens/templates-organisation-en.png' });
  await picker.close();

  // Reuse it on another board.
  await page.goto(`/b/${second}?lang=en`);
  await synced(page);
  await picker.open();
  await picker.insert('Empathy, our way');
  const reused = await items(page);
  expect(reused).toHaveLength(inserted.length);
  expect(frames(reused).map((frame) => frame.title)).toEqual(['Empathy map']);

  // Export, import back, refuse a file from a newer version, delete.
  await picker.open();
  const href = await picker.dialog
    .getByRole('link', { name: 'Export: Empathy, our way' })
    .getAttribute('href');
  const exported = await (await page.request.get(href!)).text();
  await picker.importFile('newer.json', JSON.stringify({ ...JSON.parse(exported), version: 99 }));
  await expect(picker.dialog.getByRole('alert')).toContainText('newer version');
  await picker.importFile('ours.json', exported);
  await expect(picker.card('Empathy, our way')).toHaveCount(2);
  await picker.dialog.getByRole('button', { name: 'Delete: Empathy, our way' }).first().click();
  await picker.dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(picker.card('Empathy, our way')).toHaveCount(1);
  await fien.context.close();
});
