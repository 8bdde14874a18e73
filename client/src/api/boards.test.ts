import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchBoardAccess, prefetchBoardAccess } from './boards';

const access = {
  board: { id: 'board1', title: 'Week 1' },
  user: { id: 'u1', name: 'Ana', role: 'participant', commentOnly: false, color: '#123456' },
  network: null,
  session: null,
};

/** The server as far as these calls see it: who asked for what, and the answer it gives. */
function serve(status: number, body: unknown): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (path: string) => {
    asked.push(path);
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('board access', () => {
  it('takes the answer asked for as the page started, once', async () => {
    const asked = serve(200, access);
    prefetchBoardAccess('board1');
    expect(asked).toEqual(['/api/boards/board1/access']);
    await expect(fetchBoardAccess('board1')).resolves.toEqual({ kind: 'found', access });
    expect(asked).toHaveLength(1);
    // A later visit of the route asks again: the early answer may be stale by then.
    await fetchBoardAccess('board1');
    expect(asked).toHaveLength(2);
  });

  it('asks afresh for another board than the page started on', async () => {
    const asked = serve(200, access);
    prefetchBoardAccess('board1');
    await fetchBoardAccess('board2');
    expect(asked).toEqual(['/api/boards/board1/access', '/api/boards/board2/access']);
  });

  it('reads a refusal in the early answer as no access', async () => {
    serve(404, { error: { code: 'not_found', message: 'no such board' } });
    prefetchBoardAccess('board1');
    await expect(fetchBoardAccess('board1')).resolves.toEqual({ kind: 'noAccess' });
  });
});
