import type { SessionState } from '@werkplaats/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useSession } from '../sync/session-context';

/** The board's facilitation state; re-renders only when the `session` container changes. */
export function useFacilitation(): SessionState {
  const { facilitation } = useSession();
  return useSyncExternalStore(facilitation.subscribe, facilitation.getSnapshot);
}

/** Server time, re-read every `intervalMs` while `active`, and whenever the clock offset is re-measured. */
export function useServerNow(active: boolean, intervalMs = 250): number {
  const { clock } = useSession();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const tick = () => setNow(clock.now());
    tick();
    const unsubscribe = clock.changed.subscribe(tick);
    const timer = active ? setInterval(tick, intervalMs) : undefined;
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, [clock, active, intervalMs]);
  return now;
}
