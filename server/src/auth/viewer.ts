import type { DirectoryStore, FacilitatorRecord } from '../storage/directory-store.js';
import { DEVICE_COOKIE, FACILITATOR_COOKIE, cookieFrom } from './cookies.js';
import { hashToken, isTokenShaped } from './tokens.js';

/** Who sent a request, from its cookies. A browser can be a logged-in facilitator and a device at once. */
export interface Viewer {
  facilitator?: FacilitatorRecord;
  /** Id of the device session: the key to the people this browser is in its networks. */
  deviceId?: string;
}

async function session(directory: DirectoryStore, token: string | undefined, kind: 'facilitator' | 'device') {
  if (!token || !isTokenShaped(token)) return undefined;
  const found = await directory.authSession(hashToken(token));
  return found && found.kind === kind && found.expiresAt > Date.now() ? found : undefined;
}

export async function viewerFromCookies(
  directory: DirectoryStore,
  cookieHeader: string | undefined,
): Promise<Viewer> {
  const viewer: Viewer = {};
  const login = await session(directory, cookieFrom(cookieHeader, FACILITATOR_COOKIE), 'facilitator');
  if (login) viewer.facilitator = await directory.facilitatorById(login.subjectId);
  const device = await session(directory, cookieFrom(cookieHeader, DEVICE_COOKIE), 'device');
  if (device) viewer.deviceId = device.subjectId;
  return viewer;
}
