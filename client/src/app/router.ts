import { isValidId } from '@werkplaats/shared';
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'home' }
  | { page: 'setup' }
  | { page: 'login' }
  | { page: 'board'; boardId: string }
  | { page: 'checkpoint'; boardId: string; checkpointId: string }
  | { page: 'network'; networkId: string }
  | { page: 'invite'; token: string }
  | { page: 'facilitatorInvite'; token: string }
  | { page: 'unknown' };

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The one parameter of `/prefix/:param`, decoded; undefined for another shape or bad encoding. */
function param(pathname: string, prefix: string): string | undefined {
  const match = new RegExp(`^/${prefix}/([^/]+)/?$`).exec(pathname);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

const CHECKPOINT = /^\/b\/([^/]+)\/checkpoints\/([^/]+)\/?$/;

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  const checkpoint = CHECKPOINT.exec(pathname);
  if (checkpoint) {
    const [boardId, checkpointId] = [checkpoint[1]!, checkpoint[2]!];
    return isValidId(boardId) && isValidId(checkpointId)
      ? { page: 'checkpoint', boardId, checkpointId }
      : { page: 'unknown' };
  }
  if (pathname === '/setup') return { page: 'setup' };
  if (pathname === '/login') return { page: 'login' };
  const boardId = param(pathname, 'b');
  if (boardId !== undefined) return isValidId(boardId) ? { page: 'board', boardId } : { page: 'unknown' };
  const networkId = param(pathname, 'n');
  if (networkId !== undefined)
    return isValidId(networkId) ? { page: 'network', networkId } : { page: 'unknown' };
  const invite = param(pathname, 'i');
  if (invite !== undefined)
    return TOKEN.test(invite) ? { page: 'invite', token: invite } : { page: 'unknown' };
  const facilitatorInvite = param(pathname, 'f');
  if (facilitatorInvite !== undefined && TOKEN.test(facilitatorInvite)) {
    return { page: 'facilitatorInvite', token: facilitatorInvite };
  }
  return { page: 'unknown' };
}

export function boardPath(boardId: string): string {
  return `/b/${encodeURIComponent(boardId)}`;
}

export function checkpointPath(boardId: string, checkpointId: string): string {
  return `${boardPath(boardId)}/checkpoints/${encodeURIComponent(checkpointId)}`;
}

export function networkPath(networkId: string): string {
  return `/n/${encodeURIComponent(networkId)}`;
}

// pushState fires no event of its own; this one lets `useLocation` hear our own navigations.
const NAVIGATE_EVENT = 'werkplaats:navigate';

export function navigate(to: string): void {
  window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const readPath = () => window.location.pathname;
const readSearch = () => window.location.search;

export function useLocation(): { pathname: string; search: string } {
  const pathname = useSyncExternalStore(subscribe, readPath);
  const search = useSyncExternalStore(subscribe, readSearch);
  return { pathname, search };
}
