import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Item, RunStep } from '@werkplaats/shared';
import { expectAccessible } from '../fixtures/a11y.js';
import type { ServerProcess } from '../fixtures/server-process.js';
import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/board-page.js';
import { facilitatorPage } from '../pages/facilitator.js';

/** A network on the five-session programme (week 1 has a private brainwriting step); its week-1 board. */
async function programmeBoard(server: ServerProcess): Promise<{ boardId: string; invite: string }> {
  const cookie = await server.facilitator();
  const created = await server.api(
    'POST',
    '/api/networks',
    {
      title: 'Privé schrijven',
      language: 'en',
      startDate: new Date().toISOString().slice(0, 10),
      programme: 'design-thinking-5',
    },
    cookie,
  );
  const network = (await created.json()) as { id: string; sessions: { boardId: string }[] };
  const invite = await server.api(
    'POST',
    `/api/networks/${network.id}/invites`,
    { role: 'participant' },
    cookie,
  );
  return { boardId: network.sessions[0]!.boardId, invite: ((await invite.json()) as { path: string }).path };
}

const privateNotes = (page: Page) => page.evaluate(() => window.__werkplaats!.privateNotes!());
const boardStickies = async (page: Page) =>
  (await page.evaluate(() => window.__werkplaats!.items())).filter((item) => item.type === 'sticky');

/** Presses N, clicks at a board point and types: in private mode's frame the note becomes private. */
async function addPrivateNote(
  person: BoardPage,
  point: { x: number; y: number },
  text: string,
): Promise<void> {
  await person.page.keyboard.press('n');
  const target = await person.boardToPage(point);
  await person.page.mouse.click(target.x, target.y);
  const editor = person.page.locator('textarea');
  await expect(editor).toBeFocused();
  await editor.pressSequentially(text, { delay: 10 });
  await person.page.keyboard.press('Escape');
  await expect
    .poll(async () => (await privateNotes(person.page)).map((note) => 'text' in note && note.text))
    .toContain(text);
}

const centreOf = (frame: Item) => ({ x: frame.x + frame.w / 2, y: frame.y + frame.h / 2 });

test('private brainwriting: notes stay with their author until the facilitator reveals them, anonymised', async ({
  browser,
  server,
}) => {
  // Three browsers at once on a shared CI machine: give the whole round room.
  test.setTimeout(300_000);
  const { boardId, invite } = await programmeBoard(server);
  const fien = await facilitatorPage(browser, server.baseURL, 'nl');
  await fien.page.setViewportSize({ width: 1400, height: 900 });
  await fien.page.goto(`/b/${boardId}?lang=nl`);
  await fien.page.waitForFunction(() => window.__werkplaats?.synced() === true);
  const ann = await BoardPage.joinWithLink(browser, server.baseURL, boardId, invite, {
    name: 'Ann',
    lang: 'en',
  });
  const ben = await BoardPage.joinWithLink(browser, server.baseURL, boardId, invite, {
    name: 'Ben',
    lang: 'nl',
  });

  // The facilitator starts the step that asks for private mode: it is switched on for the step's frame.
  await fien.page.getByRole('button', { name: 'Draaiboek' }).click();
  let step: RunStep | undefined;
  await expect
    .poll(async () => {
      step = (await fien.page.evaluate(() => window.__werkplaats!.session().steps)).find(
        (s) => s.modes.private,
      );
      return step !== undefined;
    })
    .toBe(true);
  await fien.page.getByRole('button', { name: `Ga naar stap ${step!.title}` }).click();
  await expect
    .poll(() => ann.page.evaluate(() => window.__werkplaats!.session().private?.frameId))
    .toBe(step!.frameId);
  const frame = (await ann.items()).find((item) => item.id === step!.frameId)!;

  await addPrivateNote(ann, { x: centreOf(frame).x - 120, y: centreOf(frame).y + 40 }, 'Ann hopes to learn');
  await addPrivateNote(
    ben,
    { x: centreOf(frame).x + 120, y: centreOf(frame).y + 40 },
    'Ben brengt ervaring mee',
  );

  // Neither sees the other's note, on the board or among their own; the board holds neither.
  for (const [person, own, other] of [
    [ann, 'Ann hopes to learn', 'Ben brengt ervaring mee'],
    [ben, 'Ben brengt ervaring mee', 'Ann hopes to learn'],
  ] as const) {
    expect((await privateNotes(person.page)).map((note) => 'text' in note && note.text)).toEqual([own]);
    expect((await boardStickies(person.page)).map((note) => 'text' in note && note.text)).not.toContain(
      other,
    );
    expect(await boardStickies(person.page)).toEqual([]);
  }
  await expect(ann.page.getByRole('status').filter({ hasText: 'Your private notes: 1' })).toBeVisible();
  await expect(ben.page.getByRole('status').filter({ hasText: 'Jouw privénotities: 1' })).toBeVisible();
  await ann.page.waitForTimeout(300);
  await ann.screenshot('private-mode-participant-en');
  await ben.screenshot('private-mode-participant-nl');
  await expectAccessible(ann.page, 'board in private mode (participant)');

  // The facilitator sees counts per person, never the notes.
  const counts = fien.page.getByRole('list', { name: 'Privénotities per persoon' });
  await expect(counts.getByRole('listitem')).toHaveText(['Ann1', 'Ben1']);
  expect(await boardStickies(fien.page)).toEqual([]);
  await fien.page.screenshot({ path: 'test-results/screens/private-mode-console-nl.png' });
  // Only the private-mode section: the run-sheet's step buttons have a known finding of their own
  // (label-content-name-mismatch), which belongs to the console's feature, not to this one.
  const section = await new AxeBuilder({ page: fien.page })
    .include('.private-mode')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(section.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await expect(fien.page.getByRole('checkbox', { name: 'Tonen zonder namen' })).toBeChecked();
  await fien.page.getByRole('button', { name: 'Notities tonen (2)' }).click();

  for (const person of [fien.page, ann.page, ben.page]) {
    await expect
      .poll(async () => (await boardStickies(person)).map((note) => 'text' in note && note.text).sort())
      .toEqual(['Ann hopes to learn', 'Ben brengt ervaring mee']);
    for (const note of await boardStickies(person)) {
      expect(note).toMatchObject({ createdBy: '', authorName: '', anonymous: true });
    }
    await expect.poll(() => privateNotes(person)).toEqual([]);
  }
  await expect.poll(() => ann.page.evaluate(() => window.__werkplaats!.session().private)).toBeUndefined();
  await ann.page.waitForTimeout(300);
  await ann.screenshot('private-mode-revealed-en');
  await fien.page.screenshot({ path: 'test-results/screens/private-mode-revealed-nl.png' });

  await ann.close();
  await ben.close();
  await fien.context.close();
});
