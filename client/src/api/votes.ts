import type { Ballot, StartVoteRequest, VoteParticipation, VoteRecord } from '@werkplaats/shared';
import { request } from './http';

const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/votes`;

export const startVote = (boardId: string, body: StartVoteRequest) =>
  request<VoteRecord>('POST', base(boardId), body);

export const closeVote = (boardId: string, voteId: string) =>
  request<VoteRecord>('POST', `${base(boardId)}/close`, { voteId });

export const revealVote = (boardId: string, voteId: string) =>
  request<VoteRecord>('POST', `${base(boardId)}/reveal`, { voteId });

export const fetchBallot = (boardId: string, voteId: string) =>
  request<Ballot | null>('GET', `${base(boardId)}/ballot?voteId=${encodeURIComponent(voteId)}`);

export const castVote = (boardId: string, voteId: string, itemId: string) =>
  request<Ballot>('POST', `${base(boardId)}/dots`, { voteId, itemId });

export const removeVote = (boardId: string, voteId: string, itemId: string) =>
  request<Ballot>('POST', `${base(boardId)}/dots/remove`, { voteId, itemId });

export const fetchVoteParticipation = (boardId: string) =>
  request<VoteParticipation>('GET', `${base(boardId)}/participation`);
