import type Konva from 'konva';
import type { BoardSession } from '../sync/board-session';
import { ConnectorFollow } from './connector-follow';
import { itemNodesById } from './item-nodes';

interface Pose {
  x: number;
  y: number;
  scaleX: number;
  scaleY: number;
  rotation: number;
}

/** How quickly a preview closes in on the latest reported pose: about 63% of the way in 45 ms. */
const SMOOTHING_MS = 45;
/** Closer than this (board units or scale), a node is where it should be. */
const SETTLED = 0.05;
/** A node not drawn now (culled) is looked for again at most this often. */
const LOOKUP_INTERVAL_MS = 250;

const POSE_KEYS = ['x', 'y', 'scaleX', 'scaleY', 'rotation'] as const;

/**
 * Other people's moves and resizes, shown while they happen. Their drags arrive by awareness at ~30 Hz;
 * each animation frame moves the item nodes a part of the way towards the latest pose, so the motion
 * looks continuous rather than stepping. When a drag ends, the nodes return to what the document says
 * (by then, normally, the dropped position).
 */
export class RemoteDragPreviews {
  private targets = new Map<string, Pose>();
  private readonly shown = new Map<string, Pose>();
  private nodes = new Map<string, Konva.Node>();
  private lastLookup = -Infinity;
  private connectors: ConnectorFollow | null = null;
  private connectorsKey = '';
  private frame: number | undefined;
  private lastFrame: number | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly session: BoardSession,
    private readonly stage: Konva.Stage,
  ) {
    this.unsubscribe = session.drags.changed.subscribe(this.update);
    this.update();
  }

  destroy(): void {
    this.unsubscribe();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
  }

  private readonly update = (): void => {
    const { index } = this.session;
    const targets = new Map<string, Pose>();
    for (const preview of this.session.drags.getRemote().values()) {
      if (preview.kind === 'move') {
        for (const id of preview.ids) {
          const item = index.getItem(id);
          if (item)
            targets.set(id, {
              x: item.x + preview.dx,
              y: item.y + preview.dy,
              scaleX: 1,
              scaleY: 1,
              rotation: item.rotation,
            });
        }
      } else {
        for (const { id, ...pose } of preview.boxes) if (index.has(id)) targets.set(id, pose);
      }
    }
    for (const id of this.targets.keys()) if (!targets.has(id)) this.release(id);
    const added = [...targets.keys()].some((id) => !this.nodes.has(id));
    this.targets = targets;
    if (added) this.lookUp(true);
    const key = [...targets.keys()].sort().join(' ');
    if (key !== this.connectorsKey) {
      this.connectorsKey = key;
      this.connectors?.reset();
      this.connectors =
        targets.size > 0 ? new ConnectorFollow(index, this.stage, new Set(targets.keys())) : null;
    }
    if (targets.size > 0) this.frame ??= requestAnimationFrame(this.step);
  };

  private readonly step = (now: number): void => {
    this.frame = undefined;
    const dt = this.lastFrame === undefined ? 16 : Math.min(100, now - this.lastFrame);
    this.lastFrame = now;
    if ([...this.targets.keys()].some((id) => !this.nodes.has(id))) this.lookUp(false);
    const alpha = 1 - Math.exp(-dt / SMOOTHING_MS);
    let moving = false;
    for (const [id, target] of this.targets) {
      const node = this.nodes.get(id);
      if (!node) continue;
      const shown = this.shown.get(id) ?? poseOf(node);
      const next = { ...shown };
      for (const key of POSE_KEYS) {
        const gap = target[key] - shown[key];
        if (Math.abs(gap) > SETTLED) {
          next[key] = shown[key] + gap * alpha;
          moving = true;
        } else {
          next[key] = target[key];
        }
      }
      this.shown.set(id, next);
      node.setAttrs(next);
    }
    this.connectors?.update((id) => {
      const pose = this.shown.get(id);
      const item = pose && this.session.index.getItem(id);
      if (!item) return undefined;
      return {
        x: pose!.x,
        y: pose!.y,
        w: item.w * pose!.scaleX,
        h: item.h * pose!.scaleY,
        rotation: pose!.rotation,
      };
    });
    if (moving) this.frame = requestAnimationFrame(this.step);
    else this.lastFrame = undefined;
  };

  /** Finds the nodes of the previewed items (nodes come and go as items scroll in and out of view). */
  private lookUp(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.lastLookup < LOOKUP_INTERVAL_MS) return;
    this.lastLookup = now;
    this.nodes = itemNodesById(this.stage, new Set(this.targets.keys()));
  }

  /** The drag ended: the node shows the item as the document has it. */
  private release(id: string): void {
    const node = this.nodes.get(id);
    const item = this.session.index.getItem(id);
    if (node && item) node.setAttrs({ x: item.x, y: item.y, scaleX: 1, scaleY: 1, rotation: item.rotation });
    this.nodes.delete(id);
    this.shown.delete(id);
  }
}

function poseOf(node: Konva.Node): Pose {
  return {
    x: node.x(),
    y: node.y(),
    scaleX: node.scaleX(),
    scaleY: node.scaleY(),
    rotation: node.rotation(),
  };
}
