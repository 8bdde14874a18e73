import { expect, type Page } from '@playwright/test';

const LABELS = {
  en: { name: 'Your name', organisation: 'Organisation (optional)', submit: 'Join the network' },
  nl: { name: 'Je naam', organisation: 'Organisatie (optioneel)', submit: 'Deelnemen' },
} as const;

/** The page an invite link opens: what it leads to, and the name (and organisation) to join with. */
export class InvitePage {
  constructor(
    readonly page: Page,
    readonly lang: 'nl' | 'en',
  ) {}

  async open(link: string): Promise<void> {
    await this.page.goto(`${link}?lang=${this.lang}`);
  }

  async join(name: string, organisation?: string): Promise<void> {
    const labels = LABELS[this.lang];
    await this.page.getByLabel(labels.name).fill(name);
    if (organisation) await this.page.getByLabel(labels.organisation).fill(organisation);
    await this.page.getByRole('button', { name: labels.submit }).click();
    // Joined: the participant home lists the network's sessions.
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
      this.lang === 'nl' ? 'Je lerend netwerk' : 'Your learning network',
    );
  }
}
