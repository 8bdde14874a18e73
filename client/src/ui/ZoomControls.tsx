import type { CommandContext, CommandState } from '../commands/types';
import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import { CommandButton } from './CommandButton';
import { FitIcon, GridIcon, MinimapIcon, MinusIcon, PlusIcon } from './icons';
import { moveFocusWithArrows } from './toolbar-keys';

/**
 * Zoom out, the zoom level (click for 100%), zoom in, zoom to fit, the minimap and snapping to the grid,
 * bottom right.
 */
export function ZoomControls({ context, state }: { context: CommandContext; state: CommandState }) {
  const t = useT();
  const percent = useBoardStore((s) => Math.round(s.viewport.scale * 100));
  const minimapOpen = useBoardStore((s) => s.minimapOpen);
  const snapToGrid = useBoardStore((s) => s.snapToGrid);
  return (
    <div
      className="panel zoom-controls"
      role="toolbar"
      aria-label={t('toolbar.zoom')}
      onKeyDown={moveFocusWithArrows}
    >
      <CommandButton command="view.zoomOut" context={context} state={state}>
        <MinusIcon />
      </CommandButton>
      <CommandButton
        command="view.actualSize"
        context={context}
        state={state}
        className="zoom-level"
        label={t('toolbar.zoomLevel', { percent })}
      >
        {percent}%
      </CommandButton>
      <CommandButton command="view.zoomIn" context={context} state={state}>
        <PlusIcon />
      </CommandButton>
      <CommandButton command="view.zoomToFit" context={context} state={state}>
        <FitIcon />
      </CommandButton>
      <CommandButton command="view.minimap" context={context} state={state} pressed={minimapOpen}>
        <MinimapIcon />
      </CommandButton>
      <CommandButton command="view.snapToGrid" context={context} state={state} pressed={snapToGrid}>
        <GridIcon />
      </CommandButton>
    </div>
  );
}
