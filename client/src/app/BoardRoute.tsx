import type { Role } from '@werkplaats/shared';
import { useEffect, useState } from 'react';
import { fetchBoard, type BoardLookup } from '../api/boards';
import { JoinDialog } from '../ui/JoinDialog';
import { LoadingPage, MessagePage } from '../ui/MessagePage';
import { BoardScreen } from './BoardScreen';
import { deviceUserId, rememberName, storedName } from './identity';

/** `?role=observer` joins view-only: a development link until real invitations carry roles. */
export function roleFromSearch(search: string): Role {
  return new URLSearchParams(search).get('role') === 'observer' ? 'observer' : 'participant';
}

/** `/b/:boardId`: looks the board up, asks for a name if this browser has none, then opens it. */
export function BoardRoute({ boardId, search }: { boardId: string; search: string }) {
  const role = roleFromSearch(search);
  const [lookup, setLookup] = useState<BoardLookup | null>(null);
  const [name, setName] = useState(storedName);
  const [userId] = useState(deviceUserId);

  useEffect(() => {
    const abort = new AbortController();
    fetchBoard(boardId, abort.signal).then(setLookup, () => {
      // Aborted: this route was left before the answer came.
    });
    return () => abort.abort();
  }, [boardId]);

  if (!lookup) return <LoadingPage />;
  if (lookup.kind === 'notFound') return <MessagePage message="board.notFound" />;
  // Unreachable server: open anyway; the local copy and the reconnecting provider take it from there.
  const title = lookup.kind === 'found' ? lookup.board.title : '';

  if (!name) {
    return (
      <JoinDialog
        boardTitle={title}
        role={role}
        onJoin={(joined) => {
          rememberName(joined);
          setName(joined);
        }}
      />
    );
  }
  return (
    <BoardScreen
      key={`${name}\u0000${role}`}
      boardId={boardId}
      title={title}
      role={role}
      userId={userId}
      name={name}
    />
  );
}
