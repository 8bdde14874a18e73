import { useFacilitation } from '../facilitation/use-facilitation';
import { useT } from '../i18n/use-t';
import { useItem } from '../sync/hooks';
import { usePrivateNotes } from '../sync/private-hooks';
import { useSession } from '../sync/session-context';
import { Icon } from './icons';

export const EyeOffIcon = () => (
  <Icon>
    <path d="M3 3l18 18" />
    <path d="M10.6 6.1A9.8 9.8 0 0 1 12 6c6 0 9.5 6 9.5 6a16 16 0 0 1-3 3.6" />
    <path d="M6.6 6.6C3.9 8.3 2.5 12 2.5 12S6 18 12 18a9 9 0 0 0 4.4-1.1" />
    <path d="M9.9 9.9a3 3 0 0 0 4.2 4.2" />
  </Icon>
);

/**
 * Says that private mode is on and where, and how many private notes this person holds: their notes
 * look like everyone else's on their own screen, so the difference must be said in words too.
 */
export function PrivateModeBanner() {
  const t = useT();
  const { facilitator } = useSession();
  const mode = useFacilitation().private;
  const notes = usePrivateNotes();
  const frame = useItem(mode?.frameId ?? '');
  if (!mode && notes.length === 0) return null;
  const frameTitle = frame?.type === 'frame' ? frame.title || t('facilitation.steps.untitled') : '';
  const message = !mode
    ? t('private.waiting')
    : facilitator
      ? t('private.bannerFacilitator')
      : mode.frameId
        ? t('private.bannerFrame', { frame: frameTitle })
        : t('private.bannerBoard');
  return (
    <div className="panel private-banner" role="status">
      <EyeOffIcon />
      <span className="private-banner-text">{message}</span>
      {notes.length > 0 && (
        <span className="private-banner-count">{t('private.yourNotes', { count: notes.length })}</span>
      )}
    </div>
  );
}
