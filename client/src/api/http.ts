/** An answer from the API that is not a success, with the server's error code when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.message)
      return new ApiError(response.status, body.error.code ?? 'error', body.error.message);
  } catch {
    // Not our JSON error shape (a proxy page, an empty body): fall back to the status line.
  }
  return new ApiError(response.status, 'http_error', `${response.status} ${response.statusText}`.trim());
}

/**
 * One call to our API. Cookies carry who we are; the CSRF header tells the server the request comes
 * from this app (another site's page cannot add it without a preflight the server never grants).
 */
export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  return readAnswer<T>(await send(method, path, body, signal));
}

/** The request of `request`, without reading its answer. */
export function send(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
  return fetch(path, {
    method,
    signal,
    credentials: 'same-origin',
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(method === 'GET' ? {} : { 'x-werkplaats-csrf': '1' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The body of a successful answer; an `ApiError` for any other. */
export async function readAnswer<T>(response: Response): Promise<T> {
  if (!response.ok) throw await errorFrom(response);
  return (response.status === 204 ? undefined : await response.json()) as T;
}
