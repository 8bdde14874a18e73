import type { DragPreview, TransformBox } from '@werkplaats/shared';
import type { Awareness } from 'y-protocols/awareness';
import { Emitter } from '../lib/emitter';
import { throttle } from '../lib/throttle';

/** ~30 updates a second, as cursors: smooth once interpolated, and light on the wire. */
const DRAG_INTERVAL_MS = 33;
/**
 * The server drops awareness states over 16 KB (with the cursor and selection in them). Items beyond
 * these counts are not previewed; they move when the drop reaches the document.
 */
export const MAX_PREVIEW_IDS = 250;
export const MAX_PREVIEW_BOXES = 60;

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 64;

function parseBox(value: unknown): TransformBox | undefined {
  const box = value as Partial<Record<keyof TransformBox, unknown>> | null;
  if (!box || !isId(box.id)) return undefined;
  const { x, y, scaleX, scaleY, rotation } = box;
  if (!finite(x) || !finite(y) || !finite(scaleX) || !finite(scaleY) || !finite(rotation)) return undefined;
  if (scaleX <= 0 || scaleY <= 0) return undefined;
  return { id: box.id, x, y, scaleX, scaleY, rotation };
}

/** Reads a peer's drag preview defensively: it comes from the network, maybe from another version. */
export function parseDragPreview(value: unknown): DragPreview | undefined {
  const record = value as Record<string, unknown> | null | undefined;
  if (!record || typeof record !== 'object') return undefined;
  if (record.kind === 'move') {
    const { ids, dx, dy } = record;
    if (!Array.isArray(ids) || !finite(dx) || !finite(dy)) return undefined;
    return { kind: 'move', ids: ids.filter(isId).slice(0, MAX_PREVIEW_IDS), dx, dy };
  }
  if (record.kind === 'transform' && Array.isArray(record.boxes)) {
    const boxes = record.boxes.slice(0, MAX_PREVIEW_BOXES).map(parseBox);
    return { kind: 'transform', boxes: boxes.filter((box) => box !== undefined) };
  }
  return undefined;
}

/** The ids of the items that `previews` move or resize. */
export function previewedIds(previews: Iterable<DragPreview>): string[] {
  return [...previews].flatMap((preview) =>
    preview.kind === 'move' ? preview.ids : preview.boxes.map((box) => box.id),
  );
}

/**
 * In-progress drags over awareness: this tab's (sent at ~30 Hz while a move or resize is under way,
 * cleared at the drop) and everyone else's, which the canvas previews until their drop arrives in the
 * document. The document itself gets one write per drag.
 */
export class DragPresence {
  private remote: ReadonlyMap<number, DragPreview> = new Map();
  private remoteKey = '';
  readonly changed = new Emitter();

  constructor(private readonly awareness: Awareness) {
    awareness.on('change', this.refresh);
    this.refresh();
  }

  /** Other tabs' drags in progress, by awareness client id. */
  readonly getRemote = (): ReadonlyMap<number, DragPreview> => this.remote;

  readonly send = throttle((preview: DragPreview) => {
    this.awareness.setLocalStateField('drag', preview);
  }, DRAG_INTERVAL_MS);

  /** The drop: any preview still waiting is dropped, and others stop previewing this tab's drag. */
  end(): void {
    this.send.cancel();
    if (this.awareness.getLocalState()?.drag) this.awareness.setLocalStateField('drag', null);
  }

  destroy(): void {
    this.send.cancel();
    this.awareness.off('change', this.refresh);
  }

  private readonly refresh = (): void => {
    const next = new Map<number, DragPreview>();
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId === this.awareness.clientID) continue;
      const preview = parseDragPreview((state as { drag?: unknown }).drag);
      if (preview) next.set(clientId, preview);
    }
    // Awareness changes at cursor rate; only a change in drags is news here.
    const key = JSON.stringify([...next]);
    if (key === this.remoteKey) return;
    this.remoteKey = key;
    this.remote = next;
    this.changed.emit();
  };
}
