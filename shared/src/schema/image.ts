import { z } from 'zod';
import { baseItemSchema } from './base.js';
import type { ItemTypeDefinition } from './definition.js';

/**
 * Image sources: an http(s) URL or a server path. `data:` and `blob:` URLs are refused so image bytes
 * never end up inside the document, where every peer would download them on every join.
 */
export const imageSrcSchema = z
  .string()
  .max(2048)
  .refine((src) => /^(https?:\/\/|\/(?!\/))/i.test(src), 'src must be an http(s) URL or a server path');

export const imageSchema = baseItemSchema.extend({
  type: z.literal('image'),
  src: imageSrcSchema,
  /** The server's id for the uploaded bytes, when the image was uploaded rather than linked. */
  assetId: z.string().max(64).optional(),
  naturalWidth: z.number().int().positive().max(100_000),
  naturalHeight: z.number().int().positive().max(100_000),
  /** Text alternative, read out by screen readers and shown when the image fails to load. */
  alt: z.string().max(1000),
});

export type ImageItem = z.infer<typeof imageSchema>;

/** A picture placed on the board; the bytes live on the server, the item only points at them. */
export const imageDefinition: ItemTypeDefinition<ImageItem> = {
  type: 'image',
  version: 1,
  schema: imageSchema,
  defaults: { w: 320, h: 240, naturalWidth: 320, naturalHeight: 240, alt: '' },
  migrations: [],
};
