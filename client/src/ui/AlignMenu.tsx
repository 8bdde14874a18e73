import { useEffect, useRef, useState } from 'react';
import type { CommandId } from '../commands/registry';
import type { CommandContext, CommandState } from '../commands/types';
import { useT } from '../i18n/use-t';
import { CommandButton } from './CommandButton';

/** Bars drawn on a 24px grid, for the align and distribute buttons: each shows its result. */
function Bars({ guide, bars }: { guide?: string; bars: [number, number, number, number][] }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      {guide && <path d={guide} stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />}
      {bars.map(([x, y, w, h]) => (
        <rect key={`${x},${y}`} x={x} y={y} width={w} height={h} rx="1.2" fill="currentColor" opacity="0.8" />
      ))}
    </svg>
  );
}

const OPTIONS: { command: CommandId; guide?: string; bars: [number, number, number, number][] }[] = [
  {
    command: 'selection.align.left',
    guide: 'M4 3v18',
    bars: [
      [6, 6, 12, 4],
      [6, 14, 7, 4],
    ],
  },
  {
    command: 'selection.align.centerX',
    guide: 'M12 3v18',
    bars: [
      [5, 6, 14, 4],
      [8, 14, 8, 4],
    ],
  },
  {
    command: 'selection.align.right',
    guide: 'M20 3v18',
    bars: [
      [6, 6, 12, 4],
      [11, 14, 7, 4],
    ],
  },
  {
    command: 'selection.align.top',
    guide: 'M3 4h18',
    bars: [
      [6, 6, 4, 12],
      [14, 6, 4, 7],
    ],
  },
  {
    command: 'selection.align.middle',
    guide: 'M3 12h18',
    bars: [
      [6, 5, 4, 14],
      [14, 8, 4, 8],
    ],
  },
  {
    command: 'selection.align.bottom',
    guide: 'M3 20h18',
    bars: [
      [6, 6, 4, 12],
      [14, 11, 4, 7],
    ],
  },
  {
    command: 'selection.distribute.x',
    bars: [
      [3, 7, 4, 10],
      [10, 7, 4, 10],
      [17, 7, 4, 10],
    ],
  },
  {
    command: 'selection.distribute.y',
    bars: [
      [7, 3, 10, 4],
      [7, 10, 10, 4],
      [7, 17, 10, 4],
    ],
  },
];

/** A button that opens the align and distribute commands, for a selection of two or more items. */
export function AlignMenu({ context, state }: { context: CommandContext; state: CommandState }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

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
      className="align-menu"
      ref={ref}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className="icon-button"
        aria-label={t('item.align')}
        title={t('item.align')}
        aria-expanded={open}
        aria-controls="align-menu-options"
        onClick={() => setOpen(!open)}
      >
        <Bars
          guide="M4 3v18"
          bars={[
            [6, 6, 12, 4],
            [6, 14, 7, 4],
          ]}
        />
      </button>
      {open && (
        <div
          id="align-menu-options"
          className="panel align-menu-options"
          role="group"
          aria-label={t('item.align')}
        >
          {OPTIONS.map(({ command, guide, bars }) => (
            <CommandButton key={command} command={command} context={context} state={state}>
              <Bars guide={guide} bars={bars} />
            </CommandButton>
          ))}
        </div>
      )}
    </div>
  );
}
