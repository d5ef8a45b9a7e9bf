import type { SpecDocuments } from '../load.js';
import { compareAsyncApiStructure } from './asyncapi-structure.js';
import { asyncapiSurface } from './asyncapi-surface.js';
import type { Change, DocumentName } from './change.js';
import { compareSurfaces } from './compare-surfaces.js';
import { openapiSurface } from './openapi-surface.js';
import { majorRaised, versionOf } from './version.js';

export interface DocumentVerdict {
  document: DocumentName;
  baseVersion: string;
  headVersion: string;
  /** The document declares its breaking changes by a raised major version. */
  majorRaised: boolean;
  breaking: number;
  warnings: number;
  compatible: number;
  /** Breaking changes and no raised major: the gate fails. */
  fails: boolean;
}

/**
 * One change in a schema shared by many operations (the error code enum in every acknowledgement) is one
 * finding, listed with every place clients meet it, not one line per operation.
 */
export interface Finding extends Omit<Change, 'subject'> {
  subjects: string[];
}

export interface GateResult {
  /** Every change, once per place clients meet it. */
  changes: Change[];
  /** The same, grouped: what the report shows and the verdict counts. */
  findings: Finding[];
  documents: DocumentVerdict[];
  fails: boolean;
}

const ORDER = { breaking: 0, warning: 1, compatible: 2 } as const;

/** Every difference between two spec trees, classified, with each document's verdict. */
export function compareSpecs(base: SpecDocuments, head: SpecDocuments): GateResult {
  const byDocument: Record<DocumentName, Change[]> = {
    asyncapi: [
      ...compareSurfaces(asyncapiSurface(base.asyncapi), asyncapiSurface(head.asyncapi)),
      ...compareAsyncApiStructure(base.asyncapi, head.asyncapi),
    ],
    openapi: compareSurfaces(openapiSurface(base.openapi), openapiSurface(head.openapi)),
  };
  const documents = (['asyncapi', 'openapi'] as const).map((document): DocumentVerdict => {
    const findings = groupFindings(byDocument[document]);
    const count = (severity: Change['severity']): number =>
      findings.filter((f) => f.severity === severity).length;
    const baseVersion = versionOf(base[document]);
    const headVersion = versionOf(head[document]);
    const raised = majorRaised(baseVersion, headVersion);
    const breaking = count('breaking');
    return {
      document,
      baseVersion,
      headVersion,
      majorRaised: raised,
      breaking,
      warnings: count('warning'),
      compatible: count('compatible'),
      fails: breaking > 0 && !raised,
    };
  });
  const changes = [...byDocument.asyncapi, ...byDocument.openapi].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || a.document.localeCompare(b.document),
  );
  return { changes, findings: groupFindings(changes), documents, fails: documents.some((d) => d.fails) };
}

function groupFindings(changes: Change[]): Finding[] {
  const groups = new Map<string, Finding>();
  for (const { subject, ...change } of changes) {
    const key = [
      change.severity,
      change.document,
      change.kind,
      change.pointer,
      change.field,
      change.message,
    ].join('\u0000');
    const group = groups.get(key);
    if (group) {
      if (!group.subjects.includes(subject)) group.subjects.push(subject);
    } else groups.set(key, { ...change, subjects: [subject] });
  }
  return [...groups.values()];
}
