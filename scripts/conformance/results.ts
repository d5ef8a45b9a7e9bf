/** What the check found: one case per request it sent or event it watched for, grouped by transport. */

export type Suite = 'http' | 'socketio' | 'raw' | 'events';
export type Outcome = 'passed' | 'failed' | 'warning' | 'skipped';

export interface CaseResult {
  suite: Suite;
  /** The operation (`createRoom`) or event (`socketio welcome`). */
  operation: string;
  /** Which input (`example 1`, `generated`, `invalid: missing required "room"`), or `observed`. */
  name: string;
  outcome: Outcome;
  /** Why it failed or warns, naming the field, status, code or event. */
  problems: string[];
  /** What happened (`201`, `ack NOT_FOUND`), for the report. */
  detail: string;
  durationMs: number;
}

export class Results {
  readonly cases: CaseResult[] = [];
  /** Frames, acknowledgements, events and HTTP responses checked against a schema. */
  validated = 0;
  readonly startedAt = Date.now();

  add(result: CaseResult): void {
    this.cases.push(result);
  }

  /** Records a judged request: failed with problems, else a warning with warnings, else passed. */
  addJudged(
    where: Pick<CaseResult, 'suite' | 'operation' | 'name'>,
    judged: { problems: string[]; warnings: string[]; detail: string },
    started: number,
  ): void {
    const { problems, warnings, detail } = judged;
    const outcome: Outcome = problems.length > 0 ? 'failed' : warnings.length > 0 ? 'warning' : 'passed';
    this.add({
      ...where,
      outcome,
      problems: outcome === 'failed' ? problems : warnings,
      detail,
      durationMs: Date.now() - started,
    });
  }

  /** How many of these operations have at least one case that ran. */
  driven(operations: readonly { transport: string; id: string }[]): number {
    return operations.filter((op) =>
      this.cases.some((c) => c.suite === op.transport && c.operation === op.id && c.outcome !== 'skipped'),
    ).length;
  }

  get failed(): CaseResult[] {
    return this.cases.filter((c) => c.outcome === 'failed');
  }

  get warnings(): CaseResult[] {
    return this.cases.filter((c) => c.outcome === 'warning');
  }
}
