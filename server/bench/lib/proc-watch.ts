import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU and memory of one process over a window, read from /proc by the runner. */
export interface ProcessUsage {
  seconds: number;
  /** CPU time of all its threads over wall time, in percent of one core. */
  cpuPercent: number;
  rssPeakMb: number;
  rssEndMb: number;
}

const RSS_SAMPLE_MS = 100;
const MB = 1024 * 1024;

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  clockTicks ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  return clockTicks;
}

/** User + system CPU seconds of a process and all its threads (fields 14 and 15 of /proc/pid/stat). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may contain spaces; the fields after it are space-separated.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond();
}

/** A child that died mid-window fails its scenario, not the runner. */
function cpuSecondsOr(pid: number, fallback: number): number {
  try {
    return cpuSeconds(pid);
  } catch {
    return fallback;
  }
}

function rssBytes(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/**
 * Watches a child from outside: it needs no cooperation from the child, so an overloaded server is
 * measured as faithfully as an idle one. Linux only; elsewhere it reports zeros.
 */
export function watchProcess(pid: number): { stop(): ProcessUsage } {
  const readable = (() => {
    try {
      cpuSeconds(pid);
      return true;
    } catch {
      return false;
    }
  })();
  const started = performance.now();
  const cpuStart = readable ? cpuSeconds(pid) : 0;
  let rssPeak = readable ? rssBytes(pid) : 0;
  const sampler = setInterval(() => {
    if (readable) rssPeak = Math.max(rssPeak, rssBytes(pid));
  }, RSS_SAMPLE_MS);
  return {
    stop() {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (!readable) return { seconds, cpuPercent: 0, rssPeakMb: 0, rssEndMb: 0 };
      const rss = rssBytes(pid);
      return {
        seconds,
        cpuPercent: ((cpuSecondsOr(pid, cpuStart) - cpuStart) / seconds) * 100,
        rssPeakMb: Math.max(rssPeak, rss) / MB,
        rssEndMb: rss / MB,
      };
    },
  };
}
