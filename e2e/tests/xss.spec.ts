import type { Page } from '@playwright/test';
import { LIBRARY_TEMPLATES } from '@werkplaats/shared';
import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/board-page.js';
import { facilitatorPage } from '../pages/facilitator.js';
import { TemplatePicker } from '../pages/template-picker.js';

/** Classic payloads: each would open a dialog or break the CSP if it reached the page as markup or script. */
const CORPUS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '"><svg onload=alert(3)>',
  "javascript:alert('4')",
  '<a href="javascript:alert(5)">klik</a>',
  '{{constructor.constructor("alert(6)")()}}',
  '<iframe srcdoc="<script>alert(7)</script>">',
  '\u202e<style>*{background:url(//evil.example/x)}</style>',
];

/** Counts dialogs and CSP violations on a page, from before its first script runs. */
async function watch(page: Page): Promise<{ dialogs: string[]; violations: () => Promise<string[]> }> {
  const dialogs: string[] = [];
  const consoleViolations: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) consoleViolations.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  return {
    dialogs,
    violations: async () => [
      ...consoleViolations,
      ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
    ],
  };
}

test('an XSS corpus in network titles, names, notes, frame titles and comments: 0 dialogs, 0 CSP violations', async ({
  browser,
  server,
}) => {
  test.setTimeout(120_000);
  const network = await server.createNetwork(CORPUS[2]!);
  const boardId = network.sessions[0]!.boardId;
  // A participant whose display name is a payload types one into a note and writes the rest.
  const mallory = await BoardPage.join(browser, server.baseURL, boardId, { name: CORPUS[1]!, lang: 'en' });
  const malloryWatch = await watch(mallory.page);
  await mallory.page.reload();
  // Polled from outside: Playwright's waitForFunction evaluates its predicate with eval in the page.
  await expect.poll(() => mallory.page.evaluate(() => window.__werkplaats?.synced() === true)).toBe(true);
  const typed = await mallory.addStickyAt({ x: 200, y: 200 }, CORPUS[0]!);
  const ids = await mallory.page.evaluate(
    (corpus) =>
      window.__werkplaats!.createItems([
        ...corpus.map((text, i) => ({ type: 'sticky' as const, x: 400 + i * 220, y: 200, text })),
        ...corpus.map((title, i) => ({
          type: 'frame' as const,
          x: 400 + i * 420,
          y: 600,
          w: 400,
          h: 300,
          title,
        })),
      ]),
    CORPUS,
  );
  const cookie = (await mallory.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  for (const text of CORPUS) {
    const response = await server.api(
      'POST',
      `/api/boards/${boardId}/comments`,
      { itemId: typed.id, text },
      cookie,
    );
    expect(response.status).toBe(201);
  }

  // The facilitator opens the dashboard, the network and the board with all of it on it.
  const fien = await facilitatorPage(browser, server.baseURL, 'en');
  const fienWatch = await watch(fien.page);
  await fien.page.goto('/');
  await expect(fien.page.getByText(CORPUS[2]!).first()).toBeVisible();
  await fien.page.goto(`/b/${boardId}`);
  await expect.poll(() => fien.page.evaluate(() => window.__werkplaats?.synced() === true)).toBe(true);
  await expect
    .poll(() => fien.page.evaluate(() => window.__werkplaats!.items().length))
    .toBeGreaterThanOrEqual(ids.length + 1);
  await expect
    .poll(() => fien.page.evaluate(() => window.__werkplaats!.comments().length))
    .toBe(CORPUS.length);
  await expect
    .poll(() => fien.page.evaluate(() => window.__werkplaats!.peers().length))
    .toBeGreaterThanOrEqual(1);
  // Let both pages draw everything, names in presence included.
  await fien.page.waitForTimeout(1000);
  await fien.page.screenshot({ path: 'test-results/screens/xss-board.png' });

  for (const watcher of [malloryWatch, fienWatch]) expect(watcher.dialogs).toEqual([]);
  expect(await malloryWatch.violations()).toEqual([]);
  expect(await fienWatch.violations()).toEqual([]);
  await fien.context.close();
  await mallory.close();
});

test('an XSS corpus in template names and in an imported board: 0 dialogs, 0 CSP violations', async ({
  browser,
  server,
}) => {
  test.setTimeout(120_000);
  const source = await server.createBoard(CORPUS[3]!);
  const fien = await facilitatorPage(browser, server.baseURL, 'en');
  const { page } = fien;
  const fienWatch = await watch(page);
  const cookie = (await fien.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  for (const [i, name] of CORPUS.entries()) {
    const template = { ...LIBRARY_TEMPLATES[0]!, id: `xss-${i}`, name, description: CORPUS[7 - i]! };
    expect((await server.api('POST', '/api/templates', template, cookie)).status).toBe(201);
  }

  // A board whose notes and frame titles are payloads, exported and imported back on the dashboard.
  await page.goto(`/b/${source}?lang=en`);
  await expect.poll(() => page.evaluate(() => window.__werkplaats?.synced() === true)).toBe(true);
  await page.evaluate(
    (corpus) =>
      window.__werkplaats!.createItems([
        ...corpus.map((text, i) => ({ type: 'sticky' as const, x: i * 220, y: 0, text })),
        ...corpus.map((title, i) => ({ type: 'frame' as const, x: i * 420, y: 400, w: 400, h: 300, title })),
      ]),
    CORPUS,
  );
  const exported = await server.api('GET', `/api/boards/${source}/export?format=json`, undefined, cookie);
  expect(exported.status).toBe(200);
  const file = Buffer.from(await exported.arrayBuffer());
  await page.goto('/?lang=en');
  await page
    .getByRole('region', { name: 'Import' })
    .getByLabel('File to import')
    .setInputFiles({ name: 'board.json', mimeType: 'application/json', buffer: file });
  await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/b\//);
  expect(new URL(page.url()).pathname).not.toBe(`/b/${source}`);
  await expect.poll(() => page.evaluate(() => window.__werkplaats?.synced() === true)).toBe(true);
  await expect.poll(() => page.evaluate(() => window.__werkplaats!.items().length)).toBe(CORPUS.length * 2);

  // The organisation's templates, names and descriptions all payloads, in the picker.
  const picker = new TemplatePicker(page);
  await picker.open();
  await picker.card(CORPUS[0]!).scrollIntoViewIfNeeded();
  await expect(picker.card(CORPUS[0]!)).toBeVisible();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'test-results/screens/xss-templates.png' });

  expect(fienWatch.dialogs).toEqual([]);
  expect(await fienWatch.violations()).toEqual([]);
  await fien.context.close();
});
