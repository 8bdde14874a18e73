import type { Item } from '@werkplaats/shared';
import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/board-page.js';

async function seed(board: BoardPage, notes: { x: number; y: number; text: string }[]): Promise<Item[]> {
  const ids = await board.page.evaluate(
    (inputs) => window.__werkplaats!.createItems(inputs.map((note) => ({ type: 'sticky', ...note }))),
    notes,
  );
  await expect.poll(async () => (await board.items()).length).toBe(ids.length);
  const items = await board.items();
  return ids.map((id) => items.find((item) => item.id === id)!);
}

const byId = async (board: BoardPage) => new Map((await board.items()).map((item) => [item.id, item]));

const rendered = (board: BoardPage, id: string) =>
  board.page.evaluate((item) => window.__werkplaats!.renderedPosition!(item), id);

test('a group is picked, moved, entered, ungrouped and regrouped by undo; others see the drag live', async ({
  browser,
  server,
}) => {
  const boardId = await server.createBoard('Groups');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'en' });
  const ben = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ben', lang: 'nl' });
  const [a, b, c] = await seed(ana, [
    { x: -500, y: -100, text: 'a' },
    { x: -250, y: -100, text: 'b' },
    { x: 300, y: 200, text: 'c' },
  ]);

  const [connector] = await ana.page.evaluate(
    ([from, to]) =>
      window.__werkplaats!.createItems([
        {
          type: 'connector',
          x: 0,
          y: 0,
          start: { kind: 'item', itemId: from!, anchor: 'auto' },
          end: { kind: 'item', itemId: to!, anchor: 'auto' },
        },
      ]),
    [b!.id, c!.id],
  );
  const lineStartY = async (board: BoardPage) => (await board.renderedLine(connector!))?.[1] ?? 0;
  await expect.poll(() => ben.renderedLine(connector!)).not.toBeNull();
  const lineStart = await lineStartY(ben);

  await ana.clickOnBoard({ x: a!.x + 100, y: a!.y + 100 });
  await ana.clickOnBoard({ x: b!.x + 100, y: b!.y + 100 }, { shift: true });
  await ana.page.keyboard.press('ControlOrMeta+g');
  await expect.poll(async () => (await byId(ben)).get(a!.id)?.groupId).toEqual(expect.any(String));
  const groupId = (await byId(ben)).get(a!.id)!.groupId;
  expect((await byId(ben)).get(b!.id)!.groupId).toBe(groupId);
  expect((await byId(ben)).get(c!.id)!.groupId).toBeUndefined();

  // A click on one member picks the whole group; dragging it moves both. Ben sees the notes travel
  // before Ana lets go, while his document still has them where they were.
  await ana.page.keyboard.press('Escape');
  await ana.clickOnBoard({ x: a!.x + 100, y: a!.y + 100 });
  const from = await ana.boardToPage({ x: a!.x + 100, y: a!.y + 100 });
  await ana.page.mouse.move(from.x, from.y);
  await ana.page.mouse.down();
  await ana.page.mouse.move(from.x + 60, from.y + 150, { steps: 10 });
  await expect.poll(async () => (await rendered(ben, b!.id))?.y ?? b!.y).toBeGreaterThan(b!.y + 50);
  // The connector from b stays attached on both screens.
  expect(await lineStartY(ana)).toBeGreaterThan(lineStart + 50);
  await expect.poll(() => lineStartY(ben)).toBeGreaterThan(lineStart + 50);
  expect((await byId(ben)).get(b!.id)!.y).toBe(b!.y);
  expect((await ben.peers())[0]?.drag).toMatchObject({ kind: 'move' });
  await ana.page.mouse.up();
  await expect.poll(async () => (await byId(ben)).get(b!.id)!.y).not.toBe(b!.y);
  const moved = await byId(ben);
  const dx = moved.get(a!.id)!.x - a!.x;
  const dy = moved.get(a!.id)!.y - a!.y;
  expect(dy).toBeGreaterThan(100);
  expect([moved.get(b!.id)!.x - b!.x, moved.get(b!.id)!.y - b!.y]).toEqual([dx, dy]);
  expect(moved.get(c!.id)).toEqual(c);
  // The preview ends with the drop: Ben draws the notes where the document has them.
  await expect.poll(() => rendered(ben, b!.id)).toEqual({ x: b!.x + dx, y: b!.y + dy });

  // A double click enters the group: the arrow keys then nudge that one note only.
  const inside = await ana.boardToPage({ x: a!.x + dx + 100, y: a!.y + dy + 100 });
  await ana.page.mouse.dblclick(inside.x, inside.y);
  await ana.page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await byId(ana)).get(a!.id)!.x).toBe(a!.x + dx + 1);
  expect((await byId(ana)).get(b!.id)!.x).toBe(b!.x + dx);

  // Ungroup is one step, and so is its undo.
  await ana.page.keyboard.press('Escape');
  await ana.clickOnBoard({ x: b!.x + dx + 100, y: b!.y + dy + 100 });
  await ana.page.getByRole('button', { name: 'Ungroup' }).click();
  await expect.poll(async () => (await byId(ben)).get(a!.id)!.groupId).toBeUndefined();
  expect((await byId(ben)).get(b!.id)!.groupId).toBeUndefined();
  await ana.page.keyboard.press('ControlOrMeta+z');
  await expect.poll(async () => (await byId(ben)).get(a!.id)!.groupId).toBe(groupId);
  expect((await byId(ben)).get(b!.id)!.groupId).toBe(groupId);
  await ana.close();
  await ben.close();
});

