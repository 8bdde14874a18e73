import type { Page } from '@playwright/test';
import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';
import { facilitatorPage } from '../pages/facilitator.js';
import { BoardPage, itemText } from '../pages/board-page.js';

test('a frame carries the items inside it when it moves', async ({ browser, server }) => {
  const boardId = await server.createBoard('Frames');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'en' });
  const before = await ana.items();
  await ana.page.keyboard.press('f');
  await ana.dragOnBoard({ x: -300, y: -200 }, { x: 300, y: 250 });
  const frame = await ana.newItem(before, (item) => item.type === 'frame');
  const inside = await ana.addStickyAt({ x: -100, y: 0 }, 'inside');
  const outside = await ana.addStickyAt({ x: 600, y: 0 }, 'outside');
  await ana.page.keyboard.press('Escape');

  // Frames are picked up by their title, above their top-left corner.
  await ana.dragOnBoard({ x: frame.x + 20, y: frame.y - 10 }, { x: frame.x + 220, y: frame.y + 90 });
  await expect
    .poll(async () => {
      const items = await ana.items();
      const at = (id: string) => items.find((item) => item.id === id)!;
      return [
        at(frame.id).x - frame.x,
        at(inside.id).x - inside.x,
        at(inside.id).y - inside.y,
        at(outside.id).x - outside.x,
      ];
    })
    .toEqual([200, 200, 100, 0]);
  await ana.close();
});

test('a connector follows the notes it joins', async ({ browser, server }) => {
  const boardId = await server.createBoard('Connectors');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'en' });
  const ben = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ben', lang: 'en' });
  const left = await ana.addStickyAt({ x: -300, y: 0 }, 'cause');
  const right = await ana.addStickyAt({ x: 100, y: 0 }, 'effect');
  const before = await ana.items();
  await ana.page.keyboard.press('l');
  await ana.dragOnBoard({ x: left.x + 100, y: left.y + 100 }, { x: right.x + 100, y: right.y + 100 });
  const connector = await ana.newItem(before, (item) => item.type === 'connector');
  expect(await ana.renderedLine(connector.id)).toEqual([left.x + 200, left.y + 100, right.x, right.y + 100]);

  // Ben moves the right note well below; both see the line follow, from bottom to top now, and the
  // connector itself is not rewritten.
  await ben.page.keyboard.press('Escape');
  await ben.dragItem(right, { x: 0, y: 600 });
  for (const person of [ana, ben]) {
    await expect
      .poll(() => person.renderedLine(connector.id))
      .toEqual([left.x + 100, left.y + 200, right.x + 100, right.y + 600]);
  }
  const after = (await ana.items()).find((item) => item.id === connector.id);
  expect(after).toEqual(connector);
  await ana.close();
  await ben.close();
});

test('copy, paste, duplicate and plain text pasted as notes', async ({ browser, server }) => {
  const boardId = await server.createBoard('Clipboard');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'nl' });
  await ana.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const note = await ana.addStickyAt({ x: 0, y: 0 }, 'origineel');
  await ana.clickOnBoard({ x: note.x + 100, y: note.y + 100 });

  await ana.page.keyboard.press('ControlOrMeta+c');
  await ana.page.keyboard.press('ControlOrMeta+v');
  await expect.poll(async () => (await ana.items()).map(itemText)).toEqual(['origineel', 'origineel']);

  await ana.page.keyboard.press('ControlOrMeta+d');
  await expect.poll(async () => (await ana.items()).length).toBe(3);

  // The clipboard text works on another board too: items are copied, not referenced.
  const otherId = await server.createBoard('Elders');
  const ben = await BoardPage.join(browser, server.baseURL, otherId, { name: 'Ben', lang: 'en' });
  await ben.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const copied = await ana.page.evaluate(() => navigator.clipboard.readText());
  await ben.paste(copied);
  await expect.poll(async () => (await ben.items()).map(itemText)).toEqual(['origineel']);

  await ben.paste('eerste idee\n\n  tweede idee  \nderde idee');
  await expect
    .poll(async () => (await ben.items()).map(itemText).sort())
    .toEqual(['derde idee', 'eerste idee', 'origineel', 'tweede idee']);
  await ana.close();
  await ben.close();
});

