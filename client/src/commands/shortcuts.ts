import type { Shortcut } from './types';

export type KeyInput = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function matchesShortcut(shortcut: Shortcut, event: KeyInput, isMac = IS_MAC): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const otherMod = isMac ? event.ctrlKey : event.metaKey;
  if (Boolean(shortcut.mod) !== mod || otherMod) return false;
  if (Boolean(shortcut.alt) !== event.altKey) return false;
  if (shortcut.shift !== undefined && shortcut.shift !== event.shiftKey) return false;
  if (shortcut.code !== undefined) return event.code === shortcut.code;
  return shortcut.key !== undefined && event.key.toLowerCase() === shortcut.key.toLowerCase();
}

const KEY_NAMES: Record<string, string> = {
  Escape: 'Esc',
  Delete: 'Del',
  ' ': 'Space',
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  BracketLeft: '[',
  BracketRight: ']',
};

/** How a shortcut is written in tooltips: "Ctrl+Shift+Z" elsewhere, "⌘⇧Z" on a Mac. */
export function formatShortcut(shortcut: Shortcut, isMac = IS_MAC): string {
  const name = shortcut.code?.replace(/^(Digit|Key)/, '') ?? shortcut.key ?? '';
  const key = KEY_NAMES[name] ?? (name.length === 1 ? name.toUpperCase() : name);
  if (isMac) return `${shortcut.mod ? '⌘' : ''}${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${key}`;
  return [shortcut.mod && 'Ctrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift', key]
    .filter(Boolean)
    .join('+');
}

/** The `aria-keyshortcuts` spelling of a shortcut. */
export function ariaShortcut(shortcut: Shortcut, isMac = IS_MAC): string {
  const name = shortcut.code?.replace(/^(Digit|Key)/, '') ?? shortcut.key ?? '';
  const key = name === ' ' ? 'Space' : name.length === 1 ? name.toUpperCase() : name;
  return [shortcut.mod && (isMac ? 'Meta' : 'Control'), shortcut.alt && 'Alt', shortcut.shift && 'Shift', key]
    .filter(Boolean)
    .join('+');
}
