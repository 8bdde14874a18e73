import type { FrameItem, Item } from '@werkplaats/shared';
import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CommandContext } from '../commands/types';
import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import { useItem, useLayoutVersion } from '../sync/hooks';
import { CloseIcon } from '../ui/icons';
import { addOutlineNote, deleteOutlineNote, editOutlineNote } from './outline-actions';
import { buildOutline } from './outline-model';
import { COVERS_CANVAS } from '../canvas/covered-insets';

/**
 * The board as a list: each frame (reading order) with its notes, and a field to add a note to it.
 * The same document as the canvas, so changes on either show on the other at once. Built for the
 * keyboard and screen readers: headings per frame, plain buttons, focus kept where the person works.
 */
export function OutlinePanel({ context }: { context: CommandContext }) {
  const t = useT();
  const headingId = useId();
  const { session } = context;
  const layout = useLayoutVersion();
  const sections = useMemo(() => {
    void layout;
    const items = session.index
      .getOrder()
      .map((id) => session.index.getItem(id))
      .filter((item): item is Item => item !== undefined);
    return buildOutline(items);
  }, [layout, session.index]);
  const close = () => useBoardStore.getState().setOutlineOpen(false);
  return (
    <aside className="panel outline-panel" aria-labelledby={headingId} data-own-keys {...COVERS_CANVAS}>
      <div className="outline-header">
        <h2 id={headingId}>{t('outline.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('outline.close')} onClick={close}>
          <CloseIcon />
        </button>
      </div>
      {sections.map((section) => (
        <OutlineSection
          key={section.frame?.id ?? 'loose'}
          context={context}
          frameId={section.frame?.id ?? null}
          noteIds={section.noteIds}
        />
      ))}
    </aside>
  );
}

function OutlineSection({
  context,
  frameId,
  noteIds,
}: {
  context: CommandContext;
  frameId: string | null;
  noteIds: string[];
}) {
  const t = useT();
  const headingId = useId();
  const frameItem = useItem(frameId ?? '');
  const frame = frameItem?.type === 'frame' ? frameItem : null;
  if (frameId && !frame) return null;
  const title = frame ? frame.title.trim() || t('item.frameUntitled') : t('outline.loose');
  return (
    <section className="outline-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title} <span className="outline-count">{t('outline.count', { count: noteIds.length })}</span>
      </h3>
      {noteIds.length > 0 && (
        <ul className="outline-notes">
          {noteIds.map((id) => (
            <OutlineNote key={id} context={context} id={id} />
          ))}
        </ul>
      )}
      {!context.session.readOnly && <AddNote context={context} frame={frame} title={title} />}
    </section>
  );
}

function OutlineNote({ context, id }: { context: CommandContext; id: string }) {
  const t = useT();
  const item = useItem(id);
  const [draft, setDraft] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const itemRef = useRef<HTMLLIElement>(null);
  if (!item || item.type !== 'sticky') return null;
  const { session } = context;
  const editable = !session.readOnly && (!item.locked || session.facilitator);
  const text = item.text.trim() || t('outline.emptyNote');

  const finish = (save: boolean) => {
    if (save && draft !== null) editOutlineNote(context, id, draft);
    setDraft(null);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const remove = () => {
    // Focus goes to the next note's first button, or the section's add field, not to the page top.
    const next =
      itemRef.current?.nextElementSibling?.querySelector('button') ??
      itemRef.current?.closest('section')?.querySelector('textarea');
    deleteOutlineNote(context, id);
    requestAnimationFrame(() => (next as HTMLElement | null | undefined)?.focus());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') finish(false);
    else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      finish(true);
    }
  };

  return (
    <li className="outline-note" ref={itemRef}>
      {draft === null ? (
        <>
          <p className="outline-note-text">{text}</p>
          {item.authorName && <span className="outline-note-author">{item.authorName}</span>}
          {editable && (
            <div className="outline-note-actions">
              <button
                ref={editButton}
                type="button"
                className="secondary-button"
                aria-label={t('outline.editNote', { text })}
                onClick={() => setDraft(item.text)}
              >
                {t('outline.edit')}
              </button>
              <button
                type="button"
                className="secondary-button"
                aria-label={t('outline.deleteNote', { text })}
                onClick={remove}
              >
                {t('outline.delete')}
              </button>
            </div>
          )}
        </>
      ) : (
        <>
          <textarea
            aria-label={t('outline.noteText')}
            aria-describedby={`${id}-hint`}
            value={draft}
            rows={3}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <p id={`${id}-hint`} className="outline-hint">
            {t('outline.editHint')}
          </p>
          <div className="outline-note-actions">
            <button type="button" className="secondary-button" onClick={() => finish(true)}>
              {t('outline.save')}
            </button>
            <button type="button" className="secondary-button" onClick={() => finish(false)}>
              {t('outline.cancel')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

function AddNote({
  context,
  frame,
  title,
}: {
  context: CommandContext;
  frame: FrameItem | null;
  title: string;
}) {
  const t = useT();
  const fieldId = useId();
  const [text, setText] = useState('');
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim() === '') return;
    addOutlineNote(context, frame, text.trim());
    setText('');
  };
  return (
    <form className="outline-add" onSubmit={submit}>
      <label htmlFor={fieldId}>{frame ? t('outline.addTo', { frame: title }) : t('outline.addLoose')}</label>
      <textarea
        id={fieldId}
        value={text}
        rows={2}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) submit(event);
        }}
      />
      <button type="submit" className="secondary-button" disabled={text.trim() === ''}>
        {t('outline.add')}
      </button>
    </form>
  );
}
