import { useEffect } from 'react';
import { copyPayload, pasteText } from './clipboard';
import { insertImages } from './image-actions';
import { deleteSelection } from './item-actions';
import type { CommandContext } from './types';

function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, [contenteditable]') !== null;
}

/**
 * Copy, cut and paste of board items through the browser's clipboard events, which may read and write
 * the system clipboard without a permission prompt. Text fields keep their own clipboard behaviour.
 */
export function useClipboard(context: CommandContext): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      if (isTextEntry(event.target) || !event.clipboardData) return;
      const payload = copyPayload(context);
      if (!payload) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', payload);
      if (cut && !context.session.readOnly) deleteSelection(context);
    };
    const copy = (event: ClipboardEvent) => onCopy(event, false);
    const cut = (event: ClipboardEvent) => onCopy(event, true);
    const paste = (event: ClipboardEvent) => {
      if (isTextEntry(event.target) || !event.clipboardData) return;
      event.preventDefault();
      // A screenshot or a copied picture arrives as a file; it is uploaded, never pasted as bytes.
      const files = [...event.clipboardData.files];
      if (files.length > 0) void insertImages(context, files);
      else pasteText(context, event.clipboardData.getData('text/plain'));
    };
    window.addEventListener('copy', copy);
    window.addEventListener('cut', cut);
    window.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('copy', copy);
      window.removeEventListener('cut', cut);
      window.removeEventListener('paste', paste);
    };
  }, [context]);
}
