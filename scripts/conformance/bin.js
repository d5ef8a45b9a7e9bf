#!/usr/bin/env node
// The `switchboard-conformance` command: registers tsx so Node runs the TypeScript entry as is.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
