import { isValidId } from '@werkplaats/shared/ids';

export type Route =
  | { page: 'home' }
  | { page: 'setup' }
  | { page: 'login' }
  | { page: 'board'; boardId: string }
  | { page: 'checkpoint'; boardId: string; checkpointId: string }
  | { page: 'network'; networkId: string }
  | { page: 'invite'; token: string }
  | { page: 'facilitatorInvite'; token: string }
  | { page: 'unknown' };

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The one parameter of `/prefix/:param`, decoded; undefined for another shape or bad encoding. */
function param(pathname: string, prefix: string): string | undefined {
  const match = new RegExp(`^/${prefix}/([^/]+)/?$`).exec(pathname);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

const CHECKPOINT = /^\/b\/([^/]+)\/checkpoints\/([^/]+)\/?$/;

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  const checkpoint = CHECKPOINT.exec(pathname);
  if (checkpoint) {
    const [boardId, checkpointId] = [checkpoint[1]!, checkpoint[2]!];
    return isValidId(boardId) && isValidId(checkpointId)
      ? { page: 'checkpoint', boardId, checkpointId }
      : { page: 'unknown' };
  }
  if (pathname === '/setup') return { page: 'setup' };
  if (pathname === '/login') return { page: 'login' };
  const boardId = param(pathname, 'b');
  if (boardId !== undefined) return isValidId(boardId) ? { page: 'board', boardId } : { page: 'unknown' };
  const networkId = param(pathname, 'n');
  if (networkId !== undefined)
    return isValidId(networkId) ? { page: 'network', networkId } : { page: 'unknown' };
  const invite = param(pathname, 'i');
  if (invite !== undefined)
    return TOKEN.test(invite) ? { page: 'invite', token: invite } : { page: 'unknown' };
  const facilitatorInvite = param(pathname, 'f');
  if (facilitatorInvite !== undefined && TOKEN.test(facilitatorInvite)) {
    return { page: 'facilitatorInvite', token: facilitatorInvite };
  }
  return { page: 'unknown' };
}

export function boardPath(boardId: string): string {
  return `/b/${encodeURIComponent(boardId)}`;
}

export function checkpointPath(boardId: string, checkpointId: string): string {
  return `${boardPath(boardId)}/checkpoints/${encodeURIComponent(checkpointId)}`;
}

export function networkPath(networkId: string): string {
  return `/n/${encodeURIComponent(networkId)}`;
}
