import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/board-page.js';

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
  await expect.poll(async () => (await observer.items()).map((i) => i.text)).toEqual([note.text]);

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
