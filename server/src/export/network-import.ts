import { boardContentUpdate, isValidId, newId, type NetworkFile, type Template } from '@werkplaats/shared';
import type { NetworkImport } from '../storage/import-store.js';
import type { TemplateRecord } from '../storage/template-store.js';

/**
 * What importing `file` creates: a new network with new ids for it, its sessions and boards (items
 * keep theirs, they are unique per board), and the file's templates that are not saved here yet.
 */
export function planNetworkImport(
  file: NetworkFile,
  createdBy: string,
  existingTemplateIds: ReadonlySet<string>,
  now = Date.now(),
): NetworkImport {
  const { organiser: _organiser, ...fields } = file.network;
  const networkId = newId();
  const boards = file.sessions.map((session) => ({
    board: { id: newId(), title: session.board.title, createdAt: now },
    update: boardContentUpdate(session.board),
  }));
  const templates: TemplateRecord[] = [];
  for (const { name, scope, body } of file.templates) {
    if (existingTemplateIds.has(body.id)) continue;
    const keep = body.id.startsWith('org/') && isValidId(body.id.slice(4));
    const id = keep ? body.id.slice(4) : newId();
    const template: Template = { ...body, id: `org/${id}` };
    templates.push({
      id,
      name,
      scope,
      body: JSON.stringify(template),
      createdBy,
      createdAt: now,
      updatedAt: now,
    });
  }
  return {
    network: { ...fields, id: networkId, archivedAt: null, createdAt: now },
    sessions: file.sessions.map((session, index) => ({
      id: newId(),
      networkId,
      position: session.position,
      title: session.title,
      date: session.date,
      time: session.time,
      durationMinutes: session.durationMinutes,
      boardId: boards[index]!.board.id,
    })),
    boards,
    templates,
  };
}
