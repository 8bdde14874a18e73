import { expect, test } from '../fixtures/test.js';
import { BoardPage, itemText } from '../pages/board-page.js';

test('an observer sees the board live but cannot change it', async ({ browser, server }) => {
  const boardId = await server.createBoard('Read only');
  const host = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Host', lang: 'en' });
  const observer = await BoardPage.join(browser, server.baseURL, boardId, {
    name: 'Olga',
    lang: 'en',
    role: 'observer',
  });

  await expect(observer.page.getByText('View only')).toBeVisible();
  await expect(observer.page.getByRole('button', { name: 'Sticky note' })).toHaveCount(0);

  const note = await host.addStickyAt({ x: 0, y: 0 }, 'visible to all');
  await expect.poll(async () => (await observer.items()).map(itemText)).toEqual([note.text]);

  // Keyboard shortcuts and pointer gestures change nothing for an observer.
  await observer.page.keyboard.press('n');
  const spot = await observer.boardToPage({ x: 400, y: 400 });
  await observer.page.mouse.click(spot.x, spot.y);
  await observer.dragItem(note, { x: 200, y: 0 });
  await observer.page.keyboard.press('Delete');
  await observer.page.waitForTimeout(500);
  expect(await host.items()).toEqual([expect.objectContaining({ id: note.id, x: note.x, y: note.y })]);
  expect(await observer.items()).toHaveLength(1);

  await host.close();
  await observer.close();
});

test('an expert invited to comment only follows the board read-only, enforced by the server', async ({
  browser,
  server,
}) => {
  const boardId = await server.createBoard('Comment only');
  const host = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Host', lang: 'en' });
  const expert = await BoardPage.join(browser, server.baseURL, boardId, {
    name: 'Kees',
    lang: 'nl',
    role: 'expert',
    commentOnly: true,
  });
  await expect(expert.page.getByText('Alleen bekijken')).toBeVisible();
  const note = await host.addStickyAt({ x: 0, y: 0 }, 'input from the group');
  await expect.poll(async () => (await expert.items()).map(itemText)).toEqual([note.text]);
  await expect
    .poll(async () => (await host.peers()).map((p) => [p.user.name, p.user.role]))
    .toEqual([['Kees', 'expert']]);
  await host.close();
  await expert.close();
});
