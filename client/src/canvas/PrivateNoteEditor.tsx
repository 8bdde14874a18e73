import { deletePrivateNote, STICKY_COLORS, STICKY_TEXT_COLOR, updatePrivateNote } from '@werkplaats/shared';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import { usePrivateEditingId, usePrivateNotes } from '../sync/private-hooks';
import { useSession } from '../sync/session-context';
import { fitStickyText, FONT_FAMILY, STICKY_LINE_HEIGHT, STICKY_PADDING, stickyTextBox } from './sticky-text';

/**
 * The text editor of a private note, laid over it like the board's note editor. Only its author has
 * the document, so each keystroke simply goes into it; a note left empty is taken away again.
 */
export function PrivateNoteEditor({ onDone }: { onDone: () => void }) {
  const id = usePrivateEditingId();
  const note = usePrivateNotes().find((candidate) => candidate.id === id);
  if (!note) return null;
  return <PrivateTextarea key={note.id} id={note.id} initial={note.text} onDone={onDone} />;
}

function PrivateTextarea({ id, initial, onDone }: { id: string; initial: string; onDone: () => void }) {
  const t = useT();
  const session = useSession();
  const note = usePrivateNotes().find((candidate) => candidate.id === id);
  const viewport = useBoardStore((state) => state.viewport);
  const [draft, setDraft] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => ref.current?.focus({ preventScroll: true }), []);
  if (!note) return null;

  const { doc } = session.privateNotes;
  const finish = () => {
    if (draft.trim() === '') deletePrivateNote(doc, id, session.origin);
    session.privateNotes.startEditing(null);
  };
  const box = stickyTextBox(note);
  const fit = fitStickyText(draft, box.width, box.height);
  const textHeight = Math.min(box.height, fit.lines.length * fit.fontSize * STICKY_LINE_HEIGHT);

  return (
    <div
      className="sticky-editor private-note-editor"
      style={{
        left: viewport.x + note.x * viewport.scale,
        top: viewport.y + note.y * viewport.scale,
        width: note.w,
        height: note.h,
        transform: `scale(${viewport.scale}) rotate(${note.rotation}deg)`,
        background: STICKY_COLORS[note.color],
      }}
    >
      <textarea
        ref={ref}
        aria-label={t('private.editorLabel')}
        style={{
          padding: `${STICKY_PADDING + (box.height - textHeight) / 2}px ${STICKY_PADDING}px ${STICKY_PADDING}px`,
          fontFamily: FONT_FAMILY,
          fontSize: fit.fontSize,
          lineHeight: STICKY_LINE_HEIGHT,
          color: STICKY_TEXT_COLOR,
        }}
        value={draft}
        maxLength={10_000}
        onChange={(event) => {
          setDraft(event.target.value);
          updatePrivateNote(doc, id, { text: event.target.value }, session.origin);
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
    </div>
  );
}
