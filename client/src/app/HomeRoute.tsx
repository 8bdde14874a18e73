import { useCallback, useEffect, useState } from 'react';
import { getMe, getSetupStatus, type Me } from '../api/auth';
import { DashboardPage } from '../ui/DashboardPage';
import { LoginPage } from '../ui/LoginPage';
import { LoadingPage, MessagePage } from '../ui/MessagePage';
import { ParticipantHome } from '../ui/ParticipantHome';

type Home = { me: Me; setupNeeded: boolean } | 'unreachable';

/**
 * `/`: the dashboard for a logged-in facilitator, the network home for someone who joined by invite,
 * and otherwise the login (or, on a fresh install, where to find the setup link).
 */
export function HomeRoute() {
  const [home, setHome] = useState<Home | null>(null);
  const load = useCallback(() => {
    Promise.all([getMe(), getSetupStatus()]).then(
      ([me, setup]) => setHome({ me, setupNeeded: setup.needed }),
      () => setHome('unreachable'),
    );
  }, []);
  useEffect(load, [load]);

  if (home === null) return <LoadingPage />;
  if (home === 'unreachable') return <MessagePage message="auth.unreachable" />;
  const { me, setupNeeded } = home;
  if (me.facilitator) return <DashboardPage facilitator={me.facilitator} onLoggedOut={load} />;
  if (me.memberships.length > 0) return <ParticipantHome me={me} />;
  if (setupNeeded) return <MessagePage message="auth.setupNeeded" />;
  if (me.lostAccess) return <MessagePage message="auth.lostAccess" />;
  return <LoginPage onLoggedIn={load} />;
}
