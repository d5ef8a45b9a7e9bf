import { PHASE_WORDS } from './hints.js';
import { type HttpOperation, type RealtimeOperation, words } from './model.js';

/**
 * The order operations are driven in. `session` comes last: operations that end or change the session
 * they are called with (a secured POST with no parameters and no body: log out, sign out everywhere,
 * rotate a secret), each given a session of its own.
 */
export type Phase = 'create' | 'read' | 'update' | 'delete' | 'leave' | 'session';
export const PHASES: readonly Phase[] = ['create', 'read', 'update', 'delete', 'leave', 'session'];

export type Operation = HttpOperation | RealtimeOperation;

export interface Step {
  op: Operation;
  phase: Phase;
}

export function isSessionOperation(op: HttpOperation): boolean {
  return op.method === 'post' && op.secured && op.parameters.length === 0 && !op.body;
}

function httpPhase(op: HttpOperation): Phase {
  if (isSessionOperation(op)) return 'session';
  if (op.method === 'post') return 'create';
  if (op.method === 'put' || op.method === 'patch') return 'update';
  if (op.method === 'delete') return 'delete';
  return 'read';
}

export function realtimePhase(op: RealtimeOperation): Phase {
  for (const word of words(op.id))
    for (const phase of ['create', 'update', 'delete', 'leave'] as const)
      if (PHASE_WORDS[phase].includes(word)) return phase;
  return 'read';
}

// Within a phase, realtime operations go first, so their subscriptions see the HTTP writes that follow;
// in the delete phase HTTP goes first, before those subscriptions end.
const TRANSPORT_ORDER: Record<Phase, readonly Operation['transport'][]> = {
  create: ['socketio', 'raw', 'http'],
  read: ['socketio', 'raw', 'http'],
  update: ['socketio', 'raw', 'http'],
  delete: ['http', 'socketio', 'raw'],
  leave: ['socketio', 'raw', 'http'],
  session: ['http', 'socketio', 'raw'],
};

export function buildPlan(http: HttpOperation[], realtime: RealtimeOperation[], readOnly: boolean): Step[] {
  const steps: Step[] = [
    ...http.map((op) => ({ op, phase: httpPhase(op) })),
    ...realtime.map((op) => ({ op, phase: realtimePhase(op) })),
  ].filter((step) => !readOnly || step.op.readOnly);
  const rank = (step: Step) =>
    PHASES.indexOf(step.phase) * 10 + TRANSPORT_ORDER[step.phase].indexOf(step.op.transport);
  // Array.prototype.sort is stable: within a phase and transport, the documents' order stays.
  return steps.sort((a, b) => rank(a) - rank(b));
}
