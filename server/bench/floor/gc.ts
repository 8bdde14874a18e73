/**
 * A full garbage collection, when Node runs with `--expose-gc` (the floor child does). Called between
 * samples so one sample's garbage is not collected inside the next one's timing: back-to-back loads of
 * a 2 MB board in a tight loop would otherwise measure the collector as much as Yjs. A server gets
 * such pauses naturally between cold loads.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
