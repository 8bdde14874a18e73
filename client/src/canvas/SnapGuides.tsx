import { memo, useSyncExternalStore } from 'react';
import { Line } from './konva';
import { useBoardStore } from '../store/board-store';
import type { GuideStore } from './snapping';
import { GUIDE_COLOR } from './theme';

/** The guide lines of the move or resize in progress; a guide overshoots its items a little. */
export const SnapGuides = memo(function SnapGuides({ guides }: { guides: GuideStore }) {
  const lines = useSyncExternalStore(guides.subscribe, guides.getSnapshot);
  const scale = useBoardStore((state) => state.viewport.scale);
  const overshoot = 8 / scale;
  return lines.map((guide) => {
    const from = guide.from - overshoot;
    const to = guide.to + overshoot;
    const points = guide.axis === 'x' ? [guide.at, from, guide.at, to] : [from, guide.at, to, guide.at];
    return (
      <Line
        key={`${guide.axis}:${guide.at}`}
        name="snap-guide"
        points={points}
        stroke={GUIDE_COLOR}
        strokeWidth={1.5 / scale}
        perfectDrawEnabled={false}
      />
    );
  });
});
