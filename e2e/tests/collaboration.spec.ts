import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';
import { BoardPage, itemText } from '../pages/board-page.js';

test('two people see each other’s notes, moves, text and cursors live', async ({ browser, server }) => {
  const boardId = await server.createBoard('Week 1 — kennismaking');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'nl' });
  const ben = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ben', lang: 'en' });

  const note = await ana.addStickyAt({ x: 0, y: 0 }, 'Wat betekent duurzame financiering voor jou?');
  await expect.poll(async () => (await ben.items()).map(itemText)).toEqual([note.text]);
  expect((await ben.items())[0]).toMatchObject({ authorName: 'Ana' });

  await ben.dragItem(note, { x: 300, y: 120 });
  await expect
    .poll(async () => {
      const [moved] = await ana.items();
      return [Math.round(moved!.x - note.x), Math.round(moved!.y - note.y)];
    })
    .toEqual([300, 120]);

  const [moved] = await ben.items();
  await ben.editText(moved!, 'Cashflow eerst, dan het meerjarenplan');
  await expect
    .poll(async () => itemText((await ana.items())[0]!))
    .toBe('Cashflow eerst, dan het meerjarenplan');

  await ana.moveMouseTo({ x: -150, y: 260 });
  await expect
    .poll(async () => {
      const peer = (await ben.peers()).find((p) => p.user.name === 'Ana');
      return peer?.cursor ? [Math.round(peer.cursor.x), Math.round(peer.cursor.y)] : null;
    })
    .toEqual([-150, 260]);
  await expect(ben.page.getByText('Ana', { exact: true }).first()).toBeVisible();

  await ana.screenshot('board-nl');
  await ben.screenshot('board-en');
  await expectAccessible(ana.page, 'board (nl)');
  await expectAccessible(ben.page, 'board (en)');

  // A reload shows everything, from the server.
  await ben.page.reload();
  await ben.waitSynced();
  expect((await ben.items()).map(itemText)).toEqual(['Cashflow eerst, dan het meerjarenplan']);

  await ana.close();
  await ben.close();
});

test('server down and up: both reconnect and nothing typed in between is lost', async ({
  browser,
  server,
}) => {
  const boardId = await server.createBoard('Offline');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'en' });
  const ben = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ben', lang: 'en' });
  await ana.addStickyAt({ x: 0, y: 0 }, 'before');
  await expect.poll(async () => (await ben.items()).length).toBe(1);

  await server.stop();
  await expect.poll(() => ana.status()).toBe('offline');
  await expect.poll(() => ben.status()).toBe('offline');
  await expect(ana.page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();

  await ana.addStickyAt({ x: 260, y: 0 }, 'typed by Ana while offline');
  await ben.addStickyAt({ x: 0, y: 260 }, 'typed by Ben while offline');

  await server.start();
  await expect.poll(() => ana.status(), { timeout: 20_000 }).toBe('connected');
  await expect.poll(() => ben.status(), { timeout: 20_000 }).toBe('connected');
  const expected = ['before', 'typed by Ana while offline', 'typed by Ben while offline'];
  for (const person of [ana, ben]) {
    await expect.poll(async () => (await person.items()).map(itemText).sort()).toEqual(expected);
  }

  // And the server has them: a newcomer sees all three.
  const cleo = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Cleo', lang: 'en' });
  await expect.poll(async () => (await cleo.items()).map(itemText).sort()).toEqual(expected);
  for (const person of [ana, ben, cleo]) await person.close();
});

test('a browser that joins keeps the synced board in its local copy, and every change after', async ({
  browser,
  server,
}) => {
  const boardId = await server.createBoard('Week 2 — lokale kopie');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'nl' });
  const first = await ana.addStickyAt({ x: 0, y: 0 }, 'al op het bord');
  const ben = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ben', lang: 'en' });
  await expect.poll(async () => (await ben.items()).map(itemText)).toEqual([first.text]);
  const localCopy = () => ben.page.evaluate(() => window.__werkplaats!.localCopyItemIds!());
  await expect.poll(localCopy).toEqual([first.id]);

  const second = await ana.addStickyAt({ x: 300, y: 0 }, 'daarna toegevoegd');
  await expect.poll(localCopy).toEqual([first.id, second.id].sort());
  await ana.close();
  await ben.close();
});
