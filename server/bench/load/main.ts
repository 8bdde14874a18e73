// Child process: the load generator. All clients live here, so every writer and reader timestamp
// comes from one clock (performance.now() of this process).
import { startLagSampler, type LagWindow } from '../lib/lag-sampler.js';
import { serveMethods } from '../lib/rpc.js';
import { runColdLoad, type ColdLoadConfig } from './cold-load.js';
import { EditRun, type EditLoadConfig } from './edits.js';

const lag = startLagSampler();
let run: EditRun | undefined;

function current(): EditRun {
  if (!run) throw new Error('no edit load is running');
  return run;
}

export const loadMethods = {
  'lag.read': (window: LagWindow) => lag.read(window),
  'edits.start': async (config: EditLoadConfig) => {
    run = await EditRun.start(config);
  },
  'edits.measure': () => current().measure(),
  'edits.endWindow': () => current().endWindow(),
  'edits.finish': async () => {
    const result = await current().finish();
    run = undefined;
    return result;
  },
  'coldload.run': (config: ColdLoadConfig) => runColdLoad(config),
};

export type LoadMethods = typeof loadMethods;

serveMethods(loadMethods);
