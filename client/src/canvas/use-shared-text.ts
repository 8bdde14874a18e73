import { updateItems, type ItemPatch } from '@werkplaats/shared';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import * as Y from 'yjs';
import { useSession } from '../sync/session-context';
import { transformPosition, type DeltaOp } from './text-delta';

type TextField = HTMLTextAreaElement | HTMLInputElement;

/**
 * The draft of a text field bound to an item's `Y.Text`: every keystroke goes straight into the
 * document (the shared op diffs it, so concurrent typing merges), and edits from others flow back in
 * with the caret kept in place. `extra` lets a caller write fields that depend on the text, such as a
 * text block's height, in the same transaction.
 */
export function useSharedText<T extends TextField>(
  id: string,
  initial: string,
  extra: (text: string) => ItemPatch = () => ({}),
): { ref: RefObject<T | null>; draft: string; change: (text: string) => void } {
  const session = useSession();
  const ref = useRef<T>(null);
  const [draft, setDraft] = useState(initial);
  const pendingCaret = useRef<[number, number] | null>(null);

  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.focus({ preventScroll: true });
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);

  useEffect(() => {
    const text = session.items.get(id)?.get('text');
    if (!(text instanceof Y.Text)) return;
    const onRemoteEdit = (event: Y.YTextEvent) => {
      if (event.transaction.origin === session.origin) return;
      const field = ref.current;
      if (field) {
        const delta = event.delta as DeltaOp[];
        pendingCaret.current = [
          transformPosition(field.selectionStart ?? 0, delta),
          transformPosition(field.selectionEnd ?? 0, delta),
        ];
      }
      setDraft(text.toString());
    };
    text.observe(onRemoteEdit);
    return () => text.unobserve(onRemoteEdit);
  }, [session, id]);

  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret && ref.current) ref.current.setSelectionRange(caret[0], caret[1]);
    pendingCaret.current = null;
  }, [draft]);

  const change = (text: string) => {
    setDraft(text);
    updateItems(session.doc, [{ id, patch: { text, ...extra(text) } as ItemPatch }], session.origin);
  };
  return { ref, draft, change };
}
