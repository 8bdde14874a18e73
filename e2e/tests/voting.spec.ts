import type { Sticky } from '@werkplaats/shared';
import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/board-page.js';
import { facilitatorPage } from '../pages/facilitator.js';
import { Voting } from '../pages/voting.js';

test('a dot vote: budget of 3 kept by the server, ballots private, totals and ranking at reveal', async ({
  browser,
  server,
}) => {
  // Three browsers, four pages and three axe runs on a machine shared with others: more than the default minute.
  test.setTimeout(300_000);
  const boardId = await server.createBoard('Week 3 — kiezen');
  const lead = await facilitatorPage(browser, server.baseURL, 'en');
  await lead.page.goto(`/b/${boardId}?lang=en`);
  await lead.page.waitForFunction(() => window.__werkplaats?.synced() === true);
  const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'nl' });
  const ben = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ben', lang: 'en' });

  const ideas: Sticky[] = [];
  for (const [i, text] of ['Peer coaching', 'Shared calendar', 'Case library', 'Site visits'].entries())
    ideas.push(await ana.addStickyAt({ x: -360 + i * 240, y: -60 }, text));
  const [coaching, calendar, library, visits] = ideas as [Sticky, Sticky, Sticky, Sticky];

  // Ana has the board open in a second tab too: it follows her own dots.
  const anaTab = await ana.context.newPage();
  await anaTab.goto(`/b/${boardId}?lang=nl`);
  await anaTab.waitForFunction(() => window.__werkplaats?.synced() === true);

  // The facilitator starts a vote of three dots on the whole board from the console.
  await lead.page.getByRole('button', { name: 'Run-sheet' }).click();
  const form = lead.page.getByRole('form', { name: 'New dot vote' });
  await form.getByLabel('Question or title').fill('What do we try first?');
  await form.getByLabel('Dots per person').fill('3');
  await form.getByRole('button', { name: 'Start vote' }).click();

  const anaVotes = new Voting(ana.page);
  const benVotes = new Voting(ben.page);
  await expect(anaVotes.dotsLeft()).toHaveText('Stippen over: 3 van 3');
  await expect(benVotes.dotsLeft()).toHaveText('Dots left: 3 of 3');
  await expectAccessible(ana.page, 'vote bar (nl)');

  // Ana clicks three ideas; a fourth dot is refused by the server, and she is told why.
  for (const idea of [coaching, calendar, library]) {
    const before = (await anaVotes.ballot())?.used ?? 0;
    await anaVotes.clickItem(idea);
    await expect.poll(async () => (await anaVotes.ballot())?.used).toBe(before + 1);
  }
  await expect(anaVotes.dotsLeft()).toHaveText('Stippen over: 0 van 3');
  await expect(new Voting(anaTab).dotsLeft()).toHaveText('Stippen over: 0 van 3');
  await anaVotes.clickItem(visits);
  await expect(ana.page.getByText('Je hebt al je stippen gebruikt.')).toBeVisible();
  expect((await anaVotes.ballot())?.dots).toEqual({ [coaching.id]: 1, [calendar.id]: 1, [library.id]: 1 });

  // Ben votes by click once, then with the keyboard: "I'm done" gives clicks back to selecting, D votes.
  await benVotes.clickItem(coaching);
  await expect.poll(async () => (await benVotes.ballot())?.used).toBe(1);
  await ben.page.getByRole('button', { name: "I'm done" }).click();
  await benVotes.clickItem(visits);
  await ben.page.keyboard.press('d');
  await expect
    .poll(async () => (await benVotes.ballot())?.dots)
    .toEqual({ [coaching.id]: 1, [visits.id]: 1 });
  await expect(benVotes.dotsLeft()).toHaveText('Dots left: 1 of 3');

  // Neither sees the other's dots, and no totals exist before the reveal.
  expect(Object.keys((await anaVotes.ballot())!.dots)).not.toContain(visits.id);
  for (const voting of [anaVotes, benVotes]) expect((await voting.votes())[0]!.totals).toBeUndefined();
  // The selection's toolbar keeps clear of the voting panel: below the note, not under the panel.
  const panelBottom = await ana.page
    .locator('.session-bar')
    .evaluate((bar) => bar.getBoundingClientRect().bottom);
  await expect
    .poll(async () => (await ana.page.locator('.context-toolbar').boundingBox())?.y ?? 0)
    .toBeGreaterThanOrEqual(panelBottom);
  await ana.screenshot('voting-open-nl');

  // The facilitator sees counts per participant, then reveals.
  const participation = lead.page.getByRole('list', { name: 'Dots per participant' });
  await expect(participation.getByRole('listitem').filter({ hasText: 'Ana' })).toContainText(
    '3 used, 0 left',
  );
  await expect(participation.getByRole('listitem').filter({ hasText: 'Ben' })).toContainText(
    '2 used, 1 left',
  );
  await lead.page.screenshot({ path: 'test-results/screens/voting-console-en.png' });
  await expectAccessible(lead.page, 'facilitator console with an open vote');
  await lead.page.getByRole('button', { name: 'Reveal results' }).click();

  const totals = { [coaching.id]: 2, [calendar.id]: 1, [library.id]: 1, [visits.id]: 1 };
  for (const voting of [anaVotes, benVotes, new Voting(lead.page)]) {
    await expect.poll(async () => (await voting.votes())[0]?.totals).toEqual(totals);
    expect((await voting.votes())[0]!.voters).toBe(2);
  }
  const results = ben.page.getByRole('complementary', { name: 'Results: What do we try first?' });
  await expect(results).toBeVisible();
  await expect(results.getByRole('listitem').first()).toContainText('Peer coaching');
  await expect(results.getByRole('listitem').first()).toContainText('Dots: 2');
  await expect(results.getByRole('listitem')).toHaveCount(4);
  await expect(
    ana.page.getByRole('complementary', { name: 'Resultaten: What do we try first?' }),
  ).toBeVisible();
  // Notices (such as Ana's dots being used up) appear beside her results, not over their last rows.
  const [noticesLeft, resultsRight] = await ana.page.evaluate(() => [
    document.querySelector('.toasts')!.getBoundingClientRect().left,
    document.querySelector('.vote-results')!.getBoundingClientRect().right,
  ]);
  expect(noticesLeft).toBeGreaterThanOrEqual(resultsRight);
  await ben.screenshot('voting-results-en');
  await ana.screenshot('voting-results-nl');
  await expectAccessible(ben.page, 'vote results (en)');

  // After the reveal, dots no longer change.
  await anaVotes.clickItem(visits);
  await expect.poll(async () => (await anaVotes.ballot())?.used).toBe(3);

  await ana.close();
  await ben.close();
  await lead.context.close();
});
