import type { ShapeKind } from '@werkplaats/shared';
import { useEffect, useRef, useState } from 'react';
import type { CommandContext, CommandState } from '../commands/types';
import { useT } from '../i18n/use-t';
import { CommandButton } from './CommandButton';
import { ChevronIcon, DiamondIcon, EllipseIcon, RectangleIcon } from './icons';

const SHAPE_ICONS: Record<ShapeKind, () => React.JSX.Element> = {
  rectangle: RectangleIcon,
  ellipse: EllipseIcon,
  diamond: DiamondIcon,
};

/**
 * The shape tool's button (showing the shape it will draw) and, beside it, a small menu to pick
 * rectangle, ellipse or diamond. Picking one arms the tool with it.
 */
export function ShapeMenu({ context, state }: { context: CommandContext; state: CommandState }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const Current = SHAPE_ICONS[state.shapeKind];

  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);

  return (
    <div
      className="shape-menu"
      ref={ref}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          setOpen(false);
        }
      }}
    >
      <CommandButton command="tool.shape" context={context} state={state}>
        <Current />
      </CommandButton>
      <button
        type="button"
        className="menu-toggle"
        aria-label={t('tools.shapeMenu')}
        aria-expanded={open}
        aria-controls="shape-menu-options"
        disabled={state.readOnly}
        onClick={() => setOpen(!open)}
      >
        <ChevronIcon />
      </button>
      {open && (
        <div
          id="shape-menu-options"
          className="panel shape-menu-options"
          role="group"
          aria-label={t('tools.shape')}
        >
          {(['rectangle', 'ellipse', 'diamond'] as const).map((kind) => {
            const Icon = SHAPE_ICONS[kind];
            return (
              <span key={kind} onClick={() => setOpen(false)}>
                <CommandButton command={`shape.${kind}`} context={context} state={state}>
                  <Icon />
                </CommandButton>
              </span>
            );
          })}
        </div>
      )}
    </div>
  );
}
