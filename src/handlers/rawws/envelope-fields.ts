/**
 * Where each envelope request carries the arguments core names in its errors: a room or repository comes
 * as `data` in join, leave and presence but as `channel` in chan_in, whose `data` is the message body.
 * An argument not listed keeps its name; a type not listed carries none that core names.
 */
export const envelopeFields: ReadonlyMap<string, Readonly<Record<string, string>>> = new Map<
  string,
  Readonly<Record<string, string>>
>([
  ['rawChanIn', { room: 'channel', body: 'data' }],
  ['rawJoin', { room: 'data', repo: 'data' }],
  ['rawLeave', { room: 'data', repo: 'data' }],
  ['rawPresence', { room: 'data' }],
]);
