import { useEffect, useId, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../i18n/use-t';
import { throttle } from '../lib/throttle';
import { useBoardStore } from '../store/board-store';
import { useSession } from '../sync/session-context';
import {
  boardToMinimap,
  minimapFrame,
  minimapToBoard,
  viewportCentredOn,
  type MinimapFrame,
} from './minimap-geometry';
import { ACCENT } from './theme';
import { screenToBoard, visibleBoardRect } from './viewport';

const WIDTH = 200;
const HEIGHT = 132;
/** Redraws at most this often: the minimap is a guide, not a second canvas to keep at 60 fps. */
const REDRAW_MS = 50;
/** How far an arrow key moves the view, as a share of the window. */
const KEY_STEP = 0.2;

/** The whole board in miniature with the part on screen outlined, bottom right; shown on request. */
export function Minimap() {
  const open = useBoardStore((state) => state.minimapOpen);
  return open ? <MinimapPanel /> : null;
}

/**
 * Items are drawn as plain rectangles from the index's geometry on one small 2D canvas: no item is
 * validated or rendered for it, so a board of thousands of items costs a few thousand `fillRect`s at
 * most twenty times a second.
 */
function MinimapPanel() {
  const t = useT();
  const { index } = useSession();
  const hintId = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<MinimapFrame | null>(null);
  // While the view is dragged around, the map holds still; otherwise it would rescale under the pointer.
  const draggingRef = useRef(false);

  useEffect(() => {
    const draw = () => {
      const canvas = canvasRef.current;
      const context = canvas?.getContext('2d');
      if (!canvas || !context) return;
      const { viewport, stageSize } = useBoardStore.getState();
      const view = visibleBoardRect(viewport, stageSize);
      if (!draggingRef.current || !frameRef.current) {
        frameRef.current = minimapFrame(index.contentBounds(), view, { width: WIDTH, height: HEIGHT });
      }
      const frame = frameRef.current;
      const ratio = window.devicePixelRatio || 1;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, WIDTH, HEIGHT);
      context.fillStyle = 'rgba(87, 96, 106, 0.35)';
      for (const id of index.getOrder()) {
        const rect = index.rectOf(id);
        if (!rect) continue;
        const drawn = boardToMinimap(frame, rect);
        context.fillRect(drawn.x, drawn.y, Math.max(1, drawn.w), Math.max(1, drawn.h));
      }
      const shown = boardToMinimap(frame, view);
      context.strokeStyle = ACCENT;
      context.lineWidth = 1.5;
      context.fillStyle = 'rgba(47, 91, 211, 0.08)';
      context.fillRect(shown.x, shown.y, shown.w, shown.h);
      context.strokeRect(shown.x, shown.y, shown.w, shown.h);
    };
    const redraw = throttle(draw, REDRAW_MS);
    draw();
    const stops = [
      index.layoutChanged.subscribe(redraw),
      useBoardStore.subscribe((state) => state.viewport, redraw),
      useBoardStore.subscribe((state) => state.stageSize, redraw),
    ];
    return () => {
      redraw.cancel();
      stops.forEach((stop) => stop());
    };
  }, [index]);

  const moveViewTo = (event: PointerEvent<HTMLCanvasElement>) => {
    const frame = frameRef.current;
    if (!frame) return;
    const bounds = event.currentTarget.getBoundingClientRect();
    const centre = minimapToBoard(frame, { x: event.clientX - bounds.left, y: event.clientY - bounds.top });
    const { viewport, stageSize, setViewport } = useBoardStore.getState();
    setViewport(viewportCentredOn(viewport, stageSize, centre));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key];
    if (!step) return;
    event.preventDefault();
    // Keys on the minimap move the view, not the selection.
    event.stopPropagation();
    const { viewport, stageSize, setViewport } = useBoardStore.getState();
    const centre = screenToBoard(viewport, {
      x: stageSize.width * (0.5 + step[0]! * KEY_STEP),
      y: stageSize.height * (0.5 + step[1]! * KEY_STEP),
    });
    setViewport(viewportCentredOn(viewport, stageSize, centre));
  };

  return (
    <div
      className="panel minimap"
      role="group"
      aria-label={t('minimap.label')}
      aria-describedby={hintId}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <canvas
        ref={canvasRef}
        width={Math.round(WIDTH * (window.devicePixelRatio || 1))}
        height={Math.round(HEIGHT * (window.devicePixelRatio || 1))}
        style={{ width: WIDTH, height: HEIGHT }}
        aria-hidden="true"
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          draggingRef.current = true;
          moveViewTo(event);
        }}
        onPointerMove={(event) => {
          if (draggingRef.current) moveViewTo(event);
        }}
        onPointerUp={() => {
          draggingRef.current = false;
        }}
        onPointerCancel={() => {
          draggingRef.current = false;
        }}
      />
      <span id={hintId} className="sr-only">
        {t('minimap.hint')}
      </span>
    </div>
  );
}
