import { useEffect, useState } from 'react';

export type ImageState =
  { status: 'loading' | 'failed'; image: null } | { status: 'ready'; image: HTMLImageElement };

/**
 * Loads an image for the canvas. Konva draws `HTMLImageElement`s, so the browser's own cache and
 * decoding do the work; a failed load is reported, not thrown, so a broken link shows a placeholder.
 */
export function useHtmlImage(src: string): ImageState {
  const [state, setState] = useState<{ src: string; value: ImageState }>({
    src,
    value: { status: 'loading', image: null },
  });
  useEffect(() => {
    const image = new window.Image();
    let live = true;
    image.onload = () => live && setState({ src, value: { status: 'ready', image } });
    image.onerror = () => live && setState({ src, value: { status: 'failed', image: null } });
    image.src = src;
    return () => {
      live = false;
    };
  }, [src]);
  return state.src === src ? state.value : { status: 'loading', image: null };
}
