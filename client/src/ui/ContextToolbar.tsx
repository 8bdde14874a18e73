import { STICKY_COLOR_NAMES, STICKY_COLORS, type StickyColor } from '@werkplaats/shared';
import { boardToScreen } from '../canvas/viewport';
import { recolorSelection } from '../commands/item-actions';
import type { CommandContext, CommandState } from '../commands/types';
import { useT } from '../i18n/use-t';
import { unionRect, type Rect } from '../lib/geometry';
import { useBoardStore } from '../store/board-store';
import { useItemsChanged, useLayoutVersion } from '../sync/hooks';
import { CommandButton } from './CommandButton';
import { TrashIcon } from './icons';
import { moveFocusWithArrows } from './toolbar-keys';

/** Space between the selection and the toolbar above it, in screen pixels. */
const GAP = 14;
const TOOLBAR_HEIGHT = 48;

/** Colours and delete for the selection, floating just above it (below it near the top edge). */
export function ContextToolbar({ context, state }: { context: CommandContext; state: CommandState }) {
  const t = useT();
  const { session } = context;
  const selectedIds = useBoardStore((s) => s.selectedIds);
  const viewport = useBoardStore((s) => s.viewport);
  const stageWidth = useBoardStore((s) => s.stageSize.width);
  const moving = useBoardStore((s) => s.gesture === 'dragging' || s.gesture === 'transforming');
  // Re-render when selected items move or change colour, here or elsewhere.
  useLayoutVersion();
  useItemsChanged(selectedIds);

  const bounds = unionRect(
    selectedIds.map((id) => session.index.rectOf(id)).filter((rect): rect is Rect => rect !== undefined),
  );
  const colors = new Set<StickyColor>();
  for (const id of selectedIds) {
    const item = session.index.getItem(id);
    if (item?.type === 'sticky') colors.add(item.color);
  }

  if (session.readOnly || !bounds || moving) return null;

  const topLeft = boardToScreen(viewport, { x: bounds.x, y: bounds.y });
  const bottom = boardToScreen(viewport, { x: bounds.x, y: bounds.y + bounds.h }).y;
  const centreX = topLeft.x + (bounds.w * viewport.scale) / 2;
  const above = topLeft.y - GAP - TOOLBAR_HEIGHT;
  const top = above < 64 ? bottom + GAP : above;

  return (
    <div
      className="panel context-toolbar"
      role="toolbar"
      aria-label={t('sticky.toolbarLabel')}
      style={{ left: Math.min(Math.max(centreX, 220), Math.max(220, stageWidth - 220)), top }}
      onKeyDown={moveFocusWithArrows}
    >
      <div className="swatches" role="group" aria-label={t('sticky.color')}>
        {STICKY_COLOR_NAMES.map((color) => (
          <button
            key={color}
            type="button"
            className="swatch"
            style={{ background: STICKY_COLORS[color] }}
            aria-label={t(`color.${color}`)}
            title={t(`color.${color}`)}
            aria-pressed={colors.size === 1 && colors.has(color)}
            onClick={() => recolorSelection(context, color)}
          />
        ))}
      </div>
      <div className="toolbar-separator" role="separator" aria-orientation="vertical" />
      <CommandButton command="selection.delete" context={context} state={state}>
        <TrashIcon />
      </CommandButton>
    </div>
  );
}
