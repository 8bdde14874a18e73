import type { UploadedImage } from '@werkplaats/shared';
import { ApiError } from './http';

/**
 * Sends a picture's bytes to the server, which checks what they are and how large, and answers with
 * the URL the image item points at. The file goes as it is: no form encoding, no base64.
 */
export async function uploadImage(boardId: string, file: Blob): Promise<UploadedImage> {
  const response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/images`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/octet-stream', 'x-werkplaats-csrf': '1' },
    body: file,
  });
  if (response.ok) return (await response.json()) as UploadedImage;
  let code = 'http_error';
  try {
    code = ((await response.json()) as { error?: { code?: string } }).error?.code ?? code;
  } catch {
    // A proxy's page rather than our error shape; the status tells enough.
  }
  throw new ApiError(response.status, code, `upload refused: ${response.status}`);
}