test('marquee, nudge, lock and delete', async ({ browser, server }) => {
  const boardId = await server.createBoard('Selection');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'en' });
  const a = await ana.addStickyAt({ x: -200, y: 0 }, 'a');
  const b = await ana.addStickyAt({ x: 100, y: 0 }, 'b');
  const c = await ana.addStickyAt({ x: 500, y: 0 }, 'c');
  await ana.page.keyboard.press('Escape');

  // A marquee from empty board over a and b, not c.
  await ana.dragOnBoard({ x: -400, y: -200 }, { x: 150, y: 50 });
  await ana.page.keyboard.press('Shift+ArrowRight');
  await ana.page.keyboard.press('ArrowDown');
  const at = async (id: string) => (await ana.items()).find((item) => item.id === id)!;
  await expect
    .poll(async () => [(await at(a.id)).x - a.x, (await at(b.id)).y - b.y, (await at(c.id)).x - c.x])
    .toEqual([10, 1, 0]);

  // Locks are the facilitator's: Ana cannot lock, Fien can; a locked item neither moves nor goes away.
  const lockKeys = async (page: Page) => page.keyboard.press('ControlOrMeta+Shift+l');
  await lockKeys(ana.page);
  expect((await at(a.id)).locked).toBe(false);
  const fien = await facilitatorPage(browser, server.baseURL, 'en');
  await fien.page.goto(`/b/${boardId}?lang=en`);
  await fien.page.waitForFunction(() => window.__werkplaats?.synced() === true);
  await fien.page.evaluate((ids) => window.__werkplaats!.select(ids), [a.id, b.id]);
  await lockKeys(fien.page);
  await expect.poll(async () => (await at(a.id)).locked).toBe(true);
  await ana.page.evaluate((ids) => window.__werkplaats!.select(ids), [a.id, b.id]);
  await ana.page.keyboard.press('ArrowLeft');
  await ana.page.keyboard.press('Delete');
  expect((await at(a.id)).x - a.x).toBe(10);
  expect(await ana.items()).toHaveLength(3);

  await lockKeys(fien.page);
  await expect.poll(async () => (await at(a.id)).locked).toBe(false);
  await ana.page.keyboard.press('Delete');
  await expect.poll(async () => (await ana.items()).map(itemText)).toEqual(['c']);
  await fien.context.close();
  await ana.close();
});

test('undo takes back only your own change while someone else edits too', async ({ browser, server }) => {
  const boardId = await server.createBoard('Undo');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'en' });
  const ben = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ben', lang: 'en' });

  let before = await ana.items();
  await ana.page.keyboard.press('s');
  await ana.clickOnBoard({ x: -200, y: 0 });
  await ana.page.keyboard.type('Ana');
  await ana.page.keyboard.press('Escape');
  const shape = await ana.newItem(before, (item) => item.type === 'shape');

  before = await ben.items();
  await ben.page.keyboard.press('t');
  await ben.clickOnBoard({ x: 200, y: 0 });
  await ben.page.keyboard.type('Ben was here');
  await ben.page.keyboard.press('Escape');
  await ben.newItem(before, (item) => item.type === 'text');
  await expect.poll(async () => (await ana.items()).length).toBe(2);

  // Ana's undo takes back her label, then her shape; Ben's text stays throughout.
  await ana.page.keyboard.press('Escape');
  await ana.page.keyboard.press('ControlOrMeta+z');
  await expect.poll(async () => (await ana.items()).map(itemText).sort()).toEqual(['', 'Ben was here']);
  await ana.page.keyboard.press('ControlOrMeta+z');
  await expect.poll(async () => (await ben.items()).map(itemText)).toEqual(['Ben was here']);
  expect((await ben.items()).some((item) => item.id === shape.id)).toBe(false);
  await ana.close();
  await ben.close();
});

test('the selection handles resize and rotate', async ({ browser, server }) => {
  const boardId = await server.createBoard('Transform');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'en' });
  const { page } = ana;
  const before = await ana.items();
  await page.keyboard.press('s');
  await ana.clickOnBoard({ x: 0, y: 0 });
  await page.keyboard.press('Escape');
  const shape = await ana.newItem(before, (item) => item.type === 'shape');
  expect(shape).toMatchObject({ x: -100, y: -70, w: 200, h: 140, rotation: 0 });

  // The bottom-right handle makes it larger, written once on release.
  const corner = await ana.boardToPage({ x: 100, y: 70 });
  await page.mouse.move(corner.x + 2, corner.y + 2);
  await page.mouse.down();
  await page.mouse.move(corner.x + 102, corner.y + 62, { steps: 8 });
  await page.mouse.up();
  const at = async () => (await ana.items()).find((item) => item.id === shape.id)!;
  await expect.poll(async () => [Math.round((await at()).w), Math.round((await at()).h)]).toEqual([300, 200]);

  // The rotate handle, above the top edge, turns it about its centre; it snaps to right angles.
  const centre = await ana.boardToPage({ x: 50, y: 30 });
  const top = await ana.boardToPage({ x: 50, y: -70 });
  await page.mouse.move(top.x, top.y - 52);
  await page.mouse.down();
  await page.mouse.move(centre.x + 200, centre.y + 1, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => (await at()).rotation).toBe(90);
  const turned = await at();
  expect([Math.round(turned.x), Math.round(turned.y)]).toEqual([150, -120]);
  await ana.close();
});

test('align and distribute from the keyboard and the selection toolbar', async ({ browser, server }) => {
  const boardId = await server.createBoard('Align');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'nl' });
  const { page } = ana;
  await ana.addStickyAt({ x: -400, y: 0 }, 'een');
  await ana.addStickyAt({ x: -100, y: 120 }, 'twee');
  await ana.addStickyAt({ x: 400, y: -80 }, 'drie');
  await page.keyboard.press('ControlOrMeta+a');

  await page.keyboard.press('Alt+w');
  const tops = async () => [...new Set((await ana.items()).map((item) => Math.round(item.y)))];
  await expect.poll(tops).toEqual([-180]);

  await page.getByRole('button', { name: 'Uitlijnen en verdelen' }).click();
  await ana.screenshot('canvas-align-nl');
  await expectAccessible(page, 'align menu (nl)');
  await page.getByRole('button', { name: 'Horizontaal gelijk verdelen' }).click();
  const lefts = async () => (await ana.items()).map((item) => Math.round(item.x)).sort((a, b) => a - b);
  await expect.poll(lefts).toEqual([-500, -100, 300]);
  await ana.close();
});
