import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  createItem,
  createLocalOrigin,
  deleteItems,
  MESSAGE_AUTH,
  MESSAGE_SYNC,
  moveItems,
  getItemsMap,
  InvalidItemError,
  setItemsLocked,
  setItemText,
  STICKY_COLOR_NAMES,
  updateItems,
  type Origin,
  type Prng,
} from '@werkplaats/shared';
import type { RoomManager } from '../../src/collab/room-manager.js';
import type { Identity } from '../../src/identity/identity.js';
import type { Link, SimNetwork } from './sim-network.js';

/** Origin of what arrives from the server: never sent back. */
const WIRE = Symbol('wire');

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/**
 * A board tab over the simulated network, speaking y-websocket to the server's real `Connection`.
 * Like the real client it edits offline once it has loaded the board, and after a refusal it drops
 * its copy and loads the server's afresh under a new client id (the server takes nothing more from the
 * refused one).
 */
export class SimClient {
  doc: Y.Doc;
  /** Has loaded the board at least once in this copy: edits are possible, also offline. */
  loaded = false;
  /** Ticks until the next reconnect attempt while offline. */
  offlineFor = 0;
  refusals = 0;
  private link: Link | undefined;
  private readonly origin: Origin;
  private readonly author: { userId: string; name: string };

  constructor(
    readonly identity: Identity,
    private readonly network: SimNetwork,
    private readonly prng: Prng,
    private nextClientId: () => number,
  ) {
    this.origin = createLocalOrigin(identity.userId);
    this.author = { userId: identity.userId, name: identity.name };
    this.doc = this.freshDoc();
  }

  get online(): boolean {
    return this.link?.isOpen ?? false;
  }

  private freshDoc(): Y.Doc {
    const doc = new Y.Doc();
    // Fixed client ids: Yjs breaks ties by client id, so random ones would make a seed unreplayable.
    doc.clientID = this.nextClientId();
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== WIRE)
        this.link?.push(
          'up',
          syncMessage((e) => syncProtocol.writeUpdate(e, update)),
        );
    });
    return doc;
  }

  async connect(rooms: RoomManager, boardId: string): Promise<void> {
    if (this.online) return;
    const link = this.network.connect({
      receive: (data) => this.receive(link, data),
      closed: () => {
        if (this.link === link) this.link = undefined;
        this.offlineFor = 1 + this.prng.int(20);
      },
    });
    this.link = link;
    if (await link.open(rooms, boardId, this.identity)) {
      link.push(
        'up',
        syncMessage((e) => syncProtocol.writeSyncStep1(e, this.doc)),
      );
    } else {
      link.close(1013);
    }
  }

  disconnect(): void {
    this.link?.close(1000);
  }

  private receive(link: Link, data: Uint8Array): void {
    if (link !== this.link) return;
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AUTH) {
      this.refusals++;
      this.doc.destroy();
      this.doc = this.freshDoc();
      this.loaded = false;
      link.close(1000);
      this.offlineFor = 0;
      return;
    }
    if (type !== MESSAGE_SYNC) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    const syncType = syncProtocol.readSyncMessage(decoder, encoder, this.doc, WIRE);
    if (encoding.length(encoder) > 1) link.push('up', encoding.toUint8Array(encoder));
    if (syncType === syncProtocol.messageYjsSyncStep2) this.loaded = true;
  }

  /** One thing a person does on the board; participants leave locked items alone, as the UI makes them. */
  randomEdit(): void {
    if (!this.loaded) return;
    const { prng, doc, origin } = this;
    const facilitator = this.identity.role === 'facilitator';
    // Ids straight from the map: parsing every item on every edit would make the test slow, not better.
    const items = [...getItemsMap(doc).entries()]
      .filter(([, map]) => facilitator || map.get('locked') !== true)
      .map(([id]) => ({ id }));
    const roll = prng.next();
    if (items.length === 0 || roll < 0.25) {
      createItem(
        doc,
        {
          type: 'sticky',
          id: `n${prng.word(12)}`,
          x: prng.int(3000),
          y: prng.int(3000),
          color: prng.pick(STICKY_COLOR_NAMES),
          text: prng.word(1 + prng.int(8)),
        },
        this.author,
        origin,
      );
      return;
    }
    const { id } = prng.pick(items);
    try {
      if (roll < 0.5) moveItems(doc, [{ id, x: prng.int(3000), y: prng.int(3000) }], origin);
      else if (roll < 0.7) setItemText(doc, id, prng.word(1 + prng.int(10)), origin);
      else if (roll < 0.8)
        updateItems(doc, [{ id, patch: { color: prng.pick(STICKY_COLOR_NAMES) } }], origin);
      else if (roll < 0.9 || !facilitator) deleteItems(doc, [id], origin);
      else setItemsLocked(doc, [id], prng.chance(0.6), origin);
    } catch (error) {
      // An item can be briefly unreadable here (a concurrent delete arrived before the insert it
      // removes); the ops refuse it, and the UI never shows it, so a person could not have picked it.
      if (!(error instanceof InvalidItemError)) throw error;
    }
  }
}
