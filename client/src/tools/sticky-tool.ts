import { placeSticky } from '../commands/item-actions';
import { clickOrPan } from './click-or-pan';
import type { Tool } from './types';

/** The sticky tool, armed by N: a click places a note centred there and returns to the select tool. */
export const stickyTool: Tool = {
  onPointerDown: (context, press) =>
    clickOrPan(context, press, () => {
      // Placed on release, after the browser has moved focus for the press, so the new note's
      // editor keeps the focus it takes.
      context.store.getState().setTool('select');
      placeSticky(context, press.board);
    }),
};
