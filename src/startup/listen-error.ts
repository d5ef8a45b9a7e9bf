import { StartupError } from './startup-error.js';

/**
 * What a failed `listen` means in terms of PORT and HOST, or undefined for an error this does not know
 * (left to surface with its stack). The system's code is kept in brackets for searching.
 */
export function listenError(err: unknown, port: number, host: string): StartupError | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const where = `PORT=${port} on HOST=${host}`;
  switch (code) {
    case 'EADDRINUSE':
      return new StartupError('PORT', `${where} is in use: another process listens there (EADDRINUSE)`);
    case 'EACCES':
      return new StartupError(
        'PORT',
        `${where} is not allowed for this user: ports below 1024 need privileges (EACCES)`,
      );
    case 'EADDRNOTAVAIL':
      return new StartupError(
        'HOST',
        `HOST=${host} is not an address of this machine: use one of its addresses, 127.0.0.1, or 0.0.0.0 for all (EADDRNOTAVAIL)`,
      );
    case 'EAFNOSUPPORT':
      return new StartupError('HOST', `HOST=${host}: this machine has no such address family (EAFNOSUPPORT)`);
    case 'ENOTFOUND':
    case 'EAI_NONAME':
    case 'EAI_FAIL':
      return new StartupError('HOST', `HOST=${host} cannot be resolved to an address (${code})`);
    case 'EAI_AGAIN':
      return new StartupError(
        'HOST',
        `HOST=${host} could not be resolved: no name server answered (EAI_AGAIN)`,
      );
    default:
      return undefined;
  }
}
