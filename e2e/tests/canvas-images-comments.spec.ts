import type { Page } from '@playwright/test';
import type { Item } from '@werkplaats/shared';
import { expectAccessible } from '../fixtures/a11y.js';
import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/board-page.js';

/** A real PNG the browser draws itself: a blue card with a yellow band, `width`×`height` pixels. */
async function drawnPng(page: Page, width: number, height: number): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    ([w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w!;
      canvas.height = h!;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#2f5bd3';
      ctx.fillRect(0, 0, w!, h!);
      ctx.fillStyle = '#f5d547';
      ctx.fillRect(0, h! * 0.6, w!, h! * 0.2);
      return canvas.toDataURL('image/png');
    },
    [width, height],
  );
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

async function chooseFile(board: BoardPage, buttonName: string, file: { name: string; buffer: Buffer }) {
  const chooser = board.page.waitForEvent('filechooser');
  await board.page.getByRole('button', { name: buttonName, exact: true }).click();
  await (await chooser).setFiles({ ...file, mimeType: 'image/png' });
}

const images = (items: Item[]) => items.filter((item) => item.type === 'image');

for (const lang of ['en', 'nl'] as const) {
  test(`an image is uploaded with the file picker; a non-image and a too large file are refused with a message (${lang})`, async ({
    browser,
    server,
  }) => {
    // Ten megabytes travel to the browser's file chooser; give the slow shared machine room for that.
    test.setTimeout(150_000);
    const t = (nl: string, en: string) => (lang === 'nl' ? nl : en);
    const boardId = await server.createBoard(`Beelden ${lang}`);
    const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang });
    const ben = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ben', lang: 'en' });

    await chooseFile(ana, t('Afbeelding', 'Image'), {
      name: 'whiteboard-foto.png',
      buffer: await drawnPng(ana.page, 640, 400),
    });
    await expect.poll(async () => images(await ben.items()).length).toBe(1);
    const [image] = images(await ben.items());
    expect(image).toMatchObject({
      naturalWidth: 640,
      naturalHeight: 400,
      w: 480,
      h: 300,
      alt: 'whiteboard-foto',
    });
    if (image?.type !== 'image') throw new Error('not an image');
    expect(image.src).toMatch(new RegExp(`^/api/boards/${boardId}/images/[0-9a-f]{64}$`));
    // Ben's browser fetches the bytes from the server, with the type taken from them.
    const served = await ben.page.evaluate(async (src) => {
      const response = await fetch(src);
      return [
        response.status,
        response.headers.get('content-type'),
        response.headers.get('x-content-type-options'),
      ];
    }, image.src);
    expect(served).toEqual([200, 'image/png', 'nosniff']);

    // A text file dressed up as a PNG: refused by its content, with a message that names it.
    await chooseFile(ana, t('Afbeelding', 'Image'), {
      name: 'notities.png',
      buffer: Buffer.from('Dit zijn mijn notities, geen afbeelding.'),
    });
    const notAnImage = ana.page.getByText(
      t(
        '“notities.png” is geen afbeelding die het bord kan tonen',
        '“notities.png” is not a picture the board can show',
      ),
    );
    await expect(notAnImage).toBeVisible();

    // Too large: refused before it is sent, with the limit in the message.
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    (await drawnPng(ana.page, 4, 4)).copy(big);
    await chooseFile(ana, t('Afbeelding', 'Image'), { name: 'poster.png', buffer: big });
    await expect(
      ana.page.getByText(t('“poster.png” is groter dan 10 MB', '“poster.png” is larger than 10 MB')),
    ).toBeVisible();
    // Nothing was lost or added: still the one picture, on both screens.
    expect(images(await ana.items())).toHaveLength(1);
    expect(images(await ben.items())).toHaveLength(1);

    await ana.screenshot(`images-refused-${lang}`);
    await expectAccessible(ana.page, `board with an image and refusals (${lang})`);
    await ana.close();
    await ben.close();
  });
}

for (const lang of ['en', 'nl'] as const) {
  test(`a comment-only expert comments and reacts; a participant sees it live (${lang})`, async ({
    browser,
    server,
  }) => {
    // Two browsers and two axe runs: more than the default minute on the shared test machine.
    test.setTimeout(150_000);
    const t = (nl: string, en: string) => (lang === 'nl' ? nl : en);
    const boardId = await server.createBoard(`Reacties ${lang}`);
    const ana = await BoardPage.join(browser, server.baseURL, boardId, { name: 'Ana', lang: 'en' });
    const kees = await BoardPage.join(browser, server.baseURL, boardId, {
      name: 'Kees',
      lang,
      role: 'expert',
      commentOnly: true,
    });
    const note = await ana.addStickyAt({ x: 0, y: 0 }, 'Meer tijd voor intervisie');
    await expect.poll(async () => (await kees.items()).length).toBe(1);

    await kees.clickOnBoard({ x: note.x + note.w / 2, y: note.y + note.h / 2 });
    await kees.page.getByRole('button', { name: t('Opmerkingen', 'Comments'), exact: true }).click();
    const panel = kees.page.getByRole('complementary', { name: t('Opmerkingen', 'Comments') });
    await expect(panel.getByText('Meer tijd voor intervisie')).toBeVisible();
    await panel.getByLabel(t('Opmerking toevoegen', 'Add a comment')).fill('Kan dit in week 3?');
    await panel.getByRole('button', { name: t('Plaatsen', 'Comment'), exact: true }).click();
    await expect(panel.getByRole('listitem').filter({ hasText: 'Kan dit in week 3?' })).toBeVisible();
    await panel.getByRole('button', { name: t('👍 0, reageer met 👍', '👍 0, react with 👍') }).click();
    await expect(
      panel.getByRole('button', { name: t('👍 1, reageer met 👍', '👍 1, react with 👍') }),
    ).toHaveAttribute('aria-pressed', 'true');

    // Ana sees both arrive in her document, and in her panel when she opens the note's thread.
    await expect
      .poll(async () =>
        (await ana.page.evaluate(() => window.__werkplaats!.comments())).map((c) => [c.authorName, c.text]),
      )
      .toEqual([['Kees', 'Kan dit in week 3?']]);
    await expect
      .poll(async () => (await ana.page.evaluate(() => window.__werkplaats!.reactions())).map((r) => r.emoji))
      .toEqual(['👍']);
    await ana.clickOnBoard({ x: note.x + note.w / 2, y: note.y + note.h / 2 });
    await ana.page.keyboard.press('c');
    const anaPanel = ana.page.getByRole('complementary', { name: 'Comments' });
    await expect(anaPanel.getByRole('listitem').filter({ hasText: 'Kan dit in week 3?' })).toBeVisible();
    await expect(anaPanel.getByRole('button', { name: '👍 1, react with 👍' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    // Ana answers; Kees sees her reply appear in his open thread.
    await anaPanel.getByLabel('Add a comment').fill('Goed idee, ik plan het in.');
    await anaPanel.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(panel.getByRole('listitem').filter({ hasText: 'Goed idee, ik plan het in.' })).toBeVisible();
    await expect(panel.getByRole('listitem')).toHaveCount(2);

    await kees.screenshot(`comments-${lang}`);
    await expectAccessible(kees.page, `comment panel (${lang})`);
    await expectAccessible(ana.page, 'comment panel (en, participant)');
    await ana.close();
    await kees.close();
  });
}
