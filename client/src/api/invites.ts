import type { Locale } from '@werkplaats/shared';
import { request } from './http';

export type InviteRole = 'participant' | 'expert' | 'observer';
export type InviteStatus = 'active' | 'revoked' | 'expired' | 'used_up' | 'full';

export interface Invite {
  id: string;
  role: InviteRole;
  commentOnly: boolean;
  expiresAt: number | null;
  maxUses: number | null;
  uses: number;
  status: InviteStatus;
  createdAt: number;
}

export interface InviteOptions {
  role: InviteRole;
  commentOnly: boolean;
  expiresAt: number | null;
  maxUses: number | null;
}

export interface InvitePreview {
  network: {
    id: string;
    title: string;
    theme: string;
    description: string;
    language: Locale;
    startDate: string;
  };
  role: InviteRole;
  commentOnly: boolean;
  member: { name: string; organisation: string | null } | null;
}

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/invites`;

export const listInvites = (networkId: string) => request<Invite[]>('GET', base(networkId));
/** The link's token comes back this once; the server keeps only its hash. */
export const createInvite = (networkId: string, options: InviteOptions) =>
  request<Invite & { path: string }>('POST', base(networkId), options);
export const revokeInvite = (networkId: string, inviteId: string) =>
  request<void>('DELETE', `${base(networkId)}/${inviteId}`);

export const getInvitePreview = (token: string) =>
  request<InvitePreview>('GET', `/api/invites/${encodeURIComponent(token)}`);
export const acceptInvite = (token: string, body: { name: string; organisation?: string }) =>
  request<{ networkId: string; personId: string }>(
    'POST',
    `/api/invites/${encodeURIComponent(token)}/accept`,
    body,
  );
