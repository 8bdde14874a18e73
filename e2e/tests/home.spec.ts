import { expectAccessible } from '../fixtures/a11y.js';
import { FACILITATOR, ServerProcess } from '../fixtures/server-process.js';
import { expect, test } from '../fixtures/test.js';

const TEXT = {
  nl: {
    setup: 'Werkplaats instellen',
    login: 'Inloggen',
    dashboard: 'Lerende netwerken',
    logout: 'Uitloggen',
  },
  en: { setup: 'Set up Werkplaats', login: 'Log in', dashboard: 'Learning networks', logout: 'Log out' },
} as const;

test('first run: the printed setup link creates the first facilitator, once; then log out and in', async ({
  page,
}) => {
  // Setup happens once per database, so this spec brings its own, fresh server.
  const fresh = await ServerProcess.start();
  try {
    expect(fresh.setupUrl).toMatch(/\/setup#[\w-]{43}$/);
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${fresh.baseURL}/?lang=${lang}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(
        lang === 'nl' ? 'instellink' : 'setup link',
      );
      await expectAccessible(page, `setup needed (${lang})`);
      await page.goto(`${fresh.baseURL}/setup?lang=${lang}${new URL(fresh.setupUrl!).hash}`);
      await expect(page.getByRole('heading', { name: TEXT[lang].setup })).toBeVisible();
      await expectAccessible(page, `setup (${lang})`);
      await page.screenshot({ path: `test-results/screens/setup-${lang}.png` });
    }

    await page.getByLabel('Your name').fill(FACILITATOR.name);
    await page.getByLabel('Email address').fill(FACILITATOR.email);
    await page.getByLabel('Password').fill(FACILITATOR.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('heading', { name: TEXT.en.dashboard })).toBeVisible();
    await expect(page.getByText(FACILITATOR.name)).toBeVisible();

    // The link is spent: opening it again says so.
    await page.goto(`${fresh.baseURL}/setup?lang=en${new URL(fresh.setupUrl!).hash}`);
    await expect(page.getByText('has been set up already')).toBeVisible();

    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${fresh.baseURL}/?lang=${lang}`);
      await expectAccessible(page, `empty dashboard (${lang})`);
      await page.getByRole('button', { name: TEXT[lang].logout }).click();
      await expect(
        page.getByRole('heading', {
          name: lang === 'nl' ? 'Inloggen als begeleider' : 'Log in as facilitator',
        }),
      ).toBeVisible();
      await expectAccessible(page, `login (${lang})`);
      await page.screenshot({ path: `test-results/screens/login-${lang}.png` });
      await page.getByLabel(lang === 'nl' ? 'E-mailadres' : 'Email address').fill(FACILITATOR.email);
      await page.getByLabel(lang === 'nl' ? 'Wachtwoord' : 'Password').fill('wrong password!');
      await page.getByRole('button', { name: TEXT[lang].login, exact: true }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await page.getByLabel(lang === 'nl' ? 'Wachtwoord' : 'Password').fill(FACILITATOR.password);
      await page.getByRole('button', { name: TEXT[lang].login, exact: true }).click();
      await expect(page.getByRole('heading', { name: TEXT[lang].dashboard })).toBeVisible();
    }
  } finally {
    await fresh.dispose();
  }
});

test('an unknown page or board shows a friendly page with a way back', async ({ page, server }) => {
  await server.facilitator();
  await page.goto(`${server.baseURL}/nergens?lang=nl`);
  await expect(page.getByText('Deze pagina bestaat niet, of de link is onvolledig.')).toBeVisible();
  await page.goto(`${server.baseURL}/b/doesNotExist123?lang=en`);
  await expect(page.getByText('You do not have access to this board')).toBeVisible();
  await expectAccessible(page, 'board not found');
  await page.getByRole('link', { name: 'Back to start' }).click();
  await expect(page.getByRole('heading', { name: 'Log in as facilitator' })).toBeVisible();
});
