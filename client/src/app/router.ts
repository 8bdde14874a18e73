import { isValidId } from '@werkplaats/shared';
import { useSyncExternalStore } from 'react';

export type Route = { page: 'home' } | { page: 'board'; boardId: string } | { page: 'unknown' };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  const match = /^\/b\/([^/]+)\/?$/.exec(pathname);
  if (match) {
    let boardId: string;
    try {
      boardId = decodeURIComponent(match[1]!);
    } catch {
      return { page: 'unknown' };
    }
    return isValidId(boardId) ? { page: 'board', boardId } : { page: 'unknown' };
  }
  return { page: 'unknown' };
}

export function boardPath(boardId: string): string {
  return `/b/${encodeURIComponent(boardId)}`;
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
