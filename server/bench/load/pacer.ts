import type { Histogram } from 'hdr-histogram-js';
import { recordMs } from '../lib/histogram.js';

interface Task {
  periodMs: number;
  phaseMs: number;
  next: number;
  fire(): void;
}

const TICK_MS = 1;

/**
 * An open-loop schedule: each task fires every `periodMs` from its own phase, whatever the server
 * does, so a slow server meets the offered load rather than slowing the clients down. It ticks on a
 * 1 ms timer; a late tick fires what is due and records by how much it was late, which tells whether
 * the load generator itself kept up.
 */
export class Pacer {
  private readonly tasks: Task[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Where lateness is recorded; undefined outside the measured window. */
  lateness: Histogram | undefined;

  add(periodMs: number, phaseMs: number, fire: () => void): void {
    this.tasks.push({ periodMs, phaseMs, next: 0, fire });
  }

  start(): void {
    const now = performance.now();
    for (const task of this.tasks) task.next = now + task.phaseMs;
    const tick = () => {
      const at = performance.now();
      for (const task of this.tasks) {
        while (task.next <= at) {
          if (this.lateness) recordMs(this.lateness, at - task.next);
          task.fire();
          task.next += task.periodMs;
        }
      }
      this.timer = setTimeout(tick, TICK_MS);
    };
    this.timer = setTimeout(tick, TICK_MS);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
