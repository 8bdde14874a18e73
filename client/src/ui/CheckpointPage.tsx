import { INTL_LOCALES, type CheckpointView, type FrameItem, type Item } from '@werkplaats/shared';
import { useEffect, useState } from 'react';
import { getCheckpoint } from '../api/checkpoints';
import { Link } from '../app/Link';
import { boardPath } from '../app/routes';
import { useDocumentTitle } from '../app/use-document-title';
import { useLocale, useT } from '../i18n/use-t';
import { LoadingPage, MessagePage } from './MessagePage';
import { PageShell } from './PageShell';

/** What an item says, for reading it back: a note's text, a shape's label, an image's alt text. */
function textOf(item: Item): string {
  if ('text' in item && typeof item.text === 'string') return item.text;
  if (item.type === 'image') return item.alt;
  return '';
}

const centreInside = (item: Item, frame: FrameItem) => {
  const x = item.x + item.w / 2;
  const y = item.y + item.h / 2;
  return x >= frame.x && x <= frame.x + frame.w && y >= frame.y && y <= frame.y + frame.h;
};

/** Left to right, then top to bottom: the order a room reads a wall of frames. */
const readingOrder = (a: Item, b: Item) => a.x - b.x || a.y - b.y;
const rowOrder = (a: Item, b: Item) => a.y - b.y || a.x - b.x;

/**
 * What people wrote: unlocked items with words. A template's locked labels, numbers and instruction
 * cards are the frame's furniture, the same every week, and would bury what came out.
 */
const isContribution = (item: Item) => item.type !== 'frame' && !item.locked && textOf(item).trim() !== '';

/** The frames of a board in reading order, each with the contributions inside it. */
function sections(items: Item[]): { frame: FrameItem | null; items: Item[] }[] {
  const frames = items.filter((item): item is FrameItem => item.type === 'frame').sort(readingOrder);
  const said = items.filter(isContribution);
  const placed = new Set<string>();
  const result = frames.map((frame) => {
    const inside = said
      .filter((item) => !placed.has(item.id) && (item.parentId === frame.id || centreInside(item, frame)))
      .sort(rowOrder);
    for (const item of inside) placed.add(item.id);
    return { frame, items: inside };
  });
  const loose = said.filter((item) => !placed.has(item.id)).sort(rowOrder);
  return loose.length > 0 ? [...result, { frame: null, items: loose }] : result;
}

/**
 * `/b/:boardId/checkpoints/:id`, for facilitators: a checkpoint read back as text, frame by frame, with
 * what has changed on the board since marked on each item and what was added since listed apart.
 */
export function CheckpointPage({ boardId, checkpointId }: { boardId: string; checkpointId: string }) {
  const t = useT();
  const locale = useLocale();
  const [view, setView] = useState<CheckpointView | null | 'missing'>(null);
  useDocumentTitle(view && view !== 'missing' ? view.checkpoint.name : t('app.name'));

  useEffect(() => {
    getCheckpoint(boardId, checkpointId).then(setView, () => setView('missing'));
  }, [boardId, checkpointId]);

  if (view === null) return <LoadingPage />;
  if (view === 'missing') return <MessagePage message="checkpoint.notFound" />;
  const { checkpoint, items, changesSince } = view;
  const changed = new Set(changesSince.changed.map((change) => change.id));
  const removed = new Set(changesSince.removed);
  const added = changesSince.added.filter(isContribution);
  const takenAt = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(checkpoint.createdAt);

  return (
    <PageShell>
      <main className="dashboard checkpoint-page">
        <section className="panel card" aria-labelledby="checkpoint-title">
          <div className="dashboard-head">
            <div>
              <h1 id="checkpoint-title">{checkpoint.name}</h1>
              <p className="tagline-small">{t('checkpoint.takenAt', { date: takenAt })}</p>
            </div>
            <Link href={boardPath(boardId)} className="secondary-button">
              {t('checkpoint.back')}
            </Link>
          </div>
          <p>{t('checkpoint.readOnly')}</p>
          <p className="checkpoint-summary">
            {t('checkpoint.summary', {
              added: changesSince.added.length,
              changed: changesSince.changed.length,
              removed: changesSince.removed.length,
            })}
          </p>
        </section>
        {sections(items).map(({ frame, items: inside }) => (
          <section
            key={frame?.id ?? 'loose'}
            className="panel card checkpoint-frame"
            aria-label={frame ? frame.title : t('checkpoint.loose')}
          >
            <h2>{frame ? frame.title : t('checkpoint.loose')}</h2>
            {inside.length === 0 ? (
              <p className="console-note">{t('checkpoint.empty')}</p>
            ) : (
              <ul className="checkpoint-items">
                {inside.map((item) => (
                  <li key={item.id} className={removed.has(item.id) ? 'is-removed' : undefined}>
                    <span className="checkpoint-text">{textOf(item)}</span>
                    {changed.has(item.id) && (
                      <span className="checkpoint-tag">{t('checkpoint.changed')}</span>
                    )}
                    {removed.has(item.id) && (
                      <span className="checkpoint-tag is-removed">{t('checkpoint.removed')}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
        {added.length > 0 && (
          <section className="panel card checkpoint-frame" aria-labelledby="checkpoint-added">
            <h2 id="checkpoint-added">{t('checkpoint.added')}</h2>
            <ul className="checkpoint-items">
              {added.sort(rowOrder).map((item) => (
                <li key={item.id} className="is-added">
                  <span className="checkpoint-text">{textOf(item)}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </PageShell>
  );
}
