import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/http';

/**
 * Runs a form's action once at a time and keeps its error for display. The server's message is shown
 * as is for validation errors; everything else is the page's own, translated text.
 */
export function useSubmit(action: () => Promise<void>, describe: (error: unknown) => string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(describe(failure));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}

export function errorCode(error: unknown): string {
  return error instanceof ApiError ? error.code : 'network_error';
}
