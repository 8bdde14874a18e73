import type { Item } from '@werkplaats/shared';
import { useCallback, useState } from 'react';
import { boardToScreen } from '../canvas/viewport';
import type { CommandContext, CommandState } from '../commands/types';
import { useT } from '../i18n/use-t';
import { unionRect } from '../lib/geometry';
import { useBoardStore } from '../store/board-store';
import { useItemsChanged, useLayoutVersion } from '../sync/hooks';
import { coveredRect } from '../tools/hit-test';
import { AlignMenu } from './AlignMenu';
import { CommandButton } from './CommandButton';
import {
  BackwardIcon,
  DuplicateIcon,
  ForwardIcon,
  GroupIcon,
  LockIcon,
  TrashIcon,
  UngroupIcon,
} from './icons';
import { SelectionStyle } from './SelectionStyle';
import { moveFocusWithArrows } from './toolbar-keys';

/** Space between the selection and the toolbar above it, in screen pixels: clear of the rotate handle. */
const GAP = 64;
/** Space kept between the toolbar and the window's edges; on the left, clear of the tools. */
const EDGE = 12;
const LEFT_EDGE = 76;
const TOOLBAR_HEIGHT = 48;
/** Frame titles sit above frames; the toolbar keeps clear of them. */
const TITLE_ROOM = 28;

/**
 * Style, arrange, lock and delete for the selection, floating just above it; below it near the top edge
 * or where the session bar (timer, banners, voting) would cover it.
 */
export function ContextToolbar({ context, state }: { context: CommandContext; state: CommandState }) {
  const t = useT();
  const { session } = context;
  // Its width depends on the controls the selection needs; measured so it can be kept on screen.
  const [width, setWidth] = useState(0);
  const measure = useCallback((node: HTMLDivElement | null) => {
    if (!node) return;
    const observer = new ResizeObserver(() => setWidth(node.offsetWidth));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  const coveredTop = useBoardStore((s) => s.coveredInsets.top);
  const selectedIds = useBoardStore((s) => s.selectedIds);
  const viewport = useBoardStore((s) => s.viewport);
  const stageWidth = useBoardStore((s) => s.stageSize.width);
  const moving = useBoardStore(
    (s) => s.gesture === 'dragging' || s.gesture === 'transforming' || s.draft !== null,
  );
  // Re-render when selected items move or change style, here or elsewhere.
  useLayoutVersion();
  useItemsChanged(selectedIds);

  const items = selectedIds
    .map((id) => session.index.getItem(id))
    .filter((item): item is Item => item !== undefined);
  const bounds = unionRect(items.map((item) => coveredRect(session.index, item)));
  if (session.readOnly || !bounds || moving) return null;

  const locked = items.every((item) => item.locked);
  const grouped = items.some((item) => item.groupId !== undefined);
  const oneGroup = grouped && items.every((item) => item.groupId === items[0]!.groupId);
  const topLeft = boardToScreen(viewport, { x: bounds.x, y: bounds.y });
  const bottom = boardToScreen(viewport, { x: bounds.x, y: bounds.y + bounds.h }).y;
  const centreX = topLeft.x + (bounds.w * viewport.scale) / 2;
  const hasFrame = items.some((item) => item.type === 'frame');
  const above = topLeft.y - GAP - TOOLBAR_HEIGHT - (hasFrame ? TITLE_ROOM : 0);
  const top = above < Math.max(64, coveredTop + EDGE) ? bottom + GAP / 4 : above;
  const half = width / 2;
  const left = Math.min(
    Math.max(centreX, half + LEFT_EDGE),
    Math.max(half + LEFT_EDGE, stageWidth - half - EDGE),
  );

  return (
    <div
      className="panel context-toolbar"
      role="toolbar"
      aria-label={t('sticky.toolbarLabel')}
      ref={measure}
      style={{ left, top }}
      onKeyDown={moveFocusWithArrows}
    >
      {!locked && <SelectionStyle context={context} items={items} />}
      {!locked && <div className="toolbar-separator" role="separator" aria-orientation="vertical" />}
      {items.length > 1 && <AlignMenu context={context} state={state} />}
      {items.length > 1 && !oneGroup && (
        <CommandButton command="selection.group" context={context} state={state}>
          <GroupIcon />
        </CommandButton>
      )}
      {grouped && (
        <CommandButton command="selection.ungroup" context={context} state={state}>
          <UngroupIcon />
        </CommandButton>
      )}
      <CommandButton command="selection.duplicate" context={context} state={state}>
        <DuplicateIcon />
      </CommandButton>
      <CommandButton command="selection.bringForward" context={context} state={state}>
        <ForwardIcon />
      </CommandButton>
      <CommandButton command="selection.sendBackward" context={context} state={state}>
        <BackwardIcon />
      </CommandButton>
      <CommandButton
        command="selection.lock"
        context={context}
        state={state}
        label={t(locked ? 'item.unlock' : 'shortcuts.lock')}
        pressed={locked}
      >
        <LockIcon />
      </CommandButton>
      <CommandButton command="selection.delete" context={context} state={state}>
        <TrashIcon />
      </CommandButton>
    </div>
  );
}
