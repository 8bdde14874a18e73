import { readCoveredInsets } from '../canvas/covered-insets';
import { centredViewport, fitRect, zoomAround, zoomStep } from '../canvas/viewport';
import type { CommandContext } from './types';

function zoomAtCentre({ store }: CommandContext, scale: (current: number) => number): void {
  const { viewport, stageSize, setViewport } = store.getState();
  const centre = { x: stageSize.width / 2, y: stageSize.height / 2 };
  setViewport(zoomAround(viewport, centre, scale(viewport.scale)));
}

export const zoomIn = (context: CommandContext) => zoomAtCentre(context, (scale) => zoomStep(scale, 1));
export const zoomOut = (context: CommandContext) => zoomAtCentre(context, (scale) => zoomStep(scale, -1));
export const zoomToActualSize = (context: CommandContext) => zoomAtCentre(context, () => 1);

/** Frames every item; on an empty board, returns to the origin at 100%. */
export function zoomToFit({ session, store }: CommandContext, options?: { byUser?: boolean }): void {
  const { stageSize, setViewport } = store.getState();
  const bounds = session.index.contentBounds();
  setViewport(
    bounds ? fitRect(bounds, stageSize, { insets: readCoveredInsets() }) : centredViewport(stageSize),
    options,
  );
}

/**
 * Frames the selection (Shift+2, as in Miro); a selected frame fills the window with its contents. Up
 * to 100%, so one small note does not fill the screen.
 */
export function zoomToSelection({ session, store }: CommandContext): void {
  const { stageSize, selectedIds, setViewport } = store.getState();
  const rects = selectedIds.flatMap((id) => session.index.rectOf(id) ?? []);
  if (rects.length === 0) return;
  const x = Math.min(...rects.map((rect) => rect.x));
  const y = Math.min(...rects.map((rect) => rect.y));
  const right = Math.max(...rects.map((rect) => rect.x + rect.w));
  const bottom = Math.max(...rects.map((rect) => rect.y + rect.h));
  const rect = { x, y, w: right - x, h: bottom - y };
  setViewport(fitRect(rect, stageSize, { insets: readCoveredInsets() }));
}
