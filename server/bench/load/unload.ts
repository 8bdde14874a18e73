import { sleep } from '../lib/sleep.js';
import type { Target } from '../servers/launch.js';

/**
 * Waits until the target has dropped the board from memory after its last client left, and then
 * `settleMs` more so the unload's own writes are finished before the next cold load starts. Ours
 * reports open boards on `/api/health`; the reference drops a document synchronously on the last close.
 */
export async function waitForUnload(target: Target, settleMs: number): Promise<void> {
  if (target.kind === 'ours') {
    const deadline = performance.now() + 10_000;
    for (;;) {
      const health = (await (await fetch(`http://127.0.0.1:${target.port}/api/health`)).json()) as {
        openBoards: number;
      };
      if (health.openBoards === 0) break;
      if (performance.now() > deadline) throw new Error('the board was not unloaded within 10 s');
      await sleep(10);
    }
  }
  await sleep(settleMs);
}
