/**
 * The subscribe half of an external store, shaped for `useSyncExternalStore`: subscribe returns its
 * own unsubscribe, and listeners get no arguments because React re-reads the snapshot itself.
 */
export class Emitter {
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  emit(): void {
    for (const listener of [...this.listeners]) listener();
  }

  get size(): number {
    return this.listeners.size;
  }
}
