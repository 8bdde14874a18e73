/**
 * Who may call an operation. `member`: facilitators and the network's own people; `editor`: members
 * who may change the board (not observers, not comment-only experts); `commenter`: members who may
 * comment and react (not observers); `link`: anyone holding the token in the path (throttled on
 * failure); `anyone`: no credentials needed.
 */
export type OperationAccess = 'anyone' | 'link' | 'facilitator' | 'member' | 'editor' | 'commenter';

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
    method: 'post',
    path: '/api/boards/{boardId}/checkpoints',
    operationId: 'createCheckpoint',
    summary: 'Store a named snapshot of the board (when a session is closed)',
    access: 'facilitator',
  },
  {
    method: 'get',
    path: '/api/boards/{boardId}/checkpoints',
    operationId: 'listCheckpoints',
    summary: "The board's checkpoints, oldest first",
    access: 'facilitator',
  },
  {
    method: 'get',
    path: '/api/boards/{boardId}/checkpoints/{checkpointId}',
    operationId: 'getCheckpoint',
    summary: 'A checkpoint read-only: its items, and what changed on the board since',
    access: 'facilitator',
  },
  {
    method: 'post',
    path: '/api/boards/{boardId}/carry-forward',
    operationId: 'carryForward',
    summary: "Copy chosen items into the next session's board, linked to where they came from",
    access: 'facilitator',
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
    path: '/api/boards/{boardId}/images',
    operationId: 'uploadImage',
    summary: 'Upload a picture (the raw bytes: PNG, JPEG, GIF or WebP, up to 10 MB; 413 when larger)',
    access: 'editor',
  },
  {
    method: 'get',
    path: '/api/boards/{boardId}/images/{imageId}',
    operationId: 'getImage',
    summary: 'An uploaded picture, with its type as its bytes say',
    access: 'member',
  },
  {
    method: 'post',
    path: '/api/boards/{boardId}/comments',
    operationId: 'addComment',
    summary: 'Comment on an item; the server records the author and time',
    access: 'commenter',
  },
  {
    method: 'delete',
    path: '/api/boards/{boardId}/comments/{commentId}',
    operationId: 'deleteComment',
    summary: 'Delete a comment (its author, or a facilitator)',
    access: 'commenter',
  },
  {
    method: 'post',
    path: '/api/boards/{boardId}/reactions',
    operationId: 'toggleReaction',
    summary: 'Add or take back your emoji reaction on an item',
    access: 'commenter',
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
  {
    method: 'get',
    path: '/api/boards/{boardId}/export',
    operationId: 'exportBoard',
    summary:
      'A board as a file: format=json|csv|md|pdf|png|svg; frame={id} (png, svg), scale=1|2|4 (png), background=white|transparent, layout=frames|board (pdf)',
    access: 'facilitator',
  },
  {
    method: 'post',
    path: '/api/boards/import',
    operationId: 'importBoard',
    summary: 'Import a board JSON file into a new board; refused whole when invalid or from a newer version',
    access: 'facilitator',
  },
  {
    method: 'get',
    path: '/api/networks/{networkId}/export',
    operationId: 'exportNetwork',
    summary:
      'The whole network as a ZIP: network.json, notes.csv, votes.csv, report.md/.html, PDFs, PNGs and certificates (attendance={sessions needed})',
    access: 'facilitator',
  },
  {
    method: 'post',
    path: '/api/networks/import',
    operationId: 'importNetwork',
    summary:
      'Import a network.json into a new network, in one transaction; refused whole when invalid or newer',
    access: 'facilitator',
  },
  {
    method: 'get',
    path: '/api/networks/{networkId}/certificates',
    operationId: 'listCertificates',
    summary: 'Participants who qualify for a certificate (attendance={sessions needed})',
    access: 'facilitator',
  },
  {
    method: 'get',
    path: '/api/networks/{networkId}/certificates/{personId}',
    operationId: 'getCertificate',
    summary: 'One participant’s certificate of participation as PDF (attendance={sessions needed})',
    access: 'facilitator',
  },
];
