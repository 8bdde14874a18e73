import * as decoding from 'lib0/decoding';
import {
  getContainer,
  latestVote,
  MESSAGE_BALLOT,
  readVoteRecords,
  type Ballot,
  type VoteRecord,
} from '@werkplaats/shared';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { castVote, fetchBallot, removeVote } from '../api/votes';
import { Emitter } from '../lib/emitter';

export interface VoteSnapshot {
  /** Every vote of the board, oldest first (the export reads them all). */
  records: readonly VoteRecord[];
  /** The latest vote: the one people see and vote in. */
  current: VoteRecord | undefined;
  /** This person's own dots in `current`; only the server and their own tabs know them. */
  ballot: Ballot | null;
  /** This person said they are done voting: clicks select again instead of placing dots. */
  done: boolean;
}

/**
 * The board's votes as one snapshot for `useSyncExternalStore`: the records come from the `votes`
 * container, this person's ballot from the server (asked when the vote changes or the connection
 * comes back, and pushed by the server when another tab of theirs changes it).
 */
export class VoteState {
  private snapshot: VoteSnapshot = { records: [], current: undefined, ballot: null, done: false };
  private readonly votes: Y.Map<unknown>;
  private readonly changed = new Emitter();
  readonly subscribe = this.changed.subscribe;

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
    private readonly boardId: string,
  ) {
    this.votes = getContainer(doc, 'votes');
    provider.messageHandlers[MESSAGE_BALLOT] = (_encoder, decoder) => {
      this.receive(JSON.parse(decoding.readVarString(decoder)) as Ballot);
    };
    provider.on('status', this.onStatus);
    this.votes.observe(this.refresh);
    this.refresh();
  }

  readonly getSnapshot = (): VoteSnapshot => this.snapshot;

  destroy(): void {
    this.votes.unobserve(this.refresh);
    this.provider.off('status', this.onStatus);
  }

  setDone(done: boolean): void {
    this.update({ done });
  }

  /** Places one dot; rejects with the server's `ApiError` when it refuses. */
  async place(itemId: string): Promise<void> {
    const { current } = this.snapshot;
    if (current) this.receive(await castVote(this.boardId, current.id, itemId));
  }

  async remove(itemId: string): Promise<void> {
    const { current } = this.snapshot;
    if (current) this.receive(await removeVote(this.boardId, current.id, itemId));
  }

  private receive(ballot: Ballot | null): void {
    if (ballot && ballot.voteId === this.snapshot.current?.id) this.update({ ballot });
  }

  private readonly refresh = (): void => {
    const records = readVoteRecords(this.doc);
    const current = latestVote(records);
    const switched = current?.id !== this.snapshot.current?.id;
    this.update({
      records,
      current,
      ...(switched ? { ballot: null, done: false } : {}),
    });
    if (switched) this.loadBallot();
  };

  private readonly onStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') this.loadBallot();
  };

  private loadBallot(): void {
    const voteId = this.snapshot.current?.id;
    if (!voteId) return;
    // An unreachable server leaves the last known ballot; the next connection asks again.
    fetchBallot(this.boardId, voteId).then(
      (ballot) => this.receive(ballot),
      () => undefined,
    );
  }

  private update(patch: Partial<VoteSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.changed.emit();
  }
}
