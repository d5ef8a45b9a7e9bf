// Pieces of spec the generator tests add to a scratch copy of spec/.

/** A client request with its reply, on the connection channel (spec/realtime/connection.yaml). */
export const PING_OPERATION = `  ping:
    action: receive
    channel:
      $ref: '#/channels/connection'
    summary: Measure a round trip
    tags:
      - name: connection
    messages:
      - $ref: '#/channels/connection/messages/ping'
    reply:
      channel:
        $ref: '#/channels/connection'
      messages:
        - $ref: '#/channels/connection/messages/pong'
        - $ref: '#/channels/connection/messages/errorReply'
      x-errors: {}
`;

/** Its two messages (for addMessages); the reply's payload is inline, so its type is named after the message. */
export const PING_MESSAGES = `      ping:
        name: ping
        payload:
          $ref: '#/components/schemas/PingRequest'
      pong:
        name: ping
        payload:
          type: object
          additionalProperties: false
          required: [nonce]
          properties:
            nonce: {type: integer}
`;

export const PING_SCHEMA = `    PingRequest:
      type: object
      additionalProperties: false
      required: [nonce]
      properties:
        nonce:
          type: integer
          minimum: 0
`;

/** An HTTP operation with a path and a query parameter (spec/openapi.yaml). */
export const WIDGET_OPERATION = `  /api/widgets/{widgetId}:
    get:
      operationId: getWidget
      summary: Read a widget
      security: []
      parameters:
        - name: widgetId
          in: path
          required: true
          schema: {type: integer, minimum: 1}
        - name: verbose
          in: query
          schema: {type: boolean}
      responses:
        '200':
          description: The widget.
          content:
            application/json:
              schema:
                type: object
                required: [id]
                properties:
                  id: {type: integer}
        '500':
          $ref: '#/components/responses/Internal'
`;

/** A server event whose summary and event name need escaping in code. */
export const ODD_OPERATION = `  sendOdd:
    action: send
    channel:
      $ref: '#/channels/connection'
    summary: 'Odd, */ and a "quote" that''s odd'
    tags:
      - name: connection
    x-audience:
      to: connection
    messages:
      - $ref: '#/channels/connection/messages/odd'
`;

export const ODD_MESSAGE = `      odd:
        name: "it's a \\"quoted\\" event"
        payload: {type: object}
`;

/** Adds messages to the connection channel of spec/realtime/connection.yaml, before `echo`. */
export function addMessages(connectionYaml: string, ...messages: string[]): string {
  return connectionYaml.replace(
    '    messages:\n      echo:\n',
    `    messages:\n${messages.join('')}      echo:\n`,
  );
}

/** Adds an operation to a feature file's `operations`. */
export function addOperation(featureYaml: string, operation: string): string {
  return featureYaml.replace('operations:\n', `operations:\n${operation}`);
}

/** Lists a feature file's operation in spec/asyncapi.yaml's table of operations. */
export function listOperation(asyncapiYaml: string, id: string, feature: string): string {
  return asyncapiYaml.replace(
    'operations:\n',
    `operations:\n  ${id}:\n    $ref: realtime/${feature}.yaml#/operations/${id}\n`,
  );
}
