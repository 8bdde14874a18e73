/** The largest image the server stores; a photo from a phone fits, a poster scan may not. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** The picture formats the server takes, recognised by their bytes. SVG is refused: it can carry script. */
export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

export type ImageMimeType = (typeof IMAGE_MIME_TYPES)[number];

/** What the server answers to an upload: where the bytes are served, and their id. */
export interface UploadedImage {
  assetId: string;
  src: string;
  mimeType: ImageMimeType;
  bytes: number;
}
