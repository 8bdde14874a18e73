import { createContext, useContext } from 'react';
import type { BoardSession } from './board-session';

export const SessionContext = createContext<BoardSession | null>(null);

/** The board session of the screen being rendered; components below `BoardScreen` always have one. */
export function useSession(): BoardSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a board session');
  return session;
}
