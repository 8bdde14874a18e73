import { useSyncExternalStore } from 'react';
import type { RunStep } from '@werkplaats/shared';
import { useT } from '../i18n/use-t';
import { usePeople } from '../sync/hooks';
import { usePrivateCounts } from '../sync/private-hooks';
import { useSession } from '../sync/session-context';

/**
 * Per participant on the board, whether they added notes in the current step: notes they wrote in the
 * step's frame (or, for a step without a frame, since it started), plus their private notes while
 * private mode hides them (the server sends counts only). For the facilitator.
 */
export function ParticipationList({ step, startedAt }: { step: RunStep | undefined; startedAt: number }) {
  const t = useT();
  const { index } = useSession();
  const people = usePeople().filter((person) => person.role === 'participant' || person.role === 'expert');
  const hidden = usePrivateCounts();
  // Re-counted whenever items come, go or move (moving a note into the frame counts too).
  useSyncExternalStore(index.orderChanged.subscribe, index.getOrder);
  useSyncExternalStore(index.layoutChanged.subscribe, index.getLayoutVersion);

  if (people.length === 0) return <p className="console-note">{t('participation.empty')}</p>;
  if (!step) return <p className="console-note">{t('participation.noStep')}</p>;
  const frame = step.frameId ? index.rectOf(step.frameId) : undefined;
  const counts = new Map<string, number>();
  for (const id of index.getOrder()) {
    const item = index.getItem(id);
    if (item?.type !== 'sticky') continue;
    const centre = { x: item.x + item.w / 2, y: item.y + item.h / 2 };
    const inStep = frame
      ? item.parentId === step.frameId ||
        (centre.x >= frame.x &&
          centre.x <= frame.x + frame.w &&
          centre.y >= frame.y &&
          centre.y <= frame.y + frame.h)
      : item.createdAt >= startedAt;
    if (inStep) counts.set(item.createdBy, (counts.get(item.createdBy) ?? 0) + 1);
  }
  for (const { userId, count } of hidden) counts.set(userId, (counts.get(userId) ?? 0) + count);
  return (
    <ul className="participation-list">
      {people.map((person) => {
        const count = counts.get(person.id) ?? 0;
        return (
          <li key={person.id} className={count > 0 ? 'has-notes' : undefined}>
            <span className="participation-dot" style={{ background: person.color }} aria-hidden="true" />
            <span className="participation-name">{person.name}</span>
            <span className="participation-count">
              {count > 0 ? t('participation.notes', { count }) : t('participation.noNotes')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
