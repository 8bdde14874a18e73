/** Memory of this process after full garbage collections, in MB. */
export interface HeapUsage {
  heapUsedMb: number;
  /** Buffers outside the JavaScript heap (encoded messages, SQLite blobs). */
  externalMb: number;
}

const MB = 1024 * 1024;

/** Needs `--expose-gc`; collects twice so objects freed by the first pass's finalizers go too. */
export function heapAfterGc(): HeapUsage {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('heap figures need node --expose-gc');
  gc();
  gc();
  const usage = process.memoryUsage();
  return { heapUsedMb: usage.heapUsed / MB, externalMb: usage.external / MB };
}
