import type { LoadWorker } from '../lib/load.js';
import type { ScalingRow } from '../lib/scaling-report.js';
import { type FanoutStep, type FanoutTarget, fanout } from './fanout.js';

export interface FanoutScalingOptions {
  /** Room sizes, in subscribers. */
  sizes: readonly number[];
  /**
   * The deliveries per second every size is measured at (the publish rate is this over the size), so
   * each size is measured at the same load and only the room's size changes.
   */
  deliveriesPerSecond: number;
  seconds: number;
  warmupSeconds: number;
  /** At least the largest size plus one (the publisher first). */
  auths: Record<string, unknown>[];
}

export interface FanoutScalingPoint {
  subscribers: number;
  step: FanoutStep;
}

/** The fan-out at a fixed delivery rate into rooms of each size, one after another on the same server. */
export async function fanoutScaling(
  target: FanoutTarget,
  workers: readonly LoadWorker[],
  opts: FanoutScalingOptions,
): Promise<FanoutScalingPoint[]> {
  const points: FanoutScalingPoint[] = [];
  for (const subscribers of opts.sizes) {
    const result = await fanout(target, workers, {
      subscribers,
      fixedRate: opts.deliveriesPerSecond / subscribers,
      seconds: opts.seconds,
      warmupSeconds: opts.warmupSeconds,
      rampStart: 0,
      rampSteps: 0,
      rampSeconds: 0,
      bisections: 0,
      auths: opts.auths.slice(0, subscribers + 1),
      room: `bench-scaling-${subscribers}`,
    });
    points.push({ subscribers, step: result.fixed });
  }
  return points;
}

/** The "How cost grows" row of a fan-out scaling: server CPU per 1,000 deliveries at each size. */
export function fanoutScalingRow(
  label: string,
  points: readonly FanoutScalingPoint[],
  deliveriesPerSecond: number,
): ScalingRow {
  return {
    label: `fan-out, ${label}: server CPU per 1,000 deliveries`,
    unit: 'ms',
    sizeUnit: 'subscribers',
    per: 'unit',
    note: `(at ${deliveriesPerSecond.toLocaleString('en-US')} deliveries/s)`,
    points: points.map((p) => ({ size: p.subscribers, value: p.step.serverCpuMsPer1000 })),
  };
}
