import { Histogram } from '../lib/histogram.js';
import { LightClient } from '../lib/light-client.js';
import { now } from '../lib/stats.js';
import type { RunningTarget } from '../lib/targets.js';

export interface RoundTripResult {
  rate: number;
  /** Echoes answered with an error (not in the latency figures). */
  failed: number;
  latency: { count: number; p50: number; p99: number; max: number };
}

/** `echo` with an acknowledgement at a fixed rate from one connection: request to answer, p50/p99. */
export async function roundTrip(
  target: RunningTarget,
  auth: Record<string, unknown>,
  rate: number,
  seconds: number,
): Promise<RoundTripResult> {
  const client = await LightClient.connect(target.name, target.url, auth);
  try {
    for (let i = 0; i < 200; i++) await client.echo('warm-up');
    const histogram = new Histogram();
    const total = Math.round(rate * seconds);
    const answers: Promise<void>[] = [];
    const started = now();
    let sent = 0;
    let failed = 0;
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => {
        const due = Math.min(total, Math.floor(((now() - started) / 1000) * rate));
        while (sent < due) {
          sent += 1;
          const at = now();
          answers.push(
            client.echo(`ping ${sent}`).then((reply) => {
              if (reply && typeof reply === 'object' && 'error' in reply) failed += 1;
              else histogram.record(now() - at);
            }),
          );
        }
        if (sent >= total) {
          clearInterval(tick);
          resolve();
        }
      }, 2);
    });
    await Promise.all(answers);
    return { rate, failed, latency: histogram.summary() };
  } finally {
    client.close();
  }
}
