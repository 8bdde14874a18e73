import { expect, type Locator, type Page } from '@playwright/test';

/** The template picker dialog on a board, in English. */
export class TemplatePicker {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Templates' });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('toolbar', { name: /tools/i })
      .getByRole('button', { name: 'Templates' })
      .click();
    await expect(this.dialog).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.dialog.getByRole('searchbox', { name: 'Search templates' }).fill(text);
  }

  card(name: string): Locator {
    return this.dialog.getByRole('button', { name: `Insert: ${name}`, exact: true });
  }

  async insert(name: string): Promise<void> {
    await this.card(name).click();
    await expect(this.dialog).toBeHidden();
  }

  async saveSelection(name: string): Promise<void> {
    await this.dialog.getByRole('radio', { name: /The selection/ }).check();
    await this.dialog.getByRole('textbox', { name: 'Template name' }).fill(name);
    await this.dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.card(name)).toBeVisible();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.dialog.getByRole('button', { name: `Rename: ${from}` }).click();
    await this.dialog.getByRole('textbox', { name: 'New name' }).fill(to);
    await this.dialog.getByRole('button', { name: 'Save', exact: true }).first().click();
    await expect(this.card(to)).toBeVisible();
  }

  async importFile(name: string, content: string): Promise<void> {
    await this.dialog.getByLabel('Import…').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close templates' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
