import { memo } from 'react';
import { Group, Image, Rect, Text } from './konva';
import { useT } from '../i18n/use-t';
import { useItem } from '../sync/hooks';
import { itemGroupProps, useCanDrag, type NodeProps } from './node-props';
import { FONT_FAMILY } from './sticky-text';
import { useHtmlImage } from './use-html-image';

/** An image from its URL; while loading or when broken, a grey box with its alt text. */
export const ImageNode = memo(function ImageNode({ id, gestures, readOnly }: NodeProps) {
  const item = useItem(id);
  const canDrag = useCanDrag(readOnly);
  if (!item || item.type !== 'image') return null;
  return (
    <Group {...itemGroupProps(item, gestures, canDrag)}>
      <LoadedImage src={item.src} alt={item.alt} w={item.w} h={item.h} />
    </Group>
  );
});

function LoadedImage({ src, alt, w, h }: { src: string; alt: string; w: number; h: number }) {
  const t = useT();
  const loaded = useHtmlImage(src);
  if (loaded.status === 'ready') return <Image image={loaded.image} width={w} height={h} />;
  return (
    <>
      <Rect width={w} height={h} fill="#eef0f3" stroke="#c4cad2" strokeWidth={1} cornerRadius={4} />
      <Text
        width={w}
        height={h}
        padding={12}
        text={loaded.status === 'failed' ? alt || t('item.imageFailed') : t('item.imageLoading')}
        fontSize={14}
        fontFamily={FONT_FAMILY}
        fill="#4b5158"
        align="center"
        verticalAlign="middle"
        listening={false}
      />
    </>
  );
}
