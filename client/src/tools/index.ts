import type { ToolId } from '../store/tool-slice';
import { frameTool, shapeTool } from './box-tool';
import { connectorTool } from './connector-tool';
import { handTool } from './hand-tool';
import { penTool } from './pen-tool';
import { selectTool } from './select-tool';
import { stickyTool } from './sticky-tool';
import { textTool } from './text-tool';
import type { Tool } from './types';

export const TOOLS: Record<ToolId, Tool> = {
  select: selectTool,
  hand: handTool,
  sticky: stickyTool,
  text: textTool,
  shape: shapeTool,
  frame: frameTool,
  connector: connectorTool,
  pen: penTool,
};
