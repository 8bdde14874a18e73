import { memo } from 'react';
import { Arrow, Ellipse, Line, Rect } from './konva';
import { useBoardStore } from '../store/board-store';
import { useSession } from '../sync/session-context';
import type { Draft } from '../store/draft-slice';
import { inkColor } from './item-style';
import { ACCENT } from './theme';

/** What a tool is drawing right now (marquee, box, stroke, connector), above the items. */
export const DraftShapes = memo(function DraftShapes() {
  const draft = useBoardStore((state) => state.draft);
  const scale = useBoardStore((state) => state.viewport.scale);
  return draft ? <DraftShape draft={draft} scale={scale} /> : null;
});

function DraftShape({ draft, scale }: { draft: Draft; scale: number }) {
  const { index } = useSession();
  const outline = { stroke: ACCENT, strokeWidth: 1.5 / scale };
  switch (draft.kind) {
    case 'marquee':
      return (
        <Rect
          {...draft.rect}
          width={draft.rect.w}
          height={draft.rect.h}
          fill="rgba(47, 91, 211, 0.08)"
          {...outline}
        />
      );
    case 'box': {
      const { x, y, w, h } = draft.rect;
      if (draft.item === 'shape' && draft.shape === 'ellipse') {
        return (
          <Ellipse
            x={x + w / 2}
            y={y + h / 2}
            radiusX={w / 2}
            radiusY={h / 2}
            dash={[6 / scale, 4 / scale]}
            {...outline}
          />
        );
      }
      if (draft.item === 'shape' && draft.shape === 'diamond') {
        const points = [x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2];
        return <Line points={points} closed dash={[6 / scale, 4 / scale]} {...outline} />;
      }
      return (
        <Rect x={x} y={y} width={w} height={h} cornerRadius={6} dash={[6 / scale, 4 / scale]} {...outline} />
      );
    }
    case 'pen':
      return (
        <Line
          points={[...draft.points]}
          stroke={inkColor('black')}
          strokeWidth={4}
          lineCap="round"
          lineJoin="round"
          tension={0.35}
        />
      );
    case 'connector': {
      const target = draft.targetId ? index.rectOf(draft.targetId) : undefined;
      return (
        <>
          {target && (
            <Rect
              x={target.x}
              y={target.y}
              width={target.w}
              height={target.h}
              cornerRadius={4}
              {...outline}
              strokeWidth={3 / scale}
            />
          )}
          <Arrow
            points={[draft.start.x, draft.start.y, draft.end.x, draft.end.y]}
            stroke={inkColor('black')}
            fill={inkColor('black')}
            strokeWidth={2}
            pointerLength={10}
            pointerWidth={10}
            dash={[8 / scale, 5 / scale]}
          />
        </>
      );
    }
  }
}
