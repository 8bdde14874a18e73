import type { BoardPoint } from '@werkplaats/shared';
import { placeBox } from '../commands/create-actions';
import type { CommandContext } from '../commands/types';
import { beyondSlop, trackPointer } from './pointer-tracking';
import type { Tool } from './types';

function rectBetween(a: BoardPoint, b: BoardPoint) {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
}

/**
 * The machine behind the shape (S) and frame (F) tools. Idle → Pointing on press; Pointing → Sizing
 * once the pointer leaves the click slop, drawing the box corner to corner; release creates the item
 * at the drawn size, or at its default size centred on a plain click.
 */
function boxTool(item: 'shape' | 'frame'): Tool {
  return {
    onPointerDown: (context: CommandContext, press) => {
      const { store } = context;
      let sizing = false;
      const draftAt = (event: PointerEvent) => {
        const point = press.toBoard(event);
        return {
          kind: 'box' as const,
          item,
          shape: store.getState().shapeKind,
          rect: rectBetween(press.board, point),
        };
      };
      trackPointer(press.native, {
        move: (event, delta) => {
          sizing ||= beyondSlop(delta);
          if (sizing) store.getState().setDraft(draftAt(event));
        },
        end: (event, _delta, cancelled) => {
          const draft = sizing ? draftAt(event) : null;
          store.getState().setDraft(null);
          if (cancelled) return;
          store.getState().setTool('select');
          placeBox(context, item, draft ? draft.rect : press.board);
        },
      });
    },
  };
}

export const shapeTool = boxTool('shape');
export const frameTool = boxTool('frame');
