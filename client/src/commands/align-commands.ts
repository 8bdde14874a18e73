import type { Alignment } from '@werkplaats/shared';
import { alignSelection, distributeSelection } from './selection-actions';
import type { Command, CommandState } from './types';

const canAlign = (state: CommandState) => !state.readOnly && state.selectionCount > 1;
const canDistribute = (state: CommandState) => !state.readOnly && state.selectionCount > 2;

// Alt with a letter, as in tldraw. Matched by physical key: on a Mac, Alt turns the letter into
// another character.
function align(alignment: Alignment, code: string, labelKey: Command['labelKey']) {
  return {
    id: `selection.align.${alignment}`,
    labelKey,
    group: 'arrange',
    shortcuts: [{ code, alt: true, shift: false }],
    perform: (context) => alignSelection(context, alignment),
    enabled: canAlign,
  } as const satisfies Command;
}

/** Aligning and distributing the selection. */
export const ALIGN_COMMANDS = [
  align('left', 'KeyA', 'shortcuts.alignLeft'),
  align('centerX', 'KeyH', 'shortcuts.alignCenter'),
  align('right', 'KeyD', 'shortcuts.alignRight'),
  align('top', 'KeyW', 'shortcuts.alignTop'),
  align('middle', 'KeyV', 'shortcuts.alignMiddle'),
  align('bottom', 'KeyS', 'shortcuts.alignBottom'),
  {
    id: 'selection.distribute.x',
    labelKey: 'shortcuts.distributeHorizontally',
    group: 'arrange',
    shortcuts: [{ code: 'KeyH', alt: true, shift: true }],
    perform: (context) => distributeSelection(context, 'x'),
    enabled: canDistribute,
  },
  {
    id: 'selection.distribute.y',
    labelKey: 'shortcuts.distributeVertically',
    group: 'arrange',
    shortcuts: [{ code: 'KeyV', alt: true, shift: true }],
    perform: (context) => distributeSelection(context, 'y'),
    enabled: canDistribute,
  },
] as const satisfies readonly Command[];
