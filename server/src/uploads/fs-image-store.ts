import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IMAGE_MIME_TYPES, isValidId, type ImageMimeType } from '@werkplaats/shared';
import type { ImageStore, StoredImage } from './image-store.js';

const EXTENSIONS: Record<ImageMimeType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

const IMAGE_ID = /^[0-9a-f]{64}$/;

/** Whether `id` can be an image id; anything else never reaches the file system. */
export function isImageId(id: string): boolean {
  return IMAGE_ID.test(id);
}

/**
 * Images as files under `DATA_DIR/uploads/<boardId>/<sha256>.<ext>`: backed up with the database
 * folder, and kept out of SQLite so a board's pictures do not bloat its pages.
 */
export class FsImageStore implements ImageStore {
  constructor(private readonly dir: string) {}

  async put(boardId: string, image: StoredImage): Promise<string> {
    if (!isValidId(boardId)) throw new Error('invalid board id');
    const id = createHash('sha256').update(image.bytes).digest('hex');
    const folder = join(this.dir, boardId);
    await mkdir(folder, { recursive: true });
    const file = join(folder, `${id}.${EXTENSIONS[image.mimeType]}`);
    // Written aside and renamed, so a reader never meets half a file; the same picture uploaded twice
    // at once writes two partial files and both renames land the same bytes.
    const partial = `${file}.${randomUUID()}.partial`;
    await writeFile(partial, image.bytes);
    await rename(partial, file);
    return id;
  }

  async get(boardId: string, imageId: string): Promise<StoredImage | undefined> {
    if (!isValidId(boardId) || !isImageId(imageId)) return undefined;
    for (const mimeType of IMAGE_MIME_TYPES) {
      try {
        const bytes = await readFile(join(this.dir, boardId, `${imageId}.${EXTENSIONS[mimeType]}`));
        return { bytes: new Uint8Array(bytes), mimeType };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return undefined;
  }
}
