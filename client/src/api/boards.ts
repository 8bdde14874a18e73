/** A board as the HTTP API describes it. */
export interface BoardInfo {
  id: string;
  title: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return new ApiError(response.status, body.error.message);
  } catch {
    // Not our JSON error shape (a proxy page, an empty body): fall back to the status line.
  }
  return new ApiError(response.status, `${response.status} ${response.statusText}`.trim());
}

function asBoardInfo(body: unknown): BoardInfo {
  const record = (body ?? {}) as Record<string, unknown>;
  if (typeof record.id !== 'string') throw new ApiError(500, 'unexpected response');
  return { id: record.id, title: typeof record.title === 'string' ? record.title : '' };
}

export async function createBoard(title: string): Promise<BoardInfo> {
  const response = await fetch('/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(title ? { title } : {}),
  });
  if (!response.ok) throw await errorFrom(response);
  return asBoardInfo(await response.json());
}

export type BoardLookup =
  | { kind: 'found'; board: BoardInfo }
  | { kind: 'notFound' }
  /** No answer (offline, server restarting): the board may still be opened from local storage. */
  | { kind: 'unreachable' };

export async function fetchBoard(boardId: string, signal?: AbortSignal): Promise<BoardLookup> {
  let response: Response;
  try {
    response = await fetch(`/api/boards/${encodeURIComponent(boardId)}`, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: 'unreachable' };
  }
  if (response.status === 404) return { kind: 'notFound' };
  if (!response.ok) return { kind: 'unreachable' };
  return { kind: 'found', board: asBoardInfo(await response.json()) };
}