test('a dragged note snaps to its neighbour with a guide, unless Alt is held', async ({
  browser,
  server,
}) => {
  for (const lang of ['en', 'nl'] as const) {
    const boardId = await server.createBoard(`Snapping ${lang}`);
    const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang });
    const [anchor, note] = await seed(ana, [
      { x: -400, y: -150, text: 'anchor' },
      { x: 0, y: -110, text: 'note' },
    ]);
    await ana.page.keyboard.press('m');
    await expect(
      ana.page.getByRole('group', {
        name: lang === 'en' ? 'Minimap of the board' : 'Minikaart van het bord',
      }),
    ).toBeVisible();
    await ana.page.evaluate(() => window.__werkplaats!.select([]));

    // 37 units short of lining up the tops, then 4: within the few pixels that snap.
    const from = await ana.boardToPage({ x: note!.x + 100, y: note!.y + 100 });
    const zoom = (await ana.boardToPage({ x: 1, y: 0 })).x - (await ana.boardToPage({ x: 0, y: 0 })).x;
    await ana.page.mouse.move(from.x, from.y);
    await ana.page.mouse.down();
    await ana.page.mouse.move(from.x + 50 * zoom, from.y - 36 * zoom, { steps: 8 });
    await expect
      .poll(() => ana.page.evaluate(() => window.__werkplaats!.snapGuideCount!()))
      .toBeGreaterThan(0);
    await ana.screenshot(`canvas-snap-guides-minimap-${lang}`);
    await ana.page.mouse.up();
    await expect.poll(async () => (await byId(ana)).get(note!.id)!.y).toBe(anchor!.y);
    expect(await ana.page.evaluate(() => window.__werkplaats!.snapGuideCount!())).toBe(0);

    // With Alt the note goes exactly where the pointer puts it.
    const at = await ana.boardToPage({ x: note!.x + 150, y: anchor!.y + 100 });
    await ana.page.keyboard.down('Alt');
    await ana.page.mouse.move(at.x, at.y);
    await ana.page.mouse.down();
    await ana.page.mouse.move(at.x, at.y + 3 * zoom, { steps: 6 });
    await ana.page.mouse.up();
    await ana.page.keyboard.up('Alt');
    await expect.poll(async () => (await byId(ana)).get(note!.id)!.y).toBe(anchor!.y + 3);
    await ana.close();
  }
});

test('with snap to grid on, a dragged note lands on the dot grid; the choice is remembered', async ({
  browser,
  server,
}) => {
  const boardId = await server.createBoard('Grid');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'nl' });
  const [note] = await seed(ana, [{ x: 7, y: 5, text: 'op het raster' }]);
  const toggle = ana.page.getByRole('button', { name: 'Uitlijnen op het raster' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  await ana.dragItem(note!, { x: 101, y: 53 });
  await expect.poll(async () => (await byId(ana)).get(note!.id)!.x).not.toBe(note!.x);
  const placed = (await byId(ana)).get(note!.id)!;
  expect([placed.x % 24, placed.y % 24]).toEqual([0, 0]);
  expect(Math.abs(placed.x - (note!.x + 101))).toBeLessThanOrEqual(12);

  // Remembered in this browser; Ctrl/Cmd+' turns it off again, and the next drop is exact.
  await ana.page.reload();
  await ana.waitSynced();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await ana.page.keyboard.press("ControlOrMeta+'");
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await ana.dragItem(placed, { x: 31, y: 0 });
  await expect.poll(async () => (await byId(ana)).get(note!.id)!.x).toBe(placed.x + 31);
  await ana.close();
});

test('the minimap moves the view by pointer and keyboard, and passes axe', async ({ browser, server }) => {
  const boardId = await server.createBoard('Minimap');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'en' });
  await seed(ana, [
    { x: -2000, y: -1200, text: 'far left' },
    { x: 2000, y: 1200, text: 'far right' },
  ]);
  await ana.page.getByRole('button', { name: 'Minimap' }).click();
  const minimap = ana.page.getByRole('group', { name: 'Minimap of the board' });
  await expect(minimap).toBeVisible();
  await expectAccessible(ana.page, 'board with minimap');

  const centreOfView = async () => {
    const rect = await ana.page.evaluate(() => window.__werkplaats!.visibleRect());
    return { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 };
  };
  const start = await centreOfView();
  const box = (await minimap.locator('canvas').boundingBox())!;
  // The lower right of the map is where the far right note is drawn.
  await ana.page.mouse.click(box.x + box.width * 0.85, box.y + box.height * 0.8);
  const clicked = await centreOfView();
  expect(clicked.x).toBeGreaterThan(start.x + 800);
  expect(clicked.y).toBeGreaterThan(start.y + 400);

  // Dragging keeps moving it.
  await ana.page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.8);
  await ana.page.mouse.down();
  await ana.page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.25, { steps: 6 });
  await ana.page.mouse.up();
  const dragged = await centreOfView();
  expect(dragged.x).toBeLessThan(clicked.x - 1000);

  await minimap.focus();
  await ana.page.keyboard.press('ArrowRight');
  expect((await centreOfView()).x).toBeGreaterThan(dragged.x);
  await ana.close();
});
