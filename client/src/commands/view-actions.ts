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
  setViewport(bounds ? fitRect(bounds, stageSize) : centredViewport(stageSize), options);
}
