import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { canEditBoard, MAX_IMAGE_BYTES, type UploadedImage } from '@werkplaats/shared';
import type { BoardStore } from '../storage/board-store.js';
import type { DirectoryStore } from '../storage/directory-store.js';
import type { ImageStore } from '../uploads/image-store.js';
import { sniffImageType } from '../uploads/sniff-image.js';
import type { ApiEnv } from './api-context.js';
import { findBoard } from './board-lookup.js';
import { apiError } from './errors.js';

const MEGABYTES = MAX_IMAGE_BYTES / (1024 * 1024);

/** The served path of an uploaded image; the image item's `src`. */
export function imagePath(boardId: string, imageId: string): string {
  return `/api/boards/${boardId}/images/${imageId}`;
}

/**
 * `POST /api/boards/:id/images` (the raw bytes of one picture, from people who may edit the board)
 * and `GET /api/boards/:id/images/:imageId` (for anyone with access to the board). The type is read
 * from the bytes, never from the name or the claimed type, and is served with `nosniff`, so an upload
 * can never become a page or a script.
 */
export function imageRoutes(store: BoardStore, directory: DirectoryStore, images: ImageStore): Hono<ApiEnv> {
  const mayUpload: MiddlewareHandler<ApiEnv> = async (c, next) => {
    const found = await findBoard(store, directory, c.get('viewer'), c.req.param('boardId') ?? '');
    if (!found) return apiError(c, 404, 'board_not_found', 'No such board, or no access to it.');
    const { role, commentOnly } = found.access.identity;
    if (!canEditBoard(role, commentOnly)) {
      return apiError(c, 403, 'read_only', 'You can look at this board but not add pictures to it.');
    }
    await next();
  };
  const limit = bodyLimit({
    maxSize: MAX_IMAGE_BYTES,
    onError: (c) =>
      apiError(c, 413, 'image_too_large', `This picture is larger than ${MEGABYTES} MB. Make it smaller.`),
  });
  return new Hono<ApiEnv>()
    .post('/:boardId/images', mayUpload, limit, async (c) => {
      const boardId = c.req.param('boardId');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const mimeType = sniffImageType(bytes);
      if (!mimeType) {
        return apiError(
          c,
          415,
          'not_an_image',
          'This file is not a picture the board can show. Use PNG, JPEG, GIF or WebP.',
        );
      }
      const assetId = await images.put(boardId, { bytes, mimeType });
      const body: UploadedImage = {
        assetId,
        src: imagePath(boardId, assetId),
        mimeType,
        bytes: bytes.length,
      };
      return c.json(body, 201);
    })
    .get('/:boardId/images/:imageId', async (c) => {
      const boardId = c.req.param('boardId');
      const found = await findBoard(store, directory, c.get('viewer'), boardId);
      const image = found && (await images.get(boardId, c.req.param('imageId')));
      if (!image) return apiError(c, 404, 'image_not_found', 'No such picture, or no access to it.');
      return c.body(image.bytes, 200, {
        'content-type': image.mimeType,
        'content-length': String(image.bytes.length),
        // The id is the hash of the bytes: what is at this URL never changes. Private: access is checked.
        'cache-control': 'private, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      });
    });
}
