import { deleteItems, updateItems } from '@werkplaats/shared';
import type { CSSProperties, KeyboardEvent } from 'react';
import type { Viewport } from './viewport';
import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import { useItem } from '../sync/hooks';
import { useSession } from '../sync/session-context';
import {
  fillColor,
  FRAME_TITLE_SCREEN_SIZE,
  inkColor,
  SHAPE_TEXT_COLOR,
  TEXT_LINE_HEIGHT,
} from './item-style';
import { shapeTextBox } from './ShapeNode';
import { fitStickyText, FONT_FAMILY, STICKY_LINE_HEIGHT } from './sticky-text';
import { textBlockHeight } from './text-block';
import { useSharedText } from './use-shared-text';

interface EditorProps {
  id: string;
  onDone: () => void;
}

/** Ends the edit as one undo step; Esc also hands focus back to the board. */
function useFinish(onDone: () => void) {
  const session = useSession();
  const finish = () => {
    session.undo.endStep();
    useBoardStore.getState().stopEditing();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (
      event.key === 'Escape' ||
      (event.key === 'Enter' && event.currentTarget instanceof HTMLInputElement)
    ) {
      event.preventDefault();
      onDone();
      finish();
    }
  };
  return { finish, onKeyDown };
}

/** Placement of an overlay that scales and turns with the item under it. */
function overlayStyle(
  item: { x: number; y: number; w: number; h: number; rotation: number },
  viewport: Viewport,
): CSSProperties {
  return {
    left: viewport.x + item.x * viewport.scale,
    top: viewport.y + item.y * viewport.scale,
    width: item.w,
    height: item.h,
    transform: `scale(${viewport.scale}) rotate(${item.rotation}deg)`,
  };
}

/**
 * The editor of a text block. The block grows with its text (its height is written with each
 * keystroke, in the same transaction), and a block left empty is removed, as in Miro.
 */
export function BlockTextarea({ id, onDone }: EditorProps) {
  const t = useT();
  const session = useSession();
  const item = useItem(id);
  const viewport = useBoardStore((state) => state.viewport);
  const block = item?.type === 'text' ? item : undefined;
  const { ref, draft, change } = useSharedText<HTMLTextAreaElement>(id, block?.text ?? '', (text) =>
    block ? { h: textBlockHeight({ ...block, text }) } : {},
  );
  const { finish, onKeyDown } = useFinish(onDone);
  if (!block) return null;
  const onBlur = () => {
    if (draft.trim() === '') deleteItems(session.doc, [id], session.origin);
    finish();
  };
  return (
    <div className="item-editor text-editor" style={overlayStyle(block, viewport)}>
      <textarea
        ref={ref}
        aria-label={t('item.textEditorLabel')}
        style={{
          fontFamily: FONT_FAMILY,
          fontSize: block.fontSize,
          fontWeight: block.bold ? 700 : 400,
          fontStyle: block.italic ? 'italic' : 'normal',
          lineHeight: TEXT_LINE_HEIGHT,
          textAlign: block.align,
          color: inkColor(block.color),
        }}
        value={draft}
        maxLength={10_000}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
    </div>
  );
}

/** The label editor of a shape, centred in the shape like its canvas label. */
export function ShapeTextarea({ id, onDone }: EditorProps) {
  const t = useT();
  const item = useItem(id);
  const viewport = useBoardStore((state) => state.viewport);
  const shape = item?.type === 'shape' ? item : undefined;
  const { ref, draft, change } = useSharedText<HTMLTextAreaElement>(id, shape?.text ?? '');
  const { finish, onKeyDown } = useFinish(onDone);
  if (!shape) return null;
  const box = shapeTextBox(shape);
  const fit = fitStickyText(draft, box.width, box.height);
  const textHeight = Math.min(box.height, Math.max(1, fit.lines.length) * fit.fontSize * STICKY_LINE_HEIGHT);
  return (
    <div
      className="item-editor"
      style={{ ...overlayStyle(shape, viewport), background: fillColor(shape.fill) }}
    >
      <textarea
        ref={ref}
        aria-label={t('item.shapeEditorLabel')}
        style={{
          padding: `${box.y + (box.height - textHeight) / 2}px ${box.x}px 0`,
          fontFamily: FONT_FAMILY,
          fontSize: fit.fontSize,
          lineHeight: STICKY_LINE_HEIGHT,
          textAlign: 'center',
          color: SHAPE_TEXT_COLOR,
        }}
        value={draft}
        maxLength={10_000}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={finish}
      />
    </div>
  );
}

/** The title field of a frame, over the title it replaces. Titles are plain strings (see the schema). */
export function FrameTitleInput({ id, onDone }: EditorProps) {
  const t = useT();
  const session = useSession();
  const item = useItem(id);
  const viewport = useBoardStore((state) => state.viewport);
  const { finish, onKeyDown } = useFinish(onDone);
  if (!item || item.type !== 'frame') return null;
  const fontSize = FRAME_TITLE_SCREEN_SIZE;
  return (
    <input
      className="frame-title-editor"
      aria-label={t('item.frameTitleLabel')}
      // The person asked to rename this frame, so the field takes the focus at once.
      autoFocus
      style={{
        left: viewport.x + item.x * viewport.scale,
        top: viewport.y + item.y * viewport.scale - fontSize * 2.1,
        width: Math.max(160, item.w * viewport.scale),
        fontSize,
        fontFamily: FONT_FAMILY,
      }}
      value={item.title}
      maxLength={200}
      placeholder={t('item.frameUntitled')}
      onChange={(event) =>
        updateItems(session.doc, [{ id, patch: { title: event.target.value } }], session.origin)
      }
      onKeyDown={onKeyDown}
      onBlur={finish}
    />
  );
}
