/**
 * Who may call an operation. `member`: facilitators and the network's own people; `link`: anyone
 * holding the token in the path (throttled on failure); `anyone`: no credentials needed.
 */
export type OperationAccess = 'anyone' | 'link' | 'facilitator' | 'member';

export interface Operation {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  operationId: string;
  summary: string;
  access: OperationAccess;
}

/**
 * The account and network operations, listed once: the OpenAPI document is built from this list, and
 * the role tests walk it, so a new route cannot be added without saying who may call it.
 */
export const OPERATIONS: readonly Operation[] = [
  {
    method: 'get',
    path: '/api/setup',
    operationId: 'getSetupStatus',
    summary: 'Whether the first facilitator still has to be set up',
    access: 'anyone',
  },
  {
    method: 'post',
    path: '/api/setup',
    operationId: 'setup',
    summary: 'Create the first facilitator with the one-time setup token',
    access: 'link',
  },
  {
    method: 'post',
    path: '/api/auth/login',
    operationId: 'login',
    summary: 'Log in as a facilitator (email and password)',
    access: 'anyone',
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    operationId: 'logout',
    summary: 'End this facilitator session',
    access: 'anyone',
  },
  {
    method: 'get',
    path: '/api/me',
    operationId: 'me',
    summary: 'Who this browser is: facilitator and/or the networks it joined',
    access: 'anyone',
  },
  {
    method: 'post',
    path: '/api/facilitator-invites',
    operationId: 'inviteFacilitator',
    summary: 'Invite another facilitator by link',
    access: 'facilitator',
  },
  {
    method: 'get',
    path: '/api/facilitator-invites/{token}',
    operationId: 'getFacilitatorInvite',
    summary: 'Check a facilitator invitation',
    access: 'link',
  },
  {
    method: 'post',
    path: '/api/facilitator-invites/{token}/accept',
    operationId: 'acceptFacilitatorInvite',
    summary: 'Set a name and password and log in',
    access: 'link',
  },
  {
    method: 'get',
    path: '/api/networks',
    operationId: 'listNetworks',
    summary: 'The networks this browser may see, with their sessions',
    access: 'member',
  },
  {
    method: 'post',
    path: '/api/networks',
    operationId: 'createNetwork',
    summary: 'Create a network; its sessions and boards from a programme (and theme pack) unless given',
    access: 'facilitator',
  },
  {
    method: 'get',
    path: '/api/networks/{networkId}',
    operationId: 'getNetwork',
    summary: 'A network with its sessions',
    access: 'member',
  },
  {
    method: 'patch',
    path: '/api/networks/{networkId}',
    operationId: 'updateNetwork',
    summary: 'Change a network',
    access: 'facilitator',
  },
  {
    method: 'post',
    path: '/api/networks/{networkId}/archive',
    operationId: 'archiveNetwork',
    summary: 'Archive a network: readable, no longer editable',
    access: 'facilitator',
  },
  {
    method: 'post',
    path: '/api/networks/{networkId}/sessions',
    operationId: 'createSession',
    summary: 'Add a session (with its own board)',
    access: 'facilitator',
  },
  {
    method: 'patch',
    path: '/api/networks/{networkId}/sessions/{sessionId}',
    operationId: 'updateSession',
    summary: 'Change a session',
    access: 'facilitator',
  },
  {
    method: 'delete',
    path: '/api/networks/{networkId}/sessions/{sessionId}',
    operationId: 'deleteSession',
    summary: 'Remove a session',
    access: 'facilitator',
  },
  {
    method: 'put',
    path: '/api/networks/{networkId}/sessions/order',
    operationId: 'reorderSessions',
    summary: 'Put the sessions in a new order',
    access: 'facilitator',
  },
  {
    method: 'post',
    path: '/api/networks/{networkId}/invites',
    operationId: 'createInvite',
    summary: 'Create an invite link (its token is returned once)',
    access: 'facilitator',
  },
  {
    method: 'get',
    path: '/api/networks/{networkId}/invites',
    operationId: 'listInvites',
    summary: 'The network’s invite links and their status',
    access: 'facilitator',
  },
  {
    method: 'delete',
    path: '/api/networks/{networkId}/invites/{inviteId}',
    operationId: 'revokeInvite',
    summary: 'Revoke a link; people who joined by it lose access',
    access: 'facilitator',
  },
  {
    method: 'get',
    path: '/api/invites/{token}',
    operationId: 'getInvitePreview',
    summary: 'What an invite link leads to',
    access: 'link',
  },
  {
    method: 'post',
    path: '/api/invites/{token}/accept',
    operationId: 'join',
    summary: 'Join with a name (and organisation); sets the device cookie',
    access: 'link',
  },
  {
    method: 'get',
    path: '/api/networks/{networkId}/people',
    operationId: 'listPeople',
    summary: 'The people of a network',
    access: 'facilitator',
  },
  {
    method: 'delete',
    path: '/api/networks/{networkId}/people/{personId}',
    operationId: 'removePerson',
    summary: 'Remove a person; their live connections close',
    access: 'facilitator',
  },
  {
    method: 'get',
    path: '/api/networks/{networkId}/attendance',
    operationId: 'getAttendance',
    summary: 'Who was on each session’s board during its time',
    access: 'facilitator',
  },
  {
    method: 'post',
    path: '/api/boards',
    operationId: 'createBoard',
    summary: 'Create a board outside any network',
    access: 'facilitator',
  },
  {
    method: 'get',
    path: '/api/boards/{boardId}',
    operationId: 'getBoard',
    summary: 'A board’s metadata',
    access: 'member',
  },
  {
    method: 'post',
    path: '/api/boards/{boardId}/sync-ticket',
    operationId: 'createSyncTicket',
    summary:
      'A single-use ticket (valid 60 s) to open this board’s sync socket without cookies: /sync/{boardId}?ticket=…',
    access: 'member',
  },
  {
    method: 'get',
    path: '/api/boards/{boardId}/thumbnail.svg',
    operationId: 'getBoardThumbnail',
    summary: 'A small SVG picture of the board (shapes and colours only, no text)',
    access: 'member',
  },
  {
    method: 'get',
    path: '/api/boards/{boardId}/access',
    operationId: 'getBoardAccess',
    summary: 'Who the caller is on a board: name, role, network, session',
    access: 'member',
  },
  {
    method: 'post',
    path: '/api/boards/{boardId}/votes',
    operationId: 'startVote',
    summary: 'Start a dot vote on a frame or the whole board (budget, dots per item, optional end time)',
    access: 'facilitator',
  },
  {
    method: 'post',
    path: '/api/boards/{boardId}/votes/close',
    operationId: 'closeVote',
    summary: 'Close a vote: dots can no longer change',
    access: 'facilitator',
  },
  {
    method: 'post',
    path: '/api/boards/{boardId}/votes/reveal',
    operationId: 'revealVote',
    summary: 'Close a vote and write its totals and number of voters into the board',
    access: 'facilitator',
  },
  {
    method: 'get',
    path: '/api/boards/{boardId}/votes/ballot',
    operationId: 'getMyBallot',
    summary: 'The caller’s own dots in a vote (?voteId=…, else the latest vote); null before any vote',
    access: 'member',
  },
  {
    method: 'post',
    path: '/api/boards/{boardId}/votes/dots',
    operationId: 'castVote',
    summary: 'Place one of the caller’s dots on an item of an open vote; refused beyond the budget',
    access: 'member',
  },
  {
    method: 'post',
    path: '/api/boards/{boardId}/votes/dots/remove',
    operationId: 'removeVote',
    summary: 'Take one of the caller’s dots off an item of an open vote',
    access: 'member',
  },
  {
    method: 'get',
    path: '/api/boards/{boardId}/votes/participation',
    operationId: 'getVoteParticipation',
    summary: 'Per participant, dots used and left in the open vote (counts only)',
    access: 'facilitator',
  },
  {
    method: 'get',
    path: '/api/templates',
    operationId: 'listTemplates',
    summary: 'The organisation’s saved templates, with their content',
    access: 'facilitator',
  },
  {
    method: 'post',
    path: '/api/templates',
    operationId: 'createTemplate',
    summary: 'Save a frame or a whole board as a template (a template document, validated whole)',
    access: 'facilitator',
  },
  {
    method: 'post',
    path: '/api/templates/import',
    operationId: 'importTemplate',
    summary: 'Import an exported template file; refused whole when invalid or from a newer version',
    access: 'facilitator',
  },
  {
    method: 'patch',
    path: '/api/templates/{templateId}',
    operationId: 'renameTemplate',
    summary: 'Rename a saved template',
    access: 'facilitator',
  },
  {
    method: 'get',
    path: '/api/templates/{templateId}/export',
    operationId: 'exportTemplate',
    summary: 'A saved template as a JSON file to download',
    access: 'facilitator',
  },
  {
    method: 'delete',
    path: '/api/templates/{templateId}',
    operationId: 'deleteTemplate',
    summary: 'Delete a saved template',
    access: 'facilitator',
  },
];
