/**
 * Why the server could not start, when the cause is known: the setting to change (or the service to
 * bring up) and one line saying so. main.ts prints it as that one line, without a stack trace, and
 * exits with `exitCode`; any other error at start-up is a bug and keeps its stack.
 */
export class StartupError extends Error {
  constructor(
    /** The environment variable the message names (PORT, DATA_DIR, DATABASE_URL…). */
    readonly setting: string,
    message: string,
    readonly exitCode: number = EXIT_CONFIG,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

// sysexits.h, so a supervisor can tell a setting to fix from a service to wait for (systemd's
// RestartPreventExitStatus=78, say) and both from a crash (1).
/** EX_CONFIG: the configuration is not valid, or not usable on this machine (PORT in use, DATA_DIR a file). */
export const EXIT_CONFIG = 78;
/** EX_UNAVAILABLE: a service the server needs (PostgreSQL, Redis) did not answer in time. */
export const EXIT_UNAVAILABLE = 69;
