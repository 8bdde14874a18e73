import { request } from './http';

export interface Facilitator {
  id: string;
  name: string;
  email: string;
}

export interface Membership {
  networkId: string;
  networkTitle: string;
  personId: string;
  name: string;
  role: string;
}

export interface Me {
  facilitator: Facilitator | null;
  memberships: Membership[];
  /** This browser joined once but its access was withdrawn. */
  lostAccess: boolean;
}

export const getMe = (signal?: AbortSignal) => request<Me>('GET', '/api/me', undefined, signal);
export const getSetupStatus = () => request<{ needed: boolean }>('GET', '/api/setup');

export const setupFacilitator = (body: { token: string; name: string; email: string; password: string }) =>
  request<Facilitator>('POST', '/api/setup', body);

export const login = (body: { email: string; password: string }) =>
  request<Facilitator>('POST', '/api/auth/login', body);

export const logout = () => request<void>('POST', '/api/auth/logout');

export const inviteFacilitator = (email: string) =>
  request<{ path: string }>('POST', '/api/facilitator-invites', { email });

export const getFacilitatorInvite = (token: string) =>
  request<{ email: string }>('GET', `/api/facilitator-invites/${encodeURIComponent(token)}`);

export const acceptFacilitatorInvite = (token: string, body: { name: string; password: string }) =>
  request<Facilitator>('POST', `/api/facilitator-invites/${encodeURIComponent(token)}/accept`, body);
