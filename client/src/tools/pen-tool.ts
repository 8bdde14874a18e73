import { createPenStroke } from '../commands/create-actions';
import { trackPointer } from './pointer-tracking';
import type { Tool } from './types';

/**
 * The pen, armed by P, stays armed for stroke after stroke. Drawing → the stroke follows the pointer
 * as a local draft; release writes it to the board once, simplified, so others receive one finished
 * stroke rather than hundreds of point updates.
 */
export const penTool: Tool = {
  onPointerDown: (context, press) => {
    const { store } = context;
    const points = [press.board.x, press.board.y];
    store.getState().setDraft({ kind: 'pen', points: [...points] });
    trackPointer(press.native, {
      move: (event) => {
        // Coalesced events carry the points the browser sampled between frames: curves stay smooth.
        const samples = event.getCoalescedEvents?.() ?? [];
        for (const sample of samples.length > 0 ? samples : [event]) {
          const point = press.toBoard(sample);
          points.push(point.x, point.y);
        }
        store.getState().setDraft({ kind: 'pen', points: [...points] });
      },
      end: (_event, _delta, cancelled) => {
        store.getState().setDraft(null);
        if (!cancelled) createPenStroke(context, points);
      },
    });
  },
};
