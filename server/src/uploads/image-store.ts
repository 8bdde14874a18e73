import type { ImageMimeType } from '@werkplaats/shared';

export interface StoredImage {
  bytes: Uint8Array<ArrayBuffer>;
  mimeType: ImageMimeType;
}

/**
 * Uploaded pictures, per board. Ids are the sha256 of the bytes, so an image pasted twice is stored
 * once and a served URL never changes content (it may be cached for good). Behind an interface so a
 * deployment can keep them in object storage instead.
 */
export interface ImageStore {
  /** Stores the bytes (already checked) and returns their id. */
  put(boardId: string, image: StoredImage): Promise<string>;
  get(boardId: string, imageId: string): Promise<StoredImage | undefined>;
}
