import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/board-page.js';
import { facilitatorPage } from '../pages/facilitator.js';

const today = () => new Date().toISOString().slice(0, 10);

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('a facilitator exports a network with five filled sessions as a ZIP, and a board as PNG', async ({
  browser,
  server,
}) => {
  test.setTimeout(300_000);
  const fien = await facilitatorPage(browser, server.baseURL, 'en');
  await fien.page.goto('/?lang=en');
  await fien.page.getByRole('button', { name: 'New learning network' }).click();
  await fien.page.getByLabel('Title').fill('Leren & delen');
  await fien.page.getByLabel('Start date').fill(today());
  await fien.page.getByRole('button', { name: 'Create network' }).click();
  await expect(fien.page.getByRole('heading', { level: 1 })).toHaveText('Leren & delen');
  const networkPath = new URL(fien.page.url()).pathname;
  await fien.page.getByLabel('Role').selectOption('participant');
  await fien.page.getByRole('button', { name: 'Create link' }).click();
  const link = new URL((await fien.page.getByTestId('invite-link').textContent())!).pathname;
  const boardIds = await fien.page
    .getByRole('link', { name: 'Open board' })
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/b/')[1]!.split('?')[0]!));
  expect(boardIds).toHaveLength(5);

  // Someone fills each of the five sessions' boards with a note of its own.
  for (const [index, boardId] of boardIds.entries()) {
    const person = await BoardPage.joinWithLink(browser, server.baseURL, boardId, link, {
      name: `Deelnemer ${index + 1}`,
    });
    await person.addStickyAt({ x: 120 + index * 10, y: -400 }, `Idee week ${index + 1}: café "Één"`);
    await person.close();
  }

  // The network page exports the archive with progress; the download is a ZIP with every part.
  await fien.page.goto(`${networkPath}?lang=en`);
  const panel = fien.page.getByRole('region', { name: 'Export' });
  await panel.getByLabel('Sessions needed for a certificate').fill('4');
  await expectAccessible(fien.page, 'network page with export (en)');
  const [download] = await Promise.all([
    fien.page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export archive' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('leren-delen.zip');
  await expect(panel.getByText('The archive is downloaded.')).toBeVisible();
  const zip = unzipSync(readFileSync((await download.path())!));
  const names = Object.keys(zip);
  for (const name of ['network.json', 'notes.csv', 'votes.csv', 'report.md', 'report.html'])
    expect(names).toContain(name);
  expect(names.filter((name) => /^sessions\/week-\d-.*\.pdf$/.test(name))).toHaveLength(5);
  expect(names.some((name) => /^frames\/week-1\/01-.*\.png$/.test(name))).toBe(true);
  const network = JSON.parse(strFromU8(zip['network.json']!)) as {
    kind: string;
    sessions: { board: { items: { type: string; text?: string }[] } }[];
  };
  expect(network.kind).toBe('werkplaats/network');
  expect(network.sessions).toHaveLength(5);
  for (const [index, session] of network.sessions.entries()) {
    expect(session.board.items.map((item) => item.text)).toContain(`Idee week ${index + 1}: café "Één"`);
  }
  const notes = strFromU8(zip['notes.csv']!);
  expect(notes).toContain('"Idee week 3: café ""Één"""');
  expect(strFromU8(zip['report.html']!)).toContain('Idee week 5: café &quot;Één&quot;');
  await fien.page.screenshot({ path: 'test-results/screens/export-network-en.png', fullPage: true });

  // The board's Export dialog downloads a PNG of the board at 2x.
  await fien.page.goto(`/b/${boardIds[0]}?lang=en`);
  await fien.page.waitForFunction(() => window.__werkplaats?.synced() === true);
  await fien.page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = fien.page.getByRole('dialog', { name: 'Export this board' });
  await dialog.getByLabel('Format').selectOption('png');
  await dialog.getByLabel('Size').selectOption('2');
  await expectAccessible(fien.page, 'board export dialog (en)');
  const [png] = await Promise.all([
    fien.page.waitForEvent('download'),
    dialog.getByRole('link', { name: 'Download' }).click(),
  ]);
  await png.saveAs('test-results/screens/board-export@2x.png');
  const size = pngSize(readFileSync('test-results/screens/board-export@2x.png'));
  expect(size.width).toBeGreaterThan(1000);
  expect(size.width % 2).toBe(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // In Dutch too: the dialog and the dashboard's import.
  await fien.page.goto(`/b/${boardIds[0]}?lang=nl`);
  await fien.page.waitForFunction(() => window.__werkplaats?.synced() === true);
  await fien.page.getByRole('button', { name: 'Exporteren', exact: true }).click();
  await expect(fien.page.getByRole('dialog', { name: 'Dit bord exporteren' })).toBeVisible();
  await expectAccessible(fien.page, 'board export dialog (nl)');
  await fien.page.screenshot({ path: 'test-results/screens/export-dialog-nl.png' });
  await fien.page.goto('/?lang=nl');
  const importPanel = fien.page.getByRole('region', { name: 'Importeren' });
  await importPanel.getByLabel('Bestand om te importeren').setInputFiles({
    name: 'network.json',
    mimeType: 'application/json',
    buffer: Buffer.from(zip['network.json']!),
  });
  await expect(fien.page.getByRole('heading', { level: 1 })).toHaveText('Leren & delen');
  expect(new URL(fien.page.url()).pathname).not.toBe(networkPath);
  await expectAccessible(fien.page, 'imported network (nl)');
  await fien.context.close();
});
