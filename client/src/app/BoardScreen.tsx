import { REFUSAL_REASONS, type MessageKey, type Role } from '@werkplaats/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { boardToScreen } from '../canvas/viewport';
import { useT } from '../i18n/use-t';
import { resetBoardState, useBoardStore } from '../store/board-store';
import { syncServerUrl } from '../sync/early-socket';
import { SessionContext } from '../sync/session-context';
import { SessionHost } from '../sync/session-host';
import { installTestApi } from '../sync/test-api';
import { BoardView } from './BoardView';
import { useDocumentTitle } from './use-document-title';

interface Props {
  boardId: string;
  title: string;
  role: Role;
  commentOnly: boolean;
  userId: string;
  name: string;
}

const REFUSAL_KEYS: Record<string, MessageKey> = {
  [REFUSAL_REASONS.readOnly]: 'refusal.read-only',
  [REFUSAL_REASONS.invalidUpdate]: 'refusal.invalid-update',
  [REFUSAL_REASONS.locked]: 'facilitation.refused.locked',
  [REFUSAL_REASONS.facilitatorOnly]: 'facilitation.refused.facilitatorOnly',
  [REFUSAL_REASONS.serverOnly]: 'facilitation.refused.serverOnly',
};

/** Converts board coordinates to page coordinates under the current viewport (for the test API). */
function boardToPage(point: { x: number; y: number }) {
  const canvas = document.querySelector('.board-canvas')?.getBoundingClientRect();
  const screen = boardToScreen(useBoardStore.getState().viewport, point);
  return { x: (canvas?.left ?? 0) + screen.x, y: (canvas?.top ?? 0) + screen.y };
}

/** An open board: owns the session (replaced after a refused change) and renders the board view. */
export function BoardScreen({ boardId, title, role, commentOnly, userId, name }: Props) {
  const t = useT();
  const [host] = useState(
    () =>
      new SessionHost(
        { boardId, userId, name, role, commentOnly, serverUrl: syncServerUrl(window.location) },
        {
          onRefused: (reason) =>
            useBoardStore.getState().showToast(REFUSAL_KEYS[reason] ?? 'refusal.invalid-update'),
          onRecovered: ({ restored, dropped }) => {
            const { showToast } = useBoardStore.getState();
            if (restored > 0) showToast('facilitation.recovered.kept', { count: restored });
            if (dropped > 0) showToast('facilitation.recovered.dropped', { count: dropped });
          },
        },
      ),
  );
  const session = useSyncExternalStore(host.subscribe, host.getSnapshot);
  useDocumentTitle(t('board.pageTitle', { board: title || t('board.untitled') }));

  useEffect(() => {
    resetBoardState();
    host.start();
    return () => host.stop();
  }, [host]);

  useEffect(() => {
    if (import.meta.env.MODE !== 'e2e') return;
    return installTestApi(boardId, host, boardToPage);
  }, [boardId, host]);

  if (!session) return null;
  return (
    <SessionContext.Provider value={session}>
      <BoardView key={session.key} title={title} />
    </SessionContext.Provider>
  );
}
