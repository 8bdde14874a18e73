import type { ShapeKind } from '@werkplaats/shared';
import type { ToolId } from '../store/tool-slice';
import { placeStickyAtViewportCentre } from './item-actions';
import type { Command, CommandState } from './types';

const canEdit = (state: CommandState) => !state.readOnly;

function armTool(id: ToolId, key: string, labelKey: Command['labelKey']) {
  return {
    id: `tool.${id}`,
    labelKey,
    group: 'tools',
    shortcuts: [{ key }],
    perform: ({ store }) => store.getState().setTool(id),
    enabled: id === 'select' || id === 'hand' ? undefined : canEdit,
    active: (state) => state.tool === id,
  } as const satisfies Command;
}

function shapeKindCommand(kind: ShapeKind, labelKey: Command['labelKey']) {
  return {
    id: `shape.${kind}`,
    labelKey,
    group: 'tools',
    inHelp: false,
    perform: ({ store }) => {
      store.getState().setShapeKind(kind);
      store.getState().setTool('shape');
    },
    enabled: canEdit,
    active: (state) => state.tool === 'shape' && state.shapeKind === kind,
  } as const satisfies Command;
}

/** The tools: each key arms one; the next press on the board uses it. */
export const TOOL_COMMANDS = [
  armTool('select', 'v', 'toolbar.select'),
  armTool('hand', 'h', 'tools.hand'),
  // N arms the tool: the next click on the board places the note there.
  armTool('sticky', 'n', 'toolbar.sticky'),
  {
    // The toolbar button places a note at once, so it also works without a pointer.
    id: 'sticky.add',
    labelKey: 'toolbar.sticky',
    group: 'tools',
    inHelp: false,
    perform: (context) => {
      context.store.getState().setTool('select');
      placeStickyAtViewportCentre(context);
    },
    enabled: canEdit,
    active: (state) => state.tool === 'sticky',
  },
  armTool('text', 't', 'tools.text'),
  armTool('shape', 's', 'tools.shape'),
  shapeKindCommand('rectangle', 'tools.rectangle'),
  shapeKindCommand('ellipse', 'tools.ellipse'),
  shapeKindCommand('diamond', 'tools.diamond'),
  armTool('frame', 'f', 'tools.frame'),
  armTool('connector', 'l', 'tools.connector'),
  armTool('pen', 'p', 'tools.pen'),
] as const satisfies readonly Command[];
