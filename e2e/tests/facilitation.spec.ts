import type { FrameItem as Frame, Item } from '@werkplaats/shared';
import type { Page } from '@playwright/test';
import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/board-page.js';
import { facilitatorPage } from '../pages/facilitator.js';

// Several people in their own browsers, each joining through an invite: these runs take a while.
test.describe.configure({ timeout: 120_000 });

type Rect = { x: number; y: number; w: number; h: number };

const session = (page: Page) => page.evaluate(() => window.__werkplaats!.session());
const visibleRect = (page: Page): Promise<Rect> => page.evaluate(() => window.__werkplaats!.visibleRect());
const itemsOf = (page: Page): Promise<Item[]> => page.evaluate(() => window.__werkplaats!.items());
const centre = (rect: Rect) => ({ x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 });
const contains = (outer: Rect, inner: Rect) =>
  outer.x <= inner.x + 1 &&
  outer.y <= inner.y + 1 &&
  outer.x + outer.w >= inner.x + inner.w - 1 &&
  outer.y + outer.h >= inner.y + inner.h - 1;

async function openAsFacilitator(page: Page, boardId: string): Promise<void> {
  await page.goto(`/b/${boardId}?lang=en`);
  await page.waitForFunction(() => window.__werkplaats?.synced() === true, undefined, { timeout: 15_000 });
}

test('a facilitator runs week 3 from its run-sheet: timer in server time, everyone brought to the step, follow me', async ({
  browser,
  server,
}) => {
  const network = await server.createNetwork('Ideation lab', {
    programme: 'design-thinking-5',
    language: 'en',
  });
  const boardId = network.sessions[2]!.boardId;
  const fien = await facilitatorPage(browser, server.baseURL, 'en');
  await openAsFacilitator(fien.page, boardId);
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'en' });
  const ben = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ben', lang: 'en' });

  // The run-sheet builds itself from the template's frames, in their order.
  await fien.page.getByRole('button', { name: 'Run-sheet' }).click();
  const console = fien.page.getByRole('complementary', { name: 'Run-sheet' });
  await expect(console).toBeVisible();
  await expect.poll(async () => (await session(fien.page)).steps.length).toBeGreaterThanOrEqual(6);
  const steps = (await session(fien.page)).steps;
  const brainwriting = steps.find((step) => step.title.includes('Brainwriting'))!;
  expect(brainwriting.frameId).toBeTruthy();
  await expectAccessible(fien.page, 'facilitator console (en)');

  // Ana looks elsewhere; starting the step brings her (and Ben) to its frame and starts its timer.
  await ana.page.mouse.move(600, 400);
  await ana.page.mouse.wheel(4000, 2500);
  await console.getByRole('button', { name: `Go to step ${brainwriting.title}` }).click();
  const frame = (await itemsOf(fien.page)).find((item): item is Frame => item.id === brainwriting.frameId)!;
  for (const person of [ana, ben]) {
    await expect.poll(async () => (await session(person.page)).current?.stepId).toBe(brainwriting.id);
    await expect.poll(async () => contains(await visibleRect(person.page), frame)).toBe(true);
    await expect(person.page.getByText(`Step: ${brainwriting.title}`)).toBeVisible();
  }
  // Fien's own run-sheet and the step's timer do not hide the step: its frame fits in what they leave.
  const canvasBox = (await fien.page.locator('.board-canvas').boundingBox())!;
  const onScreen = async () => {
    const view = await visibleRect(fien.page);
    const scale = canvasBox.width / view.w;
    return {
      top: canvasBox.y + (frame.y - view.y) * scale,
      right: canvasBox.x + (frame.x + frame.w - view.x) * scale,
    };
  };
  const runSheetLeft = (await console.boundingBox())!.x;
  const barBox = (await fien.page.locator('.session-bar').boundingBox())!;
  await expect.poll(async () => (await onScreen()).right).toBeLessThanOrEqual(runSheetLeft);
  expect((await onScreen()).top).toBeGreaterThanOrEqual(barBox.y + barBox.height);

  // One timer for all, counted in server time: everyone shows the same time left, to the second.
  const remaining = (page: Page) =>
    page.getByRole('timer').evaluate((node) => Number((node as HTMLElement).dataset.remainingMs));
  const minutes = brainwriting.minutes * 60_000;
  const [f, a, b] = await Promise.all([remaining(fien.page), remaining(ana.page), remaining(ben.page)]);
  for (const value of [f, a, b]) expect(value).toBeGreaterThan(minutes - 15_000);
  expect(Math.max(f, a, b) - Math.min(f, a, b)).toBeLessThan(2_000);
  await console.getByRole('button', { name: 'Pause timer' }).click();
  await expect(ana.page.locator('.session-timer')).toContainText('paused');
  await ana.page.reload();
  await ana.waitSynced();
  await expect(ana.page.locator('.session-timer')).toContainText('paused');
  await fien.page.screenshot({ path: 'test-results/screens/facilitation-console-en.png' });

  // Follow me: both track the facilitator's view until Ben breaks away.
  await console.getByRole('button', { name: 'Follow me' }).click();
  await expect(ben.page.getByRole('status').filter({ hasText: 'Following Fien Verstraete' })).toBeVisible();
  await fien.page.mouse.move(500, 450);
  await fien.page.mouse.wheel(-3000, 1800);
  // They see what Fien sees: the part of her window left of her run-sheet and below the session bar.
  const fienSees = async () => {
    const view = await visibleRect(fien.page);
    const scale = canvasBox.width / view.w;
    const sheetLeft = (await console.boundingBox())!.x - canvasBox.x;
    const bar = (await fien.page.locator('.session-bar').boundingBox())!;
    const barBottom = bar.y + bar.height - canvasBox.y;
    return { x: view.x + sheetLeft / 2 / scale, y: view.y + (barBottom + canvasBox.height) / 2 / scale };
  };
  const target = await fienSees();
  for (const person of [ana, ben]) {
    await expect
      .poll(async () => {
        const seen = centre(await visibleRect(person.page));
        return Math.hypot(seen.x - target.x, seen.y - target.y);
      })
      .toBeLessThan(40);
  }
  await ana.screenshot('facilitation-following-en');
  await ben.page.getByRole('button', { name: 'Stop following' }).click();
  const benBefore = centre(await visibleRect(ben.page));
  await fien.page.mouse.wheel(2500, 0);
  const moved = await fienSees();
  await expect
    .poll(async () => {
      const seen = centre(await visibleRect(ana.page));
      return Math.hypot(seen.x - moved.x, seen.y - moved.y);
    })
    .toBeLessThan(40);
  expect(centre(await visibleRect(ben.page))).toEqual(benBefore);
  await expect(ben.page.getByRole('button', { name: 'Follow Fien Verstraete again' })).toBeVisible();

  await console.getByRole('button', { name: 'Release everyone' }).click();
  await expect(ana.page.getByText('Following Fien Verstraete')).toHaveCount(0);
  await fien.context.close();
  await ana.close();
  await ben.close();
});

