import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/board-page.js';

/** Creates one of every item type through the keyboard, the toolbar and the pointer. */
async function buildBoard(board: BoardPage, lang: 'nl' | 'en'): Promise<void> {
  const { page } = board;
  const t = (nl: string, en: string) => (lang === 'nl' ? nl : en);

  // A frame, drawn with F and a drag.
  let before = await board.items();
  await page.keyboard.press('f');
  await board.dragOnBoard({ x: -560, y: -300 }, { x: 340, y: 330 });
  const frame = await board.newItem(before, (item) => item.type === 'frame');
  expect(frame).toMatchObject({ x: -560, y: -300, w: 900, h: 630 });
  await page.keyboard.press('Enter');
  await page.keyboard.type(t('Stap 1 — Verkennen', 'Step 1 — Explore'));
  await page.keyboard.press('Enter');

  // A text block, with T and a click; typing goes straight into it.
  before = await board.items();
  await page.keyboard.press('t');
  await board.clickOnBoard({ x: -520, y: -240 });
  await page.keyboard.type(t('Wat houdt ons tegen?', 'What is holding us back?'));
  await page.keyboard.press('Escape');
  const text = await board.newItem(before, (item) => item.type === 'text');
  expect(text).toMatchObject({ text: t('Wat houdt ons tegen?', 'What is holding us back?') });

  // Two notes, then a connector between them.
  const left = await board.addStickyAt({ x: -400, y: 0 }, t('Te weinig tijd', 'Not enough time'));
  const right = await board.addStickyAt({ x: 0, y: 0 }, t('Budget', 'Budget'));
  before = await board.items();
  await page.getByRole('button', { name: t('Verbindingslijn', 'Connector') }).click();
  await board.dragOnBoard(
    { x: left.x + left.w / 2, y: left.y + left.h / 2 },
    { x: right.x + 100, y: right.y + 100 },
  );
  const connector = await board.newItem(before, (item) => item.type === 'connector');
  expect(connector).toMatchObject({
    start: { kind: 'item', itemId: left.id },
    end: { kind: 'item', itemId: right.id },
  });

  // An ellipse from the shape menu, drawn with a drag, with a label.
  before = await board.items();
  await page.getByRole('button', { name: t('Kies een vorm', 'Choose a shape') }).click();
  await page.getByRole('button', { name: t('Ovaal', 'Ellipse') }).click();
  await board.dragOnBoard({ x: 120, y: 160 }, { x: 300, y: 290 });
  const shape = await board.newItem(before, (item) => item.type === 'shape');
  expect(shape).toMatchObject({ kind: 'ellipse' });
  await page.keyboard.type(t('Ideeën', 'Ideas'));
  await page.keyboard.press('Escape');

  // A rectangle with S and a click.
  before = await board.items();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: t('Kies een vorm', 'Choose a shape') }).click();
  await page.getByRole('button', { name: t('Rechthoek', 'Rectangle') }).click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('s');
  await board.clickOnBoard({ x: 200, y: -200 });
  await board.newItem(before, (item) => item.type === 'shape' && item.kind === 'rectangle');
  await page.keyboard.press('Escape');

  // A pen stroke with P.
  before = await board.items();
  await page.keyboard.press('p');
  const wave = await Promise.all(
    Array.from({ length: 24 }, (_, i) =>
      board.boardToPage({ x: -500 + i * 14, y: 230 + Math.sin(i / 3) * 30 }),
    ),
  );
  await page.mouse.move(wave[0]!.x, wave[0]!.y);
  await page.mouse.down();
  for (const point of wave) await page.mouse.move(point.x, point.y);
  await page.mouse.up();
  const stroke = await board.newItem(before, (item) => item.type === 'pen');
  expect(stroke.type === 'pen' && stroke.points.length).toBeGreaterThanOrEqual(4);
  await page.keyboard.press('Escape');

  // An image, pasted as a Werkplaats item (the upload route is not part of the canvas).
  before = await board.items();
  const image = {
    id: 'img',
    type: 'image',
    v: 1,
    x: 0,
    y: 0,
    w: 120,
    h: 120,
    rotation: 0,
    z: 'a0',
    locked: false,
    createdBy: 'x',
    createdAt: 1,
    src: '/favicon.svg',
    naturalWidth: 32,
    naturalHeight: 32,
    alt: 'Logo',
  };
  await board.paste(JSON.stringify({ kind: 'werkplaats/items', version: 1, items: [image] }));
  const pasted = await board.newItem(before, (item) => item.type === 'image');
  expect(pasted).toMatchObject({ src: '/favicon.svg', w: 120 });
  await board.dragItem(pasted, { x: 460 - pasted.x, y: -120 - pasted.y });
  await page.keyboard.press('Escape');
}

for (const lang of ['nl', 'en'] as const) {
  test(`every item type can be created from the keyboard and toolbar (${lang})`, async ({
    browser,
    server,
  }) => {
    const boardId = await server.createBoard(`Canvas ${lang}`);
    const board = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang });
    await buildBoard(board, lang);
    const types = new Set((await board.items()).map((item) => item.type));
    expect([...types].sort()).toEqual(['connector', 'frame', 'image', 'pen', 'shape', 'sticky', 'text']);
    await board.page.keyboard.press('Shift+1');
    await board.screenshot(`canvas-items-${lang}`);
    await expectAccessible(board.page, `board with every item type (${lang})`);

    // A selected text block shows its handles (with rotation) and its style toolbar.
    const text = (await board.items()).find((item) => item.type === 'text')!;
    await board.clickOnBoard({ x: text.x + 40, y: text.y + 20 });
    await expect(board.page.getByRole('button', { name: lang === 'nl' ? 'Vet' : 'Bold' })).toBeVisible();
    await board.page.getByRole('button', { name: lang === 'nl' ? 'Vet' : 'Bold' }).click();
    await expect
      .poll(async () => (await board.items()).find((item) => item.id === text.id))
      .toMatchObject({ bold: true });
    await board.screenshot(`canvas-selection-${lang}`);
    await expectAccessible(board.page, `selection toolbar (${lang})`);
    await board.close();
  });
}
