import { adoptNetworkLanguage } from '../i18n/use-t';
import { useEffect, useState } from 'react';
import { fetchBoardAccess, type BoardAccess, type BoardLookup } from '../api/boards';
import { readStored, writeStored } from '../lib/storage';
import { LoadingPage, MessagePage } from '../ui/MessagePage';
import { BoardScreen } from './BoardScreen';

const accessKey = (boardId: string) => `werkplaats.access.${boardId}`;

/**
 * The last access the server granted on this board, so a board opened while the server is unreachable
 * still shows the local copy under the same name; the server checks again on reconnect.
 */
function rememberedAccess(boardId: string): BoardAccess | undefined {
  try {
    return JSON.parse(readStored(accessKey(boardId)) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

/** `/b/:boardId`: asks the server who this browser is on the board, then opens it as that person. */
export function BoardRoute({ boardId }: { boardId: string }) {
  const [lookup, setLookup] = useState<BoardLookup | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    fetchBoardAccess(boardId, abort.signal).then(
      (found) => {
        if (found.kind === 'found' && found.access.network)
          adoptNetworkLanguage(found.access.network.language);
        setLookup(found);
      },
      () => {
        // Aborted: this route was left before the answer came.
      },
    );
    return () => abort.abort();
  }, [boardId]);

  if (!lookup) return <LoadingPage />;
  if (lookup.kind === 'noAccess') return <MessagePage message="board.unauthorized" />;
  const access = lookup.kind === 'found' ? lookup.access : rememberedAccess(boardId);
  if (!access) return <MessagePage message="board.loadFailed" />;
  if (lookup.kind === 'found') writeStored(accessKey(boardId), JSON.stringify(access));
  const { user } = access;
  return (
    <BoardScreen
      key={`${user.id}\u0000${user.role}\u0000${user.commentOnly}`}
      boardId={boardId}
      title={access.board.title}
      role={user.role}
      commentOnly={user.commentOnly}
      userId={user.id}
      name={user.name}
    />
  );
}
