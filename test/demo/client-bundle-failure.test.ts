import assert from 'node:assert/strict';
import type { Context } from 'koa';
import type { OperationRoute } from '../../generated/http.js';
import { clientBundleBuiltin, FAILED_BUILD_RETRY_MS } from '../../src/transports/http/client-bundle.js';

// A broken build (a deployment without clients/js, say) must not start esbuild once per request.
describe('/client.js when the bundle cannot be built', () => {
  it('answers the failure without rebuilding until the retry time, then tries once more', async () => {
    let builds = 0;
    let clock = 1_000;
    const middleware = clientBundleBuiltin(
      async () => {
        builds += 1;
        throw new Error('no client package here');
      },
      () => clock,
    )({} as OperationRoute);
    const request = () => middleware({} as Context, async () => {});

    await Promise.all([request(), request()].map((r) => assert.rejects(r, /no client package here/)));
    assert.equal(builds, 1, 'concurrent requests share one build');
    for (let i = 0; i < 100; i++) await assert.rejects(request(), /no client package here/);
    assert.equal(builds, 1, 'no rebuild before the retry time');

    clock += FAILED_BUILD_RETRY_MS;
    await assert.rejects(request(), /no client package here/);
    assert.equal(builds, 2, 'one new attempt after it');
  });
});
