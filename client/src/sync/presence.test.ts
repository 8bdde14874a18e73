import { describe, expect, it } from 'vitest';
import { parsePeer } from './presence';

describe('parsePeer', () => {
  it('reads a well-formed state', () => {
    const peer = parsePeer(7, {
      user: { id: 'u1', name: 'Ana', color: '#0969da', role: 'observer' },
      cursor: { x: -150, y: 260 },
      selection: ['a', 3, 'b'],
      view: { x: -400, y: 100, w: 1280, h: 800 },
    });
    expect(peer).toEqual({
      clientId: 7,
      user: { id: 'u1', name: 'Ana', color: '#0969da', role: 'observer' },
      cursor: { x: -150, y: 260 },
      selection: ['a', 'b'],
      view: { x: -400, y: 100, w: 1280, h: 800 },
    });
  });

  it('skips states without a user and repairs odd fields', () => {
    expect(parsePeer(1, {})).toBeUndefined();
    expect(parsePeer(1, null)).toBeUndefined();
    const peer = parsePeer(2, {
      user: { id: 'u', name: 'B', color: 'red', role: 'boss' },
      cursor: { x: NaN, y: 1 },
      view: { x: 0, y: 0, w: 0, h: 10 },
    });
    expect(peer?.view).toBeNull();
    expect(peer?.user.color).toBe('#57606a');
    expect(peer?.user.role).toBe('participant');
    expect(peer?.cursor).toBeNull();
  });
});
