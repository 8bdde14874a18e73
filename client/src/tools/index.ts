import type { ToolId } from '../store/tool-slice';
import { selectTool } from './select-tool';
import { stickyTool } from './sticky-tool';
import type { Tool } from './types';

export const TOOLS: Record<ToolId, Tool> = { select: selectTool, sticky: stickyTool };
