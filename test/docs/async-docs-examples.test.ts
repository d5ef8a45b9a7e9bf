import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as V from '../../generated/validators/asyncapi.js';

interface DocMessage {
  key: string;
  name: string;
  payloadSchema: { $ref?: string };
  example: unknown;
}
interface DocOperation {
  id: string;
  messages: DocMessage[];
  reply?: { message: DocMessage; errorMessage: DocMessage };
}

// The page's own model (templates/asyncapi-docs/lib/model.js, plain JS run by the docs generator).
const modelPath = '../../templates/asyncapi-docs/lib/model.js';
const { readDocsModel } = (await import(modelPath)) as {
  readDocsModel: (doc: unknown) => { operations: DocOperation[] };
};
const validators = V as unknown as Record<string, ((v: unknown) => boolean) & { errors?: unknown }>;

/** The generated validator of a message's payload: its component schema, or `<MessageKey>Payload`. */
function validatorOf(message: DocMessage) {
  const name =
    message.payloadSchema.$ref?.split('/').at(-1) ??
    `${message.key[0]?.toUpperCase()}${message.key.slice(1)}Payload`;
  const validate = validators[name];
  assert.ok(validate, `a validator for ${name}`);
  return { name, validate };
}

describe('realtime docs: the examples a client copies', () => {
  const model = readDocsModel(parse(readFileSync('generated/spec/asyncapi.yaml', 'utf8')));

  it('shows, for every message and acknowledgement, an example its schema accepts', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const op of model.operations) {
      const messages = [...op.messages, ...(op.reply ? [op.reply.message] : [])];
      for (const message of messages) {
        const { name, validate } = validatorOf(message);
        checked++;
        if (!validate(message.example))
          wrong.push(
            `${op.id} ${message.name} (${name}): ${JSON.stringify(validate.errors)} for ${JSON.stringify(message.example)}`,
          );
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(checked > 60, `${checked} examples checked`);
  });
});
