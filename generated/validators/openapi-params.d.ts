// generated from spec/openapi.yaml by `make generate` — do not edit

import type * as T from '../types.js';


