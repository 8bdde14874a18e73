/** What `TurnBatch` needs of a socket: Node's `net.Socket` (any `Writable`) has both. */
export interface Corkable {
  cork(): void;
  uncork(): void;
}

/**
 * Gathers each socket's writes of one event-loop turn into one system call. A room answers every
 * update it accepts with a message to each other peer; written one by one, 50 writers on one board make
 * about 100,000 socket writes a second, and those writes were most of the server's time. A socket is
 * corked at its first message of a turn and every corked socket is uncorked once the turn's I/O has been
 * handled (`setImmediate`), so each recipient gets one `writev` per turn carrying every message of that
 * turn, still one WebSocket frame per message and in the order they were sent.
 */
export class TurnBatch {
  private readonly corked = new Set<Corkable>();

  /** Holds `socket`'s writes until the end of this turn; a no-op for a socket already held. */
  hold(socket: Corkable): void {
    if (this.corked.has(socket)) return;
    if (this.corked.size === 0) setImmediate(this.flush);
    socket.cork();
    this.corked.add(socket);
  }

  private readonly flush = (): void => {
    const sockets = [...this.corked];
    this.corked.clear();
    // A write to a closed socket fails on that socket alone (its 'error' event), never here.
    for (const socket of sockets) socket.uncork();
  };
}
