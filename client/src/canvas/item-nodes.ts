import type Konva from 'konva';

/**
 * Item nodes by id, in one pass over the layers' direct children (where item nodes live). Cheaper than
 * a `findOne('#id')` per item, which walks the whole tree each time.
 */
export function itemNodesById(stage: Konva.Stage, ids: ReadonlySet<string>): Map<string, Konva.Node> {
  const nodes = new Map<string, Konva.Node>();
  for (const layer of stage.getLayers()) {
    for (const child of layer.getChildren()) {
      const id = child.id();
      if (ids.has(id)) nodes.set(id, child);
    }
  }
  return nodes;
}
