import { placeText } from '../commands/create-actions';
import { clickOrPan } from './click-or-pan';
import type { Tool } from './types';

/** The text tool, armed by T: a click starts a text block there, its editor open. */
export const textTool: Tool = {
  onPointerDown: (context, press) =>
    clickOrPan(context, press, () => {
      context.store.getState().setTool('select');
      placeText(context, press.board);
    }),
};
