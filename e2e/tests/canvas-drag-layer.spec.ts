import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/board-page.js';

const ITEMS = ['a', 'b', 'c', 'ac'];
const layerIds = (board: BoardPage) => board.page.evaluate(() => window.__werkplaats!.layerIds!());

test('dragged items move on a layer of their own and come back to their places', async ({
  browser,
  server,
}) => {
  const boardId = await server.createBoard('Drag layer');
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'en' });
  await ana.page.evaluate(() =>
    window.__werkplaats!.createItems([
      { id: 'a', type: 'sticky', x: -300, y: -100, w: 170, h: 170, text: 'a', color: 'yellow' },
      { id: 'b', type: 'sticky', x: -60, y: -100, w: 170, h: 170, text: 'b', color: 'blue' },
      { id: 'c', type: 'sticky', x: 200, y: -100, w: 170, h: 170, text: 'c', color: 'green' },
      {
        id: 'ac',
        type: 'connector',
        x: 0,
        y: 0,
        w: 10,
        h: 10,
        start: { kind: 'item', itemId: 'a', anchor: 'auto' },
        end: { kind: 'item', itemId: 'c', anchor: 'auto' },
      },
    ]),
  );
  await ana.page.evaluate(() => window.__werkplaats!.select(['a', 'b']));
  await expect.poll(async () => (await layerIds(ana))[0]).toEqual(expect.arrayContaining(['a', 'b', 'c']));

  const before = await ana.items();
  const at = (id: string) => before.find((item) => item.id === id)!;
  const from = await ana.boardToPage({ x: at('a').x + 85, y: at('a').y + 85 });
  await ana.page.mouse.move(from.x, from.y);
  await ana.page.mouse.down();
  await ana.page.mouse.move(from.x + 40, from.y + 60, { steps: 6 });

  // Mid-drag: the two notes and the connector that follows one of them are drawn on the drag layer,
  // the note that stays is not.
  await expect
    .poll(async () => {
      const layers = await layerIds(ana);
      return { items: layers[0]!.filter((id) => ITEMS.includes(id)).sort(), drag: [...layers[1]!].sort() };
    })
    .toEqual({ items: ['c'], drag: ['a', 'ac', 'b'] });
  await ana.screenshot('drag-layer-mid-drag');

  await ana.page.mouse.move(from.x + 80, from.y + 120, { steps: 6 });
  await ana.page.mouse.up();

  // Dropped: one layer of items again, in paint order, and the notes where the pointer left them.
  await expect
    .poll(async () => {
      const layers = await layerIds(ana);
      return layers.some((layer, index) => index > 0 && layer.includes('a'));
    })
    .toBe(false);
  const order = (await ana.items()).map((item) => item.id);
  const drawn = (await layerIds(ana))[0]!.filter((id) => order.includes(id));
  expect(drawn).toEqual(order);
  const zoom = (await ana.boardToPage({ x: 1, y: 0 })).x - (await ana.boardToPage({ x: 0, y: 0 })).x;
  await expect
    .poll(async () => {
      const items = await ana.items();
      const moved = (id: string) => {
        const item = items.find((candidate) => candidate.id === id)!;
        return [Math.round((item.x - at(id).x) * zoom), Math.round((item.y - at(id).y) * zoom)];
      };
      return [moved('a'), moved('b'), moved('c')];
    })
    .toEqual([
      [80, 120],
      [80, 120],
      [0, 0],
    ]);
  await expect.poll(() => ana.renderedLine('ac')).not.toBeNull();
  await ana.close();
});
