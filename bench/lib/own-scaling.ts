import type { ScalingRow } from './scaling-report.js';

/** What bench/presence-fanout.ts saves of each step (its `scaling`). */
interface PresenceStep {
  mode: 'all' | 'followers';
  receivers: number;
  serverCpuMsPerChange: { p50: number };
  deliveryMs: { p99: number };
}

/** What bench/chat-throughput.ts saves of each step (its `scaling`). */
interface ChatStep {
  senders: number;
  perSecond: number;
  serverCpuUsPerMessage: number;
}

/** A script that did not finish: bench/run.ts records `{ failed: 'exit N' }` (a result's own `failed` is a count). */
const failed = (result: unknown) =>
  !result || typeof result !== 'object' || typeof (result as { failed?: unknown }).failed === 'string';

/**
 * "How cost grows" for presence: server CPU per change at each audience, in `followers` mode (each
 * receiver follows the user who changes) when it ran, else `all`. A total, so linear growth is a flat
 * cost per follower.
 */
export function presenceScalingRow(result: unknown): ScalingRow | undefined {
  if (failed(result)) return undefined;
  const steps = ((result as { scaling?: PresenceStep[] }).scaling ?? []).filter(Boolean);
  const mode = steps.some((s) => s.mode === 'followers') ? 'followers' : 'all';
  const mine = steps.filter((s) => s.mode === mode);
  if (mine.length === 0) return undefined;
  return {
    label: 'presence, one change: server CPU',
    unit: 'ms',
    sizeUnit: mode === 'followers' ? 'followers' : 'receivers',
    per: 'total',
    points: mine.map((s) => ({ size: s.receivers, value: s.serverCpuMsPerChange.p50 })),
    note: `(delivery p99: ${mine.map((s) => `${s.deliveryMs.p99.toFixed(1)} ms`).join(' / ')})`,
  };
}

/**
 * "How cost grows" for durable chat: server CPU per acknowledged message at each number of concurrent
 * senders (a cost per unit: flat is linear), with the throughput each reached.
 */
export function chatScalingRow(result: unknown, database: string): ScalingRow | undefined {
  if (failed(result)) return undefined;
  const steps = (result as { scaling?: ChatStep[] }).scaling ?? [];
  if (steps.length === 0) return undefined;
  return {
    label: `durable chat, ${database}: server CPU per message (µs)`,
    unit: '',
    sizeUnit: 'senders',
    per: 'unit',
    points: steps.map((s) => ({ size: s.senders, value: s.serverCpuUsPerMessage })),
    note: `(acknowledged/s: ${steps.map((s) => Math.round(s.perSecond).toLocaleString('en-US')).join(' / ')})`,
  };
}
