import { useFacilitation } from '../facilitation/use-facilitation';
import { useFollowing } from '../facilitation/use-follow';
import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import { FollowIcon } from './facilitation-icons';

/** Tells participants they are following the facilitator, with the way out (and back in). */
export function FollowBanner() {
  const t = useT();
  const following = useFollowing();
  const { follow } = useFacilitation();
  const setReleased = useBoardStore((state) => state.setReleasedFollowAt);
  if (!following || !follow) return null;
  return (
    <div className={`panel follow-banner${following.following ? '' : ' is-released'}`} role="status">
      <FollowIcon />
      {following.following ? (
        <>
          <span>{t('facilitation.following', { name: following.leaderName })}</span>
          <button type="button" className="secondary-button" onClick={() => setReleased(follow.at)}>
            {t('facilitation.stopFollowing')}
          </button>
        </>
      ) : (
        <button type="button" className="secondary-button" onClick={() => setReleased(null)}>
          {t('facilitation.followAgain', { name: following.leaderName })}
        </button>
      )}
    </div>
  );
}
