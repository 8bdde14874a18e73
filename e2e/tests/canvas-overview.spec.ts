import { expect, test } from '../fixtures/test.js';
import { BoardPage, itemText } from '../pages/board-page.js';

const PAINTED = ['a', 'b', 's', 'ab'];
const layerIds = (board: BoardPage) => board.page.evaluate(() => window.__werkplaats!.layerIds!());
const nodeIds = async (board: BoardPage) =>
  (await layerIds(board))[0]!.filter((id) => PAINTED.includes(id)).sort();

/** Zooms out with the minus key to 25 %, where notes lose their words and the board is painted. */
async function zoomOut(board: BoardPage): Promise<void> {
  await board.page.locator('.board-canvas').focus();
  for (let i = 0; i < 3; i++) await board.page.keyboard.press('Minus');
  await expect(board.page.locator('.zoom-controls')).toContainText('25%');
}

test('zoomed out, the board is painted in one shape and its items can still be selected and dragged', async ({
  browser,
  server,
}) => {
  const boardId = await server.createBoard('Overview');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'en' });
  await ana.page.evaluate(() =>
    window.__werkplaats!.createItems([
      { id: 'f', type: 'frame', x: -400, y: -300, w: 1200, h: 700, title: 'Ideeën' },
      { id: 'a', type: 'sticky', x: -300, y: -200, w: 170, h: 170, text: 'a', color: 'yellow' },
      { id: 'b', type: 'sticky', x: 100, y: -200, w: 170, h: 170, text: 'b', color: 'blue' },
      { id: 's', type: 'shape', kind: 'ellipse', x: 400, y: 0, w: 240, h: 160, text: 's' },
      {
        id: 'ab',
        type: 'connector',
        x: 0,
        y: 0,
        w: 10,
        h: 10,
        start: { kind: 'item', itemId: 'a', anchor: 'auto' },
        end: { kind: 'item', itemId: 'b', anchor: 'auto' },
      },
    ]),
  );
  const bert = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Bert', lang: 'nl' });
  await zoomOut(ana);
  await zoomOut(bert);

  // Only the frame keeps a node; the notes, the shape and the connector are painted, and still counted.
  for (const board of [ana, bert]) {
    await expect.poll(() => nodeIds(board)).toEqual([]);
    await expect.poll(() => board.page.evaluate(() => window.__werkplaats!.drawnItemCount())).toBe(5);
  }
  await ana.screenshot('overview-en');
  await bert.screenshot('overview-nl');

  // A click on a painted item selects it: it gets a node (and a selection frame), and Delete removes it.
  const before = await ana.items();
  const at = (id: string) => before.find((item) => item.id === id)!;
  await ana.clickOnBoard({ x: at('s').x + 120, y: at('s').y + 80 });
  await expect.poll(() => nodeIds(ana)).toEqual(['s']);
  await ana.page.keyboard.press('Delete');
  await expect.poll(async () => (await bert.items()).some((item) => item.id === 's')).toBe(false);

  // Dragging a painted note moves it, and the connector that follows it, on the drag layer; Alt places
  // it freely (no snapping), so it lands where the pointer leaves it.
  const from = await ana.boardToPage({ x: at('a').x + 85, y: at('a').y + 85 });
  const to = await ana.boardToPage({ x: at('a').x + 85 + 400, y: at('a').y + 85 + 600 });
  await ana.page.keyboard.down('Alt');
  await ana.page.mouse.move(from.x, from.y);
  await ana.page.mouse.down();
  await ana.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 });
  await expect.poll(async () => [...(await layerIds(ana))[1]!].sort()).toEqual(['a', 'ab']);
  // Bert, zoomed out too, sees the note on its way: it gets a node while Ana drags it.
  await expect
    .poll(async () => {
      const shown = await bert.page.evaluate(() => window.__werkplaats!.renderedPosition?.('a') ?? null);
      return shown ? Math.round((shown.x - at('a').x) / 100) : null;
    })
    .toBe(2);
  await ana.page.mouse.move(to.x, to.y, { steps: 6 });
  await ana.page.mouse.up();
  await ana.page.keyboard.up('Alt');
  await ana.screenshot('overview-after-drag');

  // Both people see the note where it was dropped (within a screen pixel at 25 %).
  for (const board of [ana, bert]) {
    await expect
      .poll(async () => {
        const moved = (await board.items()).find((item) => item.id === 'a')!;
        return [Math.round((moved.x - at('a').x) / 4), Math.round((moved.y - at('a').y) / 4)];
      })
      .toEqual([100, 150]);
  }
  // Back under the pointer's rule: after the drop, the note is painted again once unselected.
  await ana.page.keyboard.press('Escape');
  await expect.poll(() => nodeIds(ana)).toEqual([]);

  // A double click on a painted note edits it, as on a note with a node of its own. At a hand's pace:
  // the first click gives the note its node, and the second lands on that node once it is drawn.
  const b = (await ana.items()).find((item) => item.id === 'b')!;
  const centre = await ana.boardToPage({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
  await ana.page.mouse.dblclick(centre.x, centre.y, { delay: 40 });
  const editor = ana.page.locator('textarea');
  await expect(editor).toBeFocused();
  await editor.press('ControlOrMeta+a');
  await editor.pressSequentially('b, zoomed out', { delay: 10 });
  await ana.page.keyboard.press('Escape');
  await expect
    .poll(async () => itemText((await bert.items()).find((item) => item.id === 'b')!))
    .toBe('b, zoomed out');
  await ana.close();
  await bert.close();
});
