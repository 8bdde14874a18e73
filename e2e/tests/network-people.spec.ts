import { STICKY_COLORS } from '@werkplaats/shared';
import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';
import { BoardPage, itemText } from '../pages/board-page.js';
import { facilitatorPage } from '../pages/facilitator.js';

const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** The text of item `id` as `board` sees it, or undefined while it has not arrived. */
async function textOf(board: BoardPage, id: string): Promise<string | undefined> {
  const item = (await board.items()).find((candidate) => candidate.id === id);
  return item && itemText(item);
}

test('two participants share one invite link and week 1’s board; removing one drops only them from the live board', async ({
  browser,
  server,
}) => {
  const fien = await facilitatorPage(browser, server.baseURL, 'en');
  await fien.page.goto('/?lang=en');
  await fien.page.getByRole('button', { name: 'New learning network' }).click();
  await fien.page.getByLabel('Title').fill('Samen sterker');
  await fien.page.getByLabel('Start date').fill(today());
  await fien.page.getByRole('button', { name: 'Create network' }).click();
  await expect(fien.page.getByRole('heading', { level: 1 })).toHaveText('Samen sterker');
  const networkPath = new URL(fien.page.url()).pathname;

  await fien.page.getByLabel('Role').selectOption('participant');
  await fien.page.getByRole('button', { name: 'Create link' }).click();
  const link = new URL((await fien.page.getByTestId('invite-link').textContent())!).pathname;
  const openBoard = await fien.page.getByRole('link', { name: 'Open board' }).first().getAttribute('href');
  const boardId = openBoard!.split('/b/')[1]!.split('?')[0]!;

  // Two people, each in a browser of their own, join with the same link and open week 1’s board.
  const anneleen = await BoardPage.joinWithLink(browser, server.baseURL, boardId, link, { name: 'Anneleen' });
  const bram = await BoardPage.joinWithLink(browser, server.baseURL, boardId, link, { name: 'Bram' });
  await expect.poll(async () => (await anneleen.peers()).map((p) => p.user.name)).toEqual(['Bram']);

  // Each adds a note; the other sees it.
  const fromAnneleen = await anneleen.addStickyAt({ x: 200, y: 200 }, 'Cash flow first');
  const fromBram = await bram.addStickyAt({ x: 500, y: 260 }, 'Multi-year plan');
  await expect.poll(() => textOf(bram, fromAnneleen.id)).toBe('Cash flow first');
  await expect.poll(() => textOf(anneleen, fromBram.id)).toBe('Multi-year plan');

  // The facilitator removes Anneleen in the people list.
  await fien.page.goto(`${networkPath}?lang=en`);
  const row = fien.page.getByRole('row', { name: /Anneleen/ });
  await expect(row).toContainText('Participant');
  await expect(fien.page.getByRole('row', { name: /Bram/ })).toContainText('Participant');
  fien.page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: 'Remove' }).click();
  await expect(row).toContainText('no access');

  // Anneleen is taken off the live board within 5 s; Bram stays connected and keeps working.
  await expect(
    anneleen.page.getByRole('heading', { name: 'You do not have access to this board.' }),
  ).toBeVisible({ timeout: 5_000 });
  await expect.poll(async () => (await bram.peers()).map((p) => p.user.name)).toEqual([]);
  expect(await bram.status()).toBe('connected');
  const later = await bram.addStickyAt({ x: -300, y: -150 }, 'Still here');
  await expect.poll(async () => (await bram.items()).map((item) => item.id)).toContain(later.id);
  expect(await bram.status()).toBe('connected');

  // The dashboard shows a picture of each session’s board; week 1’s has the three notes.
  await fien.page.goto('/?lang=en');
  const card = fien.page.getByRole('region', { name: 'Samen sterker' });
  const thumbnails = card.locator('img.session-thumb');
  await expect(thumbnails).toHaveCount(5);
  await expect(thumbnails.first()).toHaveAttribute('alt', '');
  await expect
    .poll(() => thumbnails.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  const svg = await (await fien.page.request.get(`/api/boards/${boardId}/thumbnail.svg`)).text();
  expect(svg).toContain(STICKY_COLORS.yellow);
  expect(svg).not.toContain('Cash flow');
  await expectAccessible(fien.page, 'dashboard with thumbnails (en)');
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: 'test-results/screens/dashboard-thumbnails-en.png' });
  await fien.page.screenshot({
    path: 'test-results/screens/dashboard-thumbnails-page-en.png',
    fullPage: true,
  });

  await anneleen.close();
  await bram.close();
  await fien.context.close();
});
