import { startPan } from './pan-gesture';
import type { Tool } from './types';

/** The hand tool, armed by H: every drag pans, even over items. */
export const handTool: Tool = {
  onPointerDown: ({ store }, press) => startPan(store, press.native),
};
