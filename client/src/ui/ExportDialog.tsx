import { readItems, type FrameItem } from '@werkplaats/shared';
import { useEffect, useId, useRef, useState, type ReactNode, type SelectHTMLAttributes } from 'react';
import { boardExportUrl, type BoardExportFormat, type BoardExportOptions } from '../api/exports';
import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import { useSession } from '../sync/session-context';
import { CloseIcon } from './icons';

const FORMATS: readonly BoardExportFormat[] = ['png', 'pdf', 'svg', 'json', 'csv', 'md'];
const SCALES = [1, 2, 4] as const;
/** The part-of-board choice that means "what is selected"; no frame id looks like it. */
const SELECTION = '#selection';

function Select({
  label,
  children,
  ...select
}: { label: string; children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...select}>
        {children}
      </select>
    </div>
  );
}

/**
 * The facilitator's "Export" button and dialog on a board: a picture (PNG, SVG) of the board or one
 * frame, a PDF, or the data. The server draws every format from the stored board, so what is
 * downloaded is what everyone sees.
 */
export function ExportBoardButton() {
  const t = useT();
  const session = useSession();
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [frames, setFrames] = useState<FrameItem[]>([]);
  const [options, setOptions] = useState<BoardExportOptions>({
    format: 'png',
    scale: 2,
    background: 'white',
  });
  const set = (change: Partial<BoardExportOptions>) => setOptions((current) => ({ ...current, ...change }));
  const selectedIds = useBoardStore((state) => state.selectedIds);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setFrames(readItems(session.doc).items.filter((item): item is FrameItem => item.type === 'frame'));
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, session]);

  const picture = options.format === 'png' || options.format === 'svg';
  return (
    <>
      <button type="button" className="secondary-button" onClick={() => setOpen(true)}>
        {t('export.board.open')}
      </button>
      <dialog
        ref={ref}
        className="panel help-dialog export-dialog"
        aria-labelledby="export-dialog-title"
        onClose={() => setOpen(false)}
      >
        <header className="help-dialog-header">
          <h2 id="export-dialog-title">{t('export.board.title')}</h2>
          <button
            type="button"
            className="icon-button"
            aria-label={t('export.board.close')}
            onClick={() => setOpen(false)}
          >
            <CloseIcon />
          </button>
        </header>
        <div className="export-dialog-body">
          <Select
            label={t('export.board.format')}
            value={options.format}
            onChange={(e) => set({ format: e.target.value as BoardExportFormat })}
          >
            {FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(`export.format.${format}`)}
              </option>
            ))}
          </Select>
          {picture && (
            <>
              <Select
                label={t('export.board.part')}
                value={options.itemIds ? SELECTION : (options.frameId ?? '')}
                onChange={(e) =>
                  e.target.value === SELECTION
                    ? set({ itemIds: selectedIds, frameId: undefined })
                    : set({ frameId: e.target.value || undefined, itemIds: undefined })
                }
              >
                <option value="">{t('export.board.wholeBoard')}</option>
                {selectedIds.length > 0 && (
                  <option value={SELECTION}>
                    {t('export.board.selection', { count: selectedIds.length })}
                  </option>
                )}
                {frames.map((frame) => (
                  <option key={frame.id} value={frame.id}>
                    {frame.title || frame.id}
                  </option>
                ))}
              </Select>
              {options.format === 'png' && (
                <Select
                  label={t('export.board.scale')}
                  value={options.scale}
                  onChange={(e) => set({ scale: Number(e.target.value) as 1 | 2 | 4 })}
                >
                  {SCALES.map((scale) => (
                    <option key={scale} value={scale}>{`${scale}×`}</option>
                  ))}
                </Select>
              )}
              <Select
                label={t('export.board.background')}
                value={options.background}
                onChange={(e) => set({ background: e.target.value as 'white' | 'transparent' })}
              >
                <option value="white">{t('export.background.white')}</option>
                <option value="transparent">{t('export.background.transparent')}</option>
              </Select>
            </>
          )}
          <a className="primary-button" href={boardExportUrl(session.options.boardId, options)} download>
            {t('export.board.download')}
          </a>
        </div>
      </dialog>
    </>
  );
}