test('template frames are locked: a hand-made change to one is refused by the server and snaps back', async ({
  browser,
  server,
}) => {
  const network = await server.createNetwork('Locks', { programme: 'design-thinking-5', language: 'en' });
  const boardId = network.sessions[0]!.boardId;
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'en' });
  const ben = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ben', lang: 'en' });
  const frame = (await ana.items()).find(
    (item): item is Frame => item.type === 'frame' && item.locked && item.title.startsWith('1.'),
  )!;
  expect(frame).toBeTruthy();

  // What no button offers, a crafted update tries: the server refuses it and Ana's copy snaps back.
  await ana.page.evaluate((id) => window.__werkplaats!.forceWrite(id, 'title', 'Hijacked'), frame.id);
  await expect(
    ana.page.getByText('This item is locked by the facilitator. Your change was undone.'),
  ).toBeVisible();
  await ana.waitSynced();
  await expect
    .poll(async () => (await ana.items()).find((item) => item.id === frame.id)?.type === 'frame')
    .toBe(true);
  await expect
    .poll(async () => ((await ana.items()).find((item) => item.id === frame.id) as Frame).title)
    .toBe(frame.title);
  expect(((await ben.items()).find((item) => item.id === frame.id) as Frame).title).toBe(frame.title);

  // Ana keeps working after the refusal, and Ben sees it.
  const note = await ana.addStickyAt({ x: frame.x + 80, y: frame.y + 200 }, 'still here');
  await expect.poll(async () => (await ben.items()).some((item) => item.id === note.id)).toBe(true);

  // The facilitator may change it: the same write from Fien is accepted and reaches everyone.
  const fien = await facilitatorPage(browser, server.baseURL, 'en');
  await openAsFacilitator(fien.page, boardId);
  await fien.page.evaluate((id) => window.__werkplaats!.forceWrite(id, 'title', 'Welcome, all'), frame.id);
  await expect
    .poll(async () => ((await ben.items()).find((item) => item.id === frame.id) as Frame).title)
    .toBe('Welcome, all');
  await fien.context.close();
  await ana.close();
  await ben.close();
});

