// `pnpm bench [name…]`: runs the benchmark scenarios, prints a table per scenario and a summary, and
// writes everything measured to bench/results/<timestamp>.json at the repository root.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { killAllChildren, SERVER_DIR } from './lib/children.js';
import { describeMachine, planCores } from './lib/machine.js';
import { othersPercent, readCpuCounters } from './lib/machine-load.js';
import { renderTable } from './lib/table.js';
import { OTHERS_CPU_LIMIT_PERCENT } from './scenarios/harness.js';
import { SCENARIOS } from './scenarios/index.js';
import type { BenchContext, ScenarioReport } from './scenarios/types.js';
import { removeServerDirs } from './servers/launch.js';

const REPO_ROOT = join(SERVER_DIR, '..');
const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');

function cleanUp(): void {
  killAllChildren();
  removeServerDirs();
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: stopping servers and load\n`);
    process.exit(130);
  });
}

/** P4 is measured during P3's window, so `pnpm bench p4` runs p3. */
const ALIASES: Record<string, string> = { p4: 'p3' };

function usage(): string {
  return [
    'usage: pnpm bench [name…]',
    '',
    ...SCENARIOS.map((scenario) => `  ${scenario.name.padEnd(4)} ${scenario.title}`),
    '',
    'p4 runs p3, whose window P4 is measured in. Without a name every scenario runs.',
  ].join('\n');
}

/** CPU the rest of the machine uses over two seconds before the run, in percent of one core. */
async function idleCheck(): Promise<number | undefined> {
  const start = readCpuCounters();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  return othersPercent(start, readCpuCounters(), 0);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).map((arg) => arg.toLowerCase());
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage());
    return 0;
  }
  const unknown = args.filter(
    (arg) => !SCENARIOS.some((scenario) => scenario.name === (ALIASES[arg] ?? arg)),
  );
  if (unknown.length > 0) {
    console.error(`unknown scenario ${unknown.join(', ')}\n\n${usage()}`);
    return 2;
  }
  const selected =
    args.length === 0
      ? SCENARIOS
      : SCENARIOS.filter((scenario) => args.some((arg) => (ALIASES[arg] ?? arg) === scenario.name));

  const machine = describeMachine();
  const cores = planCores(machine);
  const startedAt = new Date();
  console.log(
    [
      `Werkplaats bench — ${startedAt.toISOString()} — commit ${machine.gitCommit}${machine.gitDirty ? ' (uncommitted changes)' : ''}`,
      `machine: ${machine.cpuModel}, ${machine.cpus.length} usable of ${machine.logicalCores} logical cores, ` +
        `${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}`,
      `versions: ${Object.entries(machine.versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(', ')}`,
      `placement: ${cores.note}`,
    ].join('\n'),
  );
  const idle = await idleCheck();
  if (idle !== undefined) {
    console.log(`before the run, other processes used ${idle.toFixed(0)} % of a core`);
    if (idle > OTHERS_CPU_LIMIT_PERCENT) {
      console.log(
        'WARNING the machine is busy; figures measured now will be disturbed (see the notes per figure)',
      );
    }
  }

  const context: BenchContext = { cores, log: (message) => console.log(message) };
  const reports: ScenarioReport[] = [];
  for (const scenario of selected) {
    console.log(`\n${scenario.title}`);
    const started = performance.now();
    const report = await scenario.run(context);
    reports.push(report);
    console.log(`\n${renderTable(report.rows)}\n`);
    for (const note of report.notes) console.log(`  ${note}`);
    console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }

  if (reports.length > 1) {
    console.log(`\nSummary\n\n${renderTable(reports.flatMap((report) => report.rows))}`);
  }

  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const command = `pnpm bench${args.length > 0 ? ` ${args.join(' ')}` : ''}`;
  writeFileSync(
    file,
    `${JSON.stringify({ command, startedAt, finishedAt: new Date(), machine, cores, scenarios: reports }, null, 2)}\n`,
  );
  console.log(`\nresults: ${relative(process.cwd(), file) || file}`);
  const missed = reports.flatMap((report) => report.rows).filter((row) => row.met === false);
  if (missed.length > 0) console.log(`targets missed: ${missed.map((row) => row.figure).join('; ')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
