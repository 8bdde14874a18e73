import { useState } from 'react';
import { useT } from '../i18n/use-t';

/** Copies `text` to the clipboard and says so for a moment, also to screen readers. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard access (insecure context, denied): the link stays visible to copy by hand.
    }
  };
  return (
    <button type="button" className="secondary-button" onClick={() => void copy()}>
      <span aria-live="polite">{copied ? t('invite.copied') : (label ?? t('invite.copy'))}</span>
    </button>
  );
}
