import { STICKY_COLORS, STICKY_TEXT_COLOR, updatePrivateNote, type Sticky } from '@werkplaats/shared';
import type { KonvaEventObject } from 'konva/lib/Node';
import { memo } from 'react';
import { Circle, Group, Layer, Path, Rect, Text } from './konva';
import { usePrivateEditingId, usePrivateNotes } from '../sync/private-hooks';
import { useSession } from '../sync/session-context';
import { useCanDrag } from './node-props';
import { fitStickyText, FONT_FAMILY, STICKY_LINE_HEIGHT, STICKY_PADDING, stickyTextBox } from './sticky-text';

const BADGE = 28;
/** An eye with a stroke through it (24px grid), scaled into the badge. */
const EYE_OFF =
  'M3 3l18 18M10.6 6.1A9.8 9.8 0 0 1 12 6c6 0 9.5 6 9.5 6a16 16 0 0 1-3 3.6M6.6 6.6C3.9 8.3 2.5 12 2.5 12S6 18 12 18a9 9 0 0 0 4.4-1.1M9.9 9.9a3 3 0 0 0 4.2 4.2';

const stop = (event: KonvaEventObject<Event>) => {
  // The board's tools would otherwise start a selection or place another note under this one.
  event.cancelBubble = true;
};

/** One private note: only its author ever has it. Dashed, with an eye-off badge, so it reads as "not shared yet". */
const PrivateNoteNode = memo(function PrivateNoteNode({ note }: { note: Sticky }) {
  const session = useSession();
  const editing = usePrivateEditingId() === note.id;
  const canDrag = useCanDrag(session.readOnly);
  const box = stickyTextBox(note);
  const fit = fitStickyText(note.text, box.width, box.height);
  const edit = () => session.privateNotes.startEditing(note.id);
  return (
    <Group
      id={`private-${note.id}`}
      name="private-note"
      x={note.x}
      y={note.y}
      rotation={note.rotation}
      draggable={canDrag}
      onPointerDown={stop}
      onClick={stop}
      onDblClick={edit}
      onDblTap={edit}
      onDragEnd={(event) =>
        updatePrivateNote(
          session.privateNotes.doc,
          note.id,
          { x: Math.round(event.target.x()), y: Math.round(event.target.y()) },
          session.origin,
        )
      }
    >
      <Rect
        width={note.w}
        height={note.h}
        fill={STICKY_COLORS[note.color]}
        opacity={0.9}
        cornerRadius={4}
        stroke="#4b5158"
        strokeWidth={2}
        dash={[8, 6]}
        perfectDrawEnabled={false}
      />
      {!editing && (
        <Text
          width={note.w}
          height={note.h}
          padding={STICKY_PADDING}
          text={note.text}
          fontSize={fit.fontSize}
          fontFamily={FONT_FAMILY}
          lineHeight={STICKY_LINE_HEIGHT}
          fill={STICKY_TEXT_COLOR}
          align="center"
          verticalAlign="middle"
          wrap="word"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      <Group x={note.w - BADGE - 6} y={6} listening={false}>
        <Circle x={BADGE / 2} y={BADGE / 2} radius={BADGE / 2} fill="#ffffff" opacity={0.9} />
        <Path
          data={EYE_OFF}
          x={4}
          y={4}
          scaleX={(BADGE - 8) / 24}
          scaleY={(BADGE - 8) / 24}
          stroke="#4b5158"
          strokeWidth={2}
          lineCap="round"
          lineJoin="round"
        />
      </Group>
    </Group>
  );
});

/** This person's private notes, above the board's items. Nobody else's canvas has this layer's content. */
export const PrivateNotesLayer = memo(function PrivateNotesLayer() {
  const notes = usePrivateNotes();
  if (notes.length === 0) return null;
  return (
    <Layer>
      {notes.map((note) => (
        <PrivateNoteNode key={note.id} note={note} />
      ))}
    </Layer>
  );
});
