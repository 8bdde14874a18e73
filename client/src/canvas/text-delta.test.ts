import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { transformPosition, type DeltaOp } from './text-delta';

/** The delta a remote edit produces on a Y.Text holding `before`. */
function deltaOf(before: string, edit: (text: Y.Text) => void): DeltaOp[] {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, before);
  let delta: DeltaOp[] = [];
  text.observe((event) => (delta = event.delta as DeltaOp[]));
  edit(text);
  return delta;
}

describe('transformPosition', () => {
  it('shifts the caret by text inserted before it and not by text after it', () => {
    const delta = deltaOf('hello world', (t) => t.insert(0, '>> '));
    expect(transformPosition(5, delta)).toBe(8);
    const after = deltaOf('hello world', (t) => t.insert(11, '!'));
    expect(transformPosition(5, after)).toBe(5);
  });

  it('pulls the caret back over deleted text, and into a deletion that spans it', () => {
    expect(
      transformPosition(
        8,
        deltaOf('hello world', (t) => t.delete(0, 6)),
      ),
    ).toBe(2);
    expect(
      transformPosition(
        4,
        deltaOf('hello world', (t) => t.delete(2, 6)),
      ),
    ).toBe(2);
    expect(
      transformPosition(
        1,
        deltaOf('hello world', (t) => t.delete(2, 6)),
      ),
    ).toBe(1);
  });

  it('puts text inserted at the caret before it', () => {
    expect(
      transformPosition(
        5,
        deltaOf('hello world', (t) => t.insert(5, ',')),
      ),
    ).toBe(6);
  });
});
