import type { Page } from '@playwright/test';
import type { Item, RunStep, Sticky } from '@werkplaats/shared';
import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/board-page.js';
import { facilitatorPage } from '../pages/facilitator.js';
import { Voting } from '../pages/voting.js';

const session = (page: Page) => page.evaluate(() => window.__werkplaats!.session());
const stickies = async (page: Page): Promise<Sticky[]> =>
  (await page.evaluate(() => window.__werkplaats!.items())).filter(
    (item): item is Sticky => item.type === 'sticky' && !item.locked,
  );
const privateTexts = async (page: Page) =>
  (await page.evaluate(() => window.__werkplaats!.privateNotes!())).map((note) =>
    'text' in note ? note.text : '',
  );
const inside = (rect: { x: number; y: number; w: number; h: number }, item: Item) =>
  rect.x <= item.x &&
  rect.y <= item.y &&
  rect.x + rect.w >= item.x + item.w &&
  rect.y + rect.h >= item.y + item.h;

test('week 3 from its run-sheet: timer, private brainwriting and reveal, a dot vote of three, on to the next frame, the top three carried into week 4', async ({
  browser,
  server,
}) => {
  test.setTimeout(420_000);
  const network = await server.createNetwork('Ideas lab', { programme: 'design-thinking-5', language: 'en' });
  const week3 = network.sessions[2]!.boardId;
  const week4 = network.sessions[3]!.boardId;
  const fien = await facilitatorPage(browser, server.baseURL, 'en');
  await fien.page.goto(`/b/${week3}?lang=en`);
  await fien.page.waitForFunction(() => window.__werkplaats?.synced() === true);
  const people: BoardPage[] = [];
  for (const [name, lang] of [
    ['Ana', 'nl'],
    ['Ben', 'en'],
    ['Chris', 'en'],
  ] as const) {
    people.push(await BoardPage.join(browser, server.baseURL, week3, { name, lang }));
  }
  const [ana, ben, chris] = people as [BoardPage, BoardPage, BoardPage];

  // The run-sheet holds the template's steps; brainwriting asks for a timer and private mode.
  await fien.page.getByRole('button', { name: 'Run-sheet' }).click();
  const console = fien.page.getByRole('complementary', { name: 'Run-sheet' });
  let steps: RunStep[] = [];
  await expect
    .poll(async () => {
      steps = (await session(fien.page)).steps;
      return steps.length;
    })
    .toBeGreaterThanOrEqual(6);
  const brainwriting = steps.find((step) => step.title.includes('Brainwriting'))!;
  expect(brainwriting.modes).toMatchObject({ timer: true, private: true });
  await console.getByRole('button', { name: `Go to step ${brainwriting.title}` }).click();
  const frame = (await ana.items()).find((item) => item.id === brainwriting.frameId)!;
  for (const person of people) {
    await expect(person.page.getByRole('timer')).toBeVisible();
    await expect
      .poll(() => person.page.evaluate(() => window.__werkplaats!.session().private?.frameId))
      .toBe(frame.id);
  }
  // The step's timer and private-mode banner sit on the canvas beside the run-sheet, not over it.
  await expect(fien.page.getByRole('status').filter({ hasText: 'Private mode' })).toBeVisible();
  const barRight = await fien.page
    .locator('.session-bar')
    .evaluate((bar) => bar.getBoundingClientRect().right);
  expect(barRight).toBeLessThanOrEqual((await console.boundingBox())!.x);

  // Each writes an idea in private: it stays with its author.
  const ideas = ['Peer coaching circles', 'A shared funding calendar', 'Visit each other’s venues'];
  for (const [i, person] of people.entries()) {
    await person.page.keyboard.press('n');
    const at = await person.boardToPage({ x: frame.x + 420 + i * 240, y: frame.y + 320 });
    await person.page.mouse.click(at.x, at.y);
    await expect(person.page.locator('textarea')).toBeFocused();
    await person.page.locator('textarea').pressSequentially(ideas[i]!, { delay: 5 });
    await person.page.keyboard.press('Escape');
    await expect.poll(() => privateTexts(person.page)).toEqual([ideas[i]]);
  }
  for (const person of [fien.page, ...people.map((p) => p.page)]) expect(await stickies(person)).toEqual([]);

  // Reveal: everyone sees the three ideas, without names.
  await console.getByRole('button', { name: 'Reveal notes (3)' }).click();
  for (const person of [fien.page, ...people.map((p) => p.page)]) {
    await expect
      .poll(async () => (await stickies(person)).map((note) => note.text).sort())
      .toEqual([...ideas].sort());
  }
  const notes = await stickies(fien.page);
  const byText = (text: string) => notes.find((note) => note.text === text)!;
  expect(notes.every((note) => note.authorName === '')).toBe(true);

  // A dot vote of three: Ana spends all three, Ben two, Chris one.
  await console
    .getByRole('form', { name: 'New dot vote' })
    .getByLabel('Question or title')
    .fill('Which first?');
  await console.getByRole('form', { name: 'New dot vote' }).getByLabel('Dots per person').fill('3');
  await console
    .getByRole('form', { name: 'New dot vote' })
    .getByRole('button', { name: 'Start vote' })
    .click();
  const plan: [BoardPage, string[]][] = [
    [ana, ideas],
    [ben, ideas.slice(0, 2)],
    [chris, ideas.slice(0, 1)],
  ];
  for (const [person, picks] of plan) {
    const voting = new Voting(person.page);
    await expect(voting.dotsLeft()).toBeVisible();
    for (const [n, text] of picks.entries()) {
      await voting.clickItem(byText(text));
      await expect.poll(async () => (await voting.ballot())?.used).toBe(n + 1);
    }
  }
  await console.getByRole('button', { name: 'Reveal results' }).click();
  const results = ben.page.getByRole('complementary', { name: 'Results: Which first?' });
  await expect(results.getByRole('listitem')).toHaveCount(3);
  await expect(results.getByRole('listitem').nth(0)).toContainText(ideas[0]!);
  await expect(results.getByRole('listitem').nth(0)).toContainText('Dots: 3');
  await expect(results.getByRole('listitem').nth(1)).toContainText(ideas[1]!);
  await expect(results.getByRole('listitem').nth(2)).toContainText(ideas[2]!);
  await ben.screenshot('week3-results-en');

  // On to the next step: everyone is brought to its frame.
  await console.getByRole('button', { name: 'Next step' }).click();
  const next = (await session(fien.page)).current!;
  const nextFrame = (await ana.items()).find(
    (item) => item.id === steps.find((step) => step.id === next.stepId)!.frameId,
  )!;
  for (const person of people) {
    await expect
      .poll(async () =>
        inside(await person.page.evaluate(() => window.__werkplaats!.visibleRect()), nextFrame),
      )
      .toBe(true);
  }

  // Closing: the top three are ticked and carried into week 4, linked to where they came from.
  await console.getByRole('button', { name: 'Close the session…' }).click();
  const carry = console.getByRole('group', { name: 'Carry forward to the next session' });
  for (const text of ideas) await expect(carry.getByRole('checkbox', { name: text })).toBeChecked();
  await expectAccessible(fien.page, 'closing week 3 (en)');
  await console.getByRole('button', { name: 'Close session' }).click();
  await expect(fien.page.getByText('Carried forward to the next session: 3.')).toBeVisible();
  const nextWeek = await BoardPage.join(browser, server.baseURL, week4, { name: 'Dina', lang: 'en' });
  const carried = (await nextWeek.items()).filter(
    (item): item is Sticky => item.type === 'sticky' && item.origin?.boardId === week3,
  );
  expect(carried.map((note) => note.text)).toEqual(ideas);
  expect(carried.map((note) => note.origin!.itemId)).toEqual(ideas.map((text) => byText(text).id));
  await nextWeek.screenshot('week4-carried-en');

  await nextWeek.close();
  for (const person of people) await person.close();
  await fien.context.close();
});
