import type { Page } from '@playwright/test';
import type { Ballot, Item, VoteRecord } from '@werkplaats/shared';

/** Reads votes and acts on items of a board page in any browser (a participant's or the facilitator's). */
export class Voting {
  constructor(readonly page: Page) {}

  votes(): Promise<VoteRecord[]> {
    return this.page.evaluate(() => window.__werkplaats!.votes());
  }

  ballot(): Promise<Ballot | null> {
    return this.page.evaluate(() => window.__werkplaats!.ballot());
  }

  /** Clicks the middle of an item, which places a dot while a vote is open. */
  async clickItem(item: Item): Promise<void> {
    const centre = await this.page.evaluate((p) => window.__werkplaats!.boardToPage(p), {
      x: item.x + item.w / 2,
      y: item.y + item.h / 2,
    });
    await this.page.mouse.click(centre.x, centre.y);
  }

  /** The voting bar's "dots left" line. */
  dotsLeft() {
    return this.page.getByTestId('dots-left');
  }
}
