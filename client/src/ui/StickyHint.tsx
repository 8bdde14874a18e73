import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';

/** While the sticky tool is armed, says what the next click does. */
export function StickyHint() {
  const t = useT();
  const armed = useBoardStore((state) => state.tool === 'sticky');
  if (!armed) return null;
  return <p className="panel tool-hint">{t('tools.stickyHint')}</p>;
}
