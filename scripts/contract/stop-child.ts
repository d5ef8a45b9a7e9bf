import type { ChildProcess } from 'node:child_process';

/** How long a process gets to stop after SIGTERM before it is killed. */
export const STOP_TIMEOUT_MS = 10_000;

/**
 * Stops a child process: SIGTERM, then SIGKILL if it is still there after `timeoutMs`. A child that has
 * exited already (it crashed during the run) is not waited for: its `exit` event is past, and a listener
 * attached now would never fire, leaving the caller's `await` pending until Node gives up (exit code 13).
 * Resolves with whether the child was still running when asked to stop.
 */
export async function stopChild(child: ChildProcess, timeoutMs = STOP_TIMEOUT_MS): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    await exited;
  } finally {
    clearTimeout(kill);
  }
  return true;
}
