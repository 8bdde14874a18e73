import {
  FILL_COLORS,
  STICKY_COLORS,
  templateBounds,
  templateItemSize,
  type Template,
  type TemplateItem,
} from '@werkplaats/shared';
import { memo } from 'react';

const OUTLINE = '#d0d7de';
const TEXT_BAR = '#8c959f';

function fillOf(item: TemplateItem): string {
  const palette: Record<string, string> = item.type === 'sticky' ? STICKY_COLORS : FILL_COLORS;
  const colour = palette[String(item.type === 'sticky' ? item.color : item.fill)];
  return !colour || colour === 'transparent' ? 'none' : colour;
}

/** Grey bars where a text block's words are, as thumbnails in Miro show them. */
function TextBars({ item, w }: { item: TemplateItem; w: number }) {
  const fontSize = typeof item.fontSize === 'number' ? item.fontSize : 24;
  const text = typeof item.text === 'string' ? item.text : (item.text?.en ?? '');
  const width = Math.min(w, Math.max(fontSize, text.length * fontSize * 0.5));
  return (
    <rect
      x={item.x}
      y={item.y + fontSize * 0.2}
      width={width}
      height={fontSize * 0.6}
      rx={fontSize * 0.3}
      fill={TEXT_BAR}
    />
  );
}

function Shape({ item }: { item: TemplateItem }) {
  const { w, h } = templateItemSize(item);
  switch (item.type) {
    case 'frame':
      return (
        <rect
          x={item.x}
          y={item.y}
          width={w}
          height={h}
          rx={12}
          fill="#ffffff"
          stroke={OUTLINE}
          strokeWidth={Math.max(2, w / 300)}
        />
      );
    case 'text':
      return <TextBars item={item} w={w} />;
    case 'shape':
      if (item.kind === 'ellipse') {
        const stroke = item.fill === 'none' ? OUTLINE : 'none';
        return (
          <ellipse
            cx={item.x + w / 2}
            cy={item.y + h / 2}
            rx={w / 2}
            ry={h / 2}
            fill={fillOf(item)}
            stroke={stroke}
            strokeWidth={4}
          />
        );
      }
      return <rect x={item.x} y={item.y} width={w} height={h} rx={6} fill={fillOf(item)} />;
    case 'sticky':
      return <rect x={item.x} y={item.y} width={w} height={h} rx={4} fill={fillOf(item)} />;
    default:
      return (
        <rect x={item.x} y={item.y} width={w} height={h} fill="none" stroke={TEXT_BAR} strokeWidth={4} />
      );
  }
}

/**
 * A thumbnail drawn from the template's own data: every item as a plain shape in its palette colour,
 * text as grey bars. Decorative; the card around it names the template.
 */
export const TemplatePreview = memo(function TemplatePreview({
  template,
}: {
  template: Pick<Template, 'items'>;
}) {
  const bounds = templateBounds(template);
  const pad = Math.max(bounds.w, bounds.h) * 0.03;
  return (
    <svg
      className="template-preview"
      viewBox={`${bounds.x - pad} ${bounds.y - pad} ${bounds.w + pad * 2} ${bounds.h + pad * 2}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
    >
      {template.items.map((item, i) => (
        <Shape key={i} item={item} />
      ))}
    </svg>
  );
});
