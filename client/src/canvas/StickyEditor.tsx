import { setItemText, STICKY_COLORS, STICKY_TEXT_COLOR } from '@werkplaats/shared';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import * as Y from 'yjs';
import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import { useItem } from '../sync/hooks';
import { useSession } from '../sync/session-context';
import {
  AUTHOR_BAND,
  AUTHOR_FONT_SIZE,
  fitStickyText,
  FONT_FAMILY,
  showsAuthor,
  STICKY_LINE_HEIGHT,
  STICKY_PADDING,
  stickyTextBox,
} from './sticky-text';
import { transformPosition, type DeltaOp } from './text-delta';

/** The text editor of the note being edited, if any. `onDone` returns focus to the board. */
export function StickyEditor({ onDone }: { onDone: () => void }) {
  const editingId = useBoardStore((state) => state.editingId);
  if (!editingId) return null;
  return <StickyTextarea key={editingId} id={editingId} onDone={onDone} />;
}

/**
 * A real `<textarea>` laid exactly over the note: same font, size, padding and wrapping as the canvas
 * text, scaled with the board. Every keystroke goes straight into the note's `Y.Text` (the shared op
 * diffs it, so concurrent typing in the same note merges), which is what lets others watch the text
 * appear; edits from others flow back in with the caret kept in place.
 */
function StickyTextarea({ id, onDone }: { id: string; onDone: () => void }) {
  const t = useT();
  const session = useSession();
  const item = useItem(id);
  const viewport = useBoardStore((state) => state.viewport);
  const ref = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState(() => (item?.type === 'sticky' ? item.text : ''));
  const pendingCaret = useRef<[number, number] | null>(null);

  useEffect(() => {
    const textarea = ref.current;
    if (!textarea) return;
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  }, []);

  useEffect(() => {
    const text = session.items.get(id)?.get('text');
    if (!(text instanceof Y.Text)) return;
    const onRemoteEdit = (event: Y.YTextEvent) => {
      if (event.transaction.origin === session.origin) return;
      const textarea = ref.current;
      if (textarea) {
        const delta = event.delta as DeltaOp[];
        pendingCaret.current = [
          transformPosition(textarea.selectionStart, delta),
          transformPosition(textarea.selectionEnd, delta),
        ];
      }
      setDraft(text.toString());
    };
    text.observe(onRemoteEdit);
    return () => text.unobserve(onRemoteEdit);
  }, [session, id]);

  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret && ref.current) ref.current.setSelectionRange(caret[0], caret[1]);
    pendingCaret.current = null;
  }, [draft]);

  if (!item || item.type !== 'sticky') return null;

  const finish = () => {
    session.undo.endStep();
    useBoardStore.getState().stopEditing();
  };

  const box = stickyTextBox(item);
  const fit = fitStickyText(draft, box.width, box.height);
  const textHeight = Math.min(box.height, fit.lines.length * fit.fontSize * STICKY_LINE_HEIGHT);
  const paddingTop = STICKY_PADDING + (box.height - textHeight) / 2;
  const author = showsAuthor(item);
  const frame: CSSProperties = {
    left: viewport.x + item.x * viewport.scale,
    top: viewport.y + item.y * viewport.scale,
    width: item.w,
    height: item.h,
    transform: `scale(${viewport.scale})`,
    background: STICKY_COLORS[item.color],
  };
  const text: CSSProperties = {
    padding: `${paddingTop}px ${STICKY_PADDING}px ${STICKY_PADDING + (author ? AUTHOR_BAND : 0)}px`,
    fontFamily: FONT_FAMILY,
    fontSize: fit.fontSize,
    lineHeight: STICKY_LINE_HEIGHT,
    color: STICKY_TEXT_COLOR,
  };

  return (
    <div className="sticky-editor" style={frame}>
      <textarea
        ref={ref}
        aria-label={t('sticky.editorLabel')}
        style={text}
        value={draft}
        maxLength={10_000}
        onChange={(event) => {
          setDraft(event.target.value);
          setItemText(session.doc, id, event.target.value, session.origin);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
            finish();
          }
        }}
        onBlur={finish}
      />
      {author && (
        <span
          className="sticky-editor-author"
          style={{
            fontFamily: FONT_FAMILY,
            fontSize: AUTHOR_FONT_SIZE,
            right: STICKY_PADDING,
            bottom: STICKY_PADDING / 2,
          }}
          aria-hidden="true"
        >
          {item.authorName}
        </span>
      )}
    </div>
  );
}
