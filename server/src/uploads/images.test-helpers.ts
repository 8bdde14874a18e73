/** A real 1×1 PNG, as a browser would upload it. */
export const TINY_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);

/** POSTs raw bytes as the client's upload does. */
export function uploadBytes(
  baseUrl: string,
  boardId: string,
  body: Uint8Array<ArrayBuffer> | string,
  cookie: string,
  contentType = 'application/octet-stream',
): Promise<Response> {
  return fetch(`${baseUrl}/api/boards/${boardId}/images`, {
    method: 'POST',
    headers: { cookie, 'x-werkplaats-csrf': '1', 'content-type': contentType },
    body,
  });
}
