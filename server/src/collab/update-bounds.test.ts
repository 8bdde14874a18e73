import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, createItem, createLocalOrigin } from '@werkplaats/shared';
import { assertBoundedUpdate, UPDATE_LIMITS } from './update-bounds.js';

/** Every kind of content Yjs writes: strings, formats, embeds, any, binary, types, xml, subdocs, deletions. */
function everyKindOfUpdate(): Uint8Array {
  const doc = createBoardDoc();
  createItem(
    doc,
    { type: 'sticky', x: 1, y: 2, text: 'note' },
    { userId: 'u', name: 'U' },
    createLocalOrigin('u'),
  );
  const text = doc.getText('t');
  text.insert(0, 'hello world', { bold: true });
  text.insertEmbed(5, { image: 'x.png' });
  text.format(0, 3, { italic: true });
  text.delete(2, 2);
  const map = doc.getMap('m');
  map.set('any', { nested: [1, 2.5, -3, true, false, null, 'x', { deep: [new Uint8Array([1, 2])] }] });
  map.set('big', 2n ** 60n);
  map.set('bin', new Uint8Array([9, 8, 7]));
  map.set('sub', new Y.Doc());
  map.set('arr', Y.Array.from([1, 'two']));
  const xml = doc.getXmlFragment('x');
  const element = new Y.XmlElement('p');
  element.setAttribute('class', 'c');
  element.insert(0, [new Y.XmlText('inner')]);
  xml.insert(0, [element]);
  // A hook is a named map; Yjs's types do not let it into a fragment, so it goes into the map.
  map.set('hook', new Y.XmlHook('hook'));
  map.delete('arr');
  return Y.encodeStateAsUpdate(doc);
}

/** An update that claims `structs` GC structs and carries one (the shape of yjs issue 687). */
function bomb(structs: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, structs);
  encoding.writeVarUint(encoder, 1234);
  encoding.writeVarUint(encoder, 0);
  encoding.writeUint8(encoder, 0);
  encoding.writeVarUint(encoder, 1);
  return encoding.toUint8Array(encoder);
}

function timed(run: () => void): number {
  const start = performance.now();
  try {
    run();
  } catch {
    // Only the time matters here; what is thrown is checked elsewhere.
  }
  return performance.now() - start;
}

describe('assertBoundedUpdate', () => {
  it('passes every update Yjs itself writes, and empty ones', () => {
    expect(() => assertBoundedUpdate(everyKindOfUpdate())).not.toThrow();
    expect(() => assertBoundedUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).not.toThrow();
    const doc = new Y.Doc();
    const before = Y.encodeStateVector(doc);
    doc.getArray('a').insert(0, [1]);
    expect(() => assertBoundedUpdate(Y.encodeStateAsUpdate(doc, before))).not.toThrow();
  });

  it('refuses every truncation of a real update', () => {
    const update = everyKindOfUpdate();
    for (let length = 0; length < update.length; length++) {
      expect(() => assertBoundedUpdate(update.subarray(0, length)), `first ${length} bytes`).toThrow();
    }
  });

  it.each([1e3, 1e6, 3e7, 2 ** 32 - 1, 2 ** 40, Number.MAX_SAFE_INTEGER])(
    'refuses a few bytes claiming %d structs at once',
    (structs) => {
      expect(() => assertBoundedUpdate(bomb(structs))).toThrow(/count beyond the update/);
      expect(timed(() => assertBoundedUpdate(bomb(structs)))).toBeLessThan(5);
    },
  );

  it('refuses an update with more structs than the limit, before walking them all', () => {
    const structs = UPDATE_LIMITS.structs + 1;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, structs);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 0);
    for (let i = 0; i < structs; i++) {
      encoding.writeUint8(encoder, 0);
      encoding.writeVarUint(encoder, 1);
    }
    encoding.writeVarUint(encoder, 0);
    const dense = encoding.toUint8Array(encoder);
    expect(() => assertBoundedUpdate(dense)).toThrow(/too many structs/);
    expect(timed(() => assertBoundedUpdate(dense))).toBeLessThan(20);
  });

  it('refuses trailing bytes, unknown content and values nested without end', () => {
    const update = everyKindOfUpdate();
    expect(() => assertBoundedUpdate(new Uint8Array([...update, 0]))).toThrow(/after the end/);
    // One struct of content kind 11, which does not exist, parented to the root type "a".
    expect(() => assertBoundedUpdate(new Uint8Array([1, 1, 5, 0, 11, 1, 1, 97, 0]))).toThrow(/content kind/);
    // ContentAny holding one array nested 1,000 deep.
    const deep = new Uint8Array([
      1,
      1,
      5,
      0,
      8,
      1,
      1,
      97,
      1,
      ...new Array<number>(1000).fill(117).flatMap((t) => [t, 1]),
    ]);
    expect(() => assertBoundedUpdate(deep)).toThrow(/nested too deeply/);
  });
});
