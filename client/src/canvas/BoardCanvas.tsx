import Konva, { Stage } from './konva';
import type { KonvaEventObject } from 'konva/lib/Node';
import { useCallback, useEffect, useRef, useState } from 'react';
import { insertImages } from '../commands/image-actions';
import type { CommandContext } from '../commands/types';
import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import { startPan } from '../tools/pan-gesture';
import { TOOLS } from '../tools';
import { gridStyle } from './grid';
import { ItemGestures } from './item-gestures';
import { ItemsLayer } from './ItemsLayer';
import { OverlayLayer } from './OverlayLayer';
import { PrivateNoteEditor } from './PrivateNoteEditor';
import { PrivateNotesLayer } from './PrivateNotesLayer';
import { SelectionLayer } from './SelectionLayer';
import { StickyEditor } from './StickyEditor';
import { useCursorSharing, useSpaceToPan, useStageSize, useWheelNavigation } from './use-board-navigation';
import { screenToBoard } from './viewport';

// The middle button pans the board; Konva would otherwise start dragging the note under it.
Konva.dragButtons = [0];

/**
 * The infinite board: a dot grid (CSS), the Konva stage with its layers (items, selection frame,
 * other people's cursors) and the text editor overlay.
 */
export function BoardCanvas({ context }: { context: CommandContext }) {
  const t = useT();
  const { session, store } = context;
  const containerRef = useRef<HTMLDivElement>(null);
  const [gestures] = useState(() => new ItemGestures(context));
  const viewport = useBoardStore((state) => state.viewport);
  const stageSize = useBoardStore((state) => state.stageSize);
  const tool = useBoardStore((state) => state.tool);
  const gesture = useBoardStore((state) => state.gesture);
  const spaceHeld = useBoardStore((state) => state.spaceHeld);
  const selecting = useBoardStore((state) => state.selectedIds.length > 0);
  // The handles' layer is built at the first selection and kept: every layer is two canvases the size
  // of the board, and a board opens with nothing selected.
  const [handlesShown, setHandlesShown] = useState(selecting);
  if (selecting && !handlesShown) setHandlesShown(true);

  useStageSize(containerRef, store);
  useWheelNavigation(containerRef, store);
  useSpaceToPan(store);
  useCursorSharing(containerRef, store, session.presence.setCursor);
  useEffect(() => () => gestures.dispose(), [gestures]);
  useEffect(() => containerRef.current?.focus({ preventScroll: true }), []);

  const focusBoard = useCallback(() => containerRef.current?.focus({ preventScroll: true }), []);

  const onPointerDown = useCallback(
    (event: KonvaEventObject<PointerEvent>) => {
      const native = event.evt;
      const state = store.getState();
      if (native.button === 1 || (native.button === 0 && state.spaceHeld)) {
        startPan(store, native);
        return;
      }
      if (native.button !== 0 || !containerRef.current) return;
      const bounds = containerRef.current.getBoundingClientRect();
      const screenOf = (pointer: PointerEvent) => ({
        x: pointer.clientX - bounds.left,
        y: pointer.clientY - bounds.top,
      });
      const screen = screenOf(native);
      TOOLS[state.tool].onPointerDown(context, {
        native,
        screen,
        board: screenToBoard(state.viewport, screen),
        onItem: event.target !== event.target.getStage(),
        toBoard: (pointer) => screenToBoard(store.getState().viewport, screenOf(pointer)),
      });
    },
    [context, store],
  );

  return (
    <div
      ref={containerRef}
      className="board-canvas"
      role="application"
      aria-roledescription={t('board.canvasRoleDescription')}
      aria-label={t('board.canvasLabel')}
      tabIndex={0}
      data-tool={tool}
      data-gesture={gesture}
      data-space={spaceHeld ? 'held' : undefined}
      style={gridStyle(viewport)}
      // Middle-button presses would start the browser's autoscroll instead of panning.
      onMouseDown={(event) => event.button === 1 && event.preventDefault()}
      onDragOver={(event) => {
        if (!session.readOnly && event.dataTransfer.types.includes('Files')) event.preventDefault();
      }}
      onDrop={(event) => {
        const files = [...event.dataTransfer.files];
        if (session.readOnly || files.length === 0 || !containerRef.current) return;
        event.preventDefault();
        const bounds = containerRef.current.getBoundingClientRect();
        const screen = { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
        void insertImages(context, files, screenToBoard(store.getState().viewport, screen));
      }}
    >
      {stageSize.width > 0 && stageSize.height > 0 && (
        <Stage
          width={stageSize.width}
          height={stageSize.height}
          x={viewport.x}
          y={viewport.y}
          scaleX={viewport.scale}
          scaleY={viewport.scale}
          onPointerDown={onPointerDown}
        >
          <ItemsLayer gestures={gestures} />
          <PrivateNotesLayer />
          {handlesShown && <SelectionLayer gestures={gestures} readOnly={session.readOnly} />}
          <OverlayLayer gestures={gestures} />
        </Stage>
      )}
      <StickyEditor onDone={focusBoard} />
      <PrivateNoteEditor onDone={focusBoard} />
    </div>
  );
}
