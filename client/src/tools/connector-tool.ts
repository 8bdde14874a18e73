import type { BoardPoint, Endpoint } from '@werkplaats/shared';
import { createConnector } from '../commands/create-actions';
import { attachableItemAt } from './hit-test';
import { beyondSlop, trackPointer } from './pointer-tracking';
import type { Tool } from './types';

/** How near (in screen pixels) an item's edge the pointer must be to attach to it. */
const ATTACH_TOLERANCE = 8;

/**
 * The connector tool, armed by L. Pointing → Pulling once the pointer leaves the click slop; the line
 * follows the pointer and the item under it is highlighted as the target. Release over an item
 * attaches the end to it; anywhere else leaves a free end. Either end may start on an item or on
 * empty board.
 */
export const connectorTool: Tool = {
  onPointerDown: (context, press) => {
    const { session, store } = context;
    const tolerance = ATTACH_TOLERANCE / store.getState().viewport.scale;
    const startItem = attachableItemAt(session.index, press.board, tolerance);
    const start: Endpoint | BoardPoint = startItem
      ? { kind: 'item', itemId: startItem.id, anchor: 'auto' }
      : press.board;
    let pulling = false;
    let end: { point: BoardPoint; targetId: string | null } = { point: press.board, targetId: null };
    trackPointer(press.native, {
      move: (event, delta) => {
        pulling ||= beyondSlop(delta);
        if (!pulling) return;
        const point = press.toBoard(event);
        const target = attachableItemAt(session.index, point, tolerance);
        end = { point, targetId: target && target.id !== startItem?.id ? target.id : null };
        store
          .getState()
          .setDraft({ kind: 'connector', start: press.board, end: point, targetId: end.targetId });
      },
      end: (_event, _delta, cancelled) => {
        store.getState().setDraft(null);
        if (cancelled || !pulling) return;
        const endpoint: Endpoint | BoardPoint = end.targetId
          ? { kind: 'item', itemId: end.targetId, anchor: 'auto' }
          : end.point;
        store.getState().setTool('select');
        createConnector(context, start, endpoint);
      },
    });
  },
};
