// Child process: the raw in-process Yjs floor of each figure, pinned to the server's CPU.
import { serveMethods } from '../lib/rpc.js';
import { boardHeapFloor } from './board-heap.js';
import { coldLoadFloor } from './cold-load.js';
import { editPropagationFloor, writeThroughputFloor } from './edits.js';

export const floorMethods = {
  'floor.editPropagation': () => editPropagationFloor(),
  // A missing argument arrives as null over the RPC.
  'floor.writeThroughput': (writers?: number | null) => writeThroughputFloor(writers ?? undefined),
  'floor.coldLoad': (notes: number) => coldLoadFloor(notes),
  'floor.boardHeap': (notes: number) => boardHeapFloor(notes),
};

export type FloorMethods = typeof floorMethods;

serveMethods(floorMethods);
