import type { Browser, BrowserContext, Page } from '@playwright/test';
import { ServerProcess } from '../fixtures/server-process.js';

/** A facilitator's browser, logged in with the fixture's account (the login screen has its own spec). */
export async function facilitatorPage(
  browser: Browser,
  baseURL: string,
  lang: 'nl' | 'en',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: lang === 'nl' ? 'nl-BE' : 'en-GB' });
  const [name, value] = (await ServerProcess.at(baseURL).facilitator()).split('=') as [string, string];
  await context.addCookies([{ name, value, url: baseURL, httpOnly: true, sameSite: 'Lax' }]);
  return { context, page: await context.newPage() };
}
