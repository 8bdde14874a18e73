/** Who a person is on a board. The server decides a connection's role; clients only display it. */
export type Role = 'facilitator' | 'participant' | 'expert' | 'observer';

export const ROLES: readonly Role[] = ['facilitator', 'participant', 'expert', 'observer'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Whether a role may change the board document. Experts can be invited to comment only: they comment
 * and react through the server's HTTP routes, never by document updates.
 */
export function canEditBoard(role: Role, commentOnly = false): boolean {
  return role !== 'observer' && !commentOnly;
}
