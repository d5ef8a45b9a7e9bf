// generated from spec/openapi.yaml by `make generate` — do not edit
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
