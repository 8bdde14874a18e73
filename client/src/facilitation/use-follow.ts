import type { ViewRect } from '@werkplaats/shared';
import { useEffect } from 'react';
import { NO_INSETS, readCoveredInsets, type Insets } from '../canvas/covered-insets';
import { fitRect, uncoveredBoardRect } from '../canvas/viewport';
import type { CommandContext } from '../commands/types';
import { useBoardStore, type BoardStore } from '../store/board-store';
import { usePeers } from '../sync/hooks';
import { useSession } from '../sync/session-context';
import { useFacilitation } from './use-facilitation';

/** Who leads the follow this person is in (or broke away from); null when no one asks to be followed. */
export function useFollowing(): { leaderName: string; following: boolean } | null {
  const { follow } = useFacilitation();
  const { options } = useSession();
  const releasedAt = useBoardStore((state) => state.releasedFollowAt);
  if (follow?.mode !== 'follow' || follow.byUserId === options.userId) return null;
  return { leaderName: follow.byName, following: releasedAt !== follow.at };
}

/** Shows `rect` whole (exactly what the leader sees, whatever this window's shape), clear of `insets`. */
function showRect(store: BoardStore, rect: ViewRect, padding: number, insets: Insets = NO_INSETS): void {
  const { stageSize, setViewport } = store.getState();
  if (stageSize.width > 0)
    setViewport(fitRect(rect, stageSize, { padding, maxScale: 8, insets }), { byUser: false });
}

/**
 * Moves this person's view where the facilitator asks: once per summon (a frame or a view), and
 * continuously while following, from the leader's view in awareness. The leader shares their view
 * only while a follow is on. Breaking away is local and lasts until the leader's next summon or follow.
 */
export function useFollowBehaviour({ session, store }: CommandContext): void {
  const { follow } = useFacilitation();
  const releasedAt = useBoardStore((state) => state.releasedFollowAt);
  const peers = usePeers();
  const me = session.options.userId;
  const leading = follow?.mode === 'follow' && follow.byUserId === me;
  const followed = follow && follow.byUserId !== me && releasedAt !== follow.at ? follow : undefined;
  const followedAt = followed?.at;
  const frameId = followed?.frameId;
  const start = followed?.viewport;

  // A new summon or follow record: jump to its frame, or to the view it names, once.
  useEffect(() => {
    if (followedAt === undefined) return;
    const frame = frameId ? session.index.rectOf(frameId) : undefined;
    if (frame) showRect(store, frame, 80, readCoveredInsets());
    else if (start) showRect(store, start, 0);
    // Only a new record moves the view; the same record read again must not undo the person's pans.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [followedAt, session, store]);

  // While following: track the leader's live view.
  const view =
    followed?.mode === 'follow' ? peers.find((peer) => peer.user.id === followed.byUserId)?.view : null;
  const viewKey = view ? `${view.x},${view.y},${view.w},${view.h}` : '';
  useEffect(() => {
    if (!viewKey) return;
    const [x, y, w, h] = viewKey.split(',').map(Number) as [number, number, number, number];
    showRect(store, { x, y, w, h }, 0);
  }, [viewKey, store]);

  // While leading: share what I see; stop sharing when the follow ends.
  useEffect(() => {
    if (!leading) return;
    const share = () => {
      const { viewport, stageSize, coveredInsets } = store.getState();
      // What the leader can see: not what lies under their own run-sheet.
      session.presence.setView(uncoveredBoardRect(viewport, stageSize, coveredInsets));
    };
    share();
    const unsubscribe = store.subscribe((state) => state.viewport, share);
    return () => {
      unsubscribe();
      session.presence.setView.cancel();
      session.presence.setView(null);
      session.presence.setView.flush();
    };
  }, [leading, session, store]);
}
