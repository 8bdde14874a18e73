import { INTL_LOCALES, MAX_COMMENT_LENGTH, type CommentRecord, type Item } from '@werkplaats/shared';
import { useId, useState, type FormEvent } from 'react';
import { addComment, deleteComment } from '../api/comments';
import type { CommandContext } from '../commands/types';
import { useLocale, useT, type Translate } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import { useItem, useItemFeedback } from '../sync/hooks';
import { CloseIcon } from './icons';
import { ReactionBar } from './ReactionBar';
import { COVERS_CANVAS } from '../canvas/covered-insets';

/** A few words that name an item in the panel's heading, so people know which thread they read. */
export function describeItem(t: Translate, item: Item): string {
  const words = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
  switch (item.type) {
    case 'sticky':
      return words(item.text.trim()) || t('comments.item.sticky');
    case 'text':
      return words(item.text.trim()) || t('comments.item.text');
    case 'shape':
      return words(item.text.trim()) || t('comments.item.shape');
    case 'frame':
      return words(item.title.trim()) || t('item.frameUntitled');
    case 'image':
      return words(item.alt.trim()) || t('comments.item.image');
    default:
      return t(item.type === 'pen' ? 'comments.item.pen' : 'comments.item.connector');
  }
}

/**
 * The selected item's thread: its reactions, its comments (author and time) and a field to add one.
 * Everything is sent to the server, which writes it into the board; it shows up here when it arrives,
 * as it does for everyone else. Observers read but do not write.
 */
export function CommentsPanel({ context }: { context: CommandContext }) {
  const t = useT();
  const headingId = useId();
  const selected = useBoardStore((state) => (state.selectedIds.length === 1 ? state.selectedIds[0]! : null));
  const consoleOpen = useBoardStore((state) => state.consoleOpen);
  const close = () => useBoardStore.getState().setCommentsOpen(false);
  return (
    <aside
      className={`panel comments-panel${consoleOpen ? ' beside-console' : ''}`}
      aria-labelledby={headingId}
      {...COVERS_CANVAS}
    >
      <div className="comments-header">
        <h2 id={headingId}>{t('comments.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('comments.close')} onClick={close}>
          <CloseIcon />
        </button>
      </div>
      {selected ? (
        <Thread key={selected} context={context} itemId={selected} />
      ) : (
        <p className="comments-empty">{t('comments.selectOne')}</p>
      )}
    </aside>
  );
}

function Thread({ context, itemId }: { context: CommandContext; itemId: string }) {
  const t = useT();
  const item = useItem(itemId);
  const { comments } = useItemFeedback(itemId);
  const { session } = context;
  const mayWrite = session.options.role !== 'observer';
  if (!item) return <p className="comments-empty">{t('comments.selectOne')}</p>;
  return (
    <>
      <p className="comments-subject">{describeItem(t, item)}</p>
      <ReactionBar context={context} itemId={itemId} />
      {comments.length === 0 ? (
        <p className="comments-empty">{t('comments.none')}</p>
      ) : (
        <ol className="comment-list" aria-label={t('comments.listLabel', { count: comments.length })}>
          {comments.map((comment) => (
            <CommentEntry key={comment.id} context={context} comment={comment} />
          ))}
        </ol>
      )}
      {mayWrite ? (
        <CommentForm context={context} itemId={itemId} />
      ) : (
        <p className="comments-empty">{t('comments.observer')}</p>
      )}
    </>
  );
}

function CommentEntry({ context, comment }: { context: CommandContext; comment: CommentRecord }) {
  const t = useT();
  const locale = useLocale();
  const { session } = context;
  const mayDelete = comment.authorId === session.options.userId || session.facilitator;
  const at = new Date(comment.createdAt);
  const remove = () =>
    deleteComment(session.options.boardId, comment.id).catch(() =>
      context.store.getState().showToast('comments.failed'),
    );
  return (
    <li className="comment">
      <div className="comment-meta">
        <span className="comment-author">{comment.authorName}</span>
        <time dateTime={at.toISOString()}>
          {new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'short', timeStyle: 'short' }).format(
            at,
          )}
        </time>
        {mayDelete && (
          <button
            type="button"
            className="link-button"
            aria-label={t('comments.deleteOne', { name: comment.authorName })}
            onClick={() => void remove()}
          >
            {t('comments.delete')}
          </button>
        )}
      </div>
      <p className="comment-text">{comment.text}</p>
    </li>
  );
}

function CommentForm({ context, itemId }: { context: CommandContext; itemId: string }) {
  const t = useT();
  const fieldId = useId();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '' || sending) return;
    setSending(true);
    try {
      await addComment(context.session.options.boardId, itemId, text);
      setText('');
    } catch {
      // The text stays in the field, so nothing typed is lost; the notice says it was not sent.
      context.store.getState().showToast('comments.failed');
    } finally {
      setSending(false);
    }
  };
  return (
    <form className="comment-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={fieldId}>{t('comments.add')}</label>
      <textarea
        id={fieldId}
        value={text}
        maxLength={MAX_COMMENT_LENGTH}
        rows={3}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
        }}
      />
      <button type="submit" className="primary-button" disabled={sending || text.trim() === ''}>
        {t('comments.send')}
      </button>
    </form>
  );
}
