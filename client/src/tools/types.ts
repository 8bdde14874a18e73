import type { CommandContext } from '../commands/types';
import type { Point } from '../lib/geometry';

/** A pointer press on the board, in both coordinate systems. */
export interface BoardPointerDown {
  native: PointerEvent;
  /** Relative to the stage's top-left corner, in CSS pixels. */
  screen: Point;
  board: Point;
  /** Whether the press landed on an item (items handle selecting and dragging themselves). */
  onItem: boolean;
  /** Where a later event of the same gesture is on the board, under the viewport at that moment. */
  toBoard: (event: PointerEvent) => Point;
}

/** A tool decides what a press on the board starts. Each follows the gesture to its end itself. */
export interface Tool {
  onPointerDown: (context: CommandContext, press: BoardPointerDown) => void;
}
