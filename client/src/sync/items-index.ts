import { compareZ, readItemMap, type Item } from '@werkplaats/shared';
import * as Y from 'yjs';
import { Emitter } from '../lib/emitter';
import { unionRect, type Rect } from '../lib/geometry';

interface Entry {
  z: string;
  /** As stored, unvalidated: enough to pick out one kind of item without reading every item. */
  type: unknown;
  rect: Rect;
}

const GEOMETRY_KEYS = ['x', 'y', 'w', 'h'];

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function entryOf(map: Y.Map<unknown>): Entry {
  const z = map.get('z');
  return {
    z: typeof z === 'string' ? z : '',
    type: map.get('type'),
    rect: { x: num(map.get('x')), y: num(map.get('y')), w: num(map.get('w')), h: num(map.get('h')) },
  };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * What the canvas needs to know about the board's items, kept current by one deep observer on the
 * items map:
 * - the ids in paint order, a new array only when an item is added, removed or restacked;
 * - each item's rectangle, for culling and selection bounds without validating the item;
 * - per item, a validated snapshot and its own listeners, so a note re-renders only when its item does.
 *
 * One observer on the items map rather than one on each item's map: undoing a delete brings the item
 * back as a new `Y.Map` under the same id, which an observer on the old map would never hear about.
 */
export class ItemsIndex {
  private readonly entries = new Map<string, Entry>();
  /** The ids of each stored type, so one kind of item is found without a pass over every item. */
  private readonly idsByType = new Map<unknown, Set<string>>();
  private order: readonly string[] = [];
  private layoutVersion = 0;
  private readonly snapshots = new Map<string, Item | null>();
  private readonly itemEmitters = new Map<string, Emitter>();
  /** The paint order changed. */
  readonly orderChanged = new Emitter();
  /** The paint order or some item's rectangle changed. */
  readonly layoutChanged = new Emitter();
  /** Some item changed in any field (for views that draw many items at once). */
  readonly itemsChanged = new Emitter();

  constructor(private readonly items: Y.Map<Y.Map<unknown>>) {
    for (const [id, map] of items.entries()) {
      if (map instanceof Y.Map) this.put(id, entryOf(map));
    }
    this.order = this.sortedIds();
    items.observeDeep(this.onChange);
  }

  destroy(): void {
    this.items.unobserveDeep(this.onChange);
  }

  readonly getOrder = (): readonly string[] => this.order;
  readonly getLayoutVersion = (): number => this.layoutVersion;

  has(id: string): boolean {
    return this.entries.has(id);
  }

  rectOf(id: string): Rect | undefined {
    return this.entries.get(id)?.rect;
  }

  /** The ids of the items stored as this type, in no set order (validate with `getItem` before use). */
  idsOfType(type: string): ReadonlySet<string> {
    return this.idsByType.get(type) ?? new Set();
  }

  /** The rectangle around every item, or undefined on an empty board. */
  contentBounds(): Rect | undefined {
    return unionRect([...this.entries.values()].map((entry) => entry.rect));
  }

  /** The validated item, or undefined when it is missing or invalid. Stable until the item changes. */
  getItem(id: string): Item | undefined {
    if (!this.snapshots.has(id)) {
      const map = this.items.get(id);
      const result = map === undefined ? undefined : readItemMap(id, map);
      this.snapshots.set(id, result?.ok ? result.item : null);
    }
    return this.snapshots.get(id) ?? undefined;
  }

  subscribeItem(id: string, listener: () => void): () => void {
    let emitter = this.itemEmitters.get(id);
    if (!emitter) {
      emitter = new Emitter();
      this.itemEmitters.set(id, emitter);
    }
    const unsubscribe = emitter.subscribe(listener);
    return () => {
      unsubscribe();
      if (emitter.size === 0) this.itemEmitters.delete(id);
    };
  }

  private put(id: string, entry: Entry): void {
    const previous = this.entries.get(id);
    if (previous?.type !== entry.type) {
      if (previous) this.idsByType.get(previous.type)?.delete(id);
      let ids = this.idsByType.get(entry.type);
      if (!ids) this.idsByType.set(entry.type, (ids = new Set()));
      ids.add(id);
    }
    this.entries.set(id, entry);
  }

  private remove(id: string): void {
    const previous = this.entries.get(id);
    if (!previous) return;
    this.idsByType.get(previous.type)?.delete(id);
    this.entries.delete(id);
  }

  private sortedIds(): string[] {
    return [...this.entries]
      .map(([id, entry]) => ({ id, z: entry.z }))
      .sort(compareZ)
      .map((entry) => entry.id);
  }

  private readonly onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    const touched = new Set<string>();
    let restacked = false;
    let moved = false;
    for (const event of events) {
      if (event.target === this.items) {
        for (const id of (event as Y.YMapEvent<unknown>).keysChanged) {
          if (typeof id !== 'string') continue;
          touched.add(id);
          const map = this.items.get(id);
          if (map instanceof Y.Map) this.put(id, entryOf(map));
          else this.remove(id);
        }
        restacked = true;
        moved = true;
        continue;
      }
      const id = event.path[0];
      if (typeof id !== 'string') continue;
      touched.add(id);
      if (event.path.length === 1 && event.target instanceof Y.Map) {
        const keys = (event as Y.YMapEvent<unknown>).keysChanged;
        if (keys.has('z')) restacked = true;
        if (GEOMETRY_KEYS.some((key) => keys.has(key))) moved = true;
        this.put(id, entryOf(event.target as Y.Map<unknown>));
      }
    }
    for (const id of touched) this.snapshots.delete(id);
    if (restacked) {
      const next = this.sortedIds();
      if (!sameIds(next, this.order)) {
        this.order = next;
        this.orderChanged.emit();
        moved = true;
      }
    }
    if (moved) {
      this.layoutVersion++;
      this.layoutChanged.emit();
    }
    for (const id of touched) this.itemEmitters.get(id)?.emit();
    if (touched.size > 0) this.itemsChanged.emit();
  };
}
