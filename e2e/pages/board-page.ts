import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { ConnectionStatus, Item, PresenceState, Sticky } from '@werkplaats/shared';
import { ServerProcess } from '../fixtures/server-process.js';
import { InvitePage } from './invite-page.js';

/** What an item shows as text (a note's text, a frame's title), for comparing boards in assertions. */
export function itemText(item: Item): string | undefined {
  if (item.type === 'frame') return item.title;
  return 'text' in item ? item.text : undefined;
}

export interface JoinOptions {
  name: string;
  lang?: 'nl' | 'en';
  role?: 'participant' | 'observer' | 'expert';
  /** For experts: invited to comment only. */
  commentOnly?: boolean;
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
    private readonly baseURL: string,
  ) {}

  static async join(
    browser: Browser,
    baseURL: string,
    boardId: string,
    options: JoinOptions,
  ): Promise<BoardPage> {
    const context = await browser.newContext({ baseURL, locale: options.lang === 'nl' ? 'nl-BE' : 'en-GB' });
    const page = await context.newPage();
    const board = new BoardPage(context, page, boardId, baseURL);
    await board.open(options);
    return board;
  }

  /**
   * Joins with an invite link someone already has (several people may share one): opens it in a
   * browser context of its own, gives the name and opens the board.
   */
  static async joinWithLink(
    browser: Browser,
    baseURL: string,
    boardId: string,
    link: string,
    options: { name: string; lang?: 'nl' | 'en' },
  ): Promise<BoardPage> {
    const context = await browser.newContext({ baseURL, locale: options.lang === 'nl' ? 'nl-BE' : 'en-GB' });
    const page = await context.newPage();
    const board = new BoardPage(context, page, boardId, baseURL);
    const invite = new InvitePage(page, options.lang ?? 'en');
    await invite.open(link);
    await invite.join(options.name);
    await page.goto(`/b/${boardId}${options.lang ? `?lang=${options.lang}` : ''}`);
    await board.waitSynced();
    return board;
  }

  /**
   * Joins as a person would: the facilitator makes an invite link with the role, this person opens it,
   * gives their name and then opens the board.
   */
  async open(options: JoinOptions): Promise<void> {
    const server = ServerProcess.at(this.baseURL);
    const link = await server.inviteLink(this.boardId, {
      role: options.role ?? 'participant',
      commentOnly: options.commentOnly,
    });
    const invite = new InvitePage(this.page, options.lang ?? 'en');
    await invite.open(link);
    await invite.join(options.name);
    await this.page.goto(`/b/${this.boardId}${options.lang ? `?lang=${options.lang}` : ''}`);
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
  async addStickyAt(point: { x: number; y: number }, text: string): Promise<Sticky> {
    const before = new Set((await this.items()).map((item) => item.id));
    await this.page.keyboard.press('n');
    const target = await this.boardToPage(point);
    await this.page.mouse.click(target.x, target.y);
    const editor = this.page.locator('textarea');
    await expect(editor).toBeFocused();
    await editor.pressSequentially(text, { delay: 10 });
    await this.page.keyboard.press('Escape');
    let created: Sticky | undefined;
    await expect
      .poll(async () => {
        const found = (await this.items()).find((item) => !before.has(item.id));
        created = found?.type === 'sticky' ? found : undefined;
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

  /** Presses the mouse at one board point and releases it at another, moving in steps like a hand. */
  async dragOnBoard(from: { x: number; y: number }, to: { x: number; y: number }, steps = 12): Promise<void> {
    const start = await this.boardToPage(from);
    const end = await this.boardToPage(to);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x, end.y, { steps });
    await this.page.mouse.up();
  }

  async clickOnBoard(point: { x: number; y: number }, options?: { shift?: boolean }): Promise<void> {
    const target = await this.boardToPage(point);
    if (options?.shift) await this.page.keyboard.down('Shift');
    await this.page.mouse.click(target.x, target.y);
    if (options?.shift) await this.page.keyboard.up('Shift');
  }

  /** Waits until the board holds an item that was not in `before` and satisfies `match`; returns it. */
  async newItem(before: readonly Item[], match: (item: Item) => boolean = () => true): Promise<Item> {
    const known = new Set(before.map((item) => item.id));
    let found: Item | undefined;
    await expect
      .poll(async () => {
        found = (await this.items()).find((item) => !known.has(item.id) && match(item));
        return found !== undefined;
      })
      .toBe(true);
    return found!;
  }

  /** Pastes `text` as if from the system clipboard, through the page's paste event. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  /** The connector's line as the canvas draws it, in board coordinates, rounded to whole units. */
  async renderedLine(id: string): Promise<number[] | null> {
    const line = await this.page.evaluate(
      (connector) => window.__werkplaats!.renderedLine?.(connector) ?? null,
      id,
    );
    return line && line.map((value) => Math.round(value));
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
