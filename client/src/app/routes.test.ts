import { describe, expect, it } from 'vitest';
import { boardPath, checkpointPath, parseRoute } from './routes';

describe('parseRoute', () => {
  it('recognises the home page and boards', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' });
    expect(parseRoute('/b/abc123XYZ')).toEqual({ page: 'board', boardId: 'abc123XYZ' });
    expect(parseRoute('/b/abc123XYZ/')).toEqual({ page: 'board', boardId: 'abc123XYZ' });
  });

  it('treats malformed board ids and other paths as unknown', () => {
    expect(parseRoute('/b/a')).toEqual({ page: 'unknown' });
    expect(parseRoute('/b/%E0%A4%A')).toEqual({ page: 'unknown' });
    expect(parseRoute('/b/abc/def')).toEqual({ page: 'unknown' });
    expect(parseRoute('/settings')).toEqual({ page: 'unknown' });
  });

  it('recognises the account, network and invite pages', () => {
    const token = 'a'.repeat(43);
    expect(parseRoute('/setup')).toEqual({ page: 'setup' });
    expect(parseRoute('/login')).toEqual({ page: 'login' });
    expect(parseRoute('/n/net12345')).toEqual({ page: 'network', networkId: 'net12345' });
    expect(parseRoute(`/i/${token}`)).toEqual({ page: 'invite', token });
    expect(parseRoute(`/f/${token}`)).toEqual({ page: 'facilitatorInvite', token });
    expect(parseRoute('/i/short')).toEqual({ page: 'unknown' });
  });

  it('recognises checkpoints of a board, and only with valid ids', () => {
    expect(parseRoute(checkpointPath('board123', 'chk45678'))).toEqual({
      page: 'checkpoint',
      boardId: 'board123',
      checkpointId: 'chk45678',
    });
    expect(parseRoute('/b/board123/checkpoints/a')).toEqual({ page: 'unknown' });
    expect(parseRoute('/b/board123/checkpoints')).toEqual({ page: 'unknown' });
  });

  it('round-trips board paths', () => {
    expect(parseRoute(boardPath('Zx9_-abc'))).toEqual({ page: 'board', boardId: 'Zx9_-abc' });
  });
});