test('closing week 3: who added notes, a checkpoint to read back, and the chosen notes carried into week 4', async ({
  browser,
  server,
}) => {
  const network = await server.createNetwork('Closing lab', {
    programme: 'design-thinking-5',
    language: 'en',
  });
  const week3 = network.sessions[2]!.boardId;
  const week4 = network.sessions[3]!.boardId;
  const fien = await facilitatorPage(browser, server.baseURL, 'en');
  await openAsFacilitator(fien.page, week3);
  const ana = await BoardPage.join(browser, server.baseURL, week3, { name: 'Ana', lang: 'en' });
  await fien.page.getByRole('button', { name: 'Run-sheet' }).click();
  const console = fien.page.getByRole('complementary', { name: 'Run-sheet' });
  const participation = console.getByRole('region', { name: 'Participation' });
  await expect(participation.getByText('Start a step to see who has added notes to it.')).toBeVisible();

  // Idea cards: Ana writes two notes in the step's frame; the facilitator sees that she took part.
  await expect.poll(async () => (await session(fien.page)).steps.length).toBeGreaterThanOrEqual(6);
  const step = (await session(fien.page)).steps.find((candidate) => candidate.title.includes('Idea cards'))!;
  await console.getByRole('button', { name: `Go to step ${step.title}` }).click();
  await expect(participation.getByText('No notes in this step yet')).toBeVisible();
  const frame = (await itemsOf(fien.page)).find((item) => item.id === step.frameId)!;
  await expect.poll(async () => contains(await visibleRect(ana.page), frame)).toBe(true);
  await ana.addStickyAt({ x: frame.x + frame.w / 2, y: frame.y + frame.h / 2 }, 'cash flow first');
  await ana.addStickyAt({ x: frame.x + frame.w / 2 + 40, y: frame.y + frame.h / 2 + 40 }, 'patrons');
  await expect(participation.getByText('Notes in this step: 2')).toBeVisible();

  // Close: a checkpoint under a name, and one note carried into week 4.
  await console.getByRole('button', { name: 'Close the session…' }).click();
  await console.getByLabel('Checkpoint name').fill('Week 3 done');
  const carry = console.getByRole('group', { name: 'Carry forward to the next session' });
  await carry.getByRole('checkbox', { name: 'cash flow first' }).check();
  await expectAccessible(fien.page, 'closing a session (en)');
  await fien.page.screenshot({ path: 'test-results/screens/facilitation-closing-en.png' });
  await console.getByRole('button', { name: 'Close session' }).click();
  await expect(fien.page.getByText('Session closed: checkpoint “Week 3 done” saved.')).toBeVisible();
  await expect(fien.page.getByText('Carried forward to the next session: 1.')).toBeVisible();

  const nextWeek = await BoardPage.join(browser, server.baseURL, week4, { name: 'Ben', lang: 'en' });
  const carried = await nextWeek.items();
  const frameTitle = carried.find(
    (item) => item.type === 'frame' && item.title.startsWith('Carried forward'),
  );
  expect(frameTitle && 'title' in frameTitle ? frameTitle.title : '').toBe(
    `Carried forward from ${network.sessions[2]!.title}`,
  );
  const copy = carried.find((item) => item.type === 'sticky' && item.text === 'cash flow first');
  expect(copy?.origin).toEqual({ boardId: week3, itemId: expect.any(String) });

  // The checkpoint reads back as text; what changed since is marked.
  await ana.page.keyboard.press('Escape');
  await console.getByRole('link', { name: 'Week 3 done' }).click();
  await expect(fien.page.getByRole('heading', { level: 1, name: 'Week 3 done' })).toBeVisible();
  await expect(fien.page.getByText('cash flow first')).toBeVisible();
  await expect(fien.page.getByText('Since then: 0 added, 0 changed, 0 removed.')).toBeVisible();
  await expectAccessible(fien.page, 'checkpoint (en)');
  await fien.page.screenshot({ path: 'test-results/screens/checkpoint-en.png', fullPage: true });
  await fien.context.close();
  await ana.close();
  await nextWeek.close();
});
