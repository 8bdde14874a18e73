import { describe, expect, it } from 'vitest';
import { parsePeer } from './presence';

describe('parsePeer', () => {
  it('reads a well-formed state', () => {
    const peer = parsePeer(7, {
      user: { id: 'u1', name: 'Ana', color: '#0969da', role: 'observer' },
      cursor: { x: -150, y: 260 },
      selection: ['a', 3, 'b'],
    });
    expect(peer).toEqual({
      clientId: 7,
      user: { id: 'u1', name: 'Ana', color: '#0969da', role: 'observer' },
      cursor: { x: -150, y: 260 },
      selection: ['a', 'b'],
    });
  });

  it('skips states without a user and repairs odd fields', () => {
    expect(parsePeer(1, {})).toBeUndefined();
    expect(parsePeer(1, null)).toBeUndefined();
    const peer = parsePeer(2, {
      user: { id: 'u', name: 'B', color: 'red', role: 'boss' },
      cursor: { x: NaN, y: 1 },
    });
    expect(peer?.user.color).toBe('#57606a');
    expect(peer?.user.role).toBe('participant');
    expect(peer?.cursor).toBeNull();
  });
});
