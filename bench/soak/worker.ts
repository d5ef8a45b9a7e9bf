// A soak load generator in a process of its own: the soak (bench/soak.ts) sends it `start` with its
// role and users, then `stop`, and it answers each; after the report it exits.
import type { Role, RoleInput, RunningRole } from './role.js';
import { chat } from './roles/chat.js';
import { churn } from './roles/churn.js';
import { documents } from './roles/documents.js';
import { fuzzTrickle } from './roles/fuzz-trickle.js';
import { presence } from './roles/presence.js';
import { slowConsumers } from './roles/slow-consumers.js';

const ROLES = { chat, presence, documents, churn, slowConsumers, fuzzTrickle } satisfies Record<string, Role>;
export type RoleName = keyof typeof ROLES;

export type WorkerCommand = { cmd: 'start'; role: RoleName; input: RoleInput } | { cmd: 'stop' };

let running: RunningRole | undefined;

/** Sends the outcome of a command back; resolves once it is sent, so the process may exit after it. */
const reply = (result: Promise<unknown>) =>
  result
    .then(
      (value) => ({ ok: true, value }),
      (err: unknown) => ({ ok: false, error: String((err as Error)?.stack ?? err) }),
    )
    .then((message) => new Promise<void>((resolve) => process.send?.(message, () => resolve())));

process.on('message', (command: WorkerCommand) => {
  if (command.cmd === 'start')
    void reply(
      ROLES[command.role](command.input).then((role) => {
        running = role;
      }),
    );
  else
    void reply(running ? running.stop() : Promise.reject(new Error('stop before start'))).then(() =>
      process.exit(0),
    );
});
// The soak is gone (it finished, crashed or was interrupted): nothing to generate load for.
process.on('disconnect', () => process.exit(0));
