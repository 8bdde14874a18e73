import { createItems, STICKY_SIZE, type NewItem } from '@werkplaats/shared';
import { screenToBoard } from '../canvas/viewport';
import { unionRect } from '../lib/geometry';
import { deleteSelection } from './item-actions';
import { insertCopies, selectedItems } from './selection-actions';
import type { CommandContext } from './types';

/** Marks clipboard text as Werkplaats items, so a paste into any board knows to read it as such. */
const CLIPBOARD_KIND = 'werkplaats/items';
const PASTED_STICKY_GAP = 24;
const PASTED_STICKY_COLUMNS = 5;
const MAX_PASTED_LINES = 200;

interface ClipboardPayload {
  kind: typeof CLIPBOARD_KIND;
  version: 1;
  items: unknown[];
}

/** The selection as clipboard text, or null when nothing is selected. */
export function copyPayload(context: CommandContext): string | null {
  const items = selectedItems(context);
  if (items.length === 0) return null;
  const payload: ClipboardPayload = { kind: CLIPBOARD_KIND, version: 1, items };
  return JSON.stringify(payload);
}

function parsePayload(text: string): unknown[] | null {
  if (!text.trimStart().startsWith('{')) return null;
  try {
    const value = JSON.parse(text) as Partial<ClipboardPayload>;
    return value.kind === CLIPBOARD_KIND && Array.isArray(value.items) ? value.items : null;
  } catch {
    return null;
  }
}

function viewCentre({ store }: CommandContext) {
  const { viewport, stageSize } = store.getState();
  return screenToBoard(viewport, { x: stageSize.width / 2, y: stageSize.height / 2 });
}

/**
 * Pastes clipboard text: Werkplaats items land centred in the view (the board may be another one,
 * far from where they were copied); any other text becomes sticky notes, one per non-empty line.
 */
export function pasteText(context: CommandContext, text: string): void {
  const { session, store } = context;
  if (session.readOnly) return;
  const centre = viewCentre(context);
  const items = parsePayload(text);
  if (items) {
    const rects = items.flatMap((item) => {
      const { x, y, w, h } = item as Record<string, unknown>;
      return [x, y, w, h].every((v) => typeof v === 'number')
        ? [{ x, y, w, h } as { x: number; y: number; w: number; h: number }]
        : [];
    });
    const bounds = unionRect(rects);
    if (!bounds) return;
    insertCopies(context, items, {
      x: Math.round(centre.x - (bounds.x + bounds.w / 2)),
      y: Math.round(centre.y - (bounds.y + bounds.h / 2)),
    });
    return;
  }
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, MAX_PASTED_LINES);
  if (lines.length === 0) return;
  const columns = Math.min(PASTED_STICKY_COLUMNS, lines.length);
  const rows = Math.ceil(lines.length / columns);
  const pitch = STICKY_SIZE + PASTED_STICKY_GAP;
  const left = centre.x - (columns * pitch - PASTED_STICKY_GAP) / 2;
  const top = centre.y - (rows * pitch - PASTED_STICKY_GAP) / 2;
  const notes: NewItem[] = lines.map((line, i) => ({
    type: 'sticky',
    x: Math.round(left + (i % columns) * pitch),
    y: Math.round(top + Math.floor(i / columns) * pitch),
    text: line.slice(0, 10_000),
    color: store.getState().stickyColor,
  }));
  const created = createItems(session.doc, notes, session.author, session.origin);
  session.undo.endStep();
  store.getState().select(created.map((item) => item.id));
}

/** Copy, cut and paste from buttons, through the asynchronous clipboard API. */
export async function copyWithApi(context: CommandContext, cut = false): Promise<void> {
  const payload = copyPayload(context);
  if (!payload) return;
  await navigator.clipboard.writeText(payload);
  if (cut) deleteSelection(context);
}

export async function pasteWithApi(context: CommandContext): Promise<void> {
  pasteText(context, await navigator.clipboard.readText());
}
