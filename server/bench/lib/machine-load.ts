import { readFileSync } from 'node:fs';

/** Cumulative CPU time of the whole machine, from the first line of /proc/stat (Linux only). */
export interface CpuCounters {
  busy: number;
  total: number;
  cpus: number;
}

export function readCpuCounters(): CpuCounters | undefined {
  try {
    const stat = readFileSync('/proc/stat', 'utf8');
    const fields = /^cpu\s+(.+)$/m.exec(stat)?.[1]?.trim().split(/\s+/).map(Number);
    if (!fields || fields.length < 4) return undefined;
    // user nice system idle iowait irq softirq steal …: idle and iowait are the only idle time.
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
    const cpus = (stat.match(/^cpu\d+\s/gm) ?? []).length;
    return { busy: total - idle, total, cpus };
  } catch {
    return undefined;
  }
}

/**
 * CPU the rest of the machine used between two readings, in percent of one core: everything busy
 * minus what the bench's own processes report. On a shared machine this says whether a neighbour
 * (a build, a test run) competed with the figures.
 */
export function othersPercent(
  start: CpuCounters | undefined,
  end: CpuCounters | undefined,
  benchPercent: number,
): number | undefined {
  if (!start || !end || end.total <= start.total) return undefined;
  const machinePercent = ((end.busy - start.busy) / (end.total - start.total)) * end.cpus * 100;
  return Math.max(0, machinePercent - benchPercent);
}
