import {
  createItems,
  getItemsMap,
  readComments,
  readItems,
  readReactions,
  readSessionState,
  type WerkplaatsTestApi,
} from '@werkplaats/shared';
import { Arrow } from 'konva/lib/shapes/Arrow';
import Konva from '../canvas/konva';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { paintedCount } from '../canvas/OverviewSketch';
import { visibleBoardRect } from '../canvas/viewport';
import type { Point } from '../lib/geometry';
import { useBoardStore } from '../store/board-store';
import { localStoreName } from './local-store';
import type { SessionHost } from './session-host';

/**
 * Exposes the document to end-to-end tests as `window.__werkplaats`. Only test builds call this
 * (guarded by `import.meta.env.MODE`), so production bundles do not contain it.
 */
export function installTestApi(
  boardId: string,
  host: SessionHost,
  boardToPage: (point: Point) => Point,
): () => void {
  const api: WerkplaatsTestApi = {
    boardId,
    status: () => host.getSnapshot()?.connection.getSnapshot().status ?? 'connecting',
    synced: () => host.getSnapshot()?.connection.getSnapshot().synced ?? false,
    items: () => {
      const session = host.getSnapshot();
      return session ? readItems(session.doc).items : [];
    },
    peers: () => host.getSnapshot()?.presence.otherStates() ?? [],
    boardToPage,
    renderedLine: (id) => {
      const group = Konva.stages[0]?.findOne(`#${id}`);
      const line = group instanceof Konva.Group ? group.findOne('Arrow') : undefined;
      if (!group || !(line instanceof Arrow)) return null;
      const points = line.points();
      return points.map((value, i) => value + (i % 2 === 0 ? group.x() : group.y()));
    },
    renderedPosition: (id) => {
      const node = Konva.stages[0]?.findOne(`#${id}`);
      return node ? { x: node.x(), y: node.y() } : null;
    },
    snapGuideCount: () => Konva.stages[0]?.find('.snap-guide').length ?? 0,
    session: () => {
      const session = host.getSnapshot();
      return session
        ? readSessionState(session.doc)
        : { steps: [], current: undefined, timer: undefined, follow: undefined, private: undefined };
    },
    comments: () => {
      const session = host.getSnapshot();
      return session ? readComments(session.doc) : [];
    },
    reactions: () => {
      const session = host.getSnapshot();
      return session ? readReactions(session.doc) : [];
    },
    votes: () => [...(host.getSnapshot()?.votes.getSnapshot().records ?? [])],
    ballot: () => host.getSnapshot()?.votes.getSnapshot().ballot ?? null,
    visibleRect: () => {
      const { viewport, stageSize } = useBoardStore.getState();
      return visibleBoardRect(viewport, stageSize);
    },
    forceWrite: (id, field, value) => {
      const session = host.getSnapshot();
      const item = session && getItemsMap(session.doc).get(id);
      if (!session || !(item instanceof Y.Map)) throw new Error(`no item ${id}`);
      session.doc.transact(() => item.set(field, value), session.origin);
    },
    createItems: (inputs) => {
      const session = host.getSnapshot();
      if (!session) throw new Error('no session');
      return createItems(session.doc, inputs, session.author, session.origin).map((item) => item.id);
    },
    select: (ids) => useBoardStore.getState().select(ids),
    drawnItemCount: () => {
      // The items layer is the stage's first; each drawn item is one direct child of it, or one of the
      // items the zoomed-out board's overview shape painted.
      const layer = Konva.stages[0]?.getLayers()[0];
      if (!layer) return 0;
      const children = layer.getChildren();
      const sketch = children.find((node) => node.name() === 'overview-sketch');
      return children.length + (sketch ? paintedCount(sketch) - 1 : 0);
    },
    layerIds: () =>
      (Konva.stages[0]?.getLayers() ?? []).map((layer) => layer.getChildren().map((node) => node.id())),
    privateNotes: () => [...(host.getSnapshot()?.privateNotes.getNotes() ?? [])],
    privateCounts: () => [...(host.getSnapshot()?.privateNotes.getCounts() ?? [])],
    localCopyItemIds: async () => {
      const doc = new Y.Doc();
      const copy = new IndexeddbPersistence(localStoreName(boardId), doc);
      await copy.whenSynced;
      const ids = [...getItemsMap(doc).keys()].sort();
      await copy.destroy();
      doc.destroy();
      return ids;
    },
  };
  window.__werkplaats = api;
  return () => {
    if (window.__werkplaats === api) delete window.__werkplaats;
  };
}
