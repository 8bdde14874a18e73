import { memo } from 'react';
import { Group, Label, Path, Rect, Tag, Text } from './konva';
import { useBoardStore } from '../store/board-store';
import { useLayoutVersion, usePeers } from '../sync/hooks';
import type { Peer } from '../sync/presence';
import { useSession } from '../sync/session-context';
import { FONT_FAMILY } from './sticky-text';

/** A classic pointer arrow, 12×19 screen pixels, tip at the origin. */
const ARROW = 'M0 0 L0 16 L4.5 12 L7.5 19 L10 18 L7 11.5 L12.5 11.5 Z';

function PeerCursor({ peer, scale }: { peer: Peer; scale: number }) {
  if (!peer.cursor) return null;
  // Counter-scaled so a cursor looks the same at every zoom level.
  return (
    <Group x={peer.cursor.x} y={peer.cursor.y} scaleX={1 / scale} scaleY={1 / scale}>
      <Path data={ARROW} fill={peer.user.color} stroke="#ffffff" strokeWidth={1.5} />
      <Label x={12} y={18}>
        <Tag fill={peer.user.color} cornerRadius={4} />
        <Text text={peer.user.name} fontFamily={FONT_FAMILY} fontSize={12} padding={4} fill="#ffffff" />
      </Label>
    </Group>
  );
}

/** Outlines what others have selected, in their colour, so people see who is working on what. */
function PeerSelections({ peers, scale }: { peers: readonly Peer[]; scale: number }) {
  const { index } = useSession();
  useLayoutVersion();
  return peers.flatMap((peer) =>
    peer.selection.map((id) => {
      const rect = index.rectOf(id);
      if (!rect) return null;
      const gap = 4 / scale;
      return (
        <Rect
          key={`${peer.clientId}:${id}`}
          x={rect.x - gap}
          y={rect.y - gap}
          width={rect.w + gap * 2}
          height={rect.h + gap * 2}
          stroke={peer.user.color}
          strokeWidth={2 / scale}
          cornerRadius={6 / scale}
        />
      );
    }),
  );
}

/** Other people's pointers and selections; drawn only, never hit-tested. */
export const PeerCursors = memo(function PeerCursors() {
  const peers = usePeers();
  const scale = useBoardStore((state) => state.viewport.scale);
  return (
    <>
      <PeerSelections peers={peers} scale={scale} />
      {peers.map((peer) => (
        <PeerCursor key={peer.clientId} peer={peer} scale={scale} />
      ))}
    </>
  );
});
