import { applyTemplate, type Item, type Locale, type Template } from '@werkplaats/shared';
import { readCoveredInsets } from '../canvas/covered-insets';
import { fitRect, uncoveredBoardRect } from '../canvas/viewport';
import type { CommandContext } from '../commands/types';
import { containsRect, unionRect } from '../lib/geometry';

/**
 * Inserts a template in the middle of the view as one undo step, selects what it made and, when it is
 * larger than the view, zooms out so the whole of it shows. "The view" is the part the open panels
 * leave free: centred on the whole window, a template half hid under the run-sheet or comments.
 */
export function insertTemplate(
  context: CommandContext,
  template: Pick<Template, 'items'>,
  locale: Locale,
): Item[] {
  const { session, store } = context;
  if (session.readOnly) return [];
  const { viewport, stageSize } = store.getState();
  const insets = readCoveredInsets();
  const free = uncoveredBoardRect(viewport, stageSize, insets);
  const at = { x: free.x + free.w / 2, y: free.y + free.h / 2 };
  const created = applyTemplate(session.doc, template, {
    at,
    locale,
    origin: session.origin,
    author: session.author,
  });
  session.undo.endStep();
  store.getState().select(created.map((item) => item.id));
  const bounds = unionRect(created);
  if (bounds && !containsRect(free, bounds)) {
    store.getState().setViewport(fitRect(bounds, stageSize, { insets }));
  }
  return created;
}
