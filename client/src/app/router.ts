import { useSyncExternalStore } from 'react';

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
