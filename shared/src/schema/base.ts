import { z } from 'zod';

/**
 * Fields every item carries, whatever its type. They live as separate keys of the item's `Y.Map`, so
 * two people changing different fields of one item (one moves it, one recolours it) both win.
 */
export const baseItemSchema = z.object({
  id: z.string().min(1).max(64),
  /** Item schema version of this type when the item was last written; readers migrate older ones. */
  v: z.number().int().min(1),
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().positive().max(100_000),
  h: z.number().finite().positive().max(100_000),
  /**
   * Degrees, clockwise. Defaults here are part of the stored format: an item stores no field at its
   * default (`writeItemMap`), so changing a default changes what every such item reads as.
   */
  rotation: z.number().finite().default(0),
  /** Fractional index (see `zorder.ts`): items paint in ascending order of this key. */
  z: z.string().min(1).max(256),
  /** Items cannot be moved, edited or deleted while locked; the server enforces who may unlock. */
  locked: z.boolean().default(false),
  /** Frame this item belongs to, if any. */
  parentId: z.string().max(64).optional(),
  /** Items moved together; clicking one selects the group. */
  groupId: z.string().min(1).max(64).optional(),
  /** Where a copy carried forward from an earlier session's board came from. */
  origin: z.object({ boardId: z.string().min(1).max(64), itemId: z.string().min(1).max(64) }).optional(),
  /** Revealed anonymously (private mode): `createdBy` then names no person. */
  anonymous: z.boolean().optional(),
  createdBy: z.string().max(64),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative().optional(),
});

export type BaseItem = z.infer<typeof baseItemSchema>;

/** Keys of an item map that hold a `Y.Text` rather than a plain value. */
export const TEXT_KEYS = ['text'] as const;
