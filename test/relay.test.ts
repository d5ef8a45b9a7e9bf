import assert from 'node:assert/strict';
import { loadConfig } from '../src/config.js';
import type { Deliverer, Publication } from '../src/core/fanout/bus.js';
import { MemoryBroker } from '../src/core/fanout/memory-broker.js';
import { relayed } from '../src/core/fanout/relay.js';
import { createLogger } from '../src/logger.js';

/** A process's local deliverer that records what reached it, holding connections or not. */
function processOf(name: string, broker: MemoryBroker) {
  const delivered: string[] = [];
  let connections = 0;
  const local: Deliverer = {
    deliver: (p: Publication) => delivered.push(`${name}:${p.event}`),
    subscribe: () => {},
    unsubscribe: () => {},
    subscribeAll: () => {},
    unsubscribeAll: () => {},
    close: () => {},
  };
  const log = createLogger({ ...loadConfig({}), logLevel: 'silent' });
  const relay = relayed(
    local,
    broker,
    'raw',
    name,
    log,
    () => true,
    () => connections > 0,
  );
  return {
    relay,
    delivered,
    connect() {
      connections++;
      relay.deliverer.subscribe('c1', ['room:r']);
    },
  };
}

const publication: Publication = {
  topics: ['room:r'],
  event: 'activity',
  payload: { userId: '00000000-0000-4000-8000-000000000000', username: 'ada', state: 'online' },
  publishedAt: 0,
};

describe('the /ws relay between processes', () => {
  it('sends deliveries to the other processes only while one of them holds connections', async () => {
    const broker = new MemoryBroker();
    const [a, b] = [processOf('a', broker), processOf('b', broker)];
    await Promise.all([a.relay.subscribed, b.relay.subscribed]);
    let published = 0;
    const publish = broker.publish.bind(broker);
    broker.publish = async (channel, message) => {
      if (message.includes('"deliver"')) published++;
      return publish(channel, message);
    };
    a.relay.deliverer.deliver(publication);
    assert.deepEqual([a.delivered, b.delivered, published], [['a:activity'], [], 0]);
    // b's first connection is announced at once, and a relays from then on.
    b.connect();
    a.relay.deliverer.deliver(publication);
    assert.deepEqual([a.delivered.length, b.delivered, published], [2, ['b:activity'], 1]);
    a.relay.stop();
    b.relay.stop();
  });
});
