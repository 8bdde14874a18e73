// Child process: the load generator. All clients live here, so every writer and reader timestamp
// comes from one clock (performance.now() of this process).
import { startLagSampler, type LagWindow } from '../lib/lag-sampler.js';
import { serveMethods } from '../lib/rpc.js';
import { runColdLoad, writeBoard, type ColdLoadConfig } from './cold-load.js';
import { EditRun, type EditLoadConfig } from './edits.js';
import { Loaders } from './loaders.js';
import { cycle, hold, release, timeUnload } from './memory.js';
import type { Target } from '../servers/launch.js';

const lag = startLagSampler();
let run: EditRun | undefined;
let loaders: Loaders | undefined;

function current(): EditRun {
  if (!run) throw new Error('no edit load is running');
  return run;
}

export const loadMethods = {
  'lag.read': (window: LagWindow) => lag.read(window),
  'edits.start': async (config: EditLoadConfig) => {
    run = await EditRun.start(config);
  },
  'edits.measure': (windowMs: number) => current().measure(windowMs),
  'edits.endWindow': () => current().endWindow(),
  'edits.finish': async () => {
    const result = await current().finish();
    run = undefined;
    return result;
  },
  'coldload.run': (config: ColdLoadConfig) => runColdLoad(config),
  'loaders.start': (args: { target: Target; boardId: string; count: number; boardBytes: number }) => {
    loaders = new Loaders(args.target, args.boardId, args.count, args.boardBytes);
  },
  'loaders.stop': async () => {
    if (!loaders) throw new Error('no loaders are running');
    const result = await loaders.stop();
    loaders = undefined;
    return result;
  },
  'memory.writeBoard': (args: { target: Target; boardId: string; notes: number }) =>
    writeBoard(args.target, args.boardId, args.notes),
  'memory.hold': (args: { target: Target; boardId: string }) => hold(args.target, args.boardId),
  'memory.release': () => release(),
  'memory.timeUnload': (args: { target: Target; limitMs: number }) => timeUnload(args.target, args.limitMs),
  'memory.cycle': (args: { target: Target; boardIds: string[]; cycles: number; concurrency: number }) =>
    cycle(args.target, args.boardIds, args.cycles, args.concurrency),
};

export type LoadMethods = typeof loadMethods;

serveMethods(loadMethods);
