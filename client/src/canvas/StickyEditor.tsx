import { STICKY_COLORS, STICKY_TEXT_COLOR } from '@werkplaats/shared';
import type { CSSProperties } from 'react';
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
import { useSharedText } from './use-shared-text';
import { BlockTextarea, FrameTitleInput, ShapeTextarea } from './TextEditors';

/** The text editor of the item being edited, if any. `onDone` returns focus to the board. */
export function StickyEditor({ onDone }: { onDone: () => void }) {
  const editingId = useBoardStore((state) => state.editingId);
  const { index } = useSession();
  const type = editingId ? index.getItem(editingId)?.type : undefined;
  if (!editingId) return null;
  if (type === 'text') return <BlockTextarea key={editingId} id={editingId} onDone={onDone} />;
  if (type === 'shape') return <ShapeTextarea key={editingId} id={editingId} onDone={onDone} />;
  if (type === 'frame') return <FrameTitleInput key={editingId} id={editingId} onDone={onDone} />;
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
  const { ref, draft, change } = useSharedText<HTMLTextAreaElement>(
    id,
    item?.type === 'sticky' ? item.text : '',
  );

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
    transform: `scale(${viewport.scale}) rotate(${item.rotation}deg)`,
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
        onChange={(event) => change(event.target.value)}
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
