// The cluster roles' settings: NATS credentials are taken out of the URL (the NATS client does not
// read them there), and bad values are refused with the setting named.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigInvalidError } from '../../../../core/errors.js';
import { loadClusterConfig } from '../../../../server/cluster/cluster-config.js';

describe('the cluster settings', () => {
  it('takes the user and password out of the NATS URL, keeping every server', () => {
    const config = loadClusterConfig({ HEARTH_NATS_URL: 'nats://hearth:p%40ss@10.0.0.1:4222, nats://hearth:p%40ss@10.0.0.2:4222' });
    assert.deepEqual(config.natsUrls, ['nats://10.0.0.1:4222', 'nats://10.0.0.2:4222']);
    assert.deepEqual(config.natsAuth, { user: 'hearth', pass: 'p@ss' });
  });

  it('gives each gateway a fresh id unless told one, and has defaults for the hold and the lease', () => {
    const a = loadClusterConfig({ HEARTH_NATS_URL: 'nats://127.0.0.1:4222' });
    const b = loadClusterConfig({ HEARTH_NATS_URL: 'nats://127.0.0.1:4222' });
    assert.notEqual(a.gatewayId, b.gatewayId);
    assert.match(a.gatewayId, /^gw-[0-9a-f]{12}$/);
    assert.equal(a.natsAuth, null);
    assert.equal(a.inputHoldMs, 10_000);
    assert.equal(a.coreLeaseMs, 1500);
    assert.equal(loadClusterConfig({ HEARTH_NATS_URL: 'nats://x:4222', HEARTH_GATEWAY_ID: 'east-2' }).gatewayId, 'east-2');
  });

  for (const [name, environment] of [
    ['no NATS URL', {}],
    ['a gateway id that is several subject tokens', { HEARTH_NATS_URL: 'nats://x:4222', HEARTH_GATEWAY_ID: 'east.>' }],
    ['a gateway id with capitals', { HEARTH_NATS_URL: 'nats://x:4222', HEARTH_GATEWAY_ID: 'East' }],
    ['a lease too short to renew', { HEARTH_NATS_URL: 'nats://x:4222', HEARTH_CORE_LEASE_MS: '10' }],
    ['a NATS URL that is not one', { HEARTH_NATS_URL: 'nats://[::1' }],
  ] as const) {
    it(`refuses ${name}`, () => {
      assert.throws(() => loadClusterConfig(environment), (error: unknown) => error instanceof ConfigInvalidError && error.code === 'E_CONFIG_INVALID');
    });
  }
});
