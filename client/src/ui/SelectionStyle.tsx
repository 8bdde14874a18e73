import {
  FILL_COLOR_NAMES,
  FILL_COLORS,
  INK_COLOR_NAMES,
  INK_COLORS,
  STICKY_COLOR_NAMES,
  STICKY_COLORS,
  updateItems,
  type Item,
  type ItemPatch,
  type StickyColor,
  type TextItem,
} from '@werkplaats/shared';
import { textBlockHeight } from '../canvas/text-block';
import { recolorSelection } from '../commands/item-actions';
import type { CommandContext } from '../commands/types';
import { useT } from '../i18n/use-t';

interface Props {
  context: CommandContext;
  items: Item[];
}

/** Applies a patch to every selected item `patchFor` returns one for, as one undo step. */
function patchSelection(
  { session }: CommandContext,
  items: Item[],
  patchFor: (item: Item) => ItemPatch | null,
): void {
  const patches = items.flatMap((item) => {
    const patch = patchFor(item);
    if (!patch) return [];
    // A text block's style changes its line breaks, so its height is measured again.
    if (item.type !== 'text') return [{ id: item.id, patch }];
    return [{ id: item.id, patch: { ...patch, h: textBlockHeight({ ...item, ...patch } as TextItem) } }];
  });
  updateItems(session.doc, patches, session.origin);
  session.undo.endStep();
}

function Swatches<C extends string>({
  label,
  names,
  colors,
  current,
  onPick,
  colorLabel,
}: {
  label: string;
  names: readonly C[];
  colors: Record<C, string>;
  current: Set<string>;
  onPick: (color: C) => void;
  colorLabel: (color: C) => string;
}) {
  return (
    <div className="swatches" role="group" aria-label={label}>
      {names.map((color) => (
        <button
          key={color}
          type="button"
          className={color === 'none' ? 'swatch swatch-none' : 'swatch'}
          style={{ background: colors[color] }}
          aria-label={colorLabel(color)}
          title={colorLabel(color)}
          aria-pressed={current.size === 1 && current.has(color)}
          onClick={() => onPick(color)}
        />
      ))}
    </div>
  );
}

/**
 * The style controls for what is selected: note colours for notes, fills for shapes and frames, ink
 * for text, lines and strokes, and bold, italic and size for text blocks. Only the controls that apply
 * to something in the selection appear.
 */
export function SelectionStyle({ context, items }: Props) {
  const t = useT();
  const colorName = (color: string) =>
    color === 'none' || color === 'white' || color === 'black'
      ? t(`item.color.${color}`)
      : t(`color.${color}` as `color.${StickyColor}`);
  const stickies = items.filter((item) => item.type === 'sticky');
  const filled = items.filter((item) => item.type === 'shape' || item.type === 'frame');
  const inked = items.filter(
    (item) =>
      item.type === 'text' || item.type === 'pen' || item.type === 'connector' || item.type === 'shape',
  );
  const texts = items.filter((item) => item.type === 'text');
  const inkOf = (item: Item) =>
    item.type === 'text' || item.type === 'pen'
      ? item.color
      : item.type === 'connector' || item.type === 'shape'
        ? item.stroke
        : '';
  return (
    <>
      {stickies.length > 0 && (
        <Swatches
          label={t('sticky.color')}
          names={STICKY_COLOR_NAMES}
          colors={STICKY_COLORS}
          current={new Set(stickies.map((item) => item.color))}
          onPick={(color) => recolorSelection(context, color)}
          colorLabel={colorName}
        />
      )}
      {filled.length > 0 && (
        <Swatches
          label={t('item.fill')}
          names={FILL_COLOR_NAMES}
          colors={FILL_COLORS}
          current={new Set(filled.map((item) => ('fill' in item ? item.fill : '')))}
          onPick={(fill) => patchSelection(context, filled, () => ({ fill }))}
          colorLabel={colorName}
        />
      )}
      {inked.length > 0 && (
        <Swatches
          label={t('item.ink')}
          names={INK_COLOR_NAMES}
          colors={INK_COLORS}
          current={new Set(inked.map(inkOf))}
          onPick={(ink) =>
            patchSelection(context, inked, (item) =>
              item.type === 'text' || item.type === 'pen' ? { color: ink } : { stroke: ink },
            )
          }
          colorLabel={colorName}
        />
      )}
      {texts.length > 0 && (
        <div className="text-style" role="group" aria-label={t('item.textStyle')}>
          <button
            type="button"
            className="icon-button text-style-button"
            aria-label={t('item.bold')}
            aria-pressed={texts.every((item) => item.type === 'text' && item.bold)}
            onClick={() => {
              const bold = !texts.every((item) => item.type === 'text' && item.bold);
              patchSelection(context, texts, () => ({ bold }));
            }}
          >
            <b aria-hidden="true">B</b>
          </button>
          <button
            type="button"
            className="icon-button text-style-button"
            aria-label={t('item.italic')}
            aria-pressed={texts.every((item) => item.type === 'text' && item.italic)}
            onClick={() => {
              const italic = !texts.every((item) => item.type === 'text' && item.italic);
              patchSelection(context, texts, () => ({ italic }));
            }}
          >
            <i aria-hidden="true">I</i>
          </button>
          {(['left', 'center', 'right'] as const).map((align) => (
            <button
              key={align}
              type="button"
              className="icon-button text-style-button"
              aria-label={t(`item.align.${align}`)}
              aria-pressed={texts.every((item) => item.type === 'text' && item.align === align)}
              onClick={() => patchSelection(context, texts, () => ({ align }))}
            >
              <span aria-hidden="true" className={`align-glyph align-${align}`} />
            </button>
          ))}
          <label className="font-size">
            <span className="visually-hidden">{t('item.fontSize')}</span>
            <select
              value={texts.length === 1 && texts[0]!.type === 'text' ? texts[0]!.fontSize : ''}
              onChange={(event) => {
                const fontSize = Number(event.target.value);
                patchSelection(context, texts, () => ({ fontSize }));
              }}
            >
              {texts.length !== 1 && <option value="">–</option>}
              {[14, 18, 24, 28, 36, 48, 64, 96].map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </>
  );
}
