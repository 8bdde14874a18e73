import { presenceColorFor, type Role } from '@werkplaats/shared';
import type { Identity } from '../identity/identity.js';
import type {
  DirectoryStore,
  NetworkRecord,
  PersonRecord,
  SessionRecord,
} from '../storage/directory-store.js';
import type { Viewer } from './viewer.js';

/** What a viewer may do in one network. */
export interface NetworkAccess {
  role: Role;
  commentOnly: boolean;
  /** Set for people who joined by invite; facilitators have none. */
  person?: PersonRecord;
}

/**
 * The person this viewer is in `network`, if they still have access: not removed, and the invite they
 * came in with not revoked.
 */
export async function memberOf(
  directory: DirectoryStore,
  viewer: Viewer,
  networkId: string,
): Promise<PersonRecord | undefined> {
  if (!viewer.deviceId) return undefined;
  for (const person of await directory.peopleOfDevice(viewer.deviceId)) {
    if (person.networkId !== networkId || person.removedAt !== null) continue;
    const invite = await directory.invite(person.inviteId);
    if (invite && invite.revokedAt === null) return person;
  }
  return undefined;
}

/**
 * The one place roles are decided. Facilitators manage every network; people get the role of their
 * invite. An archived network stays readable for its people but no longer changes.
 */
export async function networkAccess(
  directory: DirectoryStore,
  viewer: Viewer,
  network: NetworkRecord,
): Promise<NetworkAccess | undefined> {
  if (viewer.facilitator) return { role: 'facilitator', commentOnly: false };
  const person = await memberOf(directory, viewer, network.id);
  if (!person) return undefined;
  const role: Role = network.archivedAt !== null ? 'observer' : person.role;
  return { role, commentOnly: person.commentOnly, person };
}

export interface BoardAccess {
  identity: Identity;
  network?: NetworkRecord;
  session?: SessionRecord;
}

/** Who `viewer` is on `boardId`, or undefined without access. Boards outside a network are facilitators' only. */
export async function boardAccess(
  directory: DirectoryStore,
  viewer: Viewer,
  boardId: string,
): Promise<BoardAccess | undefined> {
  const session = await directory.sessionByBoard(boardId);
  const network = session && (await directory.network(session.networkId));
  if (viewer.facilitator) {
    const { id, name } = viewer.facilitator;
    return {
      identity: { userId: id, name, role: 'facilitator', commentOnly: false, color: presenceColorFor(id) },
      network,
      session,
    };
  }
  if (!network) return undefined;
  const access = await networkAccess(directory, viewer, network);
  if (!access?.person) return undefined;
  const { id, name } = access.person;
  return {
    identity: {
      userId: id,
      name,
      role: access.role,
      commentOnly: access.commentOnly,
      color: presenceColorFor(id),
    },
    network,
    session,
  };
}
