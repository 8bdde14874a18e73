import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';
import { InvitePage } from '../pages/invite-page.js';
import { facilitatorPage } from '../pages/facilitator.js';

const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

test('a facilitator creates a network with five sessions and invites a participant; both meet on week 1’s board', async ({
  browser,
  server,
}) => {
  const fien = await facilitatorPage(browser, server.baseURL, 'en');
  await fien.page.goto('/?lang=en');
  await fien.page.getByRole('button', { name: 'New learning network' }).click();
  await fien.page.getByLabel('Title').fill('Sustainable funding');
  await fien.page.getByLabel('Theme', { exact: true }).fill('Cash flow first, then the multi-year plan');
  await fien.page.getByLabel('Start date').fill(today());
  await fien.page.getByRole('button', { name: 'Create network' }).click();

  // The network page: five weekly sessions, each with its own board.
  await expect(fien.page.getByRole('heading', { level: 1 })).toHaveText('Sustainable funding');
  const sessions = fien.page.locator('.session-row');
  await expect(sessions).toHaveCount(5);
  // Laid out from the default programme, titled in the network's language (Dutch by default).
  await expect(sessions.first().getByLabel('Title')).toHaveValue('Week 1 · Kennismaken en verkennen');
  await expect(sessions.nth(4).getByLabel('Title')).toHaveValue('Week 5 · Testen en verankeren');

  await fien.page.getByLabel('Role').selectOption('participant');
  await fien.page.getByRole('button', { name: 'Create link' }).click();
  const link = await fien.page.getByTestId('invite-link').textContent();
  expect(link).toMatch(/\/i\/[\w-]{43}$/);
  await expect(fien.page.getByRole('img', { name: 'QR code of the invitation link' })).toBeVisible();
  await expect(fien.page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expectAccessible(fien.page, 'network (en)');
  await fien.page.screenshot({ path: 'test-results/screens/network-en.png', fullPage: true });

  // The participant, in a browser of their own, with nothing but the link.
  const context = await browser.newContext({ baseURL: server.baseURL, locale: 'nl-BE' });
  const page = await context.newPage();
  const invite = new InvitePage(page, 'nl');
  await invite.open(new URL(link!).pathname);
  await expect(page.getByRole('heading', { name: 'Neem deel aan “Sustainable funding”' })).toBeVisible();
  await expectAccessible(page, 'invite (nl)');
  await page.screenshot({ path: 'test-results/screens/invite-nl.png' });
  await invite.join('Anneleen', 'Cultuurcentrum Leuven');
  await expectAccessible(page, 'participant home (nl)');
  await page.screenshot({ path: 'test-results/screens/participant-nl.png' });
  await page.getByRole('link', { name: /Naar de live sessie: Week 1/ }).click();
  await page.waitForFunction(() => window.__werkplaats?.synced() === true);

  await fien.page.getByRole('link', { name: 'Open board' }).first().click();
  await fien.page.waitForFunction(() => window.__werkplaats?.synced() === true);
  const boardId = await fien.page.evaluate(() => window.__werkplaats!.boardId);
  expect(await page.evaluate(() => window.__werkplaats!.boardId)).toBe(boardId);
  await expect
    .poll(() => page.evaluate(() => window.__werkplaats!.peers().map((p) => [p.user.name, p.user.role])))
    .toEqual([['Fien Verstraete', 'facilitator']]);
  await expect
    .poll(() => fien.page.evaluate(() => window.__werkplaats!.peers().map((p) => [p.user.name, p.user.role])))
    .toEqual([['Anneleen', 'participant']]);

  // Back on the dashboard: the network card lists its sessions; the people list shows the attendance.
  await fien.page.goto('/?lang=nl');
  await expect(fien.page.getByRole('link', { name: 'Sustainable funding' })).toBeVisible();
  await expectAccessible(fien.page, 'dashboard (nl)');
  await fien.page.screenshot({ path: 'test-results/screens/dashboard-nl.png' });
  await fien.page.getByRole('link', { name: 'Sustainable funding' }).click();
  const row = fien.page.getByRole('row', { name: /Anneleen/ });
  await expect(row).toContainText('Deelnemer');
  await expectAccessible(fien.page, 'network (nl)');
  await fien.page.goto('/?lang=en');
  await expectAccessible(fien.page, 'dashboard (en)');
  await fien.page.screenshot({ path: 'test-results/screens/dashboard-en.png' });
  await page.goto('/?lang=en');
  await expectAccessible(page, 'participant home (en)');
  await context.close();
  await fien.context.close();
});

test('revoked, expired and full invitations, and lost access, each have a friendly page', async ({
  browser,
  server,
}) => {
  const network = await server.createNetwork('Internationaal werken');
  const boardId = network.sessions[0]!.boardId;
  const facilitator = await server.facilitator();
  await server.api('PATCH', `/api/networks/${network.id}`, { capacity: 1 }, facilitator);
  const full = await server.inviteLink(boardId, { role: 'participant' });
  const seat = await server.api('POST', `/api/invites/${full.slice(3)}/accept`, { name: 'First' });
  expect(seat.status).toBe(201);
  const expired = await server.inviteLink(boardId, { role: 'participant', expiresAt: Date.now() - 1000 });
  const revoked = await server.inviteLink(boardId, { role: 'expert' });
  const invites = (await (
    await server.api('GET', `/api/networks/${network.id}/invites`, undefined, facilitator)
  ).json()) as {
    id: string;
    role: string;
  }[];
  await server.api(
    'DELETE',
    `/api/networks/${network.id}/invites/${invites.find((i) => i.role === 'expert')!.id}`,
    undefined,
    facilitator,
  );

  const context = await browser.newContext({ baseURL: server.baseURL });
  const page = await context.newPage();
  const cases = [
    [full, { en: 'This learning network is full', nl: 'Dit lerend netwerk is volzet' }],
    [expired, { en: 'This invitation link has expired', nl: 'Deze uitnodigingslink is verlopen' }],
    [revoked, { en: 'This invitation link has been withdrawn', nl: 'Deze uitnodigingslink is ingetrokken' }],
    [
      `/i/${'x'.repeat(43)}`,
      { en: 'This invitation link is not valid', nl: 'Deze uitnodigingslink is niet geldig' },
    ],
  ] as const;
  for (const [path, text] of cases) {
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${path}?lang=${lang}`);
      await expect(page.getByRole('heading', { name: text[lang] })).toBeVisible();
      await expectAccessible(page, `${text.en} (${lang})`);
    }
  }
  await page.screenshot({ path: 'test-results/screens/invite-unavailable-en.png' });

  // Someone removed while on the board is taken to a page that says so, and home says it too.
  const expert = await server.inviteLink(boardId, { role: 'expert' });
  const joining = new InvitePage(page, 'en');
  await joining.open(expert);
  await joining.join('Eva Expert');
  await page.goto(`/b/${boardId}?lang=en`);
  await page.waitForFunction(() => window.__werkplaats?.synced() === true);
  const people = (await (
    await server.api('GET', `/api/networks/${network.id}/people`, undefined, facilitator)
  ).json()) as {
    id: string;
    name: string;
  }[];
  await server.api(
    'DELETE',
    `/api/networks/${network.id}/people/${people.find((p) => p.name === 'Eva Expert')!.id}`,
    undefined,
    facilitator,
  );
  await expect(page.getByRole('heading', { name: 'You do not have access to this board.' })).toBeVisible({
    timeout: 5_000,
  });
  await page.goto('/?lang=nl');
  await expect(page.getByRole('heading', { name: /Je hebt geen toegang meer/ })).toBeVisible();
  await expectAccessible(page, 'lost access (nl)');
  await page.goto('/?lang=en');
  await expectAccessible(page, 'lost access (en)');
  await page.screenshot({ path: 'test-results/screens/lost-access-en.png' });
  await context.close();
});
