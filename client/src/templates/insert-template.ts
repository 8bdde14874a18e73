import { applyTemplate, type Item, type Locale, type Template } from '@werkplaats/shared';
import { readCoveredInsets } from '../canvas/covered-insets';
import { fitRect, screenToBoard, visibleBoardRect } from '../canvas/viewport';
import type { CommandContext } from '../commands/types';
import { containsRect, unionRect } from '../lib/geometry';

/**
 * Inserts a template in the middle of the view as one undo step, selects what it made and, when it is
 * larger than the view, zooms out so the whole of it shows.
 */
export function insertTemplate(
  context: CommandContext,
  template: Pick<Template, 'items'>,
  locale: Locale,
): Item[] {
  const { session, store } = context;
  if (session.readOnly) return [];
  const { viewport, stageSize } = store.getState();
  const at = screenToBoard(viewport, { x: stageSize.width / 2, y: stageSize.height / 2 });
  const created = applyTemplate(session.doc, template, {
    at,
    locale,
    origin: session.origin,
    author: session.author,
  });
  session.undo.endStep();
  store.getState().select(created.map((item) => item.id));
  const bounds = unionRect(created);
  if (bounds && !containsRect(visibleBoardRect(viewport, stageSize), bounds)) {
    store.getState().setViewport(fitRect(bounds, stageSize, { insets: readCoveredInsets() }));
  }
  return created;
}
