import { describe, expect, it } from 'vitest';
import { ariaShortcut, formatShortcut, matchesShortcut, type KeyInput } from './shortcuts';

function key(key: string, mods: Partial<KeyInput> = {}): KeyInput {
  return { key, code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

describe('matchesShortcut', () => {
  const undo = { key: 'z', mod: true, shift: false };
  const redo = { key: 'z', mod: true, shift: true };

  it('reads mod as Ctrl elsewhere and Cmd on a Mac', () => {
    expect(matchesShortcut(undo, key('z', { ctrlKey: true }), false)).toBe(true);
    expect(matchesShortcut(undo, key('z', { metaKey: true }), false)).toBe(false);
    expect(matchesShortcut(undo, key('z', { metaKey: true }), true)).toBe(true);
    expect(matchesShortcut(redo, key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesShortcut(undo, key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
  });

  it('does not fire plain-key shortcuts while a modifier is held', () => {
    expect(matchesShortcut({ key: 'n' }, key('n'), false)).toBe(true);
    expect(matchesShortcut({ key: 'n' }, key('N', { shiftKey: true }), false)).toBe(true);
    expect(matchesShortcut({ key: 'n' }, key('n', { ctrlKey: true }), false)).toBe(false);
    expect(matchesShortcut({ key: 'n' }, key('n', { altKey: true }), false)).toBe(false);
  });

  it('matches physical keys by code', () => {
    const fit = { code: 'Digit1', shift: true };
    expect(matchesShortcut(fit, { ...key('!', { shiftKey: true }), code: 'Digit1' }, false)).toBe(true);
    expect(matchesShortcut(fit, { ...key('1'), code: 'Digit1' }, false)).toBe(false);
  });
});

describe('formatShortcut', () => {
  it('writes shortcuts for tooltips and aria-keyshortcuts', () => {
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, true)).toBe('⌘⇧Z');
    expect(formatShortcut({ code: 'Digit1', shift: true }, false)).toBe('Shift+1');
    expect(formatShortcut({ key: 'Escape' }, false)).toBe('Esc');
    expect(ariaShortcut({ key: 'z', mod: true }, true)).toBe('Meta+Z');
    expect(ariaShortcut({ key: 'n' }, false)).toBe('N');
  });
});
