import { ApiError } from './http';

export type BoardExportFormat = 'png' | 'pdf' | 'svg' | 'json' | 'csv' | 'md';

export interface BoardExportOptions {
  format: BoardExportFormat;
  frameId?: string;
  /** The selection: only these items are drawn. */
  itemIds?: readonly string[];
  scale: 1 | 2 | 4;
  background: 'white' | 'transparent';
}

/** The download address of a board export; the browser fetches it with the session cookie. */
export function boardExportUrl(boardId: string, options: BoardExportOptions): string {
  const query = new URLSearchParams({ format: options.format });
  const picture = options.format === 'png' || options.format === 'svg';
  if (picture && options.itemIds && options.itemIds.length > 0) query.set('items', options.itemIds.join(','));
  else if (picture && options.frameId) query.set('frame', options.frameId);
  if (options.format === 'png') query.set('scale', String(options.scale));
  if (options.format === 'png' || options.format === 'svg') query.set('background', options.background);
  return `/api/boards/${encodeURIComponent(boardId)}/export?${query.toString()}`;
}

async function failure(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    return new ApiError(
      response.status,
      body.error?.code ?? 'error',
      body.error?.message ?? response.statusText,
    );
  } catch {
    return new ApiError(response.status, 'http_error', `${response.status}`);
  }
}

/** Saves bytes the page received as a file, the way a download link would. */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Builds and downloads the network's archive. `onProgress` hears `preparing` while the server builds
 * it, then the share of bytes received.
 */
export async function downloadNetworkArchive(
  networkId: string,
  attendance: number,
  onProgress: (progress: { phase: 'preparing' } | { phase: 'downloading'; fraction: number }) => void,
): Promise<void> {
  onProgress({ phase: 'preparing' });
  const response = await fetch(
    `/api/networks/${encodeURIComponent(networkId)}/export?attendance=${attendance}`,
    { credentials: 'same-origin' },
  );
  if (!response.ok || !response.body) throw await failure(response);
  const total = Number(response.headers.get('content-length') ?? 0);
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress({ phase: 'downloading', fraction: total > 0 ? Math.min(1, received / total) : 0 });
  }
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'network.zip';
  save(new Blob(chunks, { type: 'application/zip' }), name);
}

export type Imported = { kind: 'network'; id: string } | { kind: 'board'; id: string };

/** Imports a `network.json` or a board's JSON file, whichever `file` is; the server checks it whole. */
export async function importFile(file: File): Promise<Imported> {
  const text = await file.text();
  let kind: unknown;
  try {
    kind = (JSON.parse(text) as { kind?: unknown }).kind;
  } catch {
    throw new ApiError(400, 'invalid_json', 'not JSON');
  }
  const target = kind === 'werkplaats/board' ? 'boards' : 'networks';
  const response = await fetch(`/api/${target}/import`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-werkplaats-csrf': '1' },
    body: text,
  });
  if (!response.ok) throw await failure(response);
  const { id } = (await response.json()) as { id: string };
  return { kind: target === 'boards' ? 'board' : 'network', id };
}
