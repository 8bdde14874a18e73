import type { MessageKey } from '@werkplaats/shared';
import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import type { ToolId } from '../store/tool-slice';

const HINTS: Partial<Record<ToolId, MessageKey>> = {
  sticky: 'tools.stickyHint',
  text: 'tools.hint.text',
  shape: 'tools.hint.shape',
  frame: 'tools.hint.frame',
  connector: 'tools.hint.connector',
  pen: 'tools.hint.pen',
  hand: 'tools.hint.hand',
};

/** While a tool other than select is armed, says what pressing the board does with it. */
export function StickyHint() {
  const t = useT();
  const hint = useBoardStore((state) => HINTS[state.tool]);
  if (!hint) return null;
  return <p className="panel tool-hint">{t(hint)}</p>;
}
