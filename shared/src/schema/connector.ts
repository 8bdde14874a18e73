import { z } from 'zod';
import { baseItemSchema } from './base.js';
import type { ItemTypeDefinition } from './definition.js';
import { inkColorSchema } from './text.js';

/** Where on an item a connector end sits; `auto` picks the side facing the other end. */
export const ANCHORS = ['auto', 'top', 'right', 'bottom', 'left', 'center'] as const;
export type Anchor = (typeof ANCHORS)[number];

export const ARROWHEADS = ['none', 'arrow'] as const;
export type Arrowhead = (typeof ARROWHEADS)[number];

/**
 * One end of a connector: attached to an item (it follows that item, resolved at render time so a
 * move never rewrites the connector), or a free point relative to the connector's own x/y (so
 * dragging the connector moves its free ends with it).
 */
export const endpointSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), itemId: z.string().min(1).max(64), anchor: z.enum(ANCHORS) }),
  z.object({ kind: z.literal('point'), x: z.number().finite(), y: z.number().finite() }),
]);

export type Endpoint = z.infer<typeof endpointSchema>;

export const connectorSchema = baseItemSchema.extend({
  type: z.literal('connector'),
  /** Each end is replaced whole, never patched field by field: an end is one value to merge. */
  start: endpointSchema,
  end: endpointSchema,
  startArrow: z.enum(ARROWHEADS),
  endArrow: z.enum(ARROWHEADS),
  stroke: inkColorSchema,
  strokeWidth: z.number().finite().min(1).max(32),
});

export type ConnectorItem = z.infer<typeof connectorSchema>;

/**
 * Lines and arrows between items or points. Its x/y/w/h are the bounds when it was last written,
 * kept for culling and selection; the drawn line comes from the ends (see `geometry/connector.ts`).
 */
export const connectorDefinition: ItemTypeDefinition<ConnectorItem> = {
  type: 'connector',
  version: 1,
  schema: connectorSchema,
  defaults: {
    w: 1,
    h: 1,
    start: { kind: 'point', x: 0, y: 0 },
    end: { kind: 'point', x: 1, y: 1 },
    startArrow: 'none',
    endArrow: 'arrow',
    stroke: 'black',
    strokeWidth: 2,
  },
  migrations: [],
};
