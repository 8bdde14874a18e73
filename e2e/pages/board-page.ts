import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { ConnectionStatus, Item, PresenceState } from '@werkplaats/shared';

export interface JoinOptions {
  name: string;
  lang?: 'nl' | 'en';
  role?: 'participant' | 'observer';
}

/**
 * One person on a board, in their own browser context. Reads the document through the client's test
 * API (`window.__werkplaats`) and acts through the real UI: keyboard, toolbar and pointer.
 */
export class BoardPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly boardId: string,
  ) {}

  static async join(
    browser: Browser,
    baseURL: string,
    boardId: string,
    options: JoinOptions,
  ): Promise<BoardPage> {
    const context = await browser.newContext({ baseURL, locale: options.lang === 'nl' ? 'nl-BE' : 'en-GB' });
    const page = await context.newPage();
    const board = new BoardPage(context, page, boardId);
    await board.open(options);
    return board;
  }

  /** Opens the board and joins through the name dialog, as a person would. */
  async open(options: JoinOptions): Promise<void> {
    const params = new URLSearchParams();
    if (options.lang) params.set('lang', options.lang);
    if (options.role) params.set('role', options.role);
    const query = params.size > 0 ? `?${params}` : '';
    await this.page.goto(`/b/${this.boardId}${query}`);
    const nameField = this.page.getByLabel(options.lang === 'nl' ? 'Je naam' : 'Your name');
    await nameField.fill(options.name);
    await nameField.press('Enter');
    await this.waitSynced();
  }

  async waitSynced(): Promise<void> {
    await this.page.waitForFunction(() => window.__werkplaats?.synced() === true, undefined, {
      timeout: 15_000,
    });
  }

  items(): Promise<Item[]> {
    return this.page.evaluate(() => window.__werkplaats!.items());
  }

  peers(): Promise<PresenceState[]> {
    return this.page.evaluate(() => window.__werkplaats!.peers());
  }

  status(): Promise<ConnectionStatus> {
    return this.page.evaluate(() => window.__werkplaats!.status());
  }

  async boardToPage(point: { x: number; y: number }): Promise<{ x: number; y: number }> {
    return this.page.evaluate((p) => window.__werkplaats!.boardToPage(p), point);
  }

  /** Presses N, clicks the canvas at a board point and types the note's text. Returns the new note. */
  async addStickyAt(point: { x: number; y: number }, text: string): Promise<Item> {
    const before = new Set((await this.items()).map((item) => item.id));
    await this.page.keyboard.press('n');
    const target = await this.boardToPage(point);
    await this.page.mouse.click(target.x, target.y);
    const editor = this.page.locator('textarea');
    await expect(editor).toBeFocused();
    await editor.pressSequentially(text, { delay: 10 });
    await this.page.keyboard.press('Escape');
    let created: Item | undefined;
    await expect
      .poll(async () => {
        created = (await this.items()).find((item) => !before.has(item.id));
        return created?.text;
      })
      .toBe(text);
    return created!;
  }

  /** Drags an item by its centre through the pointer, in several steps like a hand would. */
  async dragItem(item: Item, delta: { x: number; y: number }): Promise<void> {
    const from = await this.boardToPage({ x: item.x + item.w / 2, y: item.y + item.h / 2 });
    const zoom = (await this.boardToPage({ x: 1, y: 0 })).x - (await this.boardToPage({ x: 0, y: 0 })).x;
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + delta.x * zoom, from.y + delta.y * zoom, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Double-clicks a note, replaces its text and leaves the editor. */
  async editText(item: Item, text: string): Promise<void> {
    const centre = await this.boardToPage({ x: item.x + item.w / 2, y: item.y + item.h / 2 });
    await this.page.mouse.dblclick(centre.x, centre.y);
    const editor = this.page.locator('textarea');
    await expect(editor).toBeFocused();
    await editor.press('ControlOrMeta+a');
    await editor.pressSequentially(text, { delay: 10 });
    await this.page.keyboard.press('Escape');
  }

  async moveMouseTo(point: { x: number; y: number }): Promise<void> {
    const target = await this.boardToPage(point);
    await this.page.mouse.move(target.x, target.y, { steps: 4 });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
